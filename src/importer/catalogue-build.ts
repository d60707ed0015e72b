import type { Node } from 'jsonc-parser';

import {
  CATALOGUE_FORMAT,
  type CatalogueCodeJson,
  catalogueCodes,
  type CatalogueCountsJson,
  type CatalogueHistoryJson,
  type CatalogueIndexJson,
  type CatalogueProductJson,
  type CatalogueSdkJson,
  type CatalogueVersionJson,
  COMMON_TABLE,
  type CommonCodeJson,
  stringifyCodes,
  stringifyCommon,
  stringifyIndex,
  stringifyProduct,
} from '../table/catalogue.js';
import { compareCodes } from '../table/code-index.js';
import { codeProblem } from '../table/grammar.js';
import { type ParsedTableJson, parseJsonWithPositions } from '../table/json.js';
import { TableError } from '../table/table-error.js';
import { lineLocator } from '../table/text-position.js';
import { buildHistory } from './history-build.js';
import type { SdkHistory } from './sdk-history.js';
import type { SdkAction, SdkTree, SdkWarning } from './sdk-tree.js';

/** An error-code page, already imported into a table JSON (e.g. `data/gaap.json`), merged into its product. */
interface PageSource {
  /** The table file, as recorded in index.json (relative to the data folder). */
  readonly file: string;
  readonly table: ParsedTableJson;
}

/** The list of the current common codes and our own additions to what the sources say of them. */
interface CommonSources {
  /** The code list, as recorded in common.json (relative to the data folder). */
  readonly listFile: string;
  readonly codes: readonly string[];
  /** Our English (and, where neither a page nor the SDK has one, Chinese) descriptions, by code. */
  readonly ours: OurCommonDescriptions;
}

export interface OurCommonDescriptions {
  readonly file: string;
  readonly byCode: ReadonlyMap<string, { readonly zh?: string; readonly en?: string; readonly line: number }>;
}

export interface CatalogueInputs {
  /** tencentcloud-sdk-go, read with its action lists. */
  readonly sdk: SdkTree;
  readonly sdkCommit?: string;
  /** tencentcloud-sdk-go-intl-en, for English descriptions (codes only). */
  readonly english?: SdkTree;
  readonly englishCommit?: string;
  /** The SDK's history, read from its git repository (sdk-history.ts); without it the catalogue has none. */
  readonly history?: SdkHistory;
  readonly pages: readonly PageSource[];
  readonly common: CommonSources;
}

export interface BuiltCatalogue {
  /** File text by path relative to the data folder (`common.json`, `catalogue/index.json`, `catalogue/<p>.json`). */
  readonly files: ReadonlyMap<string, string>;
  readonly counts: CatalogueCountsJson;
  /** The history's figures, when it was given. */
  readonly history: CatalogueHistoryJson | undefined;
  /** Problems the build worked around (the trees' own warnings are in `sdk.warnings`, `english.warnings`). */
  readonly warnings: readonly SdkWarning[];
}

interface DraftCode {
  readonly zh: string;
  readonly en: string | undefined;
  readonly from: CatalogueCodeJson['from'];
}

interface Draft {
  readonly codes: Map<string, DraftCode>;
  readonly actions: readonly SdkAction[];
}

export const SDK_NAME = 'tencentcloud-sdk-go';
export const ENGLISH_SDK_NAME = 'tencentcloud-sdk-go-intl-en';

/**
 * Builds the catalogue files from the SDK trees, the pages and the common sources. The output depends on nothing
 * else (no clock, no file order): everything is sorted by code point, so the same inputs give the same bytes.
 *
 * - a product version's codes: the SDK's, plus its page's (`from`: `sdk`, `page`, `both`); the page's Chinese
 *   and English win where it has them, then the English twin's English for that product and API version;
 * - a page without an API version belongs to its product's newest one;
 * - the common table: each listed code's Chinese from a page's common table, else the most frequent SDK comment,
 *   else ours; its English from a page table, else ours.
 */
export function buildCatalogue(inputs: CatalogueInputs): BuiltCatalogue {
  const warnings: SdkWarning[] = [];
  const english = new Map<string, Map<string, string>>();
  for (const v of inputs.english?.apiVersions ?? []) {
    english.set(
      `${v.product}@${v.version}`,
      new Map(v.codes.filter((c) => c.description !== '').map((c) => [c.code, c.description])),
    );
  }

  const products = new Map<string, Map<string, Draft>>();
  for (const v of inputs.sdk.apiVersions) {
    const en = english.get(`${v.product}@${v.version}`);
    const codes = new Map<string, DraftCode>();
    for (const c of v.codes) codes.set(c.code, { zh: c.description || c.code, en: en?.get(c.code), from: 'sdk' });
    const versions = products.get(v.product) ?? new Map<string, Draft>();
    versions.set(v.version, { codes, actions: v.actions });
    products.set(v.product, versions);
  }

  for (const page of inputs.pages) {
    const { service, version: pageVersion } = page.table;
    const versions = products.get(service) ?? new Map<string, Draft>();
    products.set(service, versions);
    const version = pageVersion ?? [...versions.keys()].sort(compareCodes).at(-1);
    if (version === undefined) {
      warnings.push({ file: page.file, reason: `skipped: no API version, and the SDK has no product "${service}"` });
      continue;
    }
    let draft = versions.get(version);
    if (draft === undefined) {
      warnings.push({ file: page.file, reason: `the SDK has no ${service} ${version}; the page's codes stand alone` });
      draft = { codes: new Map(), actions: [] };
      versions.set(version, draft);
    }
    for (const entry of page.table.codes) {
      const sdk = draft.codes.get(entry.code);
      draft.codes.set(entry.code, {
        zh: entry.description.zh,
        en: entry.description.en ?? sdk?.en,
        from: sdk === undefined ? 'page' : 'both',
      });
    }
  }

  const files = new Map<string, string>();
  const counts = {
    products: 0,
    apiVersions: 0,
    codes: 0,
    distinctCodes: 0,
    codesWithEnglish: 0,
    actions: 0,
    actionsWithList: 0,
    actionCodes: 0,
    commonCodes: inputs.common.codes.length,
  };
  const distinct = new Set<string>();
  const index: Record<string, string[]> = {};
  const productFiles: CatalogueProductJson[] = [];
  for (const product of [...products.keys()].sort(compareCodes)) {
    const drafts = products.get(product) ?? new Map<string, Draft>();
    const versionNames = [...drafts.keys()].sort(compareCodes);
    const versions = versionNames.map((version): CatalogueVersionJson => {
      const draft = drafts.get(version) as Draft;
      const sorted = [...draft.codes.keys()].sort(compareCodes);
      const position = new Map(sorted.map((code, i) => [code, i]));
      const codes = sorted.map((code): CatalogueCodeJson => {
        const { zh, en, from } = draft.codes.get(code) as DraftCode;
        distinct.add(code);
        if (en !== undefined) counts.codesWithEnglish++;
        return en === undefined ? { code, zh, from } : { code, zh, en, from };
      });
      const actions: Record<string, number[] | null> = {};
      for (const action of [...draft.actions].sort((a, b) => compareCodes(a.name, b.name))) {
        const list = action.codes?.map((code) => position.get(code) ?? -1).sort((a, b) => a - b) ?? null;
        actions[action.name] = list;
        counts.actions++;
        if (list !== null) {
          counts.actionsWithList++;
          counts.actionCodes += list.length;
        }
      }
      counts.apiVersions++;
      counts.codes += codes.length;
      return { version, codes, actions };
    });
    counts.products++;
    index[product] = versionNames;
    const json: CatalogueProductJson = { product, versions };
    productFiles.push(json);
    files.set(`catalogue/${product}.json`, stringifyProduct(json));
  }
  counts.distinctCodes = distinct.size;

  const common = buildCommon(inputs, warnings);
  files.set('common.json', stringifyCommon({ table: COMMON_TABLE, source: inputs.common.listFile, codes: common }));

  const sdk: CatalogueSdkJson[] = [source(SDK_NAME, inputs.sdk.sdkVersion, inputs.sdkCommit)];
  if (inputs.english !== undefined) {
    sdk.push(source(ENGLISH_SDK_NAME, inputs.english.sdkVersion, inputs.englishCommit));
  }
  const pages = Object.fromEntries(
    [...inputs.pages]
      .sort((a, b) => compareCodes(a.table.service, b.table.service))
      .map((p) => [p.table.service, p.file]),
  );
  const history = inputs.history === undefined ? undefined : buildHistory(SDK_NAME, inputs.history, productFiles);
  for (const [file, text] of history?.files ?? []) files.set(file, text);
  warnings.push(...(history?.warnings ?? []));
  const indexJson: CatalogueIndexJson = {
    format: CATALOGUE_FORMAT,
    sdk,
    pages,
    counts,
    ...(history === undefined ? {} : { history: history.counts }),
    products: index,
  };
  files.set('catalogue/index.json', stringifyIndex(indexJson));
  files.set(
    'catalogue/codes.txt',
    stringifyCodes(
      catalogueCodes(
        productFiles,
        common.map((c) => c.code),
      ),
    ),
  );
  return { files, counts, history: history?.counts, warnings };
}

function source(name: string, version: string | undefined, commit: string | undefined): CatalogueSdkJson {
  return { name, ...(version === undefined ? {} : { version }), ...(commit === undefined ? {} : { commit }) };
}

/** The common table: each listed code with its Chinese (page, else SDK, else ours) and English (page, else ours). */
function buildCommon(inputs: CatalogueInputs, warnings: SdkWarning[]): CommonCodeJson[] {
  const { codes, ours, listFile } = inputs.common;
  const listed = new Set(codes);
  const fromPages = new Map<string, { zh: string; en: string | undefined; file: string }>();
  for (const page of inputs.pages) {
    for (const entry of page.table.codes) {
      if (entry.scope === 'common' && listed.has(entry.code) && !fromPages.has(entry.code)) {
        fromPages.set(entry.code, { zh: entry.description.zh, en: entry.description.en, file: page.file });
      }
    }
  }
  // The SDK repeats common codes in many products, in different words: take the most frequent description.
  const tally = new Map<string, Map<string, number>>();
  for (const v of inputs.sdk.apiVersions) {
    for (const c of v.codes) {
      if (!listed.has(c.code) || c.description === '') continue;
      const counts = tally.get(c.code) ?? new Map<string, number>();
      counts.set(c.description, (counts.get(c.description) ?? 0) + 1);
      tally.set(c.code, counts);
    }
  }
  for (const [code, { line }] of ours.byCode) {
    if (!listed.has(code)) throw new TableError(ours.file, line, `"${code}" is not a common code of ${listFile}`);
  }
  return [...codes].sort(compareCodes).map((code): CommonCodeJson => {
    const page = fromPages.get(code);
    const mine = ours.byCode.get(code);
    const sdkZh = [...(tally.get(code) ?? [])].sort((a, b) => b[1] - a[1] || compareCodes(a[0], b[0]))[0]?.[0];
    if (mine?.en !== undefined && page?.en !== undefined) {
      throw new TableError(ours.file, mine.line, `"${code}" has its English in ${page.file} already`);
    }
    const en = page?.en ?? mine?.en;
    if (en === undefined)
      throw new TableError(ours.file, undefined, `no English description for the common code "${code}"`);
    if (page !== undefined) {
      if (mine?.zh !== undefined) warnings.push(unusedZh(ours.file, mine.line, code, page.file));
      return { code, zh: page.zh, en, zhFrom: 'page' };
    }
    if (sdkZh !== undefined) {
      if (mine?.zh !== undefined) warnings.push(unusedZh(ours.file, mine.line, code, 'the SDK'));
      return { code, zh: sdkZh, en, zhFrom: 'sdk' };
    }
    if (mine?.zh === undefined) {
      throw new TableError(
        ours.file,
        mine?.line,
        `no Chinese description for the common code "${code}" (neither a page nor the SDK has one)`,
      );
    }
    return { code, zh: mine.zh, en, zhFrom: 'ours' };
  });
}

function unusedZh(file: string, line: number, code: string, other: string): SdkWarning {
  return { file, line, reason: `our Chinese for "${code}" is unused: ${other} has one` };
}

/** Reads the list of common codes: one code a line; blank lines and `#` lines are ignored. */
export function parseCodeList(text: string, file: string): string[] {
  const codes: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const problem = codeProblem(line);
    if (problem !== undefined) throw new TableError(file, i + 1, problem);
    const first = seen.get(line);
    if (first !== undefined)
      throw new TableError(file, i + 1, `duplicate code "${line}" (first listed on line ${first})`);
    seen.set(line, i + 1);
    codes.push(line);
  });
  if (codes.length === 0) throw new TableError(file, undefined, 'no codes (expected one code a line)');
  return codes;
}

/** Reads our common-code descriptions: `{ "<code>": { "en": "…", "zh": "…" } }`, each key optional. */
export function parseOurCommonDescriptions(text: string, file: string): OurCommonDescriptions {
  const lineAt = lineLocator(text);
  const root = parseJsonWithPositions(text, file);
  if (root?.type !== 'object') throw new TableError(file, 1, 'expected a JSON object of codes');
  const byCode = new Map<string, { zh?: string; en?: string; line: number }>();
  for (const prop of root.children ?? []) {
    const [key, value]: (Node | undefined)[] = prop.children ?? [];
    if (key === undefined || value === undefined) continue;
    const line = lineAt(key.offset);
    const code = String(key.value);
    if (byCode.has(code)) throw new TableError(file, line, `duplicate code "${code}"`);
    if (value.type !== 'object')
      throw new TableError(file, line, `"${code}" must map to an object with "en" and/or "zh"`);
    const entry: { zh?: string; en?: string; line: number } = { line };
    for (const field of value.children ?? []) {
      const [name, text]: (Node | undefined)[] = field.children ?? [];
      const fieldName = String(name?.value);
      if (fieldName !== 'en' && fieldName !== 'zh') {
        throw new TableError(file, lineAt(field.offset), `unknown key "${fieldName}" (allowed: en, zh)`);
      }
      if (text?.type !== 'string' || String(text.value).trim() === '') {
        throw new TableError(file, lineAt(field.offset), `"${fieldName}" of "${code}" must be a non-empty string`);
      }
      entry[fieldName] = String(text.value);
    }
    byCode.set(code, entry);
  }
  return { file, byCode };
}

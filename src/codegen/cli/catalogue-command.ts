import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import {
  buildCatalogue,
  type BuiltCatalogue,
  ENGLISH_SDK_NAME,
  parseCodeList,
  parseOurCommonDescriptions,
  SDK_NAME,
} from '../../importer/catalogue-build.js';
import { apiChurn, formatChanges, formatChurn, productChanges } from '../../importer/churn.js';
import { compareSources, formatDrift, pageAndSdk } from '../../importer/drift.js';
import { gitDirOf } from '../../importer/git-repo.js';
import { readSdkCommit, readSdkHistory, resolveCommit, type SdkHistory } from '../../importer/sdk-history.js';
import { formatWarning, readSdkTree, type ReadSdkTreeOptions, type SdkTree } from '../../importer/sdk-tree.js';
import { messageValue } from '../../shared/comment-text.js';
import { message } from '../../shared/i18n.js';
import { posixPath } from '../../shared/posix-path.js';
import { parseTableJson } from '../../table/json.js';
import { fsReason, isEmbeddedSpec, loadTable, shippedCatalogue } from '../../table/load.js';
import { TableError } from '../../table/table-error.js';
import { checkArgs, type OptionSpec } from './flags.js';
import { type CliIO, EXIT_OK, EXIT_REFUSED, say, usageError } from './io.js';
import { CLI_MESSAGES as M } from './messages.js';

/** This package's `data/` folder (the same from `src/` and `dist/`): the default sources of a catalogue import. */
const PACKAGE_DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

/** The catalogue import's help, in the run's language. */
export function catalogueHelp(io: CliIO): string {
  return say(io, message(M.catalogueHelp));
}

/** The options of the catalogue import and the drift report. */
const CATALOGUE_OPTIONS = {
  'sdk-go': { type: 'string', value: '<dir>' },
  'sdk-go-en': { type: 'string', value: '<dir>' },
  'sdk-go-commit': { type: 'string', value: '<sha>' },
  'sdk-go-en-commit': { type: 'string', value: '<sha>' },
  page: { type: 'string', multiple: true, value: '<table.json>' },
  common: { type: 'string', value: '<codes.txt>' },
  'common-descriptions': { type: 'string', value: '<file>' },
  'out-dir': { type: 'string', value: '<dir>' },
  check: { type: 'boolean', default: false },
  drift: { type: 'boolean', default: false },
  changes: { type: 'string', value: '<product>' },
  top: { type: 'string', value: '<n>' },
  lang: { type: 'string', value: '<lang>' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Record<string, OptionSpec & { default?: boolean }>;

/** Whether `import` arguments ask for the catalogue import or the drift report rather than a page import. */
export function isCatalogueImport(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--drift' || arg === '--sdk-go' || arg.startsWith('--sdk-go='));
}

/**
 * `gen-handlers import --sdk-go …` and `gen-handlers import --drift …`. `write` writes one file atomically
 * (the caller's writer, so that this command needs no helper of its own).
 */
export function runCatalogue(args: readonly string[], io: CliIO, write: (file: string, text: string) => void): number {
  checkArgs(args, CATALOGUE_OPTIONS, 'gen-handlers import');
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: CATALOGUE_OPTIONS,
  });
  if (values.help) {
    io.stdout(catalogueHelp(io));
    return EXIT_OK;
  }
  if (values.changes !== undefined && !values.drift) throw usageError(M.changesNeedsDrift);
  if (values.top !== undefined && !values.drift) throw usageError(M.topNeedsDrift);
  if (values.drift) {
    if (values.changes !== undefined || positionals.length === 0) {
      if (positionals.length > 0) throw usageError(M.changesTakesNoTables);
      return runHistoryDrift(values.changes, values.top, io);
    }
    if (values.top !== undefined) throw usageError(M.topWithDriftAlone);
    return runDrift(positionals, io);
  }
  const sdkDir = values['sdk-go'];
  if (sdkDir === undefined) throw usageError(M.catalogueNeedsSdk);
  if (positionals.length > 0) throw usageError(M.sdkTakesNoSources, { sources: positionals.join(' ') });
  const outDir = values['out-dir'];
  if (outDir === undefined) throw usageError(M.catalogueNeedsOutDir);
  for (const flag of ['sdk-go-commit', 'sdk-go-en-commit'] as const) {
    const commit = values[flag];
    if (commit !== undefined && !/^[0-9a-f]{7,64}$/u.test(commit)) {
      throw usageError(M.badCommit, { flag, commit });
    }
  }
  if (values['sdk-go-en-commit'] !== undefined && values['sdk-go-en'] === undefined) {
    throw usageError(M.enCommitNeedsEn);
  }
  const out = path.resolve(io.cwd, outDir);
  const relativeToOut = (file: string): string => posixPath(path.relative(out, path.resolve(io.cwd, file)));

  const { tree: sdk, commit: sdkCommit, history } = readSdk(path.resolve(io.cwd, sdkDir), values['sdk-go-commit'], {});
  const englishDir = values['sdk-go-en'];
  const en =
    englishDir === undefined
      ? undefined
      : readSdk(path.resolve(io.cwd, englishDir), values['sdk-go-en-commit'], {
          actions: false,
          warnUndescribed: false,
        });
  const english = en?.tree;
  const pageFiles = values.page ?? [path.join(PACKAGE_DATA, 'gaap.json')];
  const pages = pageFiles.map((file) => ({
    file: relativeToOut(file),
    table: parseTableJson(readText(file, io), file),
  }));
  const listFile = values.common ?? path.join(PACKAGE_DATA, 'sources', 'common-codes.txt');
  const oursFile = values['common-descriptions'] ?? path.join(PACKAGE_DATA, 'sources', 'common-descriptions.json');
  const built = buildCatalogue({
    sdk,
    ...(sdkCommit === undefined ? {} : { sdkCommit }),
    ...(history === undefined ? {} : { history }),
    ...(english === undefined ? {} : { english }),
    ...(en?.commit === undefined ? {} : { englishCommit: en.commit }),
    pages,
    common: {
      listFile: relativeToOut(listFile),
      codes: parseCodeList(readText(listFile, io), listFile),
      ours: parseOurCommonDescriptions(readText(oursFile, io), oursFile),
    },
  });
  const warnings = [...sdk.warnings, ...(english?.warnings ?? []), ...built.warnings];
  for (const warning of warnings) io.stderr(`${formatWarning(warning)}\n`);

  const stale = [...built.files].filter(([file, text]) => readIfExists(path.join(out, file)) !== text);
  const extra = ['catalogue', 'catalogue/history'].flatMap((folder) => {
    const dir = path.join(out, folder);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.json') && !built.files.has(`${folder}/${name}`))
          .map((name) => `${folder}/${name}`)
      : [];
  });
  io.stdout(summary(io, sdk, english, built, warnings.length));
  if (values.check) {
    for (const [file] of stale) io.stderr(`${say(io, message(M.catalogueStale, { file: path.join(outDir, file) }))}\n`);
    for (const file of extra) io.stderr(`${say(io, message(M.catalogueExtra, { file: path.join(outDir, file) }))}\n`);
    if (stale.length === 0 && extra.length === 0) {
      io.stdout(`${say(io, message(M.catalogueUpToDate, { dir: outDir }))}\n`);
    }
    return stale.length === 0 && extra.length === 0 ? EXIT_OK : EXIT_REFUSED;
  }
  for (const [file, text] of stale) {
    try {
      write(path.join(out, file), text);
    } catch (error) {
      throw usageError(M.cannotWrite, { file: path.join(outDir, file), reason: fsReason(error) });
    }
  }
  for (const file of extra) rmSync(path.join(out, file));
  const written = {
    dir: outDir,
    files: built.files.size,
    written: stale.length,
    unchanged: built.files.size - stale.length,
    removed: extra.length,
  };
  io.stdout(`${say(io, message(M.catalogueWritten, written))}\n`);
  return EXIT_OK;
}

/**
 * An SDK given to the catalogue import: a checkout (its tree; `commit` only as given), or a git repository (the tree
 * of `commit`, else HEAD, with the repository's history up to it when `withHistory`).
 */
function readSdk(
  dir: string,
  commit: string | undefined,
  options: ReadSdkTreeOptions,
): { tree: SdkTree; commit: string | undefined; history: SdkHistory | undefined } {
  const gitDir = gitDirOf(dir);
  if (gitDir === undefined) return { tree: readSdkTree(dir, options), commit, history: undefined };
  const resolved = resolveCommit(gitDir, commit ?? 'HEAD');
  const tree = readSdkCommit(gitDir, resolved, options);
  // The English twin gives descriptions only: its history is not read.
  const history = options.actions === false ? undefined : readSdkHistory(gitDir, resolved, tree);
  return { tree, commit: resolved, history };
}

function summary(
  io: CliIO,
  sdk: SdkTree,
  english: SdkTree | undefined,
  built: BuiltCatalogue,
  warnings: number,
): string {
  const { counts, history } = built;
  const sdkCodes = sdk.apiVersions.reduce((n, v) => n + v.codes.length, 0);
  const distinct = new Set(sdk.apiVersions.flatMap((v) => v.codes.map((c) => c.code))).size;
  const actions = sdk.apiVersions.flatMap((v) => v.actions);
  const pairs = actions.reduce((n, a) => n + (a.codes?.length ?? 0), 0);
  const products = new Set(sdk.apiVersions.map((v) => v.product)).size;
  const unknown = message(M.versionUnknown);
  const lines = [
    message(M.sdkSummary, {
      sdk: SDK_NAME,
      version: sdk.sdkVersion ?? unknown,
      products,
      versions: sdk.apiVersions.length,
      codes: sdkCodes,
      distinct,
      actions: actions.length,
      listed: actions.filter((a) => a.codes !== null).length,
      pairs,
    }),
  ];
  if (english !== undefined) {
    lines.push(
      message(M.englishSdkSummary, {
        sdk: ENGLISH_SDK_NAME,
        version: english.sdkVersion ?? unknown,
        versions: english.apiVersions.length,
      }),
    );
  }
  lines.push(
    message(M.catalogueSummary, {
      products: counts.products,
      versions: counts.apiVersions,
      codes: counts.codes,
      distinct: counts.distinctCodes,
      english: counts.codesWithEnglish,
      actions: counts.actions,
      listed: counts.actionsWithList,
      pairs: counts.actionCodes,
      common: counts.commonCodes,
      warnings: warnings === 1 ? message(M.oneWarning) : message(M.warnings, { count: warnings }),
    }),
  );
  if (history !== undefined) {
    lines.push(
      message(M.catalogueHistory, {
        releases: history.releases,
        codes: history.removedCodes,
        actions: history.removedActions,
        renames: history.renames,
      }),
    );
  }
  return `${lines.map((line) => say(io, line)).join('\n')}\n`;
}

/**
 * `--drift` alone: every product's codes and actions gained and lost in the 6 and 12 months up to the catalogue's
 * newest release (`--top <n>`: the n products that changed most); `--drift --changes <product>`: that product's
 * changes in the 12 months, one a line.
 */
function runHistoryDrift(product: string | undefined, top: string | undefined, io: CliIO): number {
  const catalogue = shippedCatalogue();
  const churn = apiChurn(catalogue);
  if (churn === undefined) {
    throw usageError(M.noHistory);
  }
  if (product !== undefined) {
    catalogue.table(product);
    if (product.includes('@')) throw usageError(M.changesTakesProduct);
    io.stdout(formatChanges(product, productChanges(catalogue, product, churn.starts[1]), churn.starts[1]));
    return EXIT_OK;
  }
  const limit = top === undefined ? Infinity : Number(top);
  if (top !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw usageError(M.topNotCount, { top: messageValue(top) });
  }
  io.stdout(formatChurn(churn, SDK_NAME, limit));
  return EXIT_OK;
}

/** `--drift <product>`: the product's page against the SDK; `--drift <a> <b>`: two tables. */
function runDrift(specs: readonly string[], io: CliIO): number {
  if (specs.length === 1) {
    const [spec = ''] = specs;
    if (!isEmbeddedSpec(spec)) throw usageError(M.driftNeedsProduct);
    const table = loadTable(spec);
    const sdk = shippedCatalogue()
      .index()
      .sdk.find((s) => s.name === SDK_NAME);
    const [page, fromSdk] = pageAndSdk(
      table,
      sdk === undefined ? 'the SDK' : `${SDK_NAME} ${sdk.version ?? ''}`.trim(),
    );
    if (page.entries.length === 0) {
      throw new TableError(spec, undefined, say(io, message(M.driftNoPage)));
    }
    io.stdout(formatDrift(compareSources(page, fromSdk), `${table.service}@${table.version ?? ''}`));
    return EXIT_OK;
  }
  if (specs.length !== 2) throw usageError(M.driftArguments);
  const [a = '', b = ''] = specs;
  const left = loadTable(a, { cwd: io.cwd });
  const right = loadTable(b, { cwd: io.cwd });
  io.stdout(
    formatDrift(compareSources({ label: a, entries: left.codes }, { label: b, entries: right.codes }), `${a} vs ${b}`),
  );
  return EXIT_OK;
}

function readText(file: string, io: CliIO): string {
  const absolute = path.resolve(io.cwd, file);
  if (!existsSync(absolute)) throw new TableError(file, undefined, say(io, message(M.fileNotFound)));
  return readFileSync(absolute, 'utf8');
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

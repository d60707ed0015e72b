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
import { posixPath } from '../../shared/posix-path.js';
import { parseTableJson } from '../../table/json.js';
import { fsReason, isEmbeddedSpec, loadTable, shippedCatalogue } from '../../table/load.js';
import { TableError } from '../../table/table-error.js';
import { checkArgs, type OptionSpec } from './flags.js';
import { type CliIO, EXIT_OK, EXIT_REFUSED, UsageError } from './io.js';

/** This package's `data/` folder (the same from `src/` and `dist/`): the default sources of a catalogue import. */
const PACKAGE_DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

export const CATALOGUE_HELP = `Usage: gen-handlers import --sdk-go <dir> [--sdk-go-en <dir>] --out-dir <dir> [options]
       gen-handlers import --drift [--top <n>] | --drift --changes <product>
       gen-handlers import --drift <product> | --drift <table> <table>

With --sdk-go, imports the whole API from tencentcloud-sdk-go (every product's errors.go and client.go)
into a catalogue: <out-dir>/catalogue/<product>.json, <out-dir>/catalogue/index.json and
<out-dir>/common.json. Given the SDK's git repository rather than a checkout, it reads the tree of its HEAD
(or of --sdk-go-commit) and the history up to it: when each code and action came and went, in
<out-dir>/catalogue/history/. Problems in single SDK files are warnings on stderr (file:line: reason);
the rest is imported. The same inputs give byte-identical files.

Options:
  --sdk-go <dir>              tencentcloud-sdk-go: its git repository (bare or not), or a checkout
                              (or its tencentcloud/ folder; then without history)
  --sdk-go-en <dir>           tencentcloud-sdk-go-intl-en, likewise, for English descriptions
  --sdk-go-commit <sha>       the commit to read from the repository (default HEAD), or the commit of a
                              checkout, recorded in index.json
  --sdk-go-en-commit <sha>    the same for --sdk-go-en
  --page <table.json>         an error-code page imported into a table (gen-handlers import <page.md>);
                              repeatable (default: this package's data/gaap.json)
  --common <codes.txt>        the current common codes, one a line (default: data/sources/common-codes.txt)
  --common-descriptions <f>   our English (and missing Chinese) for the common codes
                              (default: data/sources/common-descriptions.json)
  --out-dir <dir>             the data folder to write into
  --check                     write nothing; exit 1 when a file differs from a fresh import

--drift alone prints, per product, the codes and actions gained and lost in the 6 and 12 months up to the
newest release in the catalogue's history (--top <n>: the n products that changed most); --drift --changes
<product> lists that product's changes in the 12 months. --drift <product> prints what the product's
error-code page has that the SDK lacks and the reverse; --drift <a> <b> does the same for any two tables
(embedded names or files).
`;

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
    io.stdout(CATALOGUE_HELP);
    return EXIT_OK;
  }
  if (values.changes !== undefined && !values.drift) throw new UsageError('--changes goes with --drift');
  if (values.top !== undefined && !values.drift) throw new UsageError('--top goes with --drift');
  if (values.drift) {
    if (values.changes !== undefined || positionals.length === 0) {
      if (positionals.length > 0) throw new UsageError('--drift --changes <product> takes no tables');
      return runHistoryDrift(values.changes, values.top, io);
    }
    if (values.top !== undefined) throw new UsageError('--top goes with --drift alone (the history report)');
    return runDrift(positionals, io);
  }
  const sdkDir = values['sdk-go'];
  if (sdkDir === undefined) throw new UsageError('the catalogue import needs --sdk-go <dir>');
  if (positionals.length > 0) throw new UsageError(`--sdk-go takes no other sources, got ${positionals.join(' ')}`);
  const outDir = values['out-dir'];
  if (outDir === undefined) throw new UsageError('the catalogue import needs --out-dir <dir> (the data folder)');
  for (const flag of ['sdk-go-commit', 'sdk-go-en-commit'] as const) {
    const commit = values[flag];
    if (commit !== undefined && !/^[0-9a-f]{7,64}$/u.test(commit)) {
      throw new UsageError(`--${flag} must be a hexadecimal commit id, got "${commit}"`);
    }
  }
  if (values['sdk-go-en-commit'] !== undefined && values['sdk-go-en'] === undefined) {
    throw new UsageError('--sdk-go-en-commit needs --sdk-go-en <dir>');
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
    table: parseTableJson(readText(file, io.cwd), file),
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
      codes: parseCodeList(readText(listFile, io.cwd), listFile),
      ours: parseOurCommonDescriptions(readText(oursFile, io.cwd), oursFile),
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
  io.stdout(summary(sdk, english, built, warnings.length));
  if (values.check) {
    for (const [file] of stale) io.stderr(`${path.join(outDir, file)} is stale: re-run the catalogue import\n`);
    for (const file of extra) io.stderr(`${path.join(outDir, file)} is not part of the catalogue any more\n`);
    if (stale.length === 0 && extra.length === 0) io.stdout(`${outDir}: the catalogue is up to date\n`);
    return stale.length === 0 && extra.length === 0 ? EXIT_OK : EXIT_REFUSED;
  }
  for (const [file, text] of stale) {
    try {
      write(path.join(out, file), text);
    } catch (error) {
      throw new UsageError(`cannot write ${path.join(outDir, file)}: ${fsReason(error)}`);
    }
  }
  for (const file of extra) rmSync(path.join(out, file));
  io.stdout(
    `${outDir}: ${built.files.size} files, ${stale.length} written, ${built.files.size - stale.length} unchanged, ${extra.length} removed\n`,
  );
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

function summary(sdk: SdkTree, english: SdkTree | undefined, built: BuiltCatalogue, warnings: number): string {
  const { counts, history } = built;
  const sdkCodes = sdk.apiVersions.reduce((n, v) => n + v.codes.length, 0);
  const distinct = new Set(sdk.apiVersions.flatMap((v) => v.codes.map((c) => c.code))).size;
  const actions = sdk.apiVersions.flatMap((v) => v.actions);
  const pairs = actions.reduce((n, a) => n + (a.codes?.length ?? 0), 0);
  const products = new Set(sdk.apiVersions.map((v) => v.product)).size;
  const lines = [
    `${SDK_NAME} ${sdk.sdkVersion ?? '(version unknown)'}: ${products} products, ${sdk.apiVersions.length} API versions, ` +
      `${sdkCodes} codes (${distinct} distinct), ${actions.length} actions (${actions.filter((a) => a.codes !== null).length} with a code list), ` +
      `${pairs} action-code pairs`,
  ];
  if (english !== undefined) {
    lines.push(
      `${ENGLISH_SDK_NAME} ${english.sdkVersion ?? '(version unknown)'}: ${english.apiVersions.length} API versions`,
    );
  }
  lines.push(
    `catalogue: ${counts.products} products, ${counts.apiVersions} API versions, ${counts.codes} codes ` +
      `(${counts.distinctCodes} distinct, ${counts.codesWithEnglish} with English), ${counts.actions} actions ` +
      `(${counts.actionsWithList} with a code list), ${counts.actionCodes} action-code pairs, ${counts.commonCodes} common codes` +
      `; ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  if (history !== undefined) {
    lines.push(
      `history: ${history.releases} releases; ${history.removedCodes} codes and ${history.removedActions} actions ` +
        `removed from the API versions, ${history.renames} renames`,
    );
  }
  return `${lines.join('\n')}\n`;
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
    throw new UsageError('the catalogue has no history (it was imported from a checkout, not the SDK repository)');
  }
  if (product !== undefined) {
    catalogue.table(product);
    if (product.includes('@')) throw new UsageError('--changes takes a product name, e.g. --changes tmt');
    io.stdout(formatChanges(product, productChanges(catalogue, product, churn.starts[1]), churn.starts[1]));
    return EXIT_OK;
  }
  const limit = top === undefined ? Infinity : Number(top);
  if (top !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new UsageError(`--top must be a whole number above 0, got "${top}"`);
  }
  io.stdout(formatChurn(churn, SDK_NAME, limit));
  return EXIT_OK;
}

/** `--drift <product>`: the product's page against the SDK; `--drift <a> <b>`: two tables. */
function runDrift(specs: readonly string[], io: CliIO): number {
  if (specs.length === 1) {
    const [spec = ''] = specs;
    if (!isEmbeddedSpec(spec)) throw new UsageError('--drift with one table needs a product name, e.g. --drift gaap');
    const table = loadTable(spec);
    const sdk = shippedCatalogue()
      .index()
      .sdk.find((s) => s.name === SDK_NAME);
    const [page, fromSdk] = pageAndSdk(
      table,
      sdk === undefined ? 'the SDK' : `${SDK_NAME} ${sdk.version ?? ''}`.trim(),
    );
    if (page.entries.length === 0) {
      throw new TableError(
        spec,
        undefined,
        'the catalogue has no error-code page for this product; compare two tables',
      );
    }
    io.stdout(formatDrift(compareSources(page, fromSdk), `${table.service}@${table.version ?? ''}`));
    return EXIT_OK;
  }
  if (specs.length !== 2) throw new UsageError('--drift takes a product name, or two tables to compare');
  const [a = '', b = ''] = specs;
  const left = loadTable(a, { cwd: io.cwd });
  const right = loadTable(b, { cwd: io.cwd });
  io.stdout(
    formatDrift(compareSources({ label: a, entries: left.codes }, { label: b, entries: right.codes }), `${a} vs ${b}`),
  );
  return EXIT_OK;
}

function readText(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  if (!existsSync(absolute)) throw new TableError(file, undefined, 'file not found');
  return readFileSync(absolute, 'utf8');
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { compareCodes } from '../table/code-index.js';
import { codeProblem } from '../table/grammar.js';
import { SERVICE_PATTERN } from '../table/json.js';
import { apiVersionOfDir, scanSdkFile } from '../table/sdk-source.js';
import { TableError } from '../table/table-error.js';

/**
 * Reads a whole tencentcloud-sdk-go checkout (or its English twin, tencentcloud-sdk-go-intl-en): for every
 * `tencentcloud/<product>/v<yyyymmdd>/`, the codes of `errors.go` and the action lists of `client.go`.
 *
 * The reader is tolerant, because one odd generated file must not cost the other 295: an empty `errors.go` is a
 * version with no codes of its own, a malformed or repeated code is skipped, a missing or unreadable file skips only
 * what it would have given; each such thing is a warning naming the file and, where there is one, the line.
 */

/** A problem the reader worked around, printed as `file:line: reason` (or `file: reason`). */
export interface SdkWarning {
  readonly file: string;
  readonly line?: number;
  readonly reason: string;
}

export function formatWarning(warning: SdkWarning): string {
  return `${warning.file}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.reason}`;
}

/** One code of an `errors.go`: its description is the run of `//` lines right above it ('' when there is none). */
export interface SdkCode {
  readonly code: string;
  readonly description: string;
  readonly line: number;
}

/** One action of a `client.go`: the codes its comment lists, in file order; `null` when it lists none. */
export interface SdkAction {
  readonly name: string;
  readonly codes: readonly string[] | null;
  readonly line: number;
}

/** One `tencentcloud/<product>/v<yyyymmdd>/` folder. */
interface SdkApiVersion {
  readonly product: string;
  /** The API version, `2018-05-29` for `v20180529`. */
  readonly version: string;
  /** The well-formed codes of `errors.go`, in file order, each once. */
  readonly codes: readonly SdkCode[];
  /** The actions of `client.go`, in file order (empty when only codes were read). */
  readonly actions: readonly SdkAction[];
}

export interface SdkTree {
  /** The `tencentcloud` folder that was read. */
  readonly root: string;
  /** The SDK release, from `common/http/request.go` (`"SDK_GO_1.3.166"` → `1.3.166`), where found. */
  readonly sdkVersion: string | undefined;
  /** Every API version, sorted by product, then version. */
  readonly apiVersions: readonly SdkApiVersion[];
  readonly warnings: readonly SdkWarning[];
}

export interface ReadSdkTreeOptions {
  /** Read the action lists of `client.go` too (default true). */
  readonly actions?: boolean;
  /**
   * Whether a code without a description comment is worth a warning (default true). The English twin leaves
   * hundreds of codes with an empty `//`; there it only means "no English", not a broken file.
   */
  readonly warnUndescribed?: boolean;
}

/** The line that opens an action's code list, in the Chinese SDK and in the English twin. */
const LIST_MARKER = /^\/\/\s*(?:可能返回的错误码|error code that may be returned)\s*[:：]\s*$/iu;
const LIST_ITEM = /^\/\/\s+[A-Z][A-Z0-9_]*\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/u;
/** An action method: `func (c *Client) CreateProxy(request *CreateProxyRequest)` (not the …WithContext twin). */
const ACTION_FUNC = /^func \(c \*Client\) ([A-Za-z][A-Za-z0-9_]*)\(request \*/u;
const SDK_VERSION = /"SDK_GO_([0-9][^"\s]*)"/u;

/**
 * Reads an SDK checkout: `dir` is the checkout (holding `tencentcloud/`) or its `tencentcloud` folder. Throws a TableError
 * only when `dir` is not such a folder at all; every problem inside is a warning.
 */
export function readSdkTree(dir: string, options: ReadSdkTreeOptions = {}): SdkTree {
  const root = existsSync(path.join(dir, 'tencentcloud')) ? path.join(dir, 'tencentcloud') : dir;
  return readSdkFiles(checkoutFiles(root), dir, options);
}

/**
 * Where an SDK's files are read from: a checkout's `tencentcloud` folder on disk, or a commit of the SDK's git
 * repository (`gitTreeFiles` in sdk-history.ts). Files are named as warnings name them: `root`, `/`, the path.
 */
export interface SdkFiles {
  /** The `tencentcloud` folder, as file names start. */
  readonly root: string;
  join(...parts: string[]): string;
  exists(file: string): boolean;
  isDirectory(file: string): boolean;
  /** The names in a folder; throws (a Node file-system error) when it cannot be read. */
  entries(dir: string): string[];
  /** A file's text; throws (a Node file-system error) when it cannot be read. */
  read(file: string): string;
}

function checkoutFiles(root: string): SdkFiles {
  return {
    root,
    join: (...parts) => path.join(...parts),
    exists: (file) => existsSync(file),
    isDirectory: (file) => {
      try {
        return statSync(file).isDirectory();
      } catch {
        return false;
      }
    },
    entries: (dir) => readdirSync(dir),
    read: (file) => readFileSync(file, 'utf8'),
  };
}

/** Reads an SDK's files (see readSdkTree); `given` is what the user named, for the one error. */
export function readSdkFiles(files: SdkFiles, given: string, options: ReadSdkTreeOptions = {}): SdkTree {
  const { root } = files;
  if (!files.isDirectory(root) || !files.isDirectory(files.join(root, 'common'))) {
    throw new TableError(
      given,
      undefined,
      'not a tencentcloud-sdk-go checkout (expected a tencentcloud/ folder with common/ in it)',
    );
  }
  const warnings: SdkWarning[] = [];
  const warn = (file: string, line: number | undefined, reason: string): void => {
    warnings.push(line === undefined ? { file, reason } : { file, line, reason });
  };
  const apiVersions: SdkApiVersion[] = [];
  for (const product of sortedEntries(files, root, warn)) {
    const productDir = files.join(root, product);
    if (product === 'common' || !files.isDirectory(productDir)) continue;
    if (!SERVICE_PATTERN.test(product)) {
      warn(productDir, undefined, 'skipped: not a product folder (lower-case letters and digits)');
      continue;
    }
    const versions = sortedEntries(files, productDir, warn).filter(
      (name) => apiVersionOfDir(name) !== undefined && files.isDirectory(files.join(productDir, name)),
    );
    if (versions.length === 0) {
      warn(productDir, undefined, 'skipped: no API version folder (v<yyyymmdd>)');
      continue;
    }
    for (const versionDir of versions) {
      const read = readApiVersion(files, files.join(productDir, versionDir), product, versionDir, options, warn);
      if (read !== undefined) apiVersions.push(read);
    }
  }
  return { root, sdkVersion: readSdkVersion(files, warn), apiVersions, warnings };
}

type Warn = (file: string, line: number | undefined, reason: string) => void;

function readApiVersion(
  files: SdkFiles,
  dir: string,
  product: string,
  versionDir: string,
  options: ReadSdkTreeOptions,
  warn: Warn,
): SdkApiVersion | undefined {
  const version = apiVersionOfDir(versionDir) ?? versionDir;
  // This folder's warnings, reported in file and line order once both files are read.
  const local: SdkWarning[] = [];
  const note: Warn = (file, line, reason) => local.push(line === undefined ? { file, reason } : { file, line, reason });
  const errorsFile = files.join(dir, 'errors.go');
  const errorsText = readText(files, errorsFile, warn);
  if (errorsText === undefined) return undefined;
  const { codes, skipped } = readErrorsGo(errorsText, errorsFile, options.warnUndescribed ?? true, note);
  if (codes.length === 0 && skipped.size === 0) {
    note(errorsFile, undefined, `no error codes: ${product} ${version} has no codes of its own`);
  }
  let actions: SdkAction[] = [];
  if (options.actions ?? true) {
    const clientFile = files.join(dir, 'client.go');
    const clientText = files.exists(clientFile) ? readText(files, clientFile, note) : undefined;
    if (clientText === undefined) {
      if (!files.exists(clientFile)) note(clientFile, undefined, 'not found: no action lists for this version');
    } else {
      actions = readClientGo(clientText, clientFile, new Set(codes.map((c) => c.code)), skipped, note);
    }
  }
  for (const [code, { line, problem, listedBy }] of skipped) {
    const which = problem.startsWith(`the code ${JSON.stringify(code)} `)
      ? `, which ${problem.slice(`the code ${JSON.stringify(code)} `.length)}`
      : ` (${problem})`;
    const listed =
      listedBy === 0 ? '' : `; ${listedBy} action list${listedBy === 1 ? '' : 's'} in client.go drop it too`;
    note(errorsFile, line, `skipped the code ${JSON.stringify(code)}${which}${listed}`);
  }
  local.sort((a, b) => compareCodes(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const w of local) warn(w.file, w.line, w.reason);
  return { product, version, codes, actions };
}

interface Skipped {
  readonly line: number;
  /** What codeProblem() says of it. */
  readonly problem: string;
  /** How many action lists name the skipped code (they drop it too). */
  listedBy: number;
}

/** The codes of an `errors.go` (read as the strict reader reads it, but warning instead of refusing). */
function readErrorsGo(
  text: string,
  file: string,
  warnUndescribed: boolean,
  warn: Warn,
): { codes: SdkCode[]; skipped: Map<string, Skipped> } {
  const codes: SdkCode[] = [];
  const skipped = new Map<string, Skipped>();
  const seen = new Map<string, number>();
  scanSdkFile(text, 'go', {
    stray(line, lineText) {
      warn(file, line, `skipped the line ${JSON.stringify(lineText.trim())}: not of the form NAME = "Family.Code"`);
    },
    assignment({ line, literal, description }) {
      const code = literal.slice(1, -1);
      const problem = codeProblem(code);
      if (problem !== undefined) {
        skipped.set(code, { line, problem, listedBy: 0 });
        return;
      }
      const first = seen.get(code);
      if (first !== undefined) {
        warn(file, line, `skipped a second ${JSON.stringify(code)} (first on line ${first})`);
        return;
      }
      seen.set(code, line);
      if (description === '' && warnUndescribed) {
        warn(
          file,
          line,
          `no description comment above ${JSON.stringify(code)}; the code stands in for its description`,
        );
      }
      codes.push({ code, description, line });
    },
  });
  return { codes, skipped };
}

/**
 * The action lists of a `client.go`. Each action has two methods (`X` and `XWithContext`) with the same comment;
 * the list is the `//  NAME = "Code"` lines after `// 可能返回的错误码:` in the comment right above `func (c *Client) X(`.
 */
function readClientGo(
  text: string,
  file: string,
  known: ReadonlySet<string>,
  skipped: Map<string, Skipped>,
  warn: Warn,
): SdkAction[] {
  const actions: SdkAction[] = [];
  const seen = new Map<string, number>();
  let list: string[] | null = null;
  let inList = false;
  text.split(/\r?\n/u).forEach((lineText, i) => {
    const line = i + 1;
    if (lineText.startsWith('//')) {
      if (LIST_MARKER.test(lineText)) {
        list = [];
        inList = true;
        return;
      }
      const item = inList ? LIST_ITEM.exec(lineText) : null;
      if (item === null) inList = false;
      else list?.push(item[1] ?? '');
      return;
    }
    const func = ACTION_FUNC.exec(lineText);
    const listed: string[] | null = list;
    list = null;
    inList = false;
    if (func === null) return;
    const name = func[1] ?? '';
    const first = seen.get(name);
    if (first !== undefined) {
      warn(file, line, `skipped a second action ${name} (first on line ${first})`);
      return;
    }
    seen.set(name, line);
    const codes: string[] = [];
    for (const code of listed ?? []) {
      const dropped = skipped.get(code);
      if (dropped !== undefined) dropped.listedBy++;
      else if (!known.has(code))
        warn(file, line, `${name} lists ${JSON.stringify(code)}, which errors.go lacks; skipped`);
      else if (!codes.includes(code)) codes.push(code);
    }
    actions.push({ name, codes: listed === null || codes.length === 0 ? null : codes, line });
  });
  return actions;
}

/** The name of the action a line of client.go declares (`func (c *Client) CreateProxy(request *…`), else `undefined`. */
export function declaredAction(line: string): string | undefined {
  return ACTION_FUNC.exec(line)?.[1];
}

/**
 * The well-formed codes of an `errors.go` (each once, in file order) and the action lists of the `client.go` next
 * to it, read as readSdkTree reads them but without warnings: for releases of the past, whose oddities the current
 * tree's warnings do not concern.
 */
export function readVersionFiles(
  errorsText: string,
  clientText: string | undefined,
): { codes: readonly SdkCode[]; actions: readonly SdkAction[] } {
  const ignore: Warn = () => undefined;
  const { codes, skipped } = readErrorsGo(errorsText, '', false, ignore);
  const actions =
    clientText === undefined ? [] : readClientGo(clientText, '', new Set(codes.map((c) => c.code)), skipped, ignore);
  return { codes, actions };
}

function readSdkVersion(files: SdkFiles, warn: Warn): string | undefined {
  const file = files.join(files.root, 'common', 'http', 'request.go');
  const text = files.exists(file) ? readText(files, file, warn) : undefined;
  const version = text === undefined ? undefined : SDK_VERSION.exec(text)?.[1];
  if (version === undefined) warn(file, undefined, 'no SDK version found (expected "SDK_GO_<version>")');
  return version;
}

function readText(files: SdkFiles, file: string, warn: Warn): string | undefined {
  try {
    return files.read(file);
  } catch (error) {
    warn(file, undefined, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}; skipped`);
    return undefined;
  }
}

function sortedEntries(files: SdkFiles, dir: string, warn: Warn): string[] {
  try {
    return files.entries(dir).sort(compareCodes);
  } catch (error) {
    warn(dir, undefined, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}; skipped`);
    return [];
  }
}

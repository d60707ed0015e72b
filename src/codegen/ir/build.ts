import { commentText } from '../../shared/comment-text.js';
import type { Lang } from '../../shared/defaults.js';
import { compareCodes } from '../../table/code-index.js';
import { descriptionIn } from '../../table/describe.js';
import type { CodeEntry, CodeIndex, Lifecycle } from '../../table/index.js';
import type { HandlerGap } from '../format/markers.js';
import { FORMAT } from '../format/settings.js';
import { DEFAULT_SIGNATURE, type FamilyIR, type HandlerSignature, type ModuleIR } from './model.js';
import type { FamilyNames, ModuleNames } from './names.js';
import { COMMON_UNIT, unitKind, unitLabel } from './units.js';

/**
 * What a re-run keeps of the file it replaces, already decided (keep/plan.ts): declarations are named by role,
 * which stays when a name changes (a second table changes every name's prefix).
 */
export interface Kept {
  /** Hand-written case bodies by bodyKey(unit, code), exact text from after the `case '…':` colon. */
  readonly bodies: ReadonlyMap<string, string>;
  /** Top-level blocks, in file order, each after the declaration of a role (`undefined`: before all of them). */
  readonly blocks: readonly { readonly text: string; readonly after: string | undefined }[];
  /** Text between a declaration's JSDoc and the declaration, by role. */
  readonly inner: ReadonlyMap<string, string>;
  /** A handler's statements and comments outside its cases, by family. */
  readonly gaps: ReadonlyMap<string, ReadonlyMap<HandlerGap, string>>;
  /** A handler's `async` modifier and return type, by family, where they are the user's (keep/plan.ts decides). */
  readonly signatures: ReadonlyMap<string, HandlerSignature>;
}

export interface BuildInput {
  readonly index: CodeIndex;
  readonly header: string;
  readonly names: ModuleNames;
  /** The chosen units (families, or actions and the common unit) with their identifiers, in emit order. */
  readonly families: ReadonlyMap<string, FamilyNames>;
  /** The codes of a unit, in table order. */
  readonly codesOf: (unit: string) => readonly CodeEntry[];
  readonly lang: Lang;
  readonly kept: Kept | undefined;
  /** The format to write: FORMAT (the default), or 1 to re-create an old file's generated code. */
  readonly format?: number;
}

/**
 * The module-wide declarations, in the order they are emitted, each named by its key in ModuleNames. declarations()
 * and emit/ (one builder per key) both walk this list, so the order the reader is given and the order emit/ prints
 * cannot drift.
 */
const MODULE_DECLARATIONS = [
  'codeList',
  'codeType',
  'codeSet',
  'isCode',
  'errorInfo',
  'sdkError',
  'responseError',
  'error',
  'isError',
  'errorInfoOf',
  'familyOf',
  'throwable',
  'unhandled',
] as const satisfies readonly (keyof ModuleNames)[];

/** The declarations of each family, in the order they are emitted, each named by its key in FamilyNames. */
export const FAMILY_DECLARATIONS = ['codeType', 'isError', 'handler'] as const satisfies readonly (keyof FamilyNames)[];

export type ModuleDeclaration = (typeof MODULE_DECLARATIONS)[number];
export type FamilyDeclaration = (typeof FAMILY_DECLARATIONS)[number];

/** A generated top-level declaration: its name, and its role, which does not change with the names. */
interface Declaration {
  readonly name: string;
  /** `codeList`, `isError`, …; `handler:FailedOperation`, … for a family's. */
  readonly role: string;
  readonly handler: boolean;
}

/**
 * The module-wide declarations a module has: the family-of helper only when there are family units, the throwable
 * helper from format 2 on.
 */
export function moduleDeclarations(hasFamilies: boolean, format: number = FORMAT): ModuleDeclaration[] {
  return MODULE_DECLARATIONS.filter(
    (key) => (hasFamilies || key !== 'familyOf') && (format >= 2 || key !== 'throwable'),
  );
}

/** The generated top-level declarations of a module of the given format, in the order they are emitted. */
export function declarations(
  names: ModuleNames,
  families: ReadonlyMap<string, FamilyNames>,
  format: number = FORMAT,
): Declaration[] {
  return [
    ...moduleDeclarations(
      [...families.keys()].some((key) => unitKind(key) === 'family'),
      format,
    ).map((key) => ({
      name: names[key],
      role: key,
      handler: false,
    })),
    ...[...families].flatMap(([family, f]) =>
      FAMILY_DECLARATIONS.map((key) => ({ name: f[key], role: `${key}:${family}`, handler: key === 'handler' })),
    ),
  ];
}

/** The family of a family declaration's role (`handler:FailedOperation` → `FailedOperation`), else `undefined`. */
export function roleFamily(role: string): string | undefined {
  const colon = role.indexOf(':');
  return colon === -1 ? undefined : role.slice(colon + 1);
}

/**
 * The key of a case body: its unit and its code, since in action mode a code is a case of several handlers (each
 * action that lists it); a family's codes are its own, so in family mode this is one key per code.
 */
export function bodyKey(unit: string, code: string): string {
  return `${unit}\n${code}`;
}

/**
 * The comment of a rethrowing case: the code's description, safe for a line comment, and, where the catalogue's
 * history knows it, the tencentcloud-sdk-go release that brought the code (or, for a code the API version has
 * dropped, the one that dropped it): `操作失败。（自 tencentcloud-sdk-go v1.0.181 起，2021-06-10）`,
 * `The operation failed. (since tencentcloud-sdk-go v1.0.181, 2021-06-10)`.
 */
function caseComment(entry: CodeEntry, lang: Lang, lifecycle?: Lifecycle): string {
  const description = commentText(descriptionIn(entry, lang)) || '(no description)';
  if (lifecycle === undefined) return description;
  return `${description}${lang === 'zh' ? '' : ' '}${releaseNote(lifecycle, lang)}`;
}

function releaseNote({ since, removed }: Lifecycle, lang: Lang): string {
  const { version, date } = removed?.in ?? since;
  const name = commentText(version);
  if (lang === 'zh')
    return `（${removed === undefined ? '自' : '于'} tencentcloud-sdk-go ${name} ${removed === undefined ? '起' : '移除'}，${date}）`;
  return `(${removed === undefined ? 'since' : 'removed in'} tencentcloud-sdk-go ${name}, ${date})`;
}

/** A release note as releaseNote writes it, in either language. */
const RELEASE_NOTE =
  /^(?: \((?:since|removed in) tencentcloud-sdk-go [^()（）]+, \d{4}-\d{2}-\d{2}\)|（[自于] tencentcloud-sdk-go [^()（）]+ (?:起|移除)，\d{4}-\d{2}-\d{2}）)$/u;

/**
 * Whether `comment` (a whole `//` line comment) is the one the generator writes for `entry` in `lang`: its
 * description, with any release note (or none: files written before the history, or from a catalogue without it).
 */
export function isCaseComment(comment: string, entry: CodeEntry, lang: Lang): boolean {
  const description = `// ${caseComment(entry, lang)}`;
  if (comment === description) return true;
  return comment.startsWith(description) && RELEASE_NOTE.test(comment.slice(description.length));
}

/**
 * What a case comment says of a code's history: its lifecycle in the first of the index's tables whose history knows
 * it; nothing of a removal for a code the tables still have (a common code a product's errors.go stopped listing).
 */
function releaseOf(index: CodeIndex, code: string): Lifecycle | undefined {
  for (const table of index.tables) {
    const found = table.history?.code(code);
    if (found === undefined) continue;
    return found.removed !== undefined && index.has(code) ? undefined : found;
  }
  return undefined;
}

/** Turns the table, the chosen families and the file being replaced into the module to emit. */
export function buildModule(input: BuildInput): ModuleIR {
  const { index, names, lang, kept } = input;
  const bodies = kept?.bodies ?? new Map<string, string>();
  const common = input.families.get(COMMON_UNIT);
  const format = input.format ?? FORMAT;
  const commonCodes = new Set(common === undefined ? [] : input.codesOf(COMMON_UNIT).map((e) => e.code));
  const families: FamilyIR[] = [...input.families].map(([family, familyNames]) => ({
    family: unitLabel(family),
    kind: unitKind(family),
    common: unitKind(family) === 'action' ? common : undefined,
    // Format 1 always narrowed; the narrowing is needless (and lint says so) when every code is a common one.
    narrowsToCommon: format < 2 || input.codesOf(family).some((entry) => !commonCodes.has(entry.code)),
    names: familyNames,
    cases: input.codesOf(family).map((entry) => ({
      code: entry.code,
      comment: caseComment(entry, lang, releaseOf(index, entry.code)),
      body: bodies.get(bodyKey(family, entry.code)),
    })),
    gaps: kept?.gaps.get(family) ?? new Map<HandlerGap, string>(),
    signature: kept?.signatures.get(family) ?? DEFAULT_SIGNATURE,
  }));
  const nameOf = new Map(declarations(names, input.families, format).map((d) => [d.role, d.name]));
  const top: string[] = [];
  const after = new Map<string, string[]>();
  const inner = new Map<string, string>();
  const tail: string[] = [];
  for (const block of kept?.blocks ?? []) {
    const name = block.after === undefined ? undefined : nameOf.get(block.after);
    if (block.after === undefined) top.push(block.text);
    else if (name !== undefined) after.set(name, [...(after.get(name) ?? []), block.text]);
    else tail.push(block.text);
  }
  // Text between a JSDoc and its declaration stays there; when the declaration is gone it is top-level code.
  for (const [role, text] of kept?.inner ?? []) {
    const name = nameOf.get(role);
    if (name === undefined) tail.push(text);
    else inner.set(name, text);
  }
  const services = [...new Set(index.tables.map((t) => t.service))];
  // A removed action may list codes its API version has dropped: they join the module's codes, after the tables'.
  const listed = new Set(index.entries.map((e) => e.code));
  const dropped = [...input.families.keys()]
    .flatMap((unit) => input.codesOf(unit).map((e) => e.code))
    .filter((code, i, all) => !listed.has(code) && all.indexOf(code) === i)
    .sort(compareCodes);
  return {
    header: input.header,
    format,
    service: services.join(', '),
    names,
    codes: [...listed, ...dropped],
    hasFamilies: families.some((f) => f.kind === 'family'),
    families,
    top,
    after,
    inner,
    tail,
  };
}

// The array diff alone: the package's index loads every kind of diff, 30 modules, on every run.
import { diffArrays } from 'diff/lib/diff/array.js';

import type { Lang } from '../../shared/defaults.js';
import type { CodeIndex } from '../../table/code-index.js';
import { HANDLER_PARAMETER, type HandlerGap, rethrowComment } from '../format/markers.js';
import { bodyKey, isCaseComment, type Kept, roleFamily } from '../ir/build.js';
import { DEFAULT_SIGNATURE, type HandlerSignature } from '../ir/model.js';
import type { Units } from '../ir/units.js';
import { entryOf } from '../ir/units.js';
import type { CaseRead, DeclarationRead, ExistingFile } from '../read/existing.js';
import type { Past } from './past.js';

export interface PlanInput {
  /** The output file as the user names it, for `file:line` in messages. */
  readonly out: string;
  readonly existing: ExistingFile;
  /** The module the past run generated, read the same way; `undefined` when it cannot be read back. */
  readonly expected: ExistingFile | undefined;
  readonly past: Past;
  /** The tables and language of this run. */
  readonly index: CodeIndex;
  readonly lang: Lang;
  /** The units (families, or actions and the common unit) this run generates a handler for, and their codes. */
  readonly units: Units;
  /** Every name this run generates. */
  readonly names: ReadonlySet<string>;
  /** The helper this run's skeleton cases throw through. */
  readonly throwable: string;
  /** Drop what cannot be kept instead of refusing. */
  readonly prune: boolean;
}

export type Plan =
  | {
      readonly ok: true;
      readonly kept: Kept;
      /** Whether anything of the user's is kept (then the new text is type-checked). */
      readonly handWritten: boolean;
      /** Hand-written case bodies kept, by code. */
      readonly keptCodes: readonly string[];
      /** Hand-written case bodies of codes no longer generated, dropped by `prune`, by code. */
      readonly pruned: readonly string[];
      /** Other hand-written lines dropped by `prune`: `file:line (what)`. */
      readonly dropped: readonly string[];
    }
  | {
      readonly ok: false;
      readonly reason: 'name-clash' | 'orphaned-bodies' | 'unkept-lines';
      readonly message: string;
      readonly names: readonly string[];
    };

/** Lines of the user's that cannot be kept where they are, and what they are. */
interface Unkept {
  readonly line: number;
  readonly endLine: number;
  readonly what: string;
}

const GAP_WORDS: { readonly [G in HandlerGap]: string } = {
  start: 'before its switch',
  afterInfo: 'before its switch',
  switchStart: 'at the top of its switch',
  end: 'after its switch',
};

/**
 * Decides what a re-run keeps of an existing file, and whether it must refuse. Every line the user wrote is kept,
 * or named: a declaration of the user's whose name this run generates makes it refuse (a rename is the fix);
 * lines it cannot place (an edit to generated code, a second body for a code, a body of a code no longer
 * generated, statements of a handler no longer generated, a case comment it cannot tell from an old
 * description) make it refuse unless `prune`, which drops them and lists them.
 */
export function planKeep(input: PlanInput): Plan {
  const { existing, out } = input;
  const at = (item: { line: number; endLine: number }): string =>
    `${out}:${item.line}${item.endLine > item.line ? `-${item.endLine}` : ''}`;

  const clash = clashes(input);
  if (clash.length > 0) {
    const names = [...new Set(clash.map((c) => c.name))];
    const example = clash[0]?.name ?? '';
    return {
      ok: false,
      reason: 'name-clash',
      names,
      message: `refusing to rewrite ${out}: it now generates names that your code declares: ${clash.map((c) => `${out}:${c.line} ${c.name}`).join(', ')}; rename yours (e.g. ${example} → my${example.charAt(0).toUpperCase()}${example.slice(1)}), or, if one is a generated declaration whose @generated gen-handlers tag was removed, restore the tag`,
    };
  }

  const unkept: Unkept[] = [];
  const bodies = new Map<string, CaseRead>();
  const inner = new Map<string, string>();
  const gaps = new Map<string, Map<HandlerGap, string>>();
  const signatures = new Map<string, HandlerSignature>();
  for (const declaration of existing.declarations.values()) {
    for (const range of edits(declaration, input.expected?.declarations.get(declaration.role), input.expected)) {
      unkept.push({ ...range, what: `an edit to the generated ${declaration.name}` });
    }
    if (declaration.inner !== undefined) inner.set(declaration.role, declaration.inner.text);
    const handler = declaration.handler;
    if (handler === undefined) continue;
    const family = roleFamily(declaration.role);
    for (const [gap, span] of handler.gaps) {
      if (family !== undefined && input.units.names.has(family)) {
        gaps.set(family, (gaps.get(family) ?? new Map<HandlerGap, string>()).set(gap, span.text));
      } else unkept.push({ ...span, what: `in ${declaration.name}, ${GAP_WORDS[gap]}` });
    }
    for (const stray of handler.strays) {
      unkept.push({ ...stray, what: `a case of ${declaration.name} whose label is not a code` });
    }
    let handWritten = handler.gaps.size > 0;
    for (const clause of handler.cases) {
      const verdict = classify(input, clause);
      if (verdict === 'skeleton') continue;
      handWritten = true;
      if (verdict === 'unsure') {
        unkept.push({
          ...clause,
          what: `the comment of case '${clause.code}' in ${declaration.name}, which gen-handlers cannot tell from a description the table has changed since`,
        });
      } else if (bodies.has(bodyKey(family ?? '', clause.code))) {
        unkept.push({ ...clause, what: `a second case '${clause.code}' in ${declaration.name}` });
      } else bodies.set(bodyKey(family ?? '', clause.code), clause);
    }
    if (isUsers(handler.signature, handWritten)) {
      const { async, returnType, line, endLine } = handler.signature;
      if (family !== undefined && input.units.names.has(family)) signatures.set(family, { async, returnType });
      else {
        // Of a handler no longer generated it cannot be kept: it is listed like the handler's other lines.
        const what = [async ? 'async' : '', returnType === undefined ? '' : `the return type ${returnType}`]
          .filter((part) => part !== '')
          .join(' and ');
        unkept.push({ line, endLine, what: `${what} of ${declaration.name}, a handler no longer generated` });
      }
    }
  }
  const generatedCodes = new Set(
    [...input.units.names.keys()].flatMap((unit) => input.units.codesOf(unit).map((e) => bodyKey(unit, e.code))),
  );
  const orphaned = [...bodies].filter(([key]) => !generatedCodes.has(key)).map(([, clause]) => clause);
  unkept.sort((a, b) => a.line - b.line);

  if (!input.prune && (orphaned.length > 0 || unkept.length > 0)) {
    const advice = '(move them elsewhere or pass --prune to drop them)';
    if (unkept.length === 0) {
      return {
        ok: false,
        reason: 'orphaned-bodies',
        names: orphaned.map((c) => c.code),
        message: `refusing to rewrite ${out}: hand-written case bodies for codes no longer generated would be lost: ${orphaned.map((c) => `${c.code} (${at(c)})`).join(', ')} ${advice}`,
      };
    }
    const all = [
      ...unkept,
      ...orphaned.map((c) => ({ ...c, what: `the body of case '${c.code}', a code no longer generated` })),
    ].sort((a, b) => a.line - b.line);
    return {
      ok: false,
      reason: 'unkept-lines',
      names: all.map(at),
      message: `refusing to rewrite ${out}: hand-written lines would be lost: ${all.map((u) => `${at(u)} (${u.what})`).join(', ')} ${advice}`,
    };
  }

  const kept: Kept = {
    bodies: new Map(
      [...bodies].filter(([key]) => generatedCodes.has(key)).map(([key, c]) => [key, keptBody(input, c.body)]),
    ),
    blocks: existing.blocks.map(({ text, after }) => ({ text, after })),
    inner,
    gaps,
    signatures,
  };
  return {
    ok: true,
    kept,
    handWritten:
      kept.bodies.size > 0 || kept.blocks.length > 0 || inner.size > 0 || gaps.size > 0 || signatures.size > 0,
    keptCodes: [...bodies].filter(([key]) => generatedCodes.has(key)).map(([, c]) => c.code),
    pruned: orphaned.map((c) => c.code),
    dropped: unkept.map((u) => `${at(u)} (${u.what})`),
  };
}

/** The user's top-level declarations whose names this run generates and the file did not generate already. */
function clashes(input: PlanInput): { name: string; line: number }[] {
  const ours = new Set([...input.existing.declarations.values()].map((d) => d.name));
  const mine = [
    ...input.existing.blocks.flatMap((b) => b.names),
    ...[...input.existing.declarations.values()].flatMap((d) => d.inner?.names ?? []),
  ];
  return mine.filter(({ name }) => input.names.has(name) && !ours.has(name)).sort((a, b) => a.line - b.line);
}

/**
 * Whether a case is a skeleton (it only rethrows, with no comment or the description the generator wrote), the
 * user's, or cannot be told: a one-line comment when the tables the file was generated from are not at hand and
 * the comment is not the code's description now.
 */
function classify(input: PlanInput, clause: CaseRead): 'skeleton' | 'mine' | 'unsure' {
  const { past } = input;
  const rethrow = rethrowComment(clause.body, past.throwable);
  if (rethrow === undefined) return 'mine';
  const { comment } = rethrow;
  if (comment === undefined) return 'skeleton';
  if (past.index !== undefined) {
    const entry = entryOf(past.index, clause.code);
    return entry !== undefined && isCaseComment(comment, entry, past.lang) ? 'skeleton' : 'mine';
  }
  const entry = entryOf(input.index, clause.code);
  const now = entry === undefined ? [] : [past.lang, input.lang];
  return entry !== undefined && now.some((lang) => isCaseComment(comment, entry, lang)) ? 'skeleton' : 'unsure';
}

/**
 * A case body to keep, byte for byte but for the skeleton's `throw` the generator wrote into it, which follows the
 * helper's name (it changes with the prefix when a table is added): in a skeleton whose comment is the user's, and
 * on a line of its own in any body (a comment put below the case makes its body the user's). A format-1 skeleton
 * with the user's comment gets this format's `throw`.
 */
function keptBody(input: PlanInput, body: string): string {
  const thrown = `throw ${input.throwable}(${HANDLER_PARAMETER});`;
  const past = input.past.throwable;
  if (rethrowComment(body, past) !== undefined) return body.replace(/throw [^\n]*$/u, thrown);
  if (past === undefined || past === input.throwable) return body;
  return body.replace(new RegExp(`^([ \\t]*)throw ${past}\\(${HANDLER_PARAMETER}\\);?$`, 'gmu'), `$1${thrown}`);
}

/**
 * Whether a handler's `async` and return type are the user's, to keep: `async`, or a return type other than the one
 * a new handler gets; or no return type in a handler with code of the user's (a file from before return types were
 * generated, where the bodies may count on the inferred type).
 */
function isUsers(signature: HandlerSignature, handWritten: boolean): boolean {
  if (signature.async) return true;
  return signature.returnType === undefined ? handWritten : signature.returnType !== DEFAULT_SIGNATURE.returnType;
}

/**
 * The lines where a generated declaration differs from what the past run generated (its frame: the tokens of
 * everything but the user's slots and the cases, as formatting cannot change them): lines of tokens added or
 * changed, and where tokens were removed.
 */
function edits(
  found: DeclarationRead,
  wanted: DeclarationRead | undefined,
  expected: ExistingFile | undefined,
): { line: number; endLine: number }[] {
  if (expected === undefined) return [];
  if (wanted === undefined) return [{ line: found.line, endLine: found.endLine }];
  const want = wanted.frame.map((l) => l.text);
  const have = found.frame.map((l) => l.text);
  if (want.length === have.length && want.every((text, i) => text === have[i])) return [];
  const changes = diffArrays(want, have, { maxEditLength: 200 });
  if (changes === undefined) return [{ line: found.line, endLine: found.endLine }];
  const lines = new Set<number>();
  let i = 0;
  for (const change of changes) {
    if (change.added) {
      for (const l of found.frame.slice(i, i + change.count)) lines.add(l.line);
      i += change.count;
    } else if (change.removed) {
      lines.add(found.frame[i]?.line ?? found.frame[i - 1]?.line ?? found.endLine);
    } else i += change.count;
  }
  return ranges([...lines].sort((a, b) => a - b));
}

/** Sorted line numbers as runs of consecutive lines. */
function ranges(lines: readonly number[]): { line: number; endLine: number }[] {
  const result: { line: number; endLine: number }[] = [];
  for (const line of lines) {
    const last = result[result.length - 1];
    if (last !== undefined && line === last.endLine + 1) last.endLine = line;
    else result.push({ line, endLine: line });
  }
  return result;
}

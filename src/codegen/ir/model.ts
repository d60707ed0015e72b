import type { HandlerGap } from '../format/markers.js';
import type { FamilyNames, ModuleNames } from './names.js';
import type { UnitKind } from './units.js';

/** One `case` of a handler: a code, its description (already safe for a line comment) and any kept body. */
interface CaseIR {
  readonly code: string;
  readonly comment: string;
  /** The hand-written body to keep (exact text after the colon), or `undefined` for the rethrow skeleton. */
  readonly body: string | undefined;
}

/**
 * What a handler's signature has of the user's: its `async` modifier and its return type (the text after the colon;
 * `undefined`: no annotation). A new handler gets DEFAULT_SIGNATURE.
 */
export interface HandlerSignature {
  readonly async: boolean;
  readonly returnType: string | undefined;
}

/** The signature of a new handler: not async, returning `never` (every case of a skeleton throws). */
export const DEFAULT_SIGNATURE: HandlerSignature = { async: false, returnType: 'never' };

export interface FamilyIR {
  /** The family, the action, or `common` (the shared handler of the common codes in action mode). */
  readonly family: string;
  readonly kind: UnitKind;
  /** For an action: the names of the shared handler of the common codes, which its `default` delegates to. */
  readonly common: FamilyNames | undefined;
  /**
   * For an action: whether its `default` narrows `error` to the codes without a case before passing it to the
   * common handler, which it must while the action documents a code that is not a common one.
   */
  readonly narrowsToCommon: boolean;
  readonly names: FamilyNames;
  /** One per code of the family, in table order. */
  readonly cases: readonly CaseIR[];
  /** The user's statements and comments kept in the handler, by where they go (exact text). */
  readonly gaps: ReadonlyMap<HandlerGap, string>;
  /** The handler's `async` modifier and return type. */
  readonly signature: HandlerSignature;
}

/** Everything the emitter needs, already sorted and named: it makes no decisions of its own. */
export interface ModuleIR {
  readonly header: string;
  /**
   * The format to write (format/settings.ts): FORMAT, or 1 to re-create what a run of gen-handlers before format 2
   * wrote (the handlers rethrow `error` itself and the throwable helper does not exist), to compare an old file with.
   */
  readonly format: number;
  /** The service name(s) the tables belong to, for doc comments. */
  readonly service: string;
  readonly names: ModuleNames;
  /** Every code of the tables, in table order. */
  readonly codes: readonly string[];
  /** Whether the module has family units (then the family-of helper is emitted). */
  readonly hasFamilies: boolean;
  /** The families (or actions, then the common unit) that get a guard and a handler, in code-point order. */
  readonly families: readonly FamilyIR[];
  /** Hand-written blocks before all generated declarations. */
  readonly top: readonly string[];
  /** Hand-written blocks after the generated declaration of the given name. */
  readonly after: ReadonlyMap<string, readonly string[]>;
  /** Hand-written text between the JSDoc of the generated declaration of the given name and the declaration. */
  readonly inner: ReadonlyMap<string, string>;
  /** Hand-written blocks whose generated neighbour is gone: kept at the end of the file. */
  readonly tail: readonly string[];
}

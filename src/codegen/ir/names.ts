import { compareCodes } from '../../table/code-index.js';

/** The identifiers of the module-wide declarations, all derived from the table's service name(s). */
export interface ModuleNames {
  /** `Gaap` for service `gaap`. */
  readonly prefix: string;
  readonly codeType: string;
  readonly codeList: string;
  readonly codeSet: string;
  readonly isCode: string;
  readonly sdkError: string;
  readonly responseError: string;
  readonly error: string;
  readonly errorInfo: string;
  readonly isError: string;
  readonly errorInfoOf: string;
  readonly familyOf: string;
  /** What the handlers throw: the error itself when it is an `Error`, else an `Error` made from it. */
  readonly throwable: string;
  readonly unhandled: string;
}

/** The identifiers generated for one family. */
export interface FamilyNames {
  readonly codeType: string;
  readonly isError: string;
  readonly handler: string;
}

/** `gaap` → `Gaap`; several services are joined in order: `gaap`, `cvm` → `GaapCvm`. Never empty. */
export function prefixOf(services: readonly string[]): string {
  const words = services.flatMap(wordsOf);
  const prefix = words.map(capitalize).join('');
  return prefix === '' ? 'Tencentcloud' : /^[0-9]/u.test(prefix) ? `Tc${prefix}` : prefix;
}

export function moduleNames(services: readonly string[]): ModuleNames {
  const prefix = prefixOf(services);
  const lower = `${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}`;
  const upper =
    services
      .flatMap(wordsOf)
      .map((w) => w.toUpperCase())
      .join('_') || 'TENCENTCLOUD';
  const constant = /^[0-9]/u.test(upper) ? `TC_${upper}` : upper;
  return {
    prefix,
    codeType: `${prefix}ErrorCode`,
    codeList: `${constant}_ERROR_CODES`,
    codeSet: `${constant}_ERROR_CODE_SET`,
    isCode: `is${prefix}ErrorCode`,
    sdkError: `${prefix}SdkError`,
    responseError: `${prefix}ErrorResponse`,
    error: `${prefix}Error`,
    errorInfo: `${prefix}ErrorInfo`,
    isError: `is${prefix}Error`,
    errorInfoOf: `${lower}ErrorInfo`,
    familyOf: `${lower}FamilyOf`,
    throwable: `${lower}Throwable`,
    unhandled: `${lower}Unhandled`,
  };
}

/**
 * The identifiers of each family, keyed by family. A family name becomes PascalCase
 * (`FailedOperation` stays, `failed_operation` → `Failed_operation`, characters that cannot be in an
 * identifier are dropped and the next letter is capitalised). Families are named in code-point
 * order; a name that is already taken (by an earlier family or a module-wide declaration) gets
 * the first free suffix `_2`, `_3`, …, so the result depends only on the set of families.
 */
export function familyNames(families: readonly string[], module: ModuleNames): Map<string, FamilyNames> {
  const taken = new Set<string>(Object.values(module));
  const result = new Map<string, FamilyNames>();
  for (const family of [...families].sort(compareCodes)) {
    const base = pascal(family);
    for (let n = 1; ; n++) {
      const word = n === 1 ? base : `${base}_${n}`;
      const names = {
        codeType: `${module.prefix}${word}Code`,
        isError: `is${module.prefix}${word}Error`,
        handler: `handle${module.prefix}${word}`,
      };
      if (Object.values(names).some((name) => taken.has(name))) continue;
      for (const name of Object.values(names)) taken.add(name);
      result.set(family, names);
      break;
    }
  }
  return result;
}

function pascal(family: string): string {
  const words = family.split(/[^A-Za-z0-9_]+/u).filter((w) => w !== '');
  const joined = words.map(capitalize).join('');
  return joined === '' ? 'Family' : joined;
}

function wordsOf(text: string): string[] {
  return text
    .split(/[^A-Za-z0-9]+/u)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

function capitalize(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** Where a code is defined: shared by every Tencent Cloud product, or specific to one service. */
export type CodeScope = 'common' | 'service';

export const CODE_SCOPES: readonly CodeScope[] = ['common', 'service'];

export interface CodeDescription {
  /** The description as the Tencent Cloud page gives it (Chinese). */
  readonly zh: string;
  /** Our English description. Tables imported straight from a page have none. */
  readonly en?: string;
}

/**
 * Where a code of a catalogue table is listed: only on the product's error-code page (so absent from the current
 * SDK), only in the SDK, on both, or in neither (a current common code, known for every product).
 */
export type CodeProvenance = 'page' | 'sdk' | 'both' | 'common';

export interface CodeEntry {
  /** The `Response.Error.Code` string, e.g. `FailedOperation.ProxySellOut`. */
  readonly code: string;
  /** The part before the first dot; a bare code is its own family. */
  readonly family: string;
  readonly scope: CodeScope;
  readonly description: CodeDescription;
  /** Where the code is listed; set for catalogue tables (embedded names), absent for tables read from a file. */
  readonly provenance?: CodeProvenance;
}

/** One loaded table: its codes in table order, and where they came from. */
export interface CodeTable {
  /** The service the table belongs to, e.g. `gaap`. */
  readonly service: string;
  /** The API version, e.g. `2018-05-29`, where known. */
  readonly version?: string;
  /** What the table was loaded from: an embedded name or a file path. */
  readonly origin: string;
  /** SHA-256 of the bytes the table was loaded from (hex). */
  readonly digest: string;
  readonly codes: readonly CodeEntry[];
  /**
   * For a catalogue product: each action of the API version and the codes the SDK says it can return, sorted;
   * `null` where the SDK lists none for it (unknown, not "none"). Absent for other tables.
   */
  readonly actions?: ReadonlyMap<string, readonly string[] | null>;
  /**
   * For a catalogue product whose catalogue was imported with the SDK's git history: when each code and action of
   * the API version came and, for those it no longer has, when they left (read from its own file on first use).
   * `actions.get()` and `actions.has()` answer a removed action too, with its last documented list; iterating
   * `actions` gives the current ones only. Absent for other tables.
   */
  readonly history?: TableHistory;
}

/** A release of tencentcloud-sdk-go: its name as its release commit gives it (`v1.3.130`) and the commit's date. */
export interface SdkRelease {
  readonly version: string;
  /** yyyy-mm-dd. */
  readonly date: string;
  /** Its place among the SDK's releases, oldest 0: later releases have higher numbers. */
  readonly order: number;
}

/** How a code or an action left an API version. */
export interface Removal {
  /** The last release that had it. */
  readonly last: SdkRelease;
  /** The release that dropped it: the first without it. */
  readonly in: SdkRelease;
  /** For a code: the code of the same family, spelt closely, that the same release added and the version still has. */
  readonly renamedTo?: string;
}

/** When a code or an action came to an API version and, if the version no longer has it, when it left. */
export interface Lifecycle {
  /**
   * The first release that had it. tencentcloud-sdk-go has had `errors.go` files since v1.0.181 (2021-06-10), so
   * no code is older than that; actions go back to 3.0.10 (2018-07-06).
   */
  readonly since: SdkRelease;
  readonly removed?: Removal;
}

/** The history of a catalogue product's API version (docs/tables.md, "The history"). */
export interface TableHistory {
  /** A code's lifecycle, current or removed; `undefined` for a code the SDK never listed in this version. */
  code(code: string): Lifecycle | undefined;
  /** An action's lifecycle, current or removed; `undefined` for a name that never was an action of this version. */
  action(name: string): Lifecycle | undefined;
  /** The codes the version no longer has, sorted, as they were last described (scope `service`, provenance `sdk`). */
  removedCodes(): readonly CodeEntry[];
  /** The actions the version no longer has, each with the codes its last release listed (`null`: none listed). */
  removedActions(): ReadonlyMap<string, readonly string[] | null>;
}

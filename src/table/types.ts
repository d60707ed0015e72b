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
}

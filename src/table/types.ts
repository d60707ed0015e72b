/** Where a code is defined: shared by every Tencent Cloud product, or specific to one service. */
export type CodeScope = 'common' | 'service';

export const CODE_SCOPES: readonly CodeScope[] = ['common', 'service'];

export interface CodeDescription {
  /** The description as the Tencent Cloud page gives it (Chinese). */
  readonly zh: string;
  /** Our English description. Tables imported straight from a page have none. */
  readonly en?: string;
}

export interface CodeEntry {
  /** The `Response.Error.Code` string, e.g. `FailedOperation.ProxySellOut`. */
  readonly code: string;
  /** The part before the first dot; a bare code is its own family. */
  readonly family: string;
  readonly scope: CodeScope;
  readonly description: CodeDescription;
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
}

/**
 * Catalogue table names, read and written in one place: `ocr` (the product at its newest API version) or
 * `ocr@2018-11-19` (one API version), and the two ways code names an API version (`2018-11-19` in a
 * `CommonClient` or an `X-TC-Version` header, `v20181119` in the SDK's namespaces and paths).
 */

export interface TableName {
  readonly product: string;
  /** `undefined` for a bare product name, which means its newest API version. */
  readonly version: string | undefined;
}

/** `ocr@2018-11-19` → `{ product: "ocr", version: "2018-11-19" }`; `ocr` → `{ product: "ocr", version: undefined }`. */
export function parseTableName(name: string): TableName {
  const at = name.indexOf('@');
  return at === -1
    ? { product: name, version: undefined }
    : { product: name.slice(0, at), version: name.slice(at + 1) };
}

/** The inverse of `parseTableName`. */
export function formatTableName({ product, version }: TableName): string {
  return version === undefined ? product : `${product}@${version}`;
}

const DATED = /^\d{4}-\d{2}-\d{2}$/u;
const NAMESPACE = /^v(\d{4})(\d{2})(\d{2})$/u;

/** The API version `text` names, `2018-11-19` or the SDK's `v20181119`, as `2018-11-19`; else `undefined`. */
export function apiVersionOf(text: string): string | undefined {
  if (DATED.test(text)) return text;
  const match = NAMESPACE.exec(text);
  return match === null ? undefined : `${match[1]}-${match[2]}-${match[3]}`;
}

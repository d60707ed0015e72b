import { apiVersionOf } from '../../table/table-name.js';

/**
 * What importing a module gives when the module is the Tencent Cloud Node SDK, read from the import's source text
 * alone:
 *
 * - `tencentcloud-sdk-nodejs` (and `-intl-en`): the SDK, whose members are products (`ocr`) and, in
 *   `-common`, `CommonClient`;
 * - a product's own package, `tencentcloud-sdk-nodejs-ocr`: an SDK whose member is that product;
 * - a deep path, of a package or of a vendored copy, also under `es/`: `…/tencentcloud/services/ocr` (whose
 *   member is the product), `…/services/ocr/v20181119` (whose member is that version),
 *   `…/services/ocr/v20181119/ocr_client` (whose member is `Client`);
 * - `…/tencentcloud/common/common_client` (or `abstract_client`) of any of them: a module whose members are
 *   `CommonClient` and `AbstractClient`;
 * - any of these as Deno imports it (`npm:tencentcloud-sdk-nodejs-ocr@4`) or a CDN serves it (`https://esm.sh/…@4`);
 * - CloudBase's `@cloudbase/cloud-api`, whose `CloudApiService` is a client of the service its options name, and
 *   `@cloudbase/manager-node`, whose manager's `commonService(service)` is one of that service.
 */
export type SdkModule =
  /** The SDK's root: its members are products (unless `products` is false) and `CommonClient`. */
  | { readonly kind: 'sdk'; readonly products: boolean; readonly product: string | undefined }
  | { readonly kind: 'product'; readonly product: string }
  | { readonly kind: 'version'; readonly product: string; readonly version: string }
  /** A package of CloudBase's that builds clients of services by their names (see CloudBasePart). */
  | { readonly kind: 'cloudbase'; readonly part: 'apiModule' | 'managerModule' };

/**
 * The parts of CloudBase's packages that build clients of API 3.0 services by their names:
 *
 * - `@cloudbase/cloud-api` (`apiModule`): its `CloudApiService` (`apiClass`), constructed or got by its static
 *   `getInstance` (`apiGetInstance`) with options that name the service, is a client (see Evaluator#serviceClient);
 * - `@cloudbase/manager-node` (`managerModule`, which is also its class): its class (`managerClass`), constructed
 *   or `init` (`managerInit`), is a manager (`manager`) whose `commonService(service, version)`
 *   (`managerCommonService`) is a client of that service (`tcb` when none is named).
 */
export type CloudBasePart =
  | 'apiModule'
  | 'apiClass'
  | 'apiGetInstance'
  | 'managerModule'
  | 'managerClass'
  | 'managerInit'
  | 'manager'
  | 'managerCommonService';

/** The names of CloudBase's packages that build clients, the marks of a module that may hold one. */
const CLOUDBASE_PACKAGES = ['@cloudbase/cloud-api', '@cloudbase/manager-node'] as const;

/** Whether `text` (a module's source) names one of CloudBase's packages that build clients. */
export function namesCloudbasePackage(text: string): boolean {
  return CLOUDBASE_PACKAGES.some((name) => text.includes(name));
}

/**
 * The API version `@cloudbase/cloud-api` sends for a service whatever version its options name (its own table as of
 * 0.5, the catalogue's products of it); a service not in it is sent at the version the options name.
 */
export const CLOUD_API_VERSIONS: Readonly<Record<string, string>> = {
  tcb: '2018-06-08',
  scf: '2018-04-16',
  cam: '2019-01-16',
  vpc: '2017-03-12',
  ssl: '2019-12-05',
  tcbr: '2022-02-17',
};

/**
 * The API version `@cloudbase/manager-node`'s `commonService(service)` sends when no version is named (its own table
 * as of 4.x; where the catalogue has no such version of the product, none is known).
 */
export const MANAGER_VERSIONS: Readonly<Record<string, string>> = {
  tcb: '2018-06-08',
  scf: '2018-04-16',
  sts: '2018-04-16',
  cam: '2018-04-16',
  lowcode: '2021-01-08',
};

const PACKAGE = /(?:^|[/\\])tencentcloud-sdk-nodejs(?:-([a-z0-9-]+))?(?:[/\\](.*))?$/u;
const MAIN_SUFFIXES = new Set(['intl-en']);
const COMMON_SUFFIX = 'common';
/** A path into the SDK's sources: `tencentcloud/services/<product>[/<vYYYYMMDD>[/…]]`, also `es/services/…`. */
const SERVICE_PATH =
  /(?:^|\/)(?:tencentcloud|es)\/services\/([a-z][a-z0-9]*)(?:\/index(?:\.js)?)?(?:\/(v\d{8})(?:\/index(?:\.js)?)?)?(\/[^/]+)?$/u;
const COMMON_PATH = /(?:^|\/)(?:tencentcloud|es)\/common(?:\/(?:index|common_client|abstract_client)(?:\.js)?)?$/u;

/**
 * What a module's source names before the catalogue is asked: the SDK module it is when `product` (if any) is a
 * product of the catalogue. `module` is undefined for a path into a product's sources that gives no client.
 */
interface Candidate {
  readonly module: SdkModule | undefined;
  readonly product: string | undefined;
}

const COMMON_MODULE: SdkModule = { kind: 'sdk', products: false, product: undefined };
const COMMON_CANDIDATE: Candidate = { module: COMMON_MODULE, product: undefined };

/** How many sources' candidates are kept: a project imports a few dozen modules; more are read again. */
const MAX_CANDIDATES = 1024;
/**
 * The candidates of the sources met so far (`null`: no module of the SDK). The files of a project import the same
 * few modules, and reading a source with the patterns below takes about 2 µs, each time an import is evaluated.
 */
const candidates = new Map<string, Candidate | null>();

/**
 * The SDK module `source` names, or `undefined` for any other module. `isProduct` tells the catalogue's product
 * names from others (a newer SDK's product, an unrelated `tencentcloud-sdk-nodejs-foo` package).
 */
export function sdkModule(source: string, isProduct: (name: string) => boolean): SdkModule | undefined {
  let candidate = candidates.get(source);
  if (candidate === undefined) {
    candidate = candidateOf(source) ?? null;
    if (candidates.size >= MAX_CANDIDATES) candidates.clear();
    candidates.set(source, candidate);
  }
  if (candidate === null || (candidate.product !== undefined && !isProduct(candidate.product))) return undefined;
  return candidate.module;
}

function candidateOf(source: string): Candidate | undefined {
  const cloudbase = CLOUDBASE_PACKAGES.find((name) => source === name || source.startsWith(`${name}/`));
  if (cloudbase !== undefined) {
    return {
      module: { kind: 'cloudbase', part: cloudbase === '@cloudbase/cloud-api' ? 'apiModule' : 'managerModule' },
      product: undefined,
    };
  }
  // Deno's `npm:` specifier and a version pinned in it or in a CDN's URL (`npm:tencentcloud-sdk-nodejs-ccc@4`,
  // `https://esm.sh/tencentcloud-sdk-nodejs@4.0.3/…`) name the same package.
  const normalised = source
    .replace(/\\/gu, '/')
    .replace(/^npm:/u, '')
    .replace(/(tencentcloud-sdk-nodejs[a-z0-9-]*)@[^/]*/u, '$1');
  const service = SERVICE_PATH.exec(normalised);
  if (service !== null) {
    const [, product = '', versionDir, file] = service;
    const version = versionDir === undefined ? undefined : apiVersionOf(versionDir);
    // `services/ocr` exports `ocr`; `services/ocr/v20181119` exports `v20181119`; its `ocr_client` exports `Client`.
    const module: SdkModule | undefined =
      version === undefined
        ? file === undefined
          ? { kind: 'sdk', products: true, product }
          : undefined
        : file === undefined
          ? { kind: 'product', product }
          : { kind: 'version', product, version };
    return { module, product };
  }
  const match = PACKAGE.exec(normalised);
  if (match === null) return COMMON_PATH.test(normalised) && isVendored(normalised) ? COMMON_CANDIDATE : undefined;
  const [, suffix, deep] = match;
  if (deep !== undefined && deep !== '' && COMMON_PATH.test(deep)) return COMMON_CANDIDATE;
  if (suffix === undefined || MAIN_SUFFIXES.has(suffix))
    return { module: { kind: 'sdk', products: true, product: undefined }, product: undefined };
  if (suffix === COMMON_SUFFIX) return COMMON_CANDIDATE;
  return { module: { kind: 'sdk', products: true, product: suffix }, product: suffix };
}

/** A relative path into a vendored copy of the SDK (`../vendor/tencentcloud/common`), not a bare `common` folder. */
function isVendored(source: string): boolean {
  return source.startsWith('.') || source.startsWith('/');
}

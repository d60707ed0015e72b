import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { shippedCatalogue } from '../table/load.js';
import { apiVersionOfDir } from '../table/sdk-source.js';
import { staticPropertyName } from './property-name.js';
import { stringLiteralValue } from './string-literal.js';
import { walkNodes } from './walk-nodes.js';

/**
 * Which Tencent Cloud products a file calls, read from its syntax alone (no type information): the SDK modules it
 * imports or requires, and the clients it makes.
 *
 * - `tencentcloud-sdk-nodejs` (and `tencentcloud-sdk-nodejs-intl-en`): `tencentcloud.cvm`, `{ cvm }`,
 *   `require("tencentcloud-sdk-nodejs").cvm`, followed through `const` aliases and destructuring;
 * - a product's own package, `tencentcloud-sdk-nodejs-cvm`;
 * - a deep path, `…/tencentcloud/services/gaap/v20180529/gaap_client` (of the main package or a product's);
 * - `new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", …)`, with `CommonClient` from
 *   `tencentcloud-sdk-nodejs-common` or the main package (named, destructured or as a member of the module).
 *
 * An API version named on the way (`tencentcloud.cvm.v20170312`, the path, CommonClient's second argument) pins the
 * product to that version; one the catalogue does not have stands for the product's newest. Product names the
 * catalogue does not have are ignored.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** What an expression is known to hold. */
type Value =
  /** An SDK module: its members are products (when `products`) and `CommonClient`. */
  | { readonly kind: 'module'; readonly products: boolean }
  /** A product's namespace (`tencentcloud.cvm`): its members are API versions (`v20170312`). */
  | { readonly kind: 'product'; readonly product: string }
  /** The `CommonClient` class. */
  | { readonly kind: 'commonClient' };

const MAIN_PACKAGES = new Set(['tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-intl-en']);
const COMMON_PACKAGE = 'tencentcloud-sdk-nodejs-common';
const PACKAGE = /^tencentcloud-sdk-nodejs(?:-([a-z0-9-]+))?(?:\/(.*))?$/u;
const SERVICE_PATH = /^tencentcloud\/services\/([a-z0-9]+)(?:\/(v\d{8})(?:\/|$)|\/|$)/u;
const API_VERSION = /^\d{4}-\d{2}-\d{2}$/u;
const API_HOST = /^(?:[a-z]+:\/\/)?([a-z0-9-]+)(?:\.[a-z0-9-]+)*\.tencentcloudapi\.com(?::\d+)?(?:\/.*)?$/iu;
/** How far a value is followed through aliases: far enough for real code, bounded for pathological code. */
const MAX_DEPTH = 32;

/** The inferred products of each file, so that the rules running on one file walk it once. */
const memo = new WeakMap<object, readonly string[]>();

/**
 * The products `sourceCode` calls, as sorted table names of the catalogue: `cvm` (the product, no version named)
 * or `cvm@2017-03-12` (a version named); empty when nothing in the file tells. Memoised per file.
 */
export function fileProducts(sourceCode: SourceCode): readonly string[] {
  let products = memo.get(sourceCode);
  if (products === undefined) {
    // The cheap test first: a file that never spells "tencentcloud" (nor so "tencentcloudapi.com") imports no SDK.
    products = sourceCode.text.includes('tencentcloud') ? infer(sourceCode) : [];
    memo.set(sourceCode, products);
  }
  return products;
}

function infer(sourceCode: SourceCode): readonly string[] {
  const catalogue = shippedCatalogue().index().products;
  /** Product → the versions named (empty: none named). */
  const found = new Map<string, Set<string>>();
  const followed = new Set<Variable>();

  const isProduct = (name: string): boolean => Object.hasOwn(catalogue, name);

  function note(product: string, version?: string): void {
    if (!isProduct(product)) return;
    let versions = found.get(product);
    if (versions === undefined) {
      versions = new Set();
      found.set(product, versions);
    }
    if (version === undefined) return;
    const known = catalogue[product] ?? [];
    // A version the catalogue does not have (a newer SDK) stands for the newest it has.
    versions.add(known.includes(version) ? version : (known.at(-1) ?? version));
  }

  /** What importing `source` tells, and the module's value; `undefined` for a module that is not the SDK's. */
  function importModule(source: string): Value | undefined {
    const match = PACKAGE.exec(source);
    if (match === null) return undefined;
    const [, suffix, deep] = match;
    const name = suffix === undefined ? 'tencentcloud-sdk-nodejs' : `tencentcloud-sdk-nodejs-${suffix}`;
    const main = MAIN_PACKAGES.has(name);
    const common = name === COMMON_PACKAGE;
    if (!main && !common && (suffix === undefined || !isProduct(suffix))) return undefined;
    if (!main && !common && suffix !== undefined) note(suffix);
    if (deep !== undefined) {
      const service = SERVICE_PATH.exec(deep);
      if (service !== null) {
        const [, product = '', version] = service;
        note(product, version === undefined ? undefined : apiVersionOfDir(version));
      }
    }
    return { kind: 'module', products: !common };
  }

  /** The value of `value.name`, noting the product or version it names. */
  function member(value: Value, name: string): Value | undefined {
    switch (value.kind) {
      case 'module':
        if (name === 'CommonClient') return { kind: 'commonClient' };
        if (value.products && isProduct(name)) {
          note(name);
          return { kind: 'product', product: name };
        }
        return undefined;
      case 'product': {
        const version = apiVersionOfDir(name);
        if (version !== undefined) note(value.product, version);
        return undefined;
      }
      case 'commonClient':
        return undefined;
    }
  }

  /** Follows a value from the expression that holds it to where it is used. */
  function flow(expression: TSESTree.Node, value: Value, depth: number): void {
    if (depth > MAX_DEPTH) return;
    let node = expression;
    let parent = node.parent;
    while (parent !== undefined && isTransparent(parent, node)) {
      node = parent;
      parent = node.parent;
    }
    if (parent === undefined) return;
    switch (parent.type) {
      case 'MemberExpression': {
        if (parent.object !== node) return;
        const name = staticPropertyName(parent);
        const next = name === undefined ? undefined : member(value, name);
        if (next !== undefined) flow(parent, next, depth + 1);
        return;
      }
      case 'VariableDeclarator':
        if (parent.init === node) bind(parent.id, parent, value, depth + 1);
        return;
      case 'NewExpression':
      case 'CallExpression':
        if (parent.callee === node && value.kind === 'commonClient') commonClient(parent.arguments);
        return;
      default:
        return;
    }
  }

  /** A binding gets `value`: follow each of its uses; a destructuring pattern takes the members it names. */
  function bind(target: TSESTree.Node, declaration: TSESTree.Node, value: Value, depth: number): void {
    switch (target.type) {
      case 'Identifier': {
        const variable = sourceCode.scopeManager
          ?.getDeclaredVariables(declaration)
          .find((v) => v.identifiers.includes(target));
        if (variable === undefined || followed.has(variable)) return;
        followed.add(variable);
        for (const reference of variable.references) {
          if (reference.isRead()) flow(reference.identifier, value, depth);
        }
        return;
      }
      case 'AssignmentPattern':
        bind(target.left, declaration, value, depth);
        return;
      case 'ObjectPattern':
        for (const property of target.properties) {
          if (property.type !== 'Property') continue;
          const name = staticPropertyName(property);
          const next = name === undefined ? undefined : member(value, name);
          if (next !== undefined) bind(property.value, declaration, next, depth);
        }
        return;
      default:
        return;
    }
  }

  function commonClient(args: readonly TSESTree.CallExpressionArgument[]): void {
    const target = commonClientTarget(args);
    if (target !== undefined) note(target.product, target.version);
  }

  function importDeclaration(node: TSESTree.ImportDeclaration): void {
    const module = importModule(node.source.value);
    if (module === undefined) return;
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportSpecifier') {
        const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
        const value = member(module, name);
        if (value !== undefined) bind(specifier.local, specifier, value, 0);
      } else {
        // A default import of the SDK is its module object (the packages are CommonJS).
        bind(specifier.local, specifier, module, 0);
      }
    }
  }

  walkNodes([sourceCode.ast], sourceCode.visitorKeys, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
        importDeclaration(node);
        return false;
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source !== null) importModule(node.source.value);
        return true;
      case 'TSImportEqualsDeclaration':
        if (node.moduleReference.type === 'TSExternalModuleReference') {
          const source = stringLiteralValue(node.moduleReference.expression);
          const module = source === undefined ? undefined : importModule(source);
          if (module !== undefined) bind(node.id, node, module, 0);
        }
        return false;
      case 'TSImportType':
        if (node.argument.type === 'TSLiteralType') {
          const source = stringLiteralValue(node.argument.literal as TSESTree.Node);
          if (source !== undefined) importModule(source);
        }
        return true;
      case 'ImportExpression': {
        const source = stringLiteralValue(node.source);
        const module = source === undefined ? undefined : importModule(source);
        if (module !== undefined) flow(node, module, 0);
        return true;
      }
      case 'CallExpression':
        if (isRequire(node)) {
          const source = node.arguments[0] === undefined ? undefined : stringLiteralValue(node.arguments[0]);
          const module = source === undefined ? undefined : importModule(source);
          if (module !== undefined) flow(node, module, 0);
        }
        return true;
      default:
        return true;
    }
  });

  const names: string[] = [];
  for (const [product, versions] of found) {
    if (versions.size === 0) names.push(product);
    else for (const version of versions) names.push(`${product}@${version}`);
  }
  return names.sort();
}

/**
 * What `new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", …)` calls: the product from the host, and the API
 * version when the second argument names one (`"2018-05-29"` or `"v20180529"`); `undefined` without a known host.
 */
export function commonClientTarget(
  args: readonly TSESTree.CallExpressionArgument[],
): { readonly product: string; readonly version: string | undefined } | undefined {
  const host = args[0] === undefined ? undefined : stringLiteralValue(args[0]);
  const product = host === undefined ? undefined : productOfHost(host);
  if (product === undefined) return undefined;
  const given = args[1] === undefined ? undefined : stringLiteralValue(args[1]);
  const version = given === undefined ? undefined : API_VERSION.test(given) ? given : apiVersionOfDir(given);
  return { product, version };
}

/** The product an API host names: `gaap.tencentcloudapi.com` (or `https://gaap.ap-guangzhou.tencentcloudapi.com`) → `gaap`. */
function productOfHost(host: string): string | undefined {
  return API_HOST.exec(host)?.[1]?.toLowerCase();
}

/** Wrappers that keep an expression's value: `(x)!`, `x as T`, `x?.y` chains, `await import(…)`. */
function isTransparent(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'ChainExpression':
    case 'TSNonNullExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSTypeAssertion':
      return true;
    case 'AwaitExpression':
      return parent.argument === child;
    default:
      return false;
  }
}

function isRequire(node: TSESTree.CallExpression): boolean {
  return node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1;
}

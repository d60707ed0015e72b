import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { apiVersionOf } from '../../table/table-name.js';
import { propertyValue, staticPropertyName } from '../property-name.js';
import { unwrapExpression } from '../unwrap-expression.js';
import { walkNodes } from '../walk-nodes.js';
import {
  type ClientTarget,
  type FunctionLike,
  isFunction,
  productOfHost,
  returnArguments,
  type Unit,
  type Value,
} from './values.js';

/**
 * Calls of the API made without the SDK: a request (`fetch`, `axios`, `https.request`, `got`, any function) whose
 * arguments carry the `X-TC-Action` header (and `X-TC-Version`) and name an API host, or a signing helper handed
 * the action, version and product (`sign({ service: "ocr", action: "GeneralBasicOCR", version: "2018-11-19" })`,
 * `tcRequest("ocr", "GeneralBasicOCR", …)`). A header whose value is a parameter of the function that sends it
 * makes that function a request helper: its calls with a literal action are calls of that action.
 */

/** What a request sends: its product (from a host or a service name), API version and action, each when known. */
export interface RawRequest {
  readonly target: ClientTarget | undefined;
  readonly action: string | undefined;
  /** The node that names the action: the header's or field's value, the helper's argument. */
  readonly actionNode: TSESTree.Node;
}

/** A function that sends a request whose action (and version) are its parameters. */
export interface RequestHelper {
  /** Whether it sends it through an SDK client (`client.request(action, …)`), which throws the API's errors. */
  readonly sdk: boolean;
  readonly target: ClientTarget | undefined;
  /**
   * The parameter that holds the SDK client it sends the request through, where the client is one
   * (`callApi(client, action, req)`): each call's argument there names the product.
   */
  readonly clientParameter?: number | undefined;
  readonly actionParameter: number;
  /** The property of that parameter that holds the action, for a helper handed an object (`send({ action })`). */
  readonly actionKey?: string | undefined;
  readonly versionParameter: number | undefined;
  readonly versionKey?: string | undefined;
  readonly version: string | undefined;
  /**
   * The parameter that names the product, where the helper builds its host from it (`` `${service}.tencentcloudapi.com` ``)
   * or sends it as a service field; `undefined` when the product is not a parameter.
   */
  readonly productParameter?: number | undefined;
  readonly productKey?: string | undefined;
}

/** An object a function of the file returns, as one of its calls builds it. */
interface BuiltObject {
  readonly object: TSESTree.ObjectExpression;
  readonly fn: FunctionLike;
  readonly call: TSESTree.CallExpression;
}

/** Where a helper takes a value from: a parameter, or a property of an object parameter. */
interface HelperInput {
  readonly index: number;
  readonly key?: string | undefined;
}

const ACTION_HEADER = 'x-tc-action';
const VERSION_HEADER = 'x-tc-version';
const ACTION_FIELDS = new Set(['Action', 'action']);
const VERSION_FIELDS = new Set(['Version', 'version', 'apiVersion', 'ApiVersion']);
const SERVICE_FIELDS = new Set(['service', 'Service', 'product', 'Product', 'serviceName', 'module']);
const HOST_FIELDS = new Set(['host', 'Host', 'hostname', 'url', 'baseURL', 'baseUrl', 'endpoint', 'Endpoint']);
const ACTION_NAME = /^[A-Z][A-Za-z0-9]+$/u;
/** A name for a request's signature or `Authorization` header: `authorization`, `auth`, `signature`, `authHeader`. */
const SIGNATURE_NAME = /^(?:auth(?:orization)?|sig(?:nature)?)(?:header)?$/iu;
/** A product's name as the SDK spells it (`ocr`, `cdn`), which a helper handed the product gets. */
const PRODUCT_NAME = /^[a-z][a-z0-9]*$/u;
/** What follows the product in an API host: `.tencentcloudapi.com`, a region's, the international site's. */
const API_HOST_TAIL = /^\.(?:[a-z0-9-]+\.)?(?:intl\.)?tencentcloudapi\.com(?:[/:]|$)/u;
/**
 * How deep into nested objects of a request's arguments its headers are looked for (`{ headers: { … } }`), and into
 * spread objects a helper's argument is read (`{ ...BASE, action }`, `BASE = { ...COMMON }`).
 */
const MAX_OBJECT_DEPTH = 3;
/** How many `const`s and defaults a request's host is followed through (`url` → `opts.endpoint ?? DEFAULT` → …). */
const MAX_HOST_HOPS = 3;

/** Reads a call's arguments for a request of the API; `undefined` when it is not one. */
export class RawHttp {
  readonly #unit: Unit;
  readonly #fileHosts: readonly string[];
  readonly #isAction: (product: string, action: string) => boolean;

  /**
   * `fileHosts`: the products of the API hosts the file names, for a request that names none itself (a host in a
   * constant of another function). `isAction`: whether a product has an action, for the positional helper shape.
   */
  constructor(unit: Unit, fileHosts: readonly string[], isAction: (product: string, action: string) => boolean) {
    this.#unit = unit;
    this.#fileHosts = fileHosts;
    this.#isAction = isAction;
  }

  /** The request `call` makes, when its arguments say it is one of the API. */
  request(call: TSESTree.CallExpression): RawRequest | RequestHelper | undefined {
    const fields = this.#fields(call.arguments);
    const header = fields.get(ACTION_HEADER);
    const field = firstOf(fields, ACTION_FIELDS);
    const found = header ?? field;
    if (found !== undefined) {
      const versionNode = fields.get(VERSION_HEADER) ?? firstOf(fields, VERSION_FIELDS);
      const target = this.#target(call, fields, versionNode);
      const action = this.#string(found);
      if (action !== undefined) {
        // An `Action` field alone is a weak sign: only with a known product and a version is it a request.
        if (header === undefined && (target === undefined || versionNode === undefined)) return undefined;
        return ACTION_NAME.test(action) ? { target, action, actionNode: found } : undefined;
      }
      const input = this.#inputOf(found);
      if (input === undefined || (header === undefined && (target === undefined || versionNode === undefined)))
        return undefined;
      const versionInput = versionNode === undefined ? undefined : this.#inputOf(versionNode);
      const version = versionNode === undefined ? undefined : this.#version(versionNode);
      const productInput = target === undefined ? this.#productInput(fields) : undefined;
      return {
        sdk: false,
        target,
        actionParameter: input.index,
        actionKey: input.key,
        versionParameter: versionInput?.index,
        versionKey: versionInput?.key,
        version,
        productParameter: productInput?.index,
        productKey: productInput?.key,
      };
    }
    return this.#positional(call);
  }

  /** The API version a call's arguments name in an `X-TC-Version` header, if they do. */
  versionOf(call: TSESTree.CallExpression): string | undefined {
    const node = this.#fields(call.arguments).get(VERSION_HEADER);
    return node === undefined ? undefined : this.#version(node);
  }

  /** A call of a request helper: its action and version from the arguments the helper sends as headers. */
  helperCall(call: TSESTree.CallExpression, helper: RequestHelper): RawRequest | undefined {
    const argument = this.#argument(call, helper.actionParameter, helper.actionKey);
    const action = argument === undefined ? undefined : this.#string(argument);
    if (action === undefined || !ACTION_NAME.test(action)) return undefined;
    const versionArgument = this.#argument(call, helper.versionParameter, helper.versionKey);
    const given = versionArgument === undefined ? undefined : this.#string(versionArgument);
    const version = given === undefined ? helper.version : apiVersionOf(given);
    const named =
      helper.productParameter === undefined && helper.actionKey !== undefined
        ? this.#serviceField(call.arguments[helper.actionParameter])
        : this.#argument(call, helper.productParameter, helper.productKey);
    const service = named === undefined ? undefined : this.#string(named);
    const product =
      helper.target?.product ??
      (service !== undefined && PRODUCT_NAME.test(service) ? service : undefined) ??
      this.#fileHosts[0];
    return argument === undefined
      ? undefined
      : { target: product === undefined ? undefined : { product, version }, action, actionNode: argument };
  }

  /**
   * The service field of the object a call hands a helper that takes its action from a field of it but its product
   * from nowhere the helper's own code shows (a host built by another function): `callApi({ service: "scf", action })`.
   */
  #serviceField(handed: TSESTree.Node | undefined): TSESTree.Node | undefined {
    if (handed === undefined) return undefined;
    for (const key of SERVICE_FIELDS) {
      const found = this.#propertyOf(handed, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** What a call hands a helper's input: the argument, or its property `key` (`send({ action: "X" })`). */
  #argument(
    call: TSESTree.CallExpression,
    index: number | undefined,
    key: string | undefined,
  ): TSESTree.Node | undefined {
    const handed = index === undefined ? undefined : call.arguments[index];
    return handed === undefined || key === undefined ? handed : this.#propertyOf(handed, key);
  }

  /**
   * The value of property `key` of an object literal (or a variable that holds one), the last that sets it, also
   * through spread objects (`{ ...OCR, action: "IDCardOCR" }` with `const OCR = { service: "ocr" }`).
   */
  #propertyOf(node: TSESTree.Node, key: string, depth = 0): TSESTree.Node | undefined {
    const object = this.#object(unwrapExpression(node));
    if (object === undefined || depth > MAX_OBJECT_DEPTH) return undefined;
    for (let i = object.properties.length - 1; i >= 0; i--) {
      const property = object.properties[i];
      if (property?.type === AST_NODE_TYPES.Property && staticPropertyName(property) === key) return property.value;
      if (property?.type === AST_NODE_TYPES.SpreadElement) {
        const found = this.#propertyOf(property.argument, key, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** Where a helper takes what `node` is: a parameter (`action`), or a property of one (`req.action`, `{ action }`). */
  #inputOf(node: TSESTree.Node): HelperInput | undefined {
    const index = this.#unit.evaluator.parameterIndex(node);
    return index === undefined ? this.#unit.evaluator.parameterProperty(node) : { index };
  }

  /** `tcRequest("ocr", "GeneralBasicOCR", "2018-11-19", body)`: a product (or host) and one of its actions. */
  #positional(call: TSESTree.CallExpression): RawRequest | undefined {
    if (isSignature(call)) return undefined;
    const args = call.arguments;
    const strings = args.map((argument) => this.#string(argument));
    // The first API host among the strings, and the first product named by a host or by its name alone.
    let host: string | undefined;
    let product: string | undefined;
    for (const text of strings) {
      if (text === undefined) continue;
      const hosted = productOfHost(text);
      host ??= hosted;
      product ??= hosted ?? (PRODUCT_NAME.test(text) ? text : undefined);
    }
    if (product === undefined) return undefined;
    const index = strings.findIndex(
      (text) => text !== undefined && ACTION_NAME.test(text) && this.#isAction(product, text),
    );
    const action = strings[index];
    const actionNode = args[index];
    if (action === undefined || actionNode === undefined) {
      return host === undefined ? undefined : this.#signedBody(call, host);
    }
    const version = strings.map((text) => (text === undefined ? undefined : apiVersionOf(text))).find(Boolean);
    return { target: { product, version }, action, actionNode };
  }

  /**
   * A request to an API host signed the older way (API 3.0's v1 signature: HmacSHA1 or HmacSHA256 over the sorted
   * parameters), whose action and version are parameters in the body, not headers: the one object literal of the
   * function making the request that has an `Action` of the host's product and a `Version`
   * (`{ Action: "TextTranslate", Version: "2018-03-21", SourceText, … }`, then
   * `fetch("https://tmt.tencentcloudapi.com", { body })`).
   */
  #signedBody(call: TSESTree.CallExpression, product: string): RawRequest | undefined {
    // The function making the request, else the module (whose Program has no parent).
    let scope: TSESTree.Node = call;
    while (!isFunction(scope) && scope.type !== AST_NODE_TYPES.Program) scope = scope.parent;
    const body = isFunction(scope) ? scope.body : scope;
    if (body === undefined || body === null) return undefined;
    const found: { action: string; actionNode: TSESTree.Node; version: string | undefined }[] = [];
    walkNodes([body], this.#unit.visitorKeys, (node) => {
      if (node !== body && isFunction(node)) return false;
      if (node.type !== AST_NODE_TYPES.ObjectExpression) return true;
      const actionNode = propertyValue(node, 'Action');
      const versionNode = propertyValue(node, 'Version');
      const action = actionNode === undefined ? undefined : this.#string(actionNode);
      const version = versionNode === undefined ? undefined : this.#string(versionNode);
      if (action !== undefined && actionNode !== undefined && version !== undefined && ACTION_NAME.test(action)) {
        found.push({ action, actionNode, version: apiVersionOf(version) });
      }
      return true;
    });
    const [only] = found;
    if (only === undefined || found.length > 1 || only.version === undefined) return undefined;
    if (!this.#isAction(product, only.action)) return undefined;
    return { target: { product, version: only.version }, action: only.action, actionNode: only.actionNode };
  }

  /** The product and version of a request: a host among its arguments, else a service field, else the file's. */
  #target(
    call: TSESTree.CallExpression,
    fields: ReadonlyMap<string, TSESTree.Node>,
    versionNode: TSESTree.Node | undefined,
  ): ClientTarget | undefined {
    const version = versionNode === undefined ? undefined : this.#version(versionNode);
    for (const argument of call.arguments) {
      const product = this.#hostProduct(argument);
      if (product !== undefined) return { product, version };
    }
    for (const [key, node] of fields) {
      if (!HOST_FIELDS.has(key)) continue;
      const product = this.#hostProduct(node);
      if (product !== undefined) return { product, version };
    }
    const service = firstOf(fields, SERVICE_FIELDS);
    const name = service === undefined ? undefined : this.#string(service);
    if (name !== undefined && PRODUCT_NAME.test(name)) return { product: name, version };
    const [only] = this.#fileHosts;
    return only !== undefined && this.#fileHosts.length === 1 ? { product: only, version } : undefined;
  }

  /**
   * The product of the API host a request's URL or host names: a string, a template whose head is one, and the
   * default of one that may be given (`opts.endpoint ?? \`https://${SERVICE}.tencentcloudapi.com\``, also through a
   * `const` that holds it), as a test points the request at its own server.
   */
  #hostProduct(node: TSESTree.Node, hops = 0): string | undefined {
    const text = this.#string(node) ?? this.#templateHead(node);
    const product = text === undefined ? undefined : productOfHost(text);
    if (product !== undefined || hops > MAX_HOST_HOPS) return product;
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&')
      return this.#hostProduct(node.right, hops + 1);
    const init = node.type === AST_NODE_TYPES.Identifier ? this.#unit.evaluator.constInit(node) : undefined;
    return init === undefined ? undefined : this.#hostProduct(init, hops + 1);
  }

  /** The API version a node names, when it names one statically. */
  #version(node: TSESTree.Node): string | undefined {
    const text = this.#string(node);
    return text === undefined ? undefined : apiVersionOf(text);
  }

  /**
   * Where a helper's request takes its product from: a host field built from a parameter or a property of one
   * (`` hostname: `${service}.tencentcloudapi.com` ``, `${req.service}`, also through a `const` of the helper) or a
   * service field.
   */
  #productInput(fields: ReadonlyMap<string, TSESTree.Node>): HelperInput | undefined {
    for (const [key, node] of fields) {
      if (!HOST_FIELDS.has(key)) continue;
      const template = this.#templateOf(node);
      const [expression] = template?.expressions ?? [];
      const head = template?.quasis[0]?.value.cooked ?? undefined;
      const tail = template?.quasis[1]?.value.cooked ?? undefined;
      if (expression === undefined || template?.expressions.length !== 1 || head === undefined || tail === undefined)
        continue;
      if (!/^(?:https?:\/\/)?$/u.test(head) || !API_HOST_TAIL.test(tail)) continue;
      const input = this.#inputOf(expression);
      if (input !== undefined) return input;
    }
    const service = firstOf(fields, SERVICE_FIELDS);
    return service === undefined ? undefined : this.#inputOf(service);
  }

  /**
   * A template literal `node` is, or the last operand of `??` or `||` it is, or what a `const` it names is
   * initialised with.
   */
  #templateOf(node: TSESTree.Node): TSESTree.TemplateLiteral | undefined {
    if (node.type === AST_NODE_TYPES.TemplateLiteral) return node;
    // A host given or built: `req.host ?? \`${req.service}.tencentcloudapi.com\``.
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&') return this.#templateOf(node.right);
    const init = node.type === AST_NODE_TYPES.Identifier ? this.#unit.evaluator.constInit(node) : undefined;
    return init === undefined || init.type === AST_NODE_TYPES.Identifier ? undefined : this.#templateOf(init);
  }

  /**
   * The properties of a call's object arguments (and objects nested in them), by key; header keys lower-cased. An
   * object a function of the file builds (`headers: signedHeaders("TextToVoice", body)`, also awaited, returning
   * `{ "X-TC-Action": action, … }`) counts too, its parameters read as what the call hands them.
   */
  #fields(args: readonly TSESTree.CallExpressionArgument[]): Map<string, TSESTree.Node> {
    const fields = new Map<string, TSESTree.Node>();
    const visit = (node: TSESTree.Node, depth: number, builder?: BuiltObject): void => {
      if (depth > MAX_OBJECT_DEPTH) return;
      const built = builder === undefined ? this.#built(node) : undefined;
      if (built !== undefined) {
        visit(built.object, depth + 1, built);
        return;
      }
      const object = this.#object(node);
      if (object === undefined) return;
      for (const property of object.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          visit(property.argument, depth + 1, builder);
          continue;
        }
        const key = staticPropertyName(property);
        if (key === undefined) continue;
        const lower = key.toLowerCase();
        const name = lower === ACTION_HEADER || lower === VERSION_HEADER ? lower : key;
        const value = builder === undefined ? property.value : this.#handed(property.value, builder);
        if (!fields.has(name)) fields.set(name, value);
        visit(value, depth + 1, builder);
      }
    };
    for (const argument of args) visit(argument, 0);
    return fields;
  }

  /** The object a call of a function of the file returns (one object literal), with the call's arguments. */
  #built(node: TSESTree.Node): BuiltObject | undefined {
    let call = unwrapExpression(node);
    // `headers: await signedHeaders(…)`, from a builder that signs with Web Crypto.
    if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrapExpression(call.argument);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return undefined;
    const { evaluator } = this.#unit;
    const [fn, ...more] = evaluator.valueOf(call.callee);
    if (fn?.kind !== 'function' || fn.unit !== this.#unit || more.length > 0) return undefined;
    const objects = evaluator.returnsOf(fn.node).filter((value) => value.kind === 'object');
    const [object] = objects;
    if (object?.kind === 'object' && objects.length === 1) return { object: object.node, fn: fn.node, call };
    // `return new Headers({ "X-TC-Action": "…", … })`: the Fetch API's headers, made of one object literal.
    const headers = returnArguments(fn.node, this.#unit.visitorKeys).flatMap((node) => {
      const made = unwrapExpression(node);
      const [first] = made.type === AST_NODE_TYPES.NewExpression ? made.arguments : [];
      return made.type === AST_NODE_TYPES.NewExpression &&
        made.callee.type === AST_NODE_TYPES.Identifier &&
        made.callee.name === 'Headers' &&
        evaluator.isUndeclared(made.callee) &&
        first?.type === AST_NODE_TYPES.ObjectExpression
        ? [first]
        : [];
    });
    const [built] = headers;
    return built !== undefined && headers.length === 1 ? { object: built, fn: fn.node, call } : undefined;
  }

  /** What a builder's property value is at the call: the argument handed for a parameter, else the value itself. */
  #handed(value: TSESTree.Node, { fn, call }: BuiltObject): TSESTree.Node {
    const index = this.#unit.evaluator.parameterIndex(value, fn);
    const argument = index === undefined ? undefined : call.arguments[index];
    return argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? value : argument;
  }

  /** An object literal `node` is, or a variable of the unit holds. */
  #object(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
    if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
    if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const value = this.#unit.evaluator
      .valueOf(node)
      .find((v): v is Extract<Value, { kind: 'object' }> => v.kind === 'object');
    return value?.node;
  }

  /** The one string `node` is known to be: a literal, a `const` of one, a string built from known parts. */
  #string(node: TSESTree.Node): string | undefined {
    const strings = this.#unit.evaluator.staticStrings(node);
    return strings.length === 1 ? strings[0] : undefined;
  }

  /** The text before the first `${…}` of a template: `https://${host}` gives nothing, `https://ocr.…/${path}` the host. */
  #templateHead(node: TSESTree.Node): string | undefined {
    if (node.type !== AST_NODE_TYPES.TemplateLiteral) return undefined;
    return node.quasis[0]?.value.cooked ?? undefined;
  }
}

function firstOf(fields: ReadonlyMap<string, TSESTree.Node>, names: ReadonlySet<string>): TSESTree.Node | undefined {
  for (const name of names) {
    const found = fields.get(name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Whether a call's value is a request's signature rather than a request: it is kept in a variable, or set as a
 * property, named for one (`const authorization = buildAuthorization(…, "tmt", "TextTranslate", …)`, then sent in
 * the `Authorization` header of the `fetch` that is the request).
 */
function isSignature(call: TSESTree.CallExpression): boolean {
  let holder: TSESTree.Node = call;
  while (holder.parent.type === AST_NODE_TYPES.AwaitExpression) holder = holder.parent;
  const { parent } = holder;
  let name: string | undefined;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder) {
    name = parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
  } else if (parent.type === AST_NODE_TYPES.Property && parent.value === holder) {
    name = staticPropertyName(parent);
  } else if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === holder) {
    const target = parent.left;
    name =
      target.type === AST_NODE_TYPES.Identifier
        ? target.name
        : target.type === AST_NODE_TYPES.MemberExpression
          ? staticPropertyName(target)
          : undefined;
  }
  return name !== undefined && SIGNATURE_NAME.test(name);
}

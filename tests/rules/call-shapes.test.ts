import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type InvalidTestCase, RuleTester, type ValidTestCase } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import rule, { type MessageIds, type Options } from '../../src/rules/no-impossible-error-code.js';
import { FIXTURES } from '../support/paths.js';

/**
 * The call shapes real code keeps its clients in, one case each, with zero configuration: each file calls OCR's
 * GeneralBasicOCR through its shape and handles `FailedOperation.IdCardTooSmall`, an OCR code that action cannot
 * return. The rule reports it only when the call model knows the file's product, the call's action and the guard
 * around it, so each report shows all three known. Cases on the default parser unless TypeScript is needed.
 */
type Invalid = InvalidTestCase<MessageIds, Options>;
type Valid = ValidTestCase<Options>;

const espreeTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});
const commonJsTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
});
const tsTester = new RuleTester();

const IMPOSSIBLE = 'FailedOperation.IdCardTooSmall';
const DATA = { code: IMPOSSIBLE, actions: 'GeneralBasicOCR', product: 'OCR', count: 13 };
const HANDLED = `if (e.code === '${IMPOSSIBLE}') return null;`;
/** The same in TypeScript, where the caught value is `unknown`. */
const HANDLED_TS = `if ((e as { code?: string }).code === '${IMPOSSIBLE}') return null;`;
/** The same check where no function encloses it. */
const CHECKED = `if (e.code === '${IMPOSSIBLE}') {}`;

/** The report on the handled code, at its place in `code` (the first time the literal appears). */
function reported(code: string): Invalid['errors'] {
  const lines = code.split('\n');
  const line = lines.findIndex((text) => text.includes(`'${IMPOSSIBLE}'`));
  const column = (lines[line] ?? '').indexOf(`'${IMPOSSIBLE}'`) + 1;
  return [
    {
      messageId: 'impossibleCode',
      data: DATA,
      line: line + 1,
      column,
      endLine: line + 1,
      endColumn: column + IMPOSSIBLE.length + 2,
    },
  ];
}

function invalid(name: string, code: string, extra: Partial<Invalid> = {}): Invalid {
  return { name, code, errors: reported(code), ...extra };
}

/** A helper of CommonClient#request that catches the SDK's errors itself; `exported` is `"export "` or `""`. */
const sdkHelper = (exported: string): string => `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
const client = new CommonClient('ocr.tencentcloudapi.com', '2018-11-19', {});
${exported}async function call(action, request) {
  try {
    return await client.request(action, request);
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}
export const text = (image) => call('GeneralBasicOCR', { ImageBase64: image });`;

const esmShapes: Invalid[] = [
  invalid(
    'a client the file hands to an untyped parameter of a function it exports, in a file of two products',
    `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
import { cvm } from 'tencentcloud-sdk-nodejs-cvm';
export const machines = new cvm.v20170312.Client({});
export async function read(api, image) {
  try {
    return await api.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}
export default () => read(new ocr.v20181119.Client({}), 'x');`,
  ),
  invalid(
    "a settled call at a module's top level, its code read after it",
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const settle = async (promise) => {
  try {
    return { ok: true, value: await promise };
  } catch (e) {
    return { ok: false, code: e.code };
  }
};
const result = await settle(client.GeneralBasicOCR({}));
if (result.code === '${IMPOSSIBLE}') console.log('too small');`,
  ),
  invalid(
    'a factory handed the client class, called for two products',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const make = (Client, region = 'ap-guangzhou') => new Client({ region });
const cvm = make(tencentcloud.cvm.v20170312.Client);
const ocr = make(tencentcloud.ocr.v20181119.Client);
export const machines = () => cvm.DescribeInstances({});
export async function text(image) {
  try {
    return await ocr.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  ...(['call(this)', 'apply(this, [])'] as const).map((how) =>
    invalid(
      `factories called with the caller's \`this\` (\`.${how}\`, as n8n's helpers are), in a file of two products`,
      `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
async function createSmsClient() {
  const credential = await this.getCredentials('tencentCloudApi');
  return new tencentcloud.sms.v20210111.Client({ credential });
}
async function createOcrClient() {
  const credential = await this.getCredentials('tencentCloudApi');
  return new tencentcloud.ocr.v20181119.Client({ credential });
}
export async function notify(phone) {
  const sms = await createSmsClient.${how};
  return sms.SendSms({ PhoneNumberSet: [phone] });
}
export async function execute(image) {
  const client = await createOcrClient.${how};
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
    ),
  ),
  invalid(
    'a class field set in the constructor',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
export class Scanner {
  constructor(credential) {
    this.ocr = new tencentcloud.ocr.v20181119.Client({ credential });
  }
  async text(image) {
    try {
      return await this.ocr.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'a property initialiser, through a destructured client class',
    `import tencentcloud from 'tencentcloud-sdk-nodejs';
const { Client: OcrClient } = tencentcloud.ocr.v20181119;
export class Scanner {
  #client = new OcrClient({ region: 'ap-guangzhou' });
  async text(image) {
    try {
      return await this.#client.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'a let assigned in init()',
    `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
let client;
export function init(credential) {
  client = new ocr.v20181119.Client({ credential });
}
export async function text(image) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a lazy getter',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
export class Scanner {
  #cached;
  get client() {
    return (this.#cached ??= new sdk.ocr.v20181119.Client({}));
  }
  async text(image) {
    try {
      return await this.client.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'a small factory',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
function makeClient(region) {
  return new sdk.ocr.v20181119.Client({ region });
}
export async function text(image) {
  const client = makeClient('ap-beijing');
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "a CommonClient whose host and version are its wrapper class's static fields",
    `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
export class OcrApi {
  static endpoint = 'ocr.tencentcloudapi.com';
  static version = '2018-11-19';
  client = new CommonClient(OcrApi.endpoint, OcrApi.version, {});
  async GeneralBasicOCR(request) {
    try {
      return await this.client.request('GeneralBasicOCR', request);
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'clients taken out of the tuple a method returns',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
class Readers {
  async clients(region) {
    const cvm = new sdk.cvm.v20170312.Client({ region });
    const ocr = new sdk.ocr.v20181119.Client({ region });
    return [cvm, ocr];
  }
  async text(image) {
    const [, ocr] = await this.clients('ap-beijing');
    try {
      return await ocr.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}
export default Readers;`,
  ),
  invalid(
    'clients made together by Promise.all',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const make = async (Client) => new Client({ region: 'ap-beijing' });
export async function text(image) {
  const [ocr, cvm] = await Promise.all([make(sdk.ocr.v20181119.Client), make(sdk.cvm.v20170312.Client)]);
  try {
    return await ocr.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'await import() with (m.default || m)',
    `export async function text(image) {
  const m = await import('tencentcloud-sdk-nodejs');
  const tencentcloud = m.default || m;
  const client = new tencentcloud.ocr.v20181119.Client({});
  return client.GeneralBasicOCR({ ImageBase64: image }).catch((e) => {
    ${HANDLED}
    throw e;
  });
}`,
  ),
  invalid(
    'import().then((m) => m.default ?? m), cached in a promise',
    `let loading = null;
const loadSdk = () => (loading ??= import('tencentcloud-sdk-nodejs').then((m) => m.default ?? m));
export async function text(image) {
  const sdk = await loadSdk();
  const client = new sdk.ocr.v20181119.Client({});
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "a client made in import().then's callback, the promise kept with ??= and awaited by a caller",
    `let ocrPromise;
function ocr() {
  ocrPromise ??= import('tencentcloud-sdk-nodejs-ocr').then((m) => {
    const { ocr } = m.default ?? m;
    return new ocr.v20181119.Client({});
  });
  return ocrPromise;
}
export async function text(image) {
  const client = await ocr();
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a vendored copy of the SDK',
    `import { Client } from '../vendor/tencentcloud/services/ocr/v20181119/ocr_client.js';
const client = new Client({});
export async function text(image) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'CommonClient#request with the action, the host built by a function of the file',
    `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
const host = (product) => \`\${product}.tencentcloudapi.com\`;
const VERSION = '2018-11-19';
const common = new CommonClient(host('ocr'), VERSION, {});
export async function text(image) {
  try {
    return await common.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "CommonClients made by a factory from a table of products, its entry destructured by the factory's parameter",
    `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
const ENDPOINTS = {
  ocr: ['ocr.tencentcloudapi.com', '2018-11-19', 'ap-guangzhou'],
  cvm: ['cvm.tencentcloudapi.com', '2017-03-12', 'ap-shanghai'],
};
const cache = new Map();
function common(product) {
  if (!cache.has(product)) {
    const [endpoint, version, region] = ENDPOINTS[product];
    cache.set(product, new CommonClient(endpoint, version, { region }));
  }
  return cache.get(product);
}
export async function text(image) {
  try {
    return await common('ocr').request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "a promise left to run in the try with its own .catch: its errors never reach the try's catch",
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
async function archive(result, hub) {
  await hub.Publish(result);
}
export async function text(image, hub) {
  try {
    const result = await client.GeneralBasicOCR({ ImageBase64: image });
    archive(result, hub).catch((e) => console.error(e));
    return result;
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'the results of Promise.allSettled over calls, read after it',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
export async function texts(front, back) {
  const [one, two] = await Promise.allSettled([
    client.GeneralBasicOCR({ ImageBase64: front }),
    client.GeneralBasicOCR({ ImageBase64: back }),
  ]);
  if (two.status === 'rejected' && two.reason.code === '${IMPOSSIBLE}') return null;
  return [one, two];
}`,
  ),
  invalid(
    'the results of Promise.allSettled over a map of calls, read after it',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
export async function texts(images) {
  const results = await Promise.allSettled(images.map((image) => client.GeneralBasicOCR({ ImageBase64: image })));
  for (const result of results) {
    if (result.status === 'rejected' && result.reason.code === '${IMPOSSIBLE}') return null;
  }
  return results;
}`,
  ),
  invalid(
    'a wrapper of the file called in the try',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
const recognise = (image) => client.GeneralBasicOCR({ ImageBase64: image });
export async function text(image) {
  try {
    return await recognise(image);
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a function of the file called only from the catch handles the code',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
function advice(e) {
  ${HANDLED}
  return 'try again';
}
export async function text(image) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    return advice(e);
  }
}`,
  ),
  invalid(
    'fetch whose headers a function of the file builds from the action it is handed',
    `function signed(action, body) {
  return { 'Content-Type': 'application/json', 'X-TC-Action': action, 'X-TC-Version': '2018-11-19', 'X-TC-Body': body.length };
}
export async function text(image) {
  const body = JSON.stringify({ ImageBase64: image });
  const res = await fetch('https://ocr.tencentcloudapi.com/', { method: 'POST', headers: signed('GeneralBasicOCR', body), body });
  const { Response: e } = await res.json();
  if (e.Error?.Code === '${IMPOSSIBLE}') return null;
  return e.TextDetections;
}`,
  ),
  invalid(
    'a request helper whose headers an async builder signs (Web Crypto), to a host built with the region',
    `async function signed(action) {
  const signature = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(action));
  return { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19', Authorization: String(signature.byteLength) };
}
async function ocrCall(action, payload, region) {
  const host = \`ocr.\${region}.tencentcloudapi.com\`;
  const res = await fetch(\`https://\${host}/\`, { method: 'POST', headers: await signed(action), body: JSON.stringify(payload) });
  const { Response: r } = await res.json();
  if (r.Error) throw Object.assign(new Error(r.Error.Message), { code: r.Error.Code });
  return r;
}
export async function text(image) {
  try {
    return await ocrCall('GeneralBasicOCR', { ImageBase64: image }, 'ap-guangzhou');
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'fetch with the X-TC-Action and X-TC-Version headers to a regional host, Response.Error.Code read after it',
    `export async function text(image, sign) {
  const res = await fetch('https://ocr.ap-shanghai.tencentcloudapi.com/', {
    method: 'POST',
    headers: { ...sign(), 'X-TC-Action': 'GeneralBasicOCR', 'X-TC-Version': '2018-11-19' },
    body: JSON.stringify({ ImageBase64: image }),
  });
  const { Response: e } = await res.json();
  if (e.Error) {
    const { Code: code } = e.Error;
    if (code === '${IMPOSSIBLE}') return null;
  }
  return e.TextDetections;
}`,
  ),
  invalid(
    'a request to an endpoint that may be given, else built from the service (a test points it at its own server)',
    `const SERVICE = 'ocr';
export async function text(image, endpoint) {
  const url = endpoint ?? \`https://\${SERVICE}.tencentcloudapi.com\`;
  const headers = { 'X-TC-Action': 'GeneralBasicOCR', 'X-TC-Version': '2018-11-19' };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ ImageBase64: image }) });
  const { Response } = await res.json();
  if (Response.Error) {
    const code = Response.Error.Code;
    if (code === '${IMPOSSIBLE}') return null;
  }
  return Response.TextDetections;
}`,
  ),
  invalid(
    'a function that sends one request and returns its answer, whose code its caller reads',
    `const HOST = 'ocr.tencentcloudapi.com';
async function recognise(image) {
  const body = JSON.stringify({ ImageBase64: image });
  const headers = { 'X-TC-Action': 'GeneralBasicOCR', 'X-TC-Version': '2018-11-19' };
  const res = await fetch(\`https://\${HOST}\`, { method: 'POST', headers, body });
  return (await res.json()).Response;
}
export async function text(image) {
  const answer = await recognise(image);
  if (answer.Error) {
    const code = answer.Error.Code;
    if (code === '${IMPOSSIBLE}') return null;
  }
  return answer.TextDetections;
}`,
  ),
  invalid(
    'a request helper that takes the action, and the .intl. host',
    `const ENDPOINT = 'https://ocr.intl.tencentcloudapi.com';
async function call(action, payload) {
  const res = await fetch(ENDPOINT, { method: 'POST', headers: { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' }, body: JSON.stringify(payload) });
  return (await res.json()).Response;
}
export async function text(image) {
  const out = await call('GeneralBasicOCR', { ImageBase64: image });
  if (out.Error?.Code === '${IMPOSSIBLE}') return null;
  return out.TextDetections;
}`,
  ),
  invalid(
    "a request helper's answer kept in a variable and checked after another request made inside its check",
    `const ENDPOINT = 'https://ocr.tencentcloudapi.com';
async function call(action, payload) {
  const res = await fetch(ENDPOINT, { method: 'POST', headers: { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' }, body: JSON.stringify(payload) });
  return (await res.json()).Response;
}
export async function text(image, card) {
  const out = await call('GeneralBasicOCR', { ImageBase64: image });
  if (out.Error?.Code === 'FailedOperation.ImageDecodeFailed') {
    const id = await call('IDCardOCR', { ImageBase64: card });
    return id.Name;
  }
  const code = out.Error?.Code;
  if (code === '${IMPOSSIBLE}') return null;
  return out.TextDetections;
}`,
  ),
  invalid(
    'a request helper handed one object, the action a property of it, whose error the caller catches',
    `const HOST = 'ocr.tencentcloudapi.com';
class ApiError extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}
async function signedPost({ action, payload, fetchImpl = fetch }) {
  const res = await fetchImpl(\`https://\${HOST}/\`, { method: 'POST', headers: { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' }, body: JSON.stringify(payload) });
  const { Response } = await res.json();
  if (Response.Error) throw new ApiError(Response.Error.Code);
  return Response;
}
export async function text(image) {
  try {
    return await signedPost({ action: 'GeneralBasicOCR', payload: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a request helper that takes the action and checks the response itself, for the action its every call names',
    `const ENDPOINT = 'https://ocr.tencentcloudapi.com';
async function call(action, payload) {
  const res = await fetch(ENDPOINT, { method: 'POST', headers: { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' }, body: JSON.stringify(payload) });
  const { Response } = await res.json();
  if (Response.Error?.Code === '${IMPOSSIBLE}') return null;
  return Response;
}
export const text = (image) => call('GeneralBasicOCR', { ImageBase64: image });`,
  ),
  invalid(
    "a helper of CommonClient#request that catches the SDK's errors itself, for the action its every call names",
    sdkHelper(''),
  ),
  invalid(
    'a helper of CommonClient#request that handles the error in the callback it passes, for the action its every call names',
    `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
const client = new CommonClient('ocr.tencentcloudapi.com', '2018-11-19', {});
function call(action, request, done) {
  client.request(action, request, (e, res) => {
    if (e) {
      ${HANDLED}
    }
    done(e, res);
  });
}
export const text = (image, done) => call('GeneralBasicOCR', { ImageBase64: image }, done);`,
  ),
  invalid(
    'a signing helper handed the service, Action and Version',
    `import { tc3Request } from './tc3.js';
export async function text(image) {
  try {
    return await tc3Request({ service: 'ocr', Action: 'GeneralBasicOCR', Version: '2018-11-19', payload: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a wrapper whose members are products (a proxy-based client)',
    `import TenYun from 'tenyun';
const tc = new TenYun(process.env.TENCENTCLOUD_SECRET_ID, process.env.TENCENTCLOUD_SECRET_KEY);
export async function text(image) {
  try {
    return await tc.ocr.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "a client a plugin decorated the server with, in a route module that names neither the SDK nor the plugin's",
    `export default async function routes(fastify) {
  fastify.post('/text', async (request) => {
    try {
      return await fastify.ocr.GeneralBasicOCR({ ImageBase64: request.body.image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  });
}`,
  ),
  invalid(
    'a client an Egg.js boot hook hung on the application as `smsClient`, in a service that names neither',
    `const { Service } = require('egg');
module.exports = class TextService extends Service {
  async text(image) {
    const { app } = this;
    try {
      return await app.ocrClient.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
};`,
  ),
  {
    name: "a member named for a product calling an action of its older API version only (VOD's ApplyUpload)",
    code: `export class Uploads {
  constructor({ vodClient }) {
    this.vod = vodClient;
  }
  async apply(type) {
    try {
      return await this.vod.ApplyUpload({ MediaType: type });
    } catch (e) {
      if (e.code === 'InvalidParameterValue.VodSessionKey') return null;
      throw e;
    }
  }
}`,
    errors: [
      {
        messageId: 'impossibleCode',
        data: { code: 'InvalidParameterValue.VodSessionKey', actions: 'ApplyUpload', product: 'VOD', count: 9 },
        line: 9,
        column: 22,
        endLine: 9,
        endColumn: 59,
      },
    ],
  },
  invalid(
    'a helper of the file that settles the call: its catch answers the error as a value, read after the call',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
async function settle(promise) {
  try {
    return { ok: true, value: await promise };
  } catch (err) {
    return { ok: false, code: err.code };
  }
}
export async function text(image) {
  const e = await settle(client.GeneralBasicOCR({ ImageBase64: image }));
  if (e.ok) return e.value;
  ${HANDLED}
  return undefined;
}`,
  ),
  invalid(
    "a helper that answers [err, data] with .catch (await-to-js's to)",
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const to = (promise) => promise.then((data) => [null, data]).catch((err) => [err]);
export async function text(image) {
  const [e, data] = await to(client.GeneralBasicOCR({ ImageBase64: image }));
  if (e) {
    ${HANDLED}
  }
  return data;
}`,
  ),
  invalid(
    "a promise library's Promise.resolve around the call, then .catch",
    `import Promise from 'bluebird';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export function text(image) {
  return Promise.resolve(client.GeneralBasicOCR({ ImageBase64: image })).then((res) => res.TextDetections).catch((e) => {
    ${HANDLED}
    throw e;
  });
}`,
  ),
  invalid(
    'a .then step with no function, then .catch',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export function text(image) {
  return client.GeneralBasicOCR({ ImageBase64: image }).then().catch((e) => {
    ${HANDLED}
    throw e;
  });
}`,
  ),
  invalid(
    'a Code of the response read after the try that makes the call',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export async function text(image) {
  let res;
  try {
    res = await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (err) {
    throw new Error(String(err));
  }
  const status = res.Items[0];
  if (status.Code === '${IMPOSSIBLE}') return null;
  return status;
}`,
  ),
  invalid(
    'a helper that takes the action as a parameter and calls that method of a client by its name, `.call`ed',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
async function call(action, request) {
  const method = client[action];
  return method.call(client, request);
}
export async function text(image) {
  try {
    return await call('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a helper handed the client and the action, which calls `client[action](request)`',
    `import * as sdk from 'tencentcloud-sdk-nodejs';
const ocr = new sdk.ocr.v20181119.Client({});
const callApi = (client, action, request) => client[action](request);
export async function text(image) {
  try {
    return await callApi(ocr, 'GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a client kept in a member named for its product, called through optional chaining on a line of its own',
    `export async function text(app, image) {
  try {
    return await app.ocr
      ?.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a client handed in as a parameter named for its product',
    `export async function text(ocr, image) {
  try {
    return await ocr.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "what a function named for a product returns, where the file cannot see it (Nuxt's auto-imported utilities)",
    `export default async function text(image) {
  try {
    return await useOcrClient().GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a client destructured, under a name that is no product, from what a function named for its product returns',
    `export default async function text(image) {
  const { client } = useOcrClient();
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a client kept in a const from a function named for its product, imported from a module that is not found',
    `import { getOcr } from '~/lib/tencent.server';
export async function text(region, image) {
  const client = await getOcr(region);
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "the code read through the class's own method",
    `import * as sdk from 'tencentcloud-sdk-nodejs';
export class Reader {
  client = new sdk.ocr.v20181119.Client({});
  codeOf(err) {
    return err?.code;
  }
  async text(image) {
    try {
      return await this.client.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      if (this.codeOf(e) === '${IMPOSSIBLE}') return null;
      throw e;
    }
  }
}`,
  ),
  invalid(
    "a service class of another package built with the product's name and API version, kept in a class field",
    `import { CloudService } from '@acme/cloud-manager';
export class Scanner {
  constructor(context) {
    this.ocrService = new CloudService(context, 'ocr', '2018-11-19');
  }
  async text(image) {
    try {
      return await this.ocrService.request('GeneralBasicOCR', { ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'a service class handed the product and version from an object a static field of the class holds',
    `import { CloudService } from '@acme/cloud-manager';
export class Scanner {
  static api = { service: 'ocr', version: '2018-11-19' };
  constructor(context) {
    this.ocrService = new CloudService(context, Scanner.api.service, Scanner.api.version);
  }
  async text(image) {
    try {
      return await this.ocrService.request('GeneralBasicOCR', { ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}`,
  ),
  invalid(
    "a subclass of another package's base class handed the product and version by super(), this.request({ Action })",
    `import { BaseEntity } from '@acme/components';
export class OcrEntity extends BaseEntity {
  constructor(capi) {
    super(capi, 'ocr', '2018-11-19');
  }
  async text(image) {
    try {
      return await this.request({ Action: 'GeneralBasicOCR', ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'a table of callers made by a factory handed an object of the product, the version and the actions',
    `import { ApiFactory } from '@acme/components';
const APIS = ApiFactory({ serviceType: 'ocr', version: '2018-11-19', actions: ['GeneralBasicOCR', 'TextDetect'] });
export async function text(capi, image) {
  try {
    return await APIS.GeneralBasicOCR(capi, { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    'a caller a factory binds to the product and version, called with the action (an edge runtime with no SDK)',
    `import { signAndSend } from '@acme/edge-sign';
function callerFor(service, version) {
  return (action, payload) => signAndSend({ service, version, action, payload });
}
const ocr = callerFor('ocr', '2018-11-19');
export async function text(image) {
  try {
    return await ocr('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "a raw request whose headers a function builds as the Fetch API's Headers, the action's name among them",
    `const HOST = 'ocr.tencentcloudapi.com';
async function headersFor(body) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return new Headers({
    'Content-Type': 'application/json',
    'X-TC-Action': 'GeneralBasicOCR',
    'X-TC-Version': '2018-11-19',
    'X-TC-Digest': String(digest.byteLength),
  });
}
export async function text(image) {
  const body = JSON.stringify({ ImageBase64: image });
  const res = await fetch(\`https://\${HOST}\`, { method: 'POST', headers: await headersFor(body), body });
  const { Response: out } = await res.json();
  if (out.Error && out.Error.Code === '${IMPOSSIBLE}') return null;
  return out;
}`,
  ),
  invalid(
    "CloudBase's own service class of @cloudbase/cloud-api, built from options that name only the service",
    `import { CloudApiService } from '@cloudbase/cloud-api';
const service = new CloudApiService({ service: 'ocr', credential: {} });
export async function text(image) {
  try {
    return await service.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "@cloudbase/cloud-api's cached instance of options held in a const, request({ action, data })",
    `import { CloudApiService } from '@cloudbase/cloud-api';
const options = { service: 'ocr', version: '2018-11-19', getCredential: async () => ({}) };
export async function text(image) {
  try {
    const service = CloudApiService.getInstance(options);
    return await service.request({ action: 'GeneralBasicOCR', data: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
  invalid(
    "a factory of another package's object handed the product and version, its call({ Action }) sending the action",
    `import manager from '@acme/cloud-manager';
export async function text(app, image) {
  const service = manager.init(app).commonService('ocr', '2018-11-19');
  try {
    return await service.call({ Action: 'GeneralBasicOCR', Param: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  ),
];

const settledNot: Valid[] = [
  {
    name: 'a helper whose .catch throws again settles nothing either',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const logged = (promise) => promise.catch((err) => {
  console.error(err);
  throw err;
});
export async function text(image, e) {
  const data = await logged(client.GeneralBasicOCR({ ImageBase64: image }));
  ${CHECKED}
  return data;
}`,
  },
  {
    name: 'a helper whose catch throws again settles nothing: the code after its call guards nothing',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
async function logged(promise) {
  try {
    return await promise;
  } catch (err) {
    console.error(err);
    throw err;
  }
}
export async function text(image, e) {
  await logged(client.GeneralBasicOCR({ ImageBase64: image }));
  ${CHECKED}
}`,
  },
];

/**
 * A `.then` step's calls reach the `.catch` after it too: a code the step's action documents is no mistake there, and
 * a step that may call the API unseen leaves the guard's actions unknown.
 */
const thenSteps: Valid[] = [
  {
    name: "a .then step that calls another action: the chain's .catch guards both",
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export function card(image) {
  return client
    .GeneralBasicOCR({ ImageBase64: image })
    .then(() => client.IDCardOCR({ ImageBase64: image, CardSide: 'FRONT' }))
    .catch((e) => {
      ${HANDLED}
      throw e;
    });
}`,
  },
  {
    name: "a .then step naming a function of the file that calls another action: the chain's .catch guards both",
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
async function front(image) {
  const res = await client.IDCardOCR({ ImageBase64: image, CardSide: 'FRONT' });
  return res.Name;
}
export function card(image) {
  return client
    .GeneralBasicOCR({ ImageBase64: image })
    .then(() => front(image))
    .catch((e) => {
      ${HANDLED}
      throw e;
    });
}`,
  },
  {
    name: 'a .then step that hands the client to a function of another package: what reaches the .catch is not known',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { archive } from 'ocr-archive';
const client = new tencentcloud.ocr.v20181119.Client({});
export function text(image) {
  return client
    .GeneralBasicOCR({ ImageBase64: image })
    .then(async (res) => {
      await archive(client, res);
      return res.TextDetections;
    })
    .catch((e) => {
      ${HANDLED}
      throw e;
    });
}`,
  },
];

const commonJsShapes: Invalid[] = [
  invalid(
    "the SDK's callback form made a promise and kept in a var that nothing writes again",
    `var util = require('util');
var tencentcloud = require('tencentcloud-sdk-nodejs');
var client = new tencentcloud.ocr.v20181119.Client({});
var recognise = util.promisify(client.GeneralBasicOCR.bind(client));
exports.text = function (image) {
  return recognise({ ImageBase64: image }).catch(function (e) {
    ${HANDLED}
    throw e;
  });
};`,
  ),
  invalid(
    'a factory that picks the client class by the product and version it is handed, and caches it by them',
    `const tencentcloud = require('tencentcloud-sdk-nodejs');
const cache = {};
function getClient(service, version) {
  const key = \`\${service}-\${version}\`;
  if (!cache[key]) {
    const Client = tencentcloud[service][version].Client;
    cache[key] = new Client({});
  }
  return cache[key];
}
exports.machines = () => getClient('cvm', 'v20170312').DescribeInstances({});
exports.text = async (image) => {
  const client = getClient('ocr', 'v20181119');
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
};`,
  ),
  invalid(
    'a client cache keyed by region, read back under the same key',
    `const tencentcloud = require('tencentcloud-sdk-nodejs');
const cvm = new tencentcloud.cvm.v20170312.Client({});
const clients = {};
function ocrIn(region) {
  if (!clients[region]) clients[region] = new tencentcloud.ocr.v20181119.Client({ region });
  return clients[region];
}
exports.machines = () => cvm.DescribeInstances({});
exports.text = async (region, image) => {
  try {
    return await ocrIn(region).GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
};`,
  ),
  invalid(
    'a client kept in a Map by region, read back with get',
    `const tencentcloud = require('tencentcloud-sdk-nodejs');
const cvm = new tencentcloud.cvm.v20170312.Client({});
const readers = new Map();
function readerIn(region) {
  if (!readers.has(region)) readers.set(region, new tencentcloud.ocr.v20181119.Client({ region }));
  return readers.get(region);
}
exports.machines = () => cvm.DescribeInstances({});
exports.text = async (region, image) => {
  try {
    return await readerIn(region).GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
};`,
  ),
  invalid(
    'a client kept in a Map field of a class, read back with get',
    `const tencentcloud = require('tencentcloud-sdk-nodejs');
const cvm = new tencentcloud.cvm.v20170312.Client({});
class Readers {
  clients = new Map();
  in(region) {
    let client = this.clients.get(region);
    if (!client) {
      client = new tencentcloud.ocr.v20181119.Client({ region });
      this.clients.set(region, client);
    }
    return client;
  }
  async text(region, image) {
    try {
      return await this.clients.get(region).GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED}
      throw e;
    }
  }
}
exports.Readers = Readers;
exports.machines = () => cvm.DescribeInstances({});`,
  ),
  invalid(
    'a paging helper handed a different inline callback by each caller: each try guards its own',
    `const tencentcloud = require('tencentcloud-sdk-nodejs');
const cvm = new tencentcloud.cvm.v20170312.Client({});
const ocr = new tencentcloud.ocr.v20181119.Client({});
async function paged(fetchPage) {
  const all = [];
  for (let offset = 0; ; offset += 100) {
    const items = await fetchPage({ Offset: offset, Limit: 100 });
    all.push(...items);
    if (items.length < 100) return all;
  }
}
exports.machines = () => paged(async (page) => (await cvm.DescribeInstances(page)).InstanceSet);
exports.text = async (image) => {
  try {
    return await paged(async () => [await ocr.GeneralBasicOCR({ ImageBase64: image })]);
  } catch (e) {
    ${HANDLED}
    throw e;
  }
};`,
  ),
  invalid(
    'a retry wrapper handed a function of the file by name',
    `const tencentcloud = require('tencentcloud-sdk-nodejs');
const cvm = new tencentcloud.cvm.v20170312.Client({});
const ocr = new tencentcloud.ocr.v20181119.Client({});
async function withRetry(attempt) {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (i === 2) throw e;
    }
  }
}
const sample = () => ocr.GeneralBasicOCR({ ImageUrl: 'https://example.com/sample.png' });
exports.machines = () => withRetry(() => cvm.DescribeInstances({}));
exports.check = async () => {
  try {
    return await withRetry(sample);
  } catch (e) {
    ${HANDLED}
    throw e;
  }
};`,
  ),
  invalid(
    'a request helper that builds the host from the service it is handed after the keys',
    `const https = require('node:https');
function tcRequest(secretId, secretKey, service, action, params) {
  const host = \`\${service}.tencentcloudapi.com\`;
  return new Promise((resolve, reject) => {
    const headers = { Host: host, 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' };
    const req = https.request({ hostname: host, method: 'POST', headers }, (res) => {
      let raw = '';
      res.on('data', (chunk) => (raw += chunk));
      res.on('end', () => resolve(JSON.parse(raw)));
    });
    req.on('error', reject);
    req.end(JSON.stringify(params));
  });
}
exports.text = async (id, key, image) => {
  const { Response } = await tcRequest(id, key, 'ocr', 'GeneralBasicOCR', { ImageBase64: image });
  if (Response.Error && Response.Error.Code === '${IMPOSSIBLE}') return null;
  return Response;
};`,
  ),
  invalid(
    "the SDK's callback form made a promise: util.promisify(client.X.bind(client))",
    `const util = require('node:util');
const tencentcloud = require('tencentcloud-sdk-nodejs');
const client = new tencentcloud.ocr.v20181119.Client({});
exports.text = async function text(image) {
  const recognise = util.promisify(client.GeneralBasicOCR.bind(client));
  try {
    return await recognise({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
};`,
  ),
  invalid(
    "a task of the async library that hands its callback to the SDK's call: the last function gets its error",
    `const async = require('async');
const tencentcloud = require('tencentcloud-sdk-nodejs');
const client = new tencentcloud.ocr.v20181119.Client({});
exports.text = function text(image, done) {
  async.retry(3, function (cb) {
    client.GeneralBasicOCR({ ImageBase64: image }, cb);
  }, function (e, res) {
    if (e) {
      if (e.code === '${IMPOSSIBLE}') return done(null, null);
      return done(e);
    }
    done(null, res);
  });
};`,
  ),
  invalid(
    'util.promisify(client.X.bind(client)) called where it is made',
    `const util = require('node:util');
const tencentcloud = require('tencentcloud-sdk-nodejs');
const client = new tencentcloud.ocr.v20181119.Client({});
exports.text = async function text(image) {
  try {
    return await util.promisify(client.GeneralBasicOCR.bind(client))({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
};`,
  ),
  invalid(
    'a method bound to its client and called through a const',
    `const tencentcloud = require('tencentcloud-sdk-nodejs');
const client = new tencentcloud.ocr.v20181119.Client({});
const recognise = client.GeneralBasicOCR.bind(client);
exports.text = (image) => recognise({ ImageBase64: image }).catch((e) => {
  ${HANDLED}
  throw e;
});`,
  ),
  invalid(
    'a client handed as an untyped parameter to a function of the file that never escapes',
    `const tencentcloud = require('tencentcloud-sdk-nodejs-ocr');
const makeClient = () => new tencentcloud.ocr.v20181119.Client({});
async function read(api, image) {
  try {
    return await api.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
}
module.exports = { text: (image) => read(makeClient(), image) };`,
  ),
  invalid(
    'a client the file hands to an untyped parameter of a function it also exports, in a file of two products',
    `const { ocr } = require('tencentcloud-sdk-nodejs-ocr');
const { cvm } = require('tencentcloud-sdk-nodejs-cvm');
const machines = new cvm.v20170312.Client({});
function read(api, image, done) {
  api.GeneralBasicOCR({ ImageBase64: image }, (e, res) => {
    if (e) {
      if (e.code === '${IMPOSSIBLE}') return done(null);
      return done(e);
    }
    return done(null, res);
  });
}
function run(image) {
  read(new ocr.v20181119.Client({}), image, console.log);
  return machines.DescribeInstances({});
}
if (require.main === module) run(process.argv[2]);
module.exports = { read };`,
  ),
  invalid(
    "a client Bluebird's promisifyAll made promises of, called by the …Async twin of the action",
    `const Promise = require('bluebird');
const tencentcloud = require('tencentcloud-sdk-nodejs');
const client = Promise.promisifyAll(new tencentcloud.ocr.v20181119.Client({}));
exports.text = (image) =>
  client.GeneralBasicOCRAsync({ ImageBase64: image }).catch((e) => {
    ${HANDLED}
    throw e;
  });`,
  ),
  invalid(
    'what a method named for a product returns, on a global a framework makes (a Sails service), by the …Async twin',
    `module.exports = {
  text: function (image) {
    return TencentClients.ocr('ap-guangzhou')
      .GeneralBasicOCRAsync({ ImageBase64: image })
      .catch(function (e) {
        ${HANDLED}
        throw e;
      });
  },
};`,
  ),
  invalid(
    "bundler interop: __toESM(require(…)), and the SDK's callback",
    `var import_sdk = __toESM(require('tencentcloud-sdk-nodejs'));
const client = new import_sdk.default.ocr.v20181119.Client({});
exports.text = function text(image, done) {
  client.GeneralBasicOCR({ ImageBase64: image }, (e, res) => {
    if (e) {
      if (e.code === '${IMPOSSIBLE}') return done(null, null);
      return done(e);
    }
    done(null, res);
  });
};`,
  ),
  invalid(
    'AbstractClient#request of the common package, in a request helper called with the action',
    `const { AbstractClient } = require('tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client');
exports.ocr = (action, req) => new AbstractClient('ocr.tencentcloudapi.com', '2018-11-19', {}).request(action, req);
exports.text = async function text(image) {
  try {
    return await exports.ocr('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
};`,
  ),
  invalid(
    "a client class of the project extending SDK 3.x's AbstractClient module, its method promisified and bound",
    `const util = require('util');
const AbstractClient = require('tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client');
class OcrClient extends AbstractClient {
  constructor(credential, region, profile) {
    super('ocr.tencentcloudapi.com', '2018-11-19', credential, region, profile);
  }
  GeneralBasicOCR(req, cb) {
    this.request('GeneralBasicOCR', req, {}, cb);
  }
}
exports.text = async function text(credential, image) {
  const ocr = new OcrClient(credential, 'ap-guangzhou', {});
  const recognise = util.promisify(ocr.GeneralBasicOCR.bind(ocr));
  try {
    return await recognise({ ImageBase64: image });
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
};`,
  ),
  invalid(
    'https.request with the headers built in a variable, posted by a helper',
    `const https = require('node:https');
const HOST = 'ocr.tencentcloudapi.com';
function post(headers, body) {
  return new Promise((resolve) => https.request({ host: HOST, method: 'POST', headers }, resolve).end(body));
}
exports.text = async function text(image) {
  const headers = { 'X-TC-Action': 'GeneralBasicOCR', 'X-TC-Version': '2018-11-19' };
  const { Response } = await post(headers, JSON.stringify({ ImageBase64: image }));
  if (Response.Error && Response.Error.Code === '${IMPOSSIBLE}') return null;
  return Response;
};`,
  ),
  invalid(
    'https.request whose response callback reads Response.Error.Code',
    `const https = require('node:https');
exports.text = function text(image, done) {
  const headers = { 'Content-Type': 'application/json', 'X-TC-Action': 'GeneralBasicOCR', 'X-TC-Version': '2018-11-19' };
  https
    .request({ host: 'ocr.tencentcloudapi.com', method: 'POST', headers }, (res) => {
      let raw = '';
      res.on('data', (chunk) => (raw += chunk));
      res.on('end', () => {
        const { Response } = JSON.parse(raw);
        if (Response.Error && Response.Error.Code === '${IMPOSSIBLE}') return done(null);
        done(Response.Error ? new Error(Response.Error.Message) : null, Response);
      });
    })
    .end(JSON.stringify({ ImageBase64: image }));
};`,
  ),
  invalid(
    'a request helper that takes the action and checks the response in the callback of its https.request',
    `const https = require('node:https');
function call(action, payload, done) {
  const headers = { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' };
  const req = https.request({ host: 'ocr.tencentcloudapi.com', method: 'POST', headers }, (res) => {
    let raw = '';
    res.on('data', (chunk) => (raw += chunk));
    res.on('end', () => {
      const { Response } = JSON.parse(raw);
      if (Response.Error && Response.Error.Code === '${IMPOSSIBLE}') return done(null);
      done(null, Response);
    });
  });
  req.end(JSON.stringify(payload));
}
exports.text = (image, done) => call('GeneralBasicOCR', { ImageBase64: image }, done);`,
  ),
];

/** A client a factory handed in makes, in a file whose imports name `imports`; `receiver` declares what it is called on. */
const handedIn = (imports: string, receiver = ''): string => `${imports}
type OcrClient = InstanceType<typeof ocr.v20181119.Client>;
export async function text(makeClient: (region: string) => OcrClient, image: string) {
  const client = ${receiver || "makeClient('ap-guangzhou')"};
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`;
const OCR_IMPORT = "import { ocr } from 'tencentcloud-sdk-nodejs-ocr';";

/** The same where the file's imports name two products, or the receiver is an object of the file. */
const notHandedIn: Valid[] = [
  {
    name: 'a function called only from a handler two promises share: it too is judged by both actions',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
function messageOf(code?: string) {
  if (code === '${IMPOSSIBLE}') return 'small';
  return 'other';
}
function handle(e: { code?: string }) {
  return messageOf(e.code);
}
export const card = () => client.IDCardOCR({}).catch(handle);
export const text = () => client.GeneralBasicOCR({}).catch(handle);`,
  },
  {
    name: 'a handler two promises share, the code one of their actions can return (not only the last one)',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
function handle(e: { code?: string }) {
  if (e.code === '${IMPOSSIBLE}') return null;
  throw e;
}
export const card = () => client.IDCardOCR({}).catch(handle);
export const text = () => client.GeneralBasicOCR({}).catch(handle);`,
  },
  {
    name: 'lower-case action, version and service fields in a file that writes no API version are no request',
    code: `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
import { track } from '@acme/analytics';
export const client = new ocr.v20181119.Client({});
export async function text(image: string) {
  try {
    return await track({ service: 'ocr', version: '1.4.0', action: 'GeneralBasicOCR', payload: { image } });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  },
  {
    name: 'a function of a module the lint cannot read, not named for an error code, is no code accessor',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { labelOf } from '@acme/cloud';
const client = new tencentcloud.ocr.v20181119.Client({});
export async function text(image: string) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    if (labelOf(e) === '${IMPOSSIBLE}') return null;
    throw e;
  }
}`,
  },
  {
    name: 'an untyped parameter of an exported function that the file also hands on: what it is handed is unseen',
    code: `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
import { cvm } from 'tencentcloud-sdk-nodejs-cvm';
export const machines = new cvm.v20170312.Client({});
export async function read(api: any, image: string) {
  try {
    return await api.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}
read(new ocr.v20181119.Client({}), 'x');
export const handlers = [read];`,
  },
  {
    name: 'a pipeline step that may fail of its own (TE.chain) before the handler: what reaches it is not known',
    code: `import { pipe } from 'fp-ts/function';
import * as TE from 'fp-ts/TaskEither';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
declare const archive: (value: unknown) => TE.TaskEither<{ code?: string }, unknown>;
export const text = (image: string) =>
  pipe(
    TE.tryCatch(() => client.GeneralBasicOCR({ ImageBase64: image }), (e) => e as { code?: string }),
    TE.chain(archive),
    TE.orElse((e) => (e.code === '${IMPOSSIBLE}' ? TE.right(null) : TE.left(e))),
  );`,
  },
  {
    name: 'a client handed in, in a file whose imports name two products: which one it is of is not known',
    code: handedIn(`${OCR_IMPORT}
import { cvm } from 'tencentcloud-sdk-nodejs-cvm';
export type Cvm = typeof cvm;`),
  },
  {
    name: 'a CommonClient parameter of an exported function, in a file whose CommonClients name two products',
    code: `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
export const makeOcr = () => new CommonClient('ocr.tencentcloudapi.com', '2018-11-19', {});
export const makeCvm = () => new CommonClient('cvm.tencentcloudapi.com', '2017-03-12', {});
export async function text(client: CommonClient, image: string) {
  try {
    return await client.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  },
  {
    name: "a receiver that is an object of the file is not the imported product's client",
    code: handedIn(OCR_IMPORT, '{ GeneralBasicOCR: async (request: object) => request }'),
  },
];

const tsShapes: Invalid[] = [
  invalid(
    'a handler that a function of the file makes for each call, `.catch(failOn(…))`',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const failOn = (label: string) => (e: { code?: string }) => {
  if (e.code === '${IMPOSSIBLE}') return label;
  throw e;
};
export const text = (image: string) => client.GeneralBasicOCR({ ImageBase64: image }).catch(failOn('text'));`,
  ),
  (() => {
    const code = `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
function handle(e: { code?: string }) {
  if (e.code === '${IMPOSSIBLE}') return null;
  throw e;
}
export const text = () => client.GeneralBasicOCR({}).catch(handle);
export const accurate = () => client.GeneralAccurateOCR({}).catch(handle);`;
    const [error] = reported(code) ?? [];
    return invalid('a handler two promises share, neither of whose actions can return the code', code, {
      errors: [
        {
          ...error,
          messageId: 'impossibleCodeOfActions',
          data: { code: IMPOSSIBLE, actions: 'GeneralAccurateOCR or GeneralBasicOCR', product: 'OCR', count: 17 },
        },
      ],
    });
  })(),
  invalid(
    "a workspace package's signing helper the lint cannot read, handed lower-case fields, the version in a const",
    `import { tcRequest } from '@acme/cloud';
const OCR_VERSION = '2018-11-19';
export async function text(image: string) {
  try {
    return await tcRequest({ service: 'ocr', version: OCR_VERSION, action: 'GeneralBasicOCR', payload: { image } });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    'a client named for its product, imported from a path alias whose config the lint does not have',
    `import { ocrClient } from '@/lib/tencent';
export async function text(image: string) {
  try {
    return await ocrClient.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    "a client destructured from a container's member named for the product, the container's type not read",
    `import type { AwilixContainer } from 'awilix';
import type { Cradle } from './cradle';
export async function text(req: { scope: AwilixContainer<Cradle> }, image: string) {
  const { ocrClient } = req.scope.cradle;
  try {
    return await ocrClient.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    'the code read by an accessor named for it, imported from a workspace package the lint cannot read',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { errorCodeOf } from '@acme/cloud';
const client = new tencentcloud.ocr.v20181119.Client({});
export async function text(image: string) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    if (errorCodeOf(e) === '${IMPOSSIBLE}') return null;
    throw e;
  }
}`,
  ),
  invalid(
    'a promise chain from a function of the file that hands over the client, its step calling the action',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
async function clientFor(region: string) {
  return region === '' ? client : client;
}
export function text(region: string, image: string) {
  return clientFor(region)
    .then((ocr) => ocr.GeneralBasicOCR({ ImageBase64: image }))
    .catch((e) => {
      ${HANDLED_TS}
      throw e;
    });
}`,
  ),
  invalid(
    "a client class of the project extending the common package's AbstractClient, called by its own method",
    `import { AbstractClient } from 'tencentcloud-sdk-nodejs-common';
class OcrClient extends AbstractClient {
  constructor() {
    super('ocr.tencentcloudapi.com', '2018-11-19', {});
  }
  async GeneralBasicOCR(req: object): Promise<unknown> {
    return this.request('GeneralBasicOCR', req);
  }
}
export async function text(image: string) {
  try {
    return await new OcrClient().GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    "a parameter typed as @cloudbase/manager-node's manager, its common service named by the service alone",
    `import CloudBase from '@cloudbase/manager-node';
export async function text(cloudbase: CloudBase, image: string) {
  try {
    return await cloudbase.commonService('ocr').call({ Action: 'GeneralBasicOCR', Param: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    "a service class handed the product as a member of the file's own enum",
    `import { CloudService } from '@acme/cloud-manager';
enum Product {
  Ocr = 'ocr',
  Cvm = 'cvm',
}
const service = new CloudService({}, Product.Ocr, '2018-11-19');
export async function text(image: string) {
  try {
    return await service.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    'a function whose declared return type is the client, returning it from a cache on globalThis',
    `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
import { cvm } from 'tencentcloud-sdk-nodejs-cvm';
type OcrClient = InstanceType<typeof ocr.v20181119.Client>;
const parked = globalThis as unknown as { reader?: OcrClient };
export const machines = new cvm.v20170312.Client({});
function reader(): OcrClient {
  parked.reader ??= new ocr.v20181119.Client({});
  return parked.reader;
}
export async function text(image: string) {
  try {
    return await reader().GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    'an async function whose declared return type is a promise of the client',
    `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
import { cvm } from 'tencentcloud-sdk-nodejs-cvm';
const parked = globalThis as unknown as Record<string, unknown>;
export const machines = new cvm.v20170312.Client({});
async function reader(): Promise<ocr.v20181119.Client> {
  return parked['reader'] as ocr.v20181119.Client;
}
export async function text(image: string) {
  const client = await reader();
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    "neverthrow's ResultAsync.fromPromise, whose second argument maps the call's rejection",
    `import { ResultAsync } from 'neverthrow';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export const text = (image: string) =>
  ResultAsync.fromPromise(client.GeneralBasicOCR({ ImageBase64: image }), (e: any) => {
    if (e?.code === '${IMPOSSIBLE}') return 'too small';
    return 'failed';
  });`,
  ),
  invalid(
    "fp-ts's TE.tryCatch, whose first argument makes the call and whose second maps its rejection",
    `import * as TE from 'fp-ts/TaskEither';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const reason = (e: unknown) => ((e as { code?: string }).code === '${IMPOSSIBLE}' ? 'too small' : 'failed');
export const text = (image: string) => TE.tryCatch(() => client.GeneralBasicOCR({ ImageBase64: image }), reason);`,
  ),
  invalid(
    "neverthrow's result of a call, mapped, then its error handed to .orElse",
    `import { errAsync, ResultAsync } from 'neverthrow';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const toError = (e: unknown) => e as { code?: string };
export const text = (image: string) =>
  ResultAsync.fromPromise(client.GeneralBasicOCR({ ImageBase64: image }), toError)
    .map((res) => res.TextDetections)
    .orElse((e) => (e.code === '${IMPOSSIBLE}' ? errAsync('too small') : errAsync('failed')));`,
  ),
  invalid(
    "fp-ts's pipe of a TE.tryCatch of a call, its error handed to TE.orElse after a TE.map",
    `import { pipe } from 'fp-ts/function';
import * as TE from 'fp-ts/TaskEither';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const toError = (e: unknown) => e as { code?: string };
export const text = (image: string) =>
  pipe(
    TE.tryCatch(() => client.GeneralBasicOCR({ ImageBase64: image }), toError),
    TE.map((res) => res.TextDetections),
    TE.orElse((e) => (e.code === '${IMPOSSIBLE}' ? TE.right([]) : TE.left(e))),
  );`,
  ),
  invalid(
    "RxJS's observable of a call, retried by a step kept in a const, its error handed to catchError",
    `import { from, of, retry, catchError, throwError } from 'rxjs';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const twice = retry(2);
export const text$ = (image: string) =>
  from(client.GeneralBasicOCR({ ImageBase64: image })).pipe(
    twice,
    catchError((e: { code?: string }) => (e.code === '${IMPOSSIBLE}' ? of(null) : throwError(() => e))),
  );`,
  ),
  invalid(
    "RxJS's pipeline whose switchMap makes another call: the handler gets the errors of both",
    `import { from, of, switchMap, catchError, throwError } from 'rxjs';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export const text$ = (first: string, second: string) =>
  from(client.GeneralBasicOCR({ ImageBase64: first })).pipe(
    switchMap(() => client.GeneralBasicOCR({ ImageBase64: second })),
    catchError((e: { code?: string }) => (e.code === '${IMPOSSIBLE}' ? of(null) : throwError(() => e))),
  );`,
  ),
  invalid(
    "opossum's circuit breaker of a call, whose errorFilter is handed the call's errors",
    `import CircuitBreaker from 'opossum';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export const reader = new CircuitBreaker((image: string) => client.GeneralBasicOCR({ ImageBase64: image }), {
  timeout: 10_000,
  errorFilter: (e: { code?: string }) => e.code === '${IMPOSSIBLE}',
});`,
  ),
  invalid(
    "Effect's Effect.tryPromise, its try making the call and its catch mapping the rejection",
    `import { Effect } from 'effect';
import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
export const text = (image: string) =>
  Effect.tryPromise({
    try: async () => {
      const res = await client.GeneralBasicOCR({ ImageBase64: image });
      return res.TextDetections;
    },
    catch: (e) => ((e as { code?: string }).code === '${IMPOSSIBLE}' ? 'too small' : 'failed'),
  });`,
  ),
  invalid(
    'a service class that extends the client class, calling the action on itself',
    `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
export class TextReader extends ocr.v20181119.Client {
  async text(image: string) {
    try {
      return await this.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'an instance of a class of the file that extends the client class',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
class Base extends tencentcloud.ocr.v20181119.Client {}
class Reader extends Base {}
const reader = new Reader({});
export async function text(image: string) {
  try {
    return await reader.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    "a client a factory handed in makes, in a file whose imports name one product: that product's",
    handedIn(OCR_IMPORT),
  ),
  invalid(
    'a typed parameter',
    `import type { ocr } from 'tencentcloud-sdk-nodejs';
export async function text(client: ocr.v20181119.Client, image: string) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    "a CommonClient parameter of an exported function, in a file whose CommonClient names one product: that product's",
    `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
export const makeOcr = () => new CommonClient('ocr.tencentcloudapi.com', '2018-11-19', {});
export async function text(client: CommonClient, image: string) {
  try {
    return await client.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    'a parameter typed as the instance of a const that holds the client class',
    `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
import { cvm } from 'tencentcloud-sdk-nodejs-cvm';
const OcrClient = ocr.v20181119.Client;
export const machines = new cvm.v20170312.Client({});
export async function text(reader: InstanceType<typeof OcrClient>, image: string) {
  try {
    return await reader.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    'a client in a typed member of the dependencies handed in, destructured',
    `import * as ocrSdk from 'tencentcloud-sdk-nodejs-ocr';
import type * as cvmSdk from 'tencentcloud-sdk-nodejs-cvm';
type OcrApi = InstanceType<typeof ocrSdk.ocr.v20181119.Client>;
export interface Deps {
  ocr: OcrApi;
  cvm: InstanceType<typeof cvmSdk.cvm.v20170312.Client>;
}
export const createScanner = (deps: Deps) => {
  const { ocr } = deps;
  return async (image: string) => {
    try {
      return await ocr.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  };
};`,
  ),
  invalid(
    'a client in a member of an object type of a parameter',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
type Clients = { reader: InstanceType<typeof tencentcloud.ocr.v20181119.Client>; cvm: InstanceType<typeof tencentcloud.cvm.v20170312.Client> };
export async function text(clients: Clients, image: string) {
  try {
    return await clients.reader.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
  ),
  invalid(
    'a parameter property of an injected client',
    `import type * as tencentcloud from 'tencentcloud-sdk-nodejs';
type OcrClient = InstanceType<typeof tencentcloud.ocr.v20181119.Client>;
export class Scanner {
  constructor(private readonly ocr: OcrClient) {}
  async text(image: string) {
    try {
      return await this.ocr.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
  ),
  invalid(
    'a parameter property whose default builds the client (a test hands it a fake), in a file of two products',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const makeOcr = () => new tencentcloud.ocr.v20181119.Client({});
export const machines = new tencentcloud.cvm.v20170312.Client({});
export class Scanner {
  constructor(private readonly reader = makeOcr()) {}
  async text(image: string) {
    try {
      return await this.reader.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
  ),
  invalid(
    "a service's private method that sends the request (host and version in fields) and checks the response, and the private method it hands the code to",
    `export class OcrService {
  private readonly host = 'ocr.tencentcloudapi.com';
  private readonly version = '2018-11-19';
  async text(image: string): Promise<unknown> {
    return this.call('GeneralBasicOCR', { ImageBase64: image });
  }
  private async call(action: string, payload: object): Promise<unknown> {
    const headers = { 'X-TC-Action': action, 'X-TC-Version': this.version };
    const res = await fetch(\`https://\${this.host}\`, { method: 'POST', headers, body: JSON.stringify(payload) });
    const json = (await res.json()) as { Response: { Error?: { Code: string } } };
    if (json.Response.Error) this.fail(json.Response.Error.Code);
    return json.Response;
  }
  private fail(code: string): never {
    if (code === '${IMPOSSIBLE}') throw new Error('the card is too small in the picture');
    throw new Error(code);
  }
}`,
  ),
];

/** The same helper of a service, but called from elsewhere too: which actions its check sees is not known. */
const SERVICE = (more: string): string => `export class OcrService {
  async text(image: string): Promise<unknown> {
    return this.call('GeneralBasicOCR', { ImageBase64: image });
  }
  ${more}
  private async call(action: string, payload: object): Promise<unknown> {
    const headers = { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' };
    const res = await fetch('https://ocr.tencentcloudapi.com', { method: 'POST', headers, body: JSON.stringify(payload) });
    const json = (await res.json()) as { Response: { Error?: { Code: string } } };
    if (json.Response.Error?.Code === '${IMPOSSIBLE}') return null;
    return json.Response;
  }
}`;

const helpersOfUnknownActions: Valid[] = [
  {
    name: "a retry wrapper's own catch, whose callers hand it calls of two actions, judges a code by both",
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const ocr = new tencentcloud.ocr.v20181119.Client({});
async function withRetry(attempt) {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      ${CHECKED}
      if (i === 2) throw e;
    }
  }
}
export const text = (image) => withRetry(() => ocr.GeneralBasicOCR({ ImageBase64: image }));
export const card = (image) => withRetry(() => ocr.IDCardOCR({ ImageBase64: image }));`,
  },
  {
    name: 'a method read off its client without bind (it loses its client) is no call of the action',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.ocr.v20181119.Client({});
const recognise = client.GeneralBasicOCR;
export const text = (image) => recognise({ ImageBase64: image }).catch((e) => { ${CHECKED} });`,
  },
  {
    name: 'a request helper also called with an action that is not a literal',
    code: `async function call(action, payload) {
  const res = await fetch('https://ocr.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' }, body: JSON.stringify(payload) });
  const { Response } = await res.json();
  if (Response.Error?.Code === '${IMPOSSIBLE}') return null;
  return Response;
}
export const text = (image) => call('GeneralBasicOCR', { ImageBase64: image });
export const any = (action, payload) => call(action, payload);`,
  },
  {
    name: "a helper of CommonClient#request that catches the SDK's errors itself, exported",
    code: sdkHelper('export '),
  },
  {
    name: 'a request helper that is exported: other modules may call it with any action',
    code: `export async function call(action, payload) {
  const res = await fetch('https://ocr.tencentcloudapi.com', { method: 'POST', headers: { 'X-TC-Action': action, 'X-TC-Version': '2018-11-19' }, body: JSON.stringify(payload) });
  const { Response } = await res.json();
  if (Response.Error?.Code === '${IMPOSSIBLE}') return null;
  return Response;
}
export const text = (image) => call('GeneralBasicOCR', { ImageBase64: image });`,
  },
];

const serviceHelpersOfUnknownActions: Valid[] = [
  {
    name: 'a private method helper that the class also hands out',
    code: SERVICE('readonly send = this.call;'),
  },
  {
    name: 'a private method helper that the class also calls with an action that is not a literal',
    code: SERVICE('any(action: string) { return this.call(action, {}); }'),
  },
  {
    name: 'a public method helper: code outside the class may call it',
    code: SERVICE('').replace('private async call', 'async call'),
  },
  {
    name: 'a class that reads its members by a computed name, which may be the helper',
    code: SERVICE('pick(key: string) { return this[key as keyof this]; }'),
  },
  {
    name: 'a class that hands on `this`, through which the helper may be called',
    code: SERVICE('register(hub: { add(service: object): void }) { hub.add(this); }'),
  },
];

const notTheSdk: Valid[] = [
  {
    name: 'a member named for a product and Client calling a method that is none of its actions',
    code: `export async function text(app, image) {
  try {
    return await app.ocrClient.Recognise({ ImageBase64: image });
  } catch (e) { ${CHECKED} }
}`,
  },
  {
    name: 'a member named for a product calling a method that is none of its actions',
    code: `export async function text(app, image) {
  try {
    return await app.ocr.Recognise({ ImageBase64: image });
  } catch (e) { ${CHECKED} }
}`,
  },
  {
    name: 'an object of the action, version and host handed to a built-in (Object.freeze) is no request',
    code: `export const CONTRACT = Object.freeze({ host: 'ocr.tencentcloudapi.com', action: 'GeneralBasicOCR', version: '2018-11-19' });
export function advice(e) { ${CHECKED} return 'retry'; }`,
  },
  {
    name: "a class of the file extending the SDK's AbstractClient with a host that names no product",
    code: `const AbstractClient = require('tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client');
class Internal extends AbstractClient {
  constructor() { super('gateway.example.com', '2018-11-19', {}); }
}
try { await new Internal().request('GeneralBasicOCR', {}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: "a class of the file named CommonClient is not the SDK's",
    code: `class CommonClient { request() {} }
const api = new CommonClient('ocr.tencentcloudapi.com', '2018-11-19', {});
try { await api.request('GeneralBasicOCR', {}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: 'a module of the same member shape that is not the SDK',
    code: `import * as other from 'tencentcloud-sdk-nodejs-wrapper';
const client = new other.ocr.v20181119.Client({});
try { await client.GeneralBasicOCR({}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: 'Promise.allSettled over a call and something else: what its results hold is not known',
    code: `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
const [one, two] = await Promise.allSettled([client.GeneralBasicOCR({}), archive(client)]);
if (two.status === 'rejected' && two.reason.code === '${IMPOSSIBLE}') {}`,
  },
  {
    name: 'something else awaited in the same try that is handed the client: what reaches the catch is not known',
    code: `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
try { await client.GeneralBasicOCR({}); await archive(client); } catch (e) { ${CHECKED} }`,
  },
  {
    name: 'a task of the async library that hands its callback to something else: what reaches the last function is not known',
    code: `import async from 'async';
import { readFile } from 'node:fs';
import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
async.parallel([(cb) => client.GeneralBasicOCR({}, cb), (cb) => readFile('a.png', cb)], (e) => { ${CHECKED} });`,
  },
  {
    name: 'a function called from the catch and from elsewhere guards nothing',
    code: `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
function advice(e) { if (e.code === '${IMPOSSIBLE}') return null; return 'retry'; }
try { await client.GeneralBasicOCR({}); } catch (e) { advice(e); }
advice({ code: 'x' });`,
  },
];

/** Service classes and factories that are handed a product's name, but not one of its API versions and no more. */
const notServiceClients: Valid[] = [
  {
    name: 'a service class handed a product and a date that is none of its API versions',
    code: `import { CloudService } from '@acme/cloud-manager';
const service = new CloudService({}, 'ocr', '2019-01-01');
try { await service.request('GeneralBasicOCR', {}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: 'a helper handed a product, a version and an action sends a request; what it returns is no client',
    code: `import { send } from '@acme/cloud-manager';
const answer = send('ocr', '2018-11-19', 'TextDetect');
try { await answer.request('GeneralBasicOCR', {}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: "a service class of another package named like CloudBase's, handed a service and no version",
    code: `import { CloudApiService } from '@acme/cloud-api';
const service = new CloudApiService({ service: 'ocr' });
try { await service.request('GeneralBasicOCR', {}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: "@cloudbase/cloud-api's service class handed a service that is no product",
    code: `import { CloudApiService } from '@cloudbase/cloud-api';
const service = new CloudApiService({ service: 'ocr-gateway', version: '2018-11-19' });
try { await service.request('GeneralBasicOCR', {}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: 'a caller bound to a product and version, called with a name that is no action',
    code: `import { signAndSend } from '@acme/edge-sign';
const callerFor = (service, version) => (action, payload) => signAndSend({ service, version, action, payload });
const ocr = callerFor('ocr', '2018-11-19');
try { await ocr('generalBasicOcr', {}); } catch (e) { ${CHECKED} }`,
  },
  {
    name: "the common service of another package's manager, named by the service alone",
    code: `import Manager from '@acme/manager-node';
const manager = new Manager({});
try { await manager.commonService('ocr').call({ Action: 'GeneralBasicOCR', Param: {} }); } catch (e) { ${CHECKED} }`,
  },
  {
    name: "a class of the file handed a product's name whose constructor keeps it and builds no client",
    code: `class Cache {
  constructor(name) {
    this.name = name;
  }
  async request(action) {
    return { action, name: this.name };
  }
}
const cache = new Cache('ocr');
try { await cache.request('GeneralBasicOCR'); } catch (e) { ${CHECKED} }`,
  },
  {
    name: 'a call({ Action }) on something that is no client',
    code: `import { queue } from '@acme/jobs';
try { await queue.call({ Action: 'GeneralBasicOCR' }); } catch (e) { ${CHECKED} }`,
  },
];

/** Receivers and helpers named or shaped like a client's that call no action of a product. */
const notNamedClients: Valid[] = [
  {
    name: "the code read from what a function of the file answers, which sends no request: not the file's call's",
    code: `import * as sdk from 'tencentcloud-sdk-nodejs';
const client = new sdk.ocr.v20181119.Client({});
const lookup = async (id) => ({ Error: { Code: id } });
export const recognise = (image) => client.GeneralBasicOCR({ ImageBase64: image });
export async function check(id) {
  const answer = await lookup(id);
  if (answer.Error.Code === '${IMPOSSIBLE}') return null;
  return answer;
}`,
  },
  {
    name: "what a function named for a product returns, calling a method that is none of the product's actions",
    code: `export async function text(image) {
  try {
    return await getCvmClient().GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  },
  {
    name: 'a client of a function named for another product, where the file sees what the function returns',
    code: `import * as sdk from 'tencentcloud-sdk-nodejs';
const getCvmClient = () => new sdk.ocr.v20181119.Client({});
export async function text(image) {
  try {
    return await getCvmClient().DescribeInstances({});
  } catch (e) {
    if (e.code === 'FailedOperation.IdCardTooSmall') return null;
    throw e;
  }
}`,
  },
  {
    name: "a parameter named for a product calling a method that is none of the product's actions",
    code: `export async function text(ocr, image) {
  try {
    return await ocr.Recognize(image);
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  },
  {
    name: 'a helper that calls a method by its name on an object that is no client',
    code: `const callOn = (target, method, input) => target[method](input);
export async function text(reader, image) {
  try {
    return await callOn(reader, 'GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED}
    throw e;
  }
}`,
  },
  {
    name: 'a method of the class that returns something other than the code',
    code: `import * as sdk from 'tencentcloud-sdk-nodejs';
export class Reader {
  client = new sdk.ocr.v20181119.Client({});
  labelOf(err) {
    return err?.message;
  }
  async text(image) {
    try {
      return await this.client.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      if (this.labelOf(e) === '${IMPOSSIBLE}') return null;
      throw e;
    }
  }
}`,
  },
];

describe('call shapes (ES modules)', () => {
  espreeTester.run('no-impossible-error-code', rule, {
    valid: [
      ...notTheSdk,
      ...helpersOfUnknownActions,
      ...settledNot,
      ...notNamedClients,
      ...thenSteps,
      ...notServiceClients,
    ],
    invalid: esmShapes,
  });
});

describe('call shapes (CommonJS)', () => {
  commonJsTester.run('no-impossible-error-code', rule, { valid: [], invalid: commonJsShapes });
});

describe('call shapes (TypeScript)', () => {
  tsTester.run('no-impossible-error-code', rule, {
    valid: [...serviceHelpersOfUnknownActions, ...notHandedIn],
    invalid: tsShapes,
  });
});

/**
 * Across files: a client, a factory and a wrapper made in sibling modules, imported by relative path. The modules
 * are real files; the linted file is named into their folder.
 */
const project = mkdtempSync(path.join(tmpdir(), 'tce-call-shapes-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const write = (file: string, text: string): string => {
  const full = path.join(project, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
};
write(
  'src/clients.ts',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
export const ocrClient = new tencentcloud.ocr.v20181119.Client({ region: 'ap-guangzhou' });
export function smsClient() {
  return new tencentcloud.sms.v20210111.Client({});
}
`,
);
write(
  'src/services/ocr.ts',
  `import { ocrClient as client } from '../clients.js';
export const recognise = (image: string) => client.GeneralBasicOCR({ ImageBase64: image });
`,
);
write('src/unrelated.ts', `export const sum = (a: number, b: number) => a + b;\n`);
// A module that exports a stand-in named for a product, which is no client of the SDK.
write('fake/clients.ts', `export const ocrClient = { GeneralBasicOCR: async (input: object) => input };\n`);
// Service classes of another package, built in a module that names neither the SDK nor an API host: static fields a
// static method sets by the class's name, and a table of callers a factory makes from the product and version.
write(
  'tooling/cloud/cloud-api.ts',
  `import { CloudApiService } from '@acme/cloud-api';
export class CloudApi {
  static ocrService: CloudApiService;
  static init(credential: object): void {
    CloudApi.ocrService = new CloudApiService({ service: 'ocr', version: '2018-11-19', credential });
  }
}
`,
);
// A CLI's own service class: one instance per service, cached by a static method, that keeps a client of
// @cloudbase/cloud-api built from the service its constructor is handed, and sends its request by the action.
write(
  'cli/utils/net/cloud-api.ts',
  `import { CloudApiService as Base } from '@cloudbase/cloud-api';
export class CloudApiService {
  static cache: Record<string, CloudApiService> = {};
  static getInstance(service: string) {
    if (CloudApiService.cache[service]) return CloudApiService.cache[service];
    const made = new CloudApiService(service);
    CloudApiService.cache[service] = made;
    return made;
  }
  api: Base;
  constructor(service: string, params?: Record<string, unknown>, version = '') {
    this.api = new Base({ service, version: version || '2018-11-19', baseParams: params });
  }
  async request(action: string, data: Record<string, unknown> = {}) {
    return this.api.request({ action, data });
  }
}
`,
);
write('cli/utils/net/index.ts', `export * from './cloud-api';\n`);
// A module that makes CloudBase's manager (of @cloudbase/manager-node) for the tools that call its common service.
write(
  'mcp/cloudbase-manager.ts',
  `import CloudBase from '@cloudbase/manager-node';
export async function getCloudBaseManager(options: { envId?: string } = {}) {
  const manager = new CloudBase({ envId: options.envId });
  return manager;
}
`,
);
// A folder's index that keeps the clients, imported by its siblings as '.'.
write(
  'fw/api/index.ts',
  `import { CloudApiService } from '@cloudbase/cloud-api';
export class CloudApi {
  static ocrService: CloudApiService;
  static init(credential: object): void {
    CloudApi.ocrService = new CloudApiService({ service: 'ocr', credential });
  }
}
`,
);
write('cli/utils/index.ts', `export * from './net';\n`);
// The product as a member of an enum, and the version as a `const`, that another module of the project exports.
write(
  'tooling/interface.ts',
  `export enum ApiServiceType {
  ocr = 'ocr',
  scf = 'scf',
}
export const OCR_VERSION = '2018-11-19';
`,
);
write(
  'tooling/ocr/enum-apis.ts',
  `import { ApiFactory } from '@acme/components';
import { ApiServiceType, OCR_VERSION } from '../interface';
export const APIS = ApiFactory({ serviceType: ApiServiceType.ocr, version: OCR_VERSION, actions: ['GeneralBasicOCR'] });
`,
);
write(
  'tooling/ocr/apis.ts',
  `import { createApiTable } from '@acme/components';
export default createApiTable({ service: 'ocr', version: '2018-11-19', actions: ['GeneralBasicOCR'] as const });
`,
);
// A registry that makes each product's client from a table of factories, by the product it is asked for.
write(
  'src/lib/registry.ts',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const FACTORIES = {
  ocr: (region: string) => new tencentcloud.ocr.v20181119.Client({ region }),
  cvm: (region: string) => new tencentcloud.cvm.v20170312.Client({ region }),
};
export class Registry {
  readonly #cache = new Map<string, unknown>();
  get(product: keyof typeof FACTORIES, region = 'ap-guangzhou') {
    let client = this.#cache.get(product + region);
    if (!client) {
      client = FACTORIES[product](region);
      this.#cache.set(product + region, client);
    }
    return client;
  }
}
export const registry = () => new Registry();
`,
);
// A helper that settles a promise, in a module that never names the SDK.
write(
  'src/lib/settle.ts',
  `export async function settle<T>(promise: Promise<T>) {
  try {
    return { ok: true as const, value: await promise };
  } catch (err) {
    return { ok: false as const, code: (err as { code?: string }).code };
  }
}
`,
);
// A client type exported as a type alias, re-exported under another name by a barrel.
write(
  'src/lib/tencent.ts',
  `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
const OcrClient = ocr.v20181119.Client;
export type OcrApi = InstanceType<typeof OcrClient>;
export const makeOcr = () => new OcrClient({});
`,
);
// A client type exported as a type alias of the same name as the class's const beside it.
write(
  'src/lib/same-name.ts',
  `import { ocr } from 'tencentcloud-sdk-nodejs-ocr';
const OcrClient = ocr.v20181119.Client;
export type OcrClient = InstanceType<typeof OcrClient>;
`,
);
// A signing helper handed one object, reading its action, version and service as members.
write(
  'src/tc/sign.ts',
  `export class ApiError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
export async function tcRequest(req: { service: string; version: string; action: string; payload: object }) {
  const host = \`\${req.service}.tencentcloudapi.com\`;
  const headers = { Host: host, 'X-TC-Action': req.action, 'X-TC-Version': req.version };
  const res = await fetch(\`https://\${host}\`, { method: 'POST', headers, body: JSON.stringify(req.payload) });
  const { Response } = await res.json();
  if (Response.Error) throw new ApiError(Response.Error.Code);
  return Response;
}
`,
);
// A typed door to any client, in a module that never names the SDK: the client and the action are parameters.
write(
  'src/lib/call-api.ts',
  `export async function callApi<C, K extends keyof C & string>(client: C, action: K, request: unknown) {
  const method = client[action] as unknown as (this: C, request: unknown) => Promise<unknown>;
  return method.call(client, request);
}
`,
);
// A base class of services, in a module that never names the SDK, with the method its subclasses read codes by.
write(
  'src/lib/tencent-service.ts',
  `export abstract class TencentService {
  protected codeOf(err: unknown): string | undefined {
    return (err as { code?: string } | undefined)?.code;
  }
}
`,
);
write('src/lib/index.ts', `export * from './tencent';\nexport type { OcrApi as Reader } from './tencent';\n`);
// Modules as plain JavaScript is written, for ESLint's default parser: functions with parameters, a class with a
// method and a field, a default parameter and a rest element.
write(
  'lib/ocr-factory.cjs',
  `const tencentcloud = require('tencentcloud-sdk-nodejs');
class OcrClients {
  #region = 'ap-guangzhou';
  create(credential, region = this.#region, ...rest) {
    return new tencentcloud.ocr.v20181119.Client({ credential, region, ...rest });
  }
}
const clients = new OcrClients();
module.exports = { makeOcrClient: (credential) => clients.create(credential) };
`,
);
write(
  'web/ocr.js',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
class Ocr {
  constructor(credential) {
    this.client = new tencentcloud.ocr.v20181119.Client({ credential });
  }
  recognise(image, options = {}) {
    return this.client.GeneralBasicOCR({ ImageBase64: image, ...options });
  }
}
const ocr = new Ocr({});
export function recognise(image, { region } = {}) {
  return ocr.recognise(image, { region });
}
`,
);
write(
  'lib/ocr-client.cjs',
  `const tencentcloud = require('tencentcloud-sdk-nodejs');
const client = new tencentcloud.ocr.v20181119.Client({});
module.exports = client;
`,
);

// A retry wrapper in a module that names the API (so it is followed), awaiting the function it is handed.
write(
  'web/tencent-retry.js',
  `export const endpointFor = (product) => \`\${product}.tencentcloudapi.com\`;
export async function withRetry(fn, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (e.code !== 'RequestLimitExceeded' || i === attempts) throw e;
    }
  }
}
`,
);
/** A try that calls GeneralBasicOCR and awaits that wrapper, handed `handed`. */
const retried = (handed: string): string => `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { withRetry } from './tencent-retry.js';
const client = new tencentcloud.ocr.v20181119.Client({});
export async function text(image, pick) {
  try {
    await client.GeneralBasicOCR({ ImageBase64: image });
    return await withRetry(${handed});
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
}`;

// A code accessor of a module that never names the SDK: several returns, all but one a fallback.
write(
  'src/lib/error-code.ts',
  `export function codeOf(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
export const messageOf = (err: unknown): string => String((err as { message?: unknown }).message);
`,
);
// An accessor of a module that reads the code through an accessor of its own.
write(
  'src/lib/chained-code.ts',
  `function raw(err: unknown) {
  return (err as { code?: string }).code;
}
export function chainedCode(err: unknown) {
  return raw(err);
}
`,
);
// An accessor of a module that hands the error to another module's accessor: not followed that far.
write(
  'src/lib/nested-code.ts',
  `import { codeOf } from './error-code';
export const nestedCode = (err: unknown) => codeOf(err);
`,
);

// A project whose tsconfig.json maps `@/*` to `src/*`, and a JavaScript one whose jsconfig.json maps `~lib/*`.
write('aliased/tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }));
write(
  'aliased/src/lib/tencent.ts',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
export const ocrClient = new tencentcloud.ocr.v20181119.Client({});
`,
);
write('aliased-js/jsconfig.json', JSON.stringify({ compilerOptions: { paths: { '~lib/*': ['./lib/*'] } } }));
write(
  'aliased-js/lib/tencent.js',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
export const ocrClient = new tencentcloud.ocr.v20181119.Client({});
`,
);

// An app whose jsconfig.json maps `~app/*`, under a workspace whose tsconfig.json maps nothing: the nearer governs.
write('nested/tsconfig.json', JSON.stringify({ compilerOptions: { strict: true } }));
write('nested/app/jsconfig.json', JSON.stringify({ compilerOptions: { paths: { '~app/*': ['./lib/*'] } } }));
write(
  'nested/app/lib/tencent.js',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
export const ocrClient = new tencentcloud.ocr.v20181119.Client({});
`,
);

// A TypeScript module, which ESLint's default parser cannot read, imported by the JavaScript files of its folder.
write(
  'typed-clients/clients.ts',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
type OcrClient = InstanceType<typeof tencentcloud.ocr.v20181119.Client>;
export const ocrClient: OcrClient = new tencentcloud.ocr.v20181119.Client({ region: 'ap-guangzhou' });
`,
);

// The app's own signing helper, handed the product, version and action as fields, and a module that sends nothing.
write(
  'signed/tc3.ts',
  `export async function callApi(request: { service: string; version: string; action: string; payload: object }) {
  const response = await fetch(\`https://\${request.service}.tencentcloudapi.com\`, {
    method: 'POST',
    headers: { 'X-TC-Action': request.action, 'X-TC-Version': request.version },
    body: JSON.stringify(request.payload),
  });
  const { Response } = await response.json();
  if (Response.Error) throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code });
  return Response;
}
`,
);
// A signing helper whose host is given or built from the product it is handed (`host ?? \`${service}…\``).
write(
  'signed/tc3-host.ts',
  `import https from 'node:https';
export function send(request: { service: string; version: string; action: string; payload: object; host?: string }) {
  const host = request.host ?? \`\${request.service}.tencentcloudapi.com\`;
  const headers = { 'X-TC-Action': request.action, 'X-TC-Version': request.version };
  return new Promise((resolve, reject) => {
    https.request({ host, method: 'POST', path: '/', headers }, resolve).on('error', reject).end(JSON.stringify(request.payload));
  });
}
`,
);
// A signing helper that builds its host in another function of its module, from the service it is handed.
write(
  'signed/tc3-split.ts',
  `function endpoint(service: string): string {
  return \`\${service}.tencentcloudapi.com\`;
}
export async function callApi(request: { service: string; version: string; action: string; payload: object }) {
  const response = await fetch(\`https://\${endpoint(request.service)}\`, {
    method: 'POST',
    headers: { 'X-TC-Action': request.action, 'X-TC-Version': request.version },
    body: JSON.stringify(request.payload),
  });
  const { Response } = await response.json();
  if (Response.Error) throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code });
  return Response;
}
`,
);
write(
  'signed/audit.ts',
  `export async function callApi(entry: { service: string; version: string; action: string; payload: object }) {
  console.log(JSON.stringify(entry));
}
`,
);

// A project whose tsconfig.json sets `baseUrl` alone: a bare specifier is looked for under it first, as TypeScript does.
write('based/tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: 'src' } }));
write(
  'based/src/lib/tencent.ts',
  `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
export const ocrClient = new tencentcloud.ocr.v20181119.Client({});
`,
);

// A workspace whose packages are linked into node_modules, as npm, Yarn and pnpm link them: one with `exports`
// (its subpaths by a pattern), one with `main` alone; and an installed package, which is not read.
const OCR_CLIENT_MODULE = `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
export const ocrClient = new tencentcloud.ocr.v20181119.Client({});
`;
write(
  'mono/packages/cloud/package.json',
  JSON.stringify({ name: '@acme/cloud', exports: { '.': { import: './src/index.ts' }, './*': './src/*.ts' } }),
);
write('mono/packages/cloud/src/index.ts', `export { ocrClient } from './clients';\n`);
write('mono/packages/cloud/src/clients.ts', OCR_CLIENT_MODULE);
write('mono/packages/legacy/package.json', JSON.stringify({ name: 'legacy-cloud', main: 'lib/main.js' }));
write('mono/packages/legacy/lib/main.js', OCR_CLIENT_MODULE);

// A client generated from the API's spec: a base class signs and sends each request, a class per product names its
// host and version in fields and has a method per action that hands the base class the action's name.
write(
  'gen/api/base.ts',
  `export abstract class ApiBase {
  protected abstract readonly host: string;
  protected abstract readonly apiVersion: string;
  protected async request<T>(action: string, params: object): Promise<T> {
    const response = await fetch(\`https://\${this.host}/\`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-TC-Action': action, 'X-TC-Version': this.apiVersion },
      body: JSON.stringify(params),
    });
    const { Response } = await response.json();
    if (Response.Error) throw Object.assign(new Error(Response.Error.Message), { code: Response.Error.Code });
    return Response as T;
  }
}
`,
);
write(
  'gen/api/ocr.ts',
  `import * as base from './base';
export class OcrService extends base.ApiBase {
  protected readonly host = 'ocr.tencentcloudapi.com';
  protected readonly apiVersion = '2018-11-19';
  generalBasicOcr(params: { ImageBase64?: string }) {
    return this.request<{ TextDetections: unknown[] }>('GeneralBasicOCR', params);
  }
}
`,
);
write('mono/node_modules/installed-cloud/package.json', JSON.stringify({ name: 'installed-cloud', main: 'index.js' }));
write('mono/node_modules/installed-cloud/index.js', OCR_CLIENT_MODULE);
mkdirSync(path.join(project, 'mono/node_modules/@acme'), { recursive: true });
symlinkSync('../../packages/cloud', path.join(project, 'mono/node_modules/@acme/cloud'), 'dir');
// pnpm links a package's dependencies into its own node_modules.
mkdirSync(path.join(project, 'mono/apps/api/node_modules'), { recursive: true });
symlinkSync('../../../packages/legacy', path.join(project, 'mono/apps/api/node_modules/legacy-cloud'), 'dir');

/** A module that compares the code an accessor `name` imported from `specifier` reads of GeneralBasicOCR's error. */
const accessedCodeOf = (
  name: string,
  specifier: string,
): string => `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { ${name} } from '${specifier}';
const client = new tencentcloud.ocr.v20181119.Client({});
export async function text(image: string) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    if (${name}(e) === '${IMPOSSIBLE}') return null;
    throw e;
  }
}`;

/** A module that imports `ocrClient` from `specifier` and guards its GeneralBasicOCR call. */
// The binding is not named for the product, so that only the module it comes from can tell the call's product.
const guardedCallOf = (specifier: string): string => `import { ocrClient as client } from '${specifier}';
export async function text(image: string) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`;

/**
 * A helper of the file that hands `callApi` of `specifier` the product, version and action in lower-case fields, and
 * a guarded call of it.
 */
const signedCallOf = (specifier: string): string => `import { callApi } from '${specifier}';
const ocr = (action: string, payload: object) => callApi({ service: 'ocr', version: '2018-11-19', action, payload });
export async function text(image: string) {
  try {
    return await ocr('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`;

const crossFile: Invalid[] = [
  invalid(
    'a table of callers built from an enum member and a const that another module of the project exports',
    `import { APIS } from '../ocr/enum-apis';
export async function text(capi: object, image: string) {
  try {
    return await APIS.GeneralBasicOCR(capi, { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'tooling/services/enum-text.ts') },
  ),
  invalid(
    "a CLI's own service class, cached per service, that keeps a client of @cloudbase/cloud-api built from its service",
    `import { CloudApiService } from '../utils';
const ocrService = CloudApiService.getInstance('ocr');
export async function text(image: string) {
  try {
    return await ocrService.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'cli/ocr/text.ts') },
  ),
  invalid(
    'the common service of a CloudBase manager a sibling module makes, named by the service alone, call({ Action })',
    `import { getCloudBaseManager } from '../cloudbase-manager.js';
const getManager = () => getCloudBaseManager({});
export async function text(image: string) {
  const cloudbase = await getManager();
  try {
    return await cloudbase.commonService('ocr').call({ Action: 'GeneralBasicOCR', Param: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'mcp/tools/text.ts') },
  ),
  invalid(
    "a client of @cloudbase/cloud-api kept by the folder's index, which its sibling imports as '.'",
    `import { CloudApi } from '.';
export async function text(image: string) {
  try {
    return await CloudApi.ocrService.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'fw/api/text.ts') },
  ),
  invalid(
    "a CLI's own service class built with the service's name, its client of @cloudbase/cloud-api in a sibling module",
    `import { CloudApiService } from '../utils';
const ocrService = new CloudApiService('ocr');
export async function text(image: string) {
  try {
    return await ocrService.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'cli/ocr/built.ts') },
  ),
  invalid(
    "a service class's client a sibling module's static method sets on a static field by the class's name",
    `import { CloudApi } from '../cloud/cloud-api';
export async function text(image: string) {
  try {
    return await CloudApi.ocrService.request('GeneralBasicOCR', { ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'tooling/services/text.ts') },
  ),
  invalid(
    "an entity whose request({ Action, ...data }) calls a sibling module's table of callers by the action",
    `import { Capi } from '@acme/capi';
import APIS from '../ocr/apis';
export class OcrEntity {
  constructor(private readonly capi: Capi) {}
  private async request({ Action, ...data }: { Action: 'GeneralBasicOCR'; [key: string]: unknown }) {
    return APIS[Action](this.capi, data);
  }
  async text(image: string) {
    try {
      return await this.request({ Action: 'GeneralBasicOCR', ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
    { filename: path.join(project, 'tooling/entities/ocr.ts') },
  ),
  invalid(
    "a service handed a generated client whose method hands a base class's signing request its action",
    `import type { OcrService } from '../api/ocr';
export class Receipts {
  constructor(private readonly ocr: OcrService) {}
  async text(image: string) {
    try {
      return await this.ocr.generalBasicOcr({ ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
    { filename: path.join(project, 'gen/services/receipts.ts') },
  ),
  invalid(
    "a client a sibling module's registry makes for the product it is asked for, from a table of factories",
    `import { registry } from './lib/registry';
export async function text(image: string) {
  const reader = registry().get('ocr');
  try {
    return await reader.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'src/registry-reader.ts') },
  ),
  invalid(
    'a helper of a module that never names the SDK, handed a client kept in a member named for its product',
    `import { callApi } from './lib/call-api';
import type { Clients } from './clients';
export class Reader {
  constructor(private readonly clients: Clients) {}
  async text(image: string) {
    try {
      return await callApi(this.clients.ocr, 'GeneralBasicOCR', { ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
    { filename: path.join(project, 'src/call-api-reader.ts') },
  ),
  invalid(
    'the code read through a method the class inherits from a base class of a sibling module',
    `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { TencentService } from './lib/tencent-service';
export class Reader extends TencentService {
  private readonly client = new tencentcloud.ocr.v20181119.Client({});
  async text(image: string) {
    try {
      return await this.client.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      if (this.codeOf(e) === '${IMPOSSIBLE}') return null;
      throw e;
    }
  }
}`,
    { filename: path.join(project, 'src/inherited-reader.ts') },
  ),
  invalid("a client imported through a path alias of the project's tsconfig.json", guardedCallOf('@/lib/tencent'), {
    filename: path.join(project, 'aliased/src/routes/text.ts'),
  }),
  invalid("a client imported through a path alias of the project's jsconfig.json", guardedCallOf('~lib/tencent'), {
    filename: path.join(project, 'aliased-js/routes/text.ts'),
  }),
  invalid(
    "a client imported through a path alias of the app's jsconfig.json, under a workspace's tsconfig.json",
    guardedCallOf('~app/tencent'),
    { filename: path.join(project, 'nested/app/routes/text.ts') },
  ),
  invalid(
    "a request handed to the app's signing helper by a helper of the file, the action its argument",
    signedCallOf('./tc3'),
    { filename: path.join(project, 'signed/route.ts') },
  ),
  invalid(
    "a request handed to the app's signing helper, whose host is built from the product it is handed, in a file that names another product's host",
    `import { send } from './tc3-host';
export const SMS_ENDPOINT = 'sms.tencentcloudapi.com';
export async function text(image: string) {
  try {
    return await send({ service: 'ocr', version: '2018-11-19', action: 'GeneralBasicOCR', payload: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'signed/direct.ts') },
  ),
  invalid(
    "a request handed to the app's signing helper, whose host another function of its module builds from the service",
    `import { callApi } from './tc3-split';
export async function text(image: string) {
  try {
    const req = { service: 'ocr', version: '2018-11-19', action: 'GeneralBasicOCR', payload: { ImageBase64: image } };
    return await callApi(req);
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'signed/split.ts') },
  ),
  invalid("a client imported by a path under the project's baseUrl (no paths)", guardedCallOf('lib/tencent'), {
    filename: path.join(project, 'based/src/routes/text.ts'),
  }),
  invalid('a client imported from a package of the workspace, by its `exports`', guardedCallOf('@acme/cloud'), {
    filename: path.join(project, 'mono/apps/api/src/text.ts'),
  }),
  invalid("a client imported from a subpath of a workspace package's `exports`", guardedCallOf('@acme/cloud/clients'), {
    filename: path.join(project, 'mono/apps/api/src/text.ts'),
  }),
  invalid(
    "a client imported from a workspace package linked into the app's own node_modules, by its `main`",
    guardedCallOf('legacy-cloud'),
    { filename: path.join(project, 'mono/apps/api/src/text.ts') },
  ),
  invalid(
    'the code read through an imported accessor that reads it through an accessor of its own module',
    accessedCodeOf('chainedCode', './lib/chained-code'),
    { filename: path.join(project, 'src/chained.ts') },
  ),
  invalid(
    'the code read through an accessor imported from a sibling module',
    accessedCodeOf('codeOf', './lib/error-code'),
    { filename: path.join(project, 'src/accessor.ts') },
  ),
  invalid(
    "a signing helper of a sibling module handed one object, the product's fields spread from a const",
    `import { tcRequest } from './sign';
const OCR = { service: 'ocr', version: '2018-11-19' } as const;
export async function text(image: string) {
  try {
    return await tcRequest({ ...OCR, action: 'GeneralBasicOCR', payload: { ImageBase64: image } });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'src/tc/ocr.ts') },
  ),
  invalid(
    'a service handed a client typed by a type alias a barrel re-exports under another name',
    `import type { Reader } from './lib';
export class Scanner {
  constructor(private readonly reader: Reader) {}
  async text(image: string) {
    try {
      return await this.reader.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
    { filename: path.join(project, 'src/scanner.ts') },
  ),
  invalid(
    "a service handed a client typed by a sibling module's type alias named as the class's const",
    `import { type OcrClient } from './lib/same-name';
export class Scanner {
  constructor(private readonly reader: OcrClient) {}
  async text(image: string) {
    try {
      return await this.reader.GeneralBasicOCR({ ImageBase64: image });
    } catch (e) {
      ${HANDLED_TS}
      throw e;
    }
  }
}`,
    { filename: path.join(project, 'src/scanner.ts') },
  ),
  invalid(
    'a helper of a module that never names the SDK, handed the call to settle',
    `import { ocrClient as client } from './clients';
import { settle } from './lib/settle';
export async function text(image: string) {
  const e = await settle(client.GeneralBasicOCR({ ImageBase64: image }));
  if (e.ok) return e.value;
  if (e.code === '${IMPOSSIBLE}') return null;
  return undefined;
}`,
    { filename: path.join(project, 'src/settled.ts') },
  ),
  invalid('a client exported by a sibling module', guardedCallOf('./clients'), {
    filename: path.join(project, 'src/route.ts'),
  }),
  invalid(
    'a wrapper exported by a module two imports away from the client',
    `import { recognise } from '../services/ocr.js';
import { sum } from '../unrelated.js';
export async function text(image: string) {
  try {
    sum(1, 2);
    return await recognise(image);
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`,
    { filename: path.join(project, 'src/routes/text.ts') },
  ),
];

describe('call shapes across files (CommonJS)', () => {
  commonJsTester.run('no-impossible-error-code', rule, {
    valid: [],
    invalid: [
      invalid(
        'a client a sibling module sets as module.exports, required',
        `const client = require('./ocr-client.cjs');
exports.text = async (image) => {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
};`,
        { filename: path.join(project, 'lib/route.cjs') },
      ),
      invalid(
        'a factory a sibling module exports, whose module has a class and functions with parameters',
        `const { makeOcrClient } = require('./ocr-factory.cjs');
exports.text = async (credential, image) => {
  try {
    return await makeOcrClient(credential).GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
};`,
        { filename: path.join(project, 'lib/factory-route.cjs') },
      ),
    ],
  });
});

describe('call shapes across files (JavaScript modules)', () => {
  espreeTester.run('no-impossible-error-code', rule, {
    valid: [
      {
        name: 'a retry wrapper of a sibling module handed a function that is not inline: what it calls is unseen',
        code: retried('pick'),
        filename: path.join(project, 'web/retry-picked.js'),
      },
    ],
    invalid: [
      invalid(
        'a retry wrapper of a sibling module, handed an inline call, awaited in the try',
        retried('() => client.GeneralBasicOCR({ ImageBase64: image })'),
        { filename: path.join(project, 'web/retry-route.js') },
      ),
      invalid(
        'a client of a TypeScript module, which the default parser cannot read, imported by its `.js` name',
        `import { ocrClient as client } from './clients.js';
export const warm = () => client.GeneralBasicOCR({});
export async function text(image) {
  try {
    return await client.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
}`,
        { filename: path.join(project, 'typed-clients/route.js') },
      ),
      invalid(
        'a wrapper a sibling module exports, which calls the method of a class that keeps the client in a field',
        `import { recognise } from './ocr.js';
export async function text(image) {
  try {
    return await recognise(image);
  } catch (e) {
    if (e.code === '${IMPOSSIBLE}') return null;
    throw e;
  }
}`,
        { filename: path.join(project, 'web/route.js') },
      ),
    ],
  });
});

describe('call shapes across files', () => {
  tsTester.run('no-impossible-error-code', rule, {
    valid: [
      {
        name: 'the same fields handed to a function of a module that sends no request: no call',
        code: signedCallOf('./audit'),
        filename: path.join(project, 'signed/audited.ts'),
      },
      {
        name: "a factory of another product's client from a sibling module: the code is not that call's to judge",
        code: `import { smsClient } from './clients';
try { await smsClient().SendSms({}); } catch (e) { if ((e as { code?: string }).code === '${IMPOSSIBLE}') {} }`,
        filename: path.join(project, 'src/sms.ts'),
      },
      {
        name: 'a function imported from a sibling module that returns something other than the code',
        code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { messageOf } from './lib/error-code';
const client = new tencentcloud.ocr.v20181119.Client({});
try { await client.GeneralBasicOCR({}); } catch (e) { if (messageOf(e) === '${IMPOSSIBLE}') {} }`,
        filename: path.join(project, 'src/message.ts'),
      },
      {
        name: 'a stand-in named for a product, exported by a module the lint reads: no client',
        code: `import { ocrClient } from './clients';
try { await ocrClient.GeneralBasicOCR({}); } catch (e) { if ((e as { code?: string }).code === '${IMPOSSIBLE}') {} }`,
        filename: path.join(project, 'fake/route.ts'),
      },
      {
        name: 'a bare specifier no path alias maps is a package: not read',
        code: `import { ocrClient as client } from 'lib/tencent';
try { await client.GeneralBasicOCR({}); } catch (e) { if ((e as { code?: string }).code === '${IMPOSSIBLE}') {} }`,
        filename: path.join(project, 'aliased/src/unmapped.ts'),
      },
      {
        name: 'a package installed in node_modules, not linked from the workspace: not read',
        code: guardedCallOf('installed-cloud'),
        filename: path.join(project, 'mono/apps/api/src/text.ts'),
      },
      {
        name: 'a workspace package that the app cannot reach through any node_modules above it: not read',
        code: guardedCallOf('legacy-cloud'),
        filename: path.join(project, 'mono/apps/web/src/text.ts'),
      },
      {
        name: "an imported accessor that hands the error to a third module's accessor",
        code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
import { nestedCode } from './lib/nested-code';
const client = new tencentcloud.ocr.v20181119.Client({});
try { await client.GeneralBasicOCR({}); } catch (e) { if (nestedCode(e) === '${IMPOSSIBLE}') {} }`,
        filename: path.join(project, 'src/nested.ts'),
      },
    ],
    invalid: crossFile,
  });
});

/**
 * With type information: a client whose origin syntax cannot see (kept in a registry the app fills elsewhere) is known by its type, declared
 * under `services/<product>/<version>/`. Without it, the same file is not judged.
 */
const TYPED_PROJECT = path.join(FIXTURES, 'typed-project');
const typedTester = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: TYPED_PROJECT } },
});
const fromRegistry = `import { registry } from './registry.js';
export async function text(image: string) {
  try {
    return await registry.get('ocr')!.GeneralBasicOCR({ ImageBase64: image });
  } catch (e) {
    ${HANDLED_TS}
    throw e;
  }
}`;

describe('call shapes with type information', () => {
  typedTester.run('no-impossible-error-code', rule, {
    valid: [],
    invalid: [
      // The typed tester resolves a file name against the project's folder.
      invalid('a client kept in a typed container', fromRegistry, { filename: 'src/route.ts' }),
    ],
  });
  tsTester.run('no-impossible-error-code', rule, {
    valid: [
      {
        name: 'the same without type information',
        code: fromRegistry,
        filename: path.join(TYPED_PROJECT, 'src/route.ts'),
      },
    ],
    invalid: [],
  });
});

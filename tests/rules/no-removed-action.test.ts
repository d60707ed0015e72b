import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import rule, { type MessageIds, type Options } from '../../src/rules/no-removed-action.js';
import { catalogueRuleTester } from '../ruleTester.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

/*
 * On the catalogue's history (checked against tencentcloud-sdk-go's git log): TMT dropped `LanguageDetect` and five
 * more actions in v1.3.55 (2026-03-13) and `TextTranslate` in v1.3.130 (2026-07-08); it has `ImageTranslateLLM` now.
 */

const TMT = `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.tmt.v20180321.Client({});
`;

const valid: Valid[] = [
  {
    name: "a current action of the file's product",
    code: `${TMT}await client.ImageTranslateLLM({});`,
  },
  {
    name: 'a file that calls no product known: no product to judge by',
    code: 'export const translate = (client) => client.TextTranslate({});',
  },
  {
    name: 'another product: GAAP never had TextTranslate',
    code: `import * as tencentcloud from 'tencentcloud-sdk-nodejs';
const client = new tencentcloud.gaap.v20180529.Client({});
await client.TextTranslate({});`,
  },
  {
    name: 'a method the file defines itself',
    code: `${TMT}class Translator {
  TextTranslate(text) { return text; }
}
new Translator().TextTranslate('x');`,
  },
  {
    name: 'a dynamic action name',
    code: `${TMT}await client.request(action, {});`,
  },
  {
    name: "a client of no version the file shows, named for a product: the API version that has the action now (MONITOR's 2023-06-16 API had GetMonitorData a while, its 2018-07-24 API has it)",
    code: `export class Watcher {
  constructor(clients) {
    this.monitor = clients.monitor;
  }
  cpu() {
    return this.monitor.GetMonitorData({ Namespace: 'QCE/CVM', MetricName: 'CPUUsage' });
  }
}`,
  },
  {
    name: 'an action the options ignore',
    code: `${TMT}await client.TextTranslate({});`,
    options: [{ ignore: ['^TextTrans'] }],
  },
  {
    name: 'the whole catalogue, with tables set, is not a product the file calls',
    code: 'await client.TextTranslate({});',
    settings: { 'tencentcloud-errors': { tables: ['tmt'] } },
  },
];

const invalid: Invalid[] = [
  {
    name: 'a method call of an action the product dropped, with the release that dropped it',
    code: `${TMT}const { TargetText } = await client.TextTranslate({ SourceText: 'hi', Target: 'en' });`,
    errors: [
      {
        messageId: 'removedAction',
        data: { action: 'TextTranslate', api: "TMT's API", release: 'v1.3.130', date: '2026-07-08' },
        line: 3,
        column: 37,
        endLine: 3,
        endColumn: 50,
      },
    ],
  },
  {
    name: 'CommonClient.request names the action as a string',
    code: `import { CommonClient } from 'tencentcloud-sdk-nodejs-common';
const client = new CommonClient('tmt.tencentcloudapi.com', '2018-03-21', {});
await client.request("LanguageDetect", { Text: 'hi' });`,
    errors: [
      {
        messageId: 'removedAction',
        data: { action: 'LanguageDetect', api: "TMT's API", release: 'v1.3.55', date: '2026-03-13' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 38,
      },
    ],
  },
  {
    name: "a service class of another package built with the product's name and API version, request names the action",
    code: `import { CloudService } from '@acme/cloud-manager';
export class Billing {
  constructor(context) {
    this.tcb = new CloudService(context, 'tcb', '2018-06-08');
  }
  postpay(envId) {
    return this.tcb.request('CreatePostpayPackage', { EnvId: envId });
  }
}`,
    errors: [
      {
        messageId: 'removedAction',
        data: { action: 'CreatePostpayPackage', api: "TCB's API", release: 'v1.3.52', date: '2026-03-09' },
        line: 7,
        column: 29,
        endLine: 7,
        endColumn: 51,
      },
    ],
  },
  {
    name: "a raw request's signature, built by a function handed the service and action, is no second call",
    code: `const SERVICE = 'tmt';
const ACTION = 'TextTranslate';
function sign(secret, service, action, body) {
  return 'TC3-HMAC-SHA256 ' + [secret, service, action.toLowerCase(), body].join('/');
}
export async function translate(secret, body) {
  const authorization = sign(secret, SERVICE, ACTION, body);
  return fetch('https://tmt.tencentcloudapi.com', {
    method: 'POST',
    headers: { Authorization: authorization, 'X-TC-Action': ACTION, 'X-TC-Version': '2018-03-21' },
    body,
  });
}`,
    errors: [
      {
        messageId: 'removedAction',
        data: { action: 'TextTranslate', api: "TMT's API", release: 'v1.3.130', date: '2026-07-08' },
        line: 10,
        column: 61,
        endLine: 10,
        endColumn: 67,
      },
    ],
  },
  {
    name: 'a request signed the older way, its action and version parameters of the body',
    code: `import { createHmac } from 'node:crypto';
export async function translate(text, secretId, secretKey) {
  const params = {
    Action: 'TextTranslate',
    Version: '2018-03-21',
    Region: 'ap-guangzhou',
    SecretId: secretId,
    Timestamp: Math.floor(Date.now() / 1000),
    Nonce: 7,
    SourceText: text,
    Source: 'auto',
    Target: 'en',
    ProjectId: 0,
  };
  const query = Object.keys(params).sort().map((key) => \`\${key}=\${params[key]}\`).join('&');
  const signature = createHmac('sha1', secretKey).update(\`POSTtmt.tencentcloudapi.com/?\${query}\`).digest('base64');
  const response = await fetch('https://tmt.tencentcloudapi.com/', {
    method: 'POST',
    body: \`\${query}&Signature=\${encodeURIComponent(signature)}\`,
  });
  return (await response.json()).Response.TargetText;
}`,
    errors: [
      {
        messageId: 'removedAction',
        data: { action: 'TextTranslate', api: "TMT's API", release: 'v1.3.130', date: '2026-07-08' },
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 28,
      },
    ],
  },
  {
    name: 'a request signed the older way at the top of a module',
    code: `const params = { Action: 'LanguageDetect', Version: '2018-03-21', Text: 'bonjour', ProjectId: 0 };
const body = new URLSearchParams({ ...params, Signature: process.env.SIGNATURE });
await fetch('https://tmt.tencentcloudapi.com/', { method: 'POST', body });`,
    errors: [
      {
        messageId: 'removedAction',
        data: { action: 'LanguageDetect', api: "TMT's API", release: 'v1.3.55', date: '2026-03-13' },
        line: 1,
        column: 26,
        endLine: 1,
        endColumn: 42,
      },
    ],
  },
  {
    name: 'the "products" setting names the product for a client passed in',
    code: 'export const detect = (client) => client.LanguageDetect({});',
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
    errors: [
      {
        messageId: 'removedAction',
        data: { action: 'LanguageDetect', api: "TMT's API", release: 'v1.3.55', date: '2026-03-13' },
        line: 1,
        column: 42,
        endLine: 1,
        endColumn: 56,
      },
    ],
  },
];

catalogueRuleTester.run('no-removed-action', rule, { valid, invalid });

describe('with the recommended config, a TMT file of before v1.3.130', () => {
  it('gets one report per removed thing it uses, each with the release and date, and none for a current code', () => {
    const code = `${TMT}export async function translate(text) {
  try {
    return await client.TextTranslate({ SourceText: text, Target: 'en' });
  } catch (err) {
    switch (err.code) {
      case 'FailedOperation.LanguageRecognitionErr':
      case 'UnsupportedOperation.TextTooLong':
      case 'InvalidParameter.SeqIntervalTooLarge':
      case 'FailedOperation.NoFreeAmount':
        return text;
      default:
        throw err;
    }
  }
}
`;
    const messages = new Linter().verify(code, [plugin.configs.recommended], 'translate.js');
    expect(messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId ?? ''} ${m.message}`)).toEqual([
      '5:25 1 tencentcloud-errors/no-removed-action Tencent Cloud API action "TextTranslate" was removed from TMT\'s API in tencentcloud-sdk-go v1.3.130, 2026-07-08.',
      '8:12 2 tencentcloud-errors/no-unknown-error-code Tencent Cloud error code "FailedOperation.LanguageRecognitionErr" was removed from TMT\'s API in tencentcloud-sdk-go v1.3.130, 2026-07-08.',
      '9:12 2 tencentcloud-errors/no-unknown-error-code Tencent Cloud error code "UnsupportedOperation.TextTooLong" was removed from TMT\'s API in tencentcloud-sdk-go v1.3.130, 2026-07-08.',
      '10:12 2 tencentcloud-errors/no-unknown-error-code Tencent Cloud error code "InvalidParameter.SeqIntervalTooLarge" was removed from TMT\'s API in tencentcloud-sdk-go v1.3.55, 2026-03-13.',
    ]);
  });
});

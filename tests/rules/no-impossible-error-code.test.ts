import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import rule, { type MessageIds, type Options } from '../../src/rules/no-impossible-error-code.js';
import { tsRuleTester } from '../ruleTester.js';

/** The rule reads the catalogue's per-action codes: a tester with no pinned tables. */
const catalogueTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});

const GAAP = `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.gaap.v20180529.Client({});
`;
type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const CREATE_PROXY = { code: 'FailedOperation.CertificateIsUsing', actions: 'CreateProxy', product: 'GAAP', count: 29 };

catalogueTester.run('no-impossible-error-code', rule, {
  valid: [
    // A code CreateProxy documents.
    `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.ProxySellOut") {} }`,
    // A common code: every action can return it.
    `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (e.code === "RequestLimitExceeded") {} }`,
    // Not a GAAP code at all: no-unknown-error-code's business.
    `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.NoSuchCode") {} }`,
    // Several calls: the union of their codes (DestroyProxies documents FailedOperation.ActionIsDoing).
    `${GAAP}try { await client.CreateProxy({}); await client.DestroyProxies({}); } catch (e) { if (e.code === "FailedOperation.ActionIsDoing") {} }`,
    // A function that returns the code or something else is no accessor of the code.
    `${GAAP}function pick(e) { if (e.code) return e.code; return e.message; }
try { await client.CreateProxy({}); } catch (e) { if (pick(e) === "FailedOperation.CertificateIsUsing") {} }`,
    // Outside any guard.
    `${GAAP}await client.CreateProxy({}); if (err.code === "FailedOperation.CertificateIsUsing") {}`,
    // In the try block, not the catch.
    `${GAAP}try { await client.CreateProxy({}); if (x.code === "FailedOperation.CertificateIsUsing") {} } catch (e) {}`,
    // An action the product does not have: nothing known.
    `${GAAP}try { await client.CreateWidget({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
    // A client of unknown product.
    `const client = makeClient();
try { await client.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
    // An action whose list the SDK leaves unknown (null): silent.
    `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.aca.v20210323.Client({});
try { await client.GetDrugIndications({}); } catch (e) { if (e.code === "FailedOperation") {} }`,
    // A .catch on a call that is not an action call.
    `fetch(url).catch((e) => e.code === "FailedOperation.CertificateIsUsing");`,
    // A guard with no comparison of a code.
    `${GAAP}client.CreateProxy({}).catch((e) => e.message === "FailedOperation.CertificateIsUsing");`,
    // Calls of two products in one try: no single product to judge by.
    `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const gaap = new tencentcloud.gaap.v20180529.Client({});
const cvm = new tencentcloud.cvm.v20170312.Client({});
try { await gaap.CreateProxy({}); await cvm.RunInstances({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
    // The try block also awaits something else, which may call other actions: what reaches the catch is unknown.
    `${GAAP}try { await client.CreateProxy({}); await bindDomains(client); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
    // A handler map whose codes CreateProxy documents.
    `${GAAP}const handlers = { "FailedOperation.ProxySellOut": retry, InternalError: fail };
client.CreateProxy({}).catch((e) => handlers[e.code]?.());`,
    // A prefix check is no code.
    `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (e.code.startsWith("FailedOperation.Certificate")) {} }`,
    // A code compared outside the guard, in a list also read inside it: only the read inside is judged.
    `${GAAP}const handlers = { "FailedOperation.ProxySellOut": retry };
try { await client.CreateProxy({}); } catch (e) { handlers[e.code]?.(); }
if (other.code === "FailedOperation.CertificateIsUsing") {}`,
    // A code the ignore option names.
    {
      code: `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
      options: [{ ignore: ['^FailedOperation\\.Certificate'] }],
    },
    // products pinned to two products: method calls are not taken for actions.
    {
      code: `try { await api.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
      settings: { 'tencentcloud-errors': { products: ['gaap', 'cvm'] } },
    },
  ],
  invalid: [
    {
      // try/catch with ===.
      code: `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 66, endLine: 3, endColumn: 102 }],
    },
    {
      // A switch over the code in the catch.
      code: `${GAAP}try {
  await client.CreateProxy({});
} catch (e) {
  switch (e.code) {
    case "FailedOperation.ProxySellOut":
      break;
    case "FailedOperation.CertificateIsUsing":
      break;
  }
}`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 9, column: 10, endLine: 9, endColumn: 46 }],
    },
    {
      // The code read through the file's own accessor function.
      code: `${GAAP}const errCode = (e) => (e && typeof e === "object" ? String(e.code) : "");
try { await client.CreateProxy({}); } catch (e) { if (errCode(e) === "FailedOperation.CertificateIsUsing") {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 4, column: 70, endLine: 4, endColumn: 106 }],
    },
    {
      // The file's own accessor with several returns, all but one a fallback.
      code: `${GAAP}function codeOf(e) {
  if (!e) return undefined;
  if (typeof e.code === "string") return e.code;
  return "";
}
try { await client.CreateProxy({}); } catch (e) { if (codeOf(e) === "FailedOperation.CertificateIsUsing") {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 8, column: 69, endLine: 8, endColumn: 105 }],
    },
    {
      // An includes list, through a const.
      code: `${GAAP}const RETRY = ["FailedOperation.ProxySellOut", "FailedOperation.CertificateIsUsing"];
try { await client.CreateProxy({}); } catch (e) { if (RETRY.includes(e.code)) {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 48, endLine: 3, endColumn: 84 }],
    },
    {
      // new Set([…]).has(code).
      code: `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (new Set(["FailedOperation.CertificateIsUsing"]).has(e.code)) {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 64, endLine: 3, endColumn: 100 }],
    },
    {
      // A handler map read with the code.
      code: `${GAAP}const handlers = { "FailedOperation.ProxySellOut": retry, "FailedOperation.CertificateIsUsing": renew };
client.CreateProxy({}).catch((e) => handlers[e.code]?.());`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 59, endLine: 3, endColumn: 95 }],
    },
    {
      // `code in handlers`.
      code: `${GAAP}const handlers = { "FailedOperation.CertificateIsUsing": renew };
try { await client.CreateProxy({}); } catch (e) { if (e.code in handlers) {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 20, endLine: 3, endColumn: 56 }],
    },
    {
      // `.some` with a test callback.
      code: `${GAAP}try { await client.CreateProxy({}); } catch (e) { if (["FailedOperation.CertificateIsUsing"].some((c) => c === e.code)) {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 56, endLine: 3, endColumn: 92 }],
    },
    {
      // A Map of handlers.
      code: `${GAAP}try { await client.CreateProxy({}); } catch (e) { new Map([["FailedOperation.CertificateIsUsing", renew]]).get(e.code)?.(); }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 61, endLine: 3, endColumn: 97 }],
    },
    {
      // ts-pattern, with P.union.
      code: `${GAAP}try { await client.CreateProxy({}); } catch (e) { match(e.code).with(P.union("FailedOperation.ProxySellOut", "FailedOperation.CertificateIsUsing"), retry).otherwise(fail); }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 110, endLine: 3, endColumn: 146 }],
    },
    {
      // .catch on DescribeProxies.
      code: `${GAAP}client.DescribeProxies({}).catch((e) => e.code === "FailedOperation.AccountBalanceInsufficient");`,
      errors: [
        {
          messageId: 'impossibleCode',
          data: {
            code: 'FailedOperation.AccountBalanceInsufficient',
            actions: 'DescribeProxies',
            product: 'GAAP',
            count: 13,
          },
          line: 3,
          column: 52,
          endLine: 3,
          endColumn: 96,
        },
      ],
    },
    {
      // .then(ok, onError) with a function expression.
      code: `${GAAP}client.CreateProxy({}).then(done, function (err) { if (err.code === "FailedOperation.CertificateIsUsing") {} });`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 69, endLine: 3, endColumn: 105 }],
    },
    {
      // The SDK's callback.
      code: `${GAAP}client.CreateProxy({}, (err, res) => { if (err && err.code === "FailedOperation.CertificateIsUsing") {} });`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 64, endLine: 3, endColumn: 100 }],
    },
    {
      // CommonClient.request("CreateProxy", …).
      code: `import { CommonClient } from "tencentcloud-sdk-nodejs-common";
const api = new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", {});
try { await api.request("CreateProxy", {}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 74, endLine: 3, endColumn: 110 }],
    },
    {
      // A const alias of the client class.
      code: `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const GaapClient = tencentcloud.gaap.v20180529.Client;
const client = new GaapClient({});
client.CreateProxy({}).catch((e) => e.code === "FailedOperation.CertificateIsUsing");`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 4, column: 48, endLine: 4, endColumn: 84 }],
    },
    {
      // Destructured product namespace.
      code: `import { gaap } from "tencentcloud-sdk-nodejs";
const client = new gaap.v20180529.Client({});
try { await client.CreateProxy({}); } catch (e) { if ("FailedOperation.CertificateIsUsing" === e.code) {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 55, endLine: 3, endColumn: 91 }],
    },
    {
      // Several calls in one try: the union of their codes, the actions named.
      code: `${GAAP}try { await client.CreateProxy({}); await client.DestroyProxies({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
      errors: [
        {
          messageId: 'impossibleCodeOfActions',
          data: {
            code: 'FailedOperation.CertificateIsUsing',
            actions: 'CreateProxy or DestroyProxies',
            product: 'GAAP',
            count: 34,
          },
          line: 3,
          column: 99,
          endLine: 3,
          endColumn: 135,
        },
      ],
    },
    {
      // A client pinned by the products setting: any method call named like a GAAP action.
      code: `try { await this.api.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
      settings: { 'tencentcloud-errors': { products: ['gaap'] } },
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 1, column: 68, endLine: 1, endColumn: 104 }],
    },
    {
      // Calls that are not awaited do not stop the guard (only an await of something else does).
      code: `${GAAP}try { log("creating"); await client.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.CertificateIsUsing") {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 83, endLine: 3, endColumn: 119 }],
    },
    {
      // The innermost guard decides.
      code: `${GAAP}try {
  await client.DestroyProxies({});
} catch (outer) {
  try { await client.CreateProxy({}); } catch (e) { if (e.code === "FailedOperation.ActionIsDoing") {} }
}`,
      errors: [
        {
          messageId: 'impossibleCode',
          data: { code: 'FailedOperation.ActionIsDoing', actions: 'CreateProxy', product: 'GAAP', count: 29 },
          line: 6,
          column: 68,
          endLine: 6,
          endColumn: 99,
        },
      ],
    },
  ] satisfies Invalid[],
});

tsRuleTester.run('no-impossible-error-code (TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      // A typed catch binding and an `as` cast, with the GAAP page table pinned by `tables`.
      code: `${GAAP}try { await client.CreateProxy({}); } catch (e) { if ((e as { code: string }).code === "FailedOperation.CertificateIsUsing") {} }`,
      errors: [{ messageId: 'impossibleCode', data: CREATE_PROXY, line: 3, column: 88, endLine: 3, endColumn: 124 }],
    },
  ] satisfies Invalid[],
});

/**
 * An action TMT dropped (TextTranslate, in tencentcloud-sdk-go v1.3.130) is judged by the 26 codes its last release
 * listed: `FailedOperation.NoFreeAmount` is one of them; `FailedOperation.DecodeErr`, a code TMT has now (for
 * ImageTranslateLLM), is not. A code TMT dropped is no-unknown-error-code's to report.
 */
catalogueTester.run('no-impossible-error-code (a removed action)', rule, {
  valid: [
    {
      code: `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.tmt.v20180321.Client({});
client.TextTranslate({}).catch((e) => {
  if (e.code === "FailedOperation.NoFreeAmount" || e.code === "UnsupportedOperation.TextTooLong") {}
});`,
    },
  ] satisfies Valid[],
  invalid: [
    {
      code: `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.tmt.v20180321.Client({});
client.TextTranslate({}).catch((e) => {
  if (e.code === "FailedOperation.DecodeErr") {}
});`,
      errors: [
        {
          messageId: 'impossibleCode',
          data: { code: 'FailedOperation.DecodeErr', actions: 'TextTranslate', product: 'TMT', count: 26 },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 45,
        },
      ],
    },
  ] satisfies Invalid[],
});

/**
 * A response checked in the block that makes the call: SendSms answers with a status per number
 * (`SendStatusSet[i].Code`, "Ok" on success), and the statuses are codes SendSms documents. A `Code` read after the
 * call in that block, outside every other guard, makes the rest of the block guard the call.
 * `FailedOperation.MissingSignature` is an SMS code SendSms does not document.
 */
const SMS = `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.sms.v20210111.Client({});
`;
const SEND_SMS = { code: 'FailedOperation.MissingSignature', actions: 'SendSms', product: 'SMS', count: 49 };

catalogueTester.run('no-impossible-error-code (a status in the response)', rule, {
  valid: [
    // "Ok" and a status SendSms documents.
    `${SMS}export async function send(phone) {
  const result = await client.SendSms({ PhoneNumberSet: [phone] });
  const status = result.SendStatusSet[0];
  if (status.Code === "Ok") return;
  if (status.Code === "LimitExceeded.PhoneNumberDailyLimit") throw new Error("daily limit");
}`,
    // A Code read before the call is no check of its response.
    `${SMS}export async function send(previous, phone) {
  if (previous.Code === "FailedOperation.MissingSignature") return;
  await client.SendSms({ PhoneNumberSet: [phone] });
}`,
    // A Code read in another block than the call's is no check of its response.
    `${SMS}export async function send(phone, other) {
  if (phone) {
    await client.SendSms({ PhoneNumberSet: [phone] });
  }
  if (other.Code === "FailedOperation.MissingSignature") return;
}`,
    // Only a Code read inside another guard: the rest of the block is not the call's.
    `${SMS}export async function send(phone, report) {
  await client.SendSms({ PhoneNumberSet: [phone] });
  try { await report(); } catch (e) { if (e.Code === "Timeout") return; }
  if (report.code === "FailedOperation.MissingSignature") return;
}`,
  ],
  invalid: [
    {
      // The status of the first number, read through a variable.
      code: `${SMS}export async function send(phone) {
  const result = await client.SendSms({ PhoneNumberSet: [phone] });
  const status = result.SendStatusSet[0];
  if (status.Code === "FailedOperation.MissingSignature") throw new Error("no signature");
}`,
      errors: [{ messageId: 'impossibleCode', data: SEND_SMS, line: 6, column: 23, endLine: 6, endColumn: 57 }],
    },
    {
      // In the callback of then, and through a table of hints read with the status.
      code: `${SMS}const HINTS = { "LimitExceeded.PhoneNumberDailyLimit": "try tomorrow", "FailedOperation.MissingSignature": "sign" };
export function send(phone) {
  return client.SendSms({ PhoneNumberSet: [phone] }).then((res) => HINTS[res.SendStatusSet[0].Code]);
}`,
      errors: [{ messageId: 'impossibleCode', data: SEND_SMS, line: 3, column: 72, endLine: 3, endColumn: 106 }],
    },
  ] satisfies Invalid[],
});

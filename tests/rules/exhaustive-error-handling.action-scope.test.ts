import { type InvalidTestCase, RuleTester, type ValidTestCase } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import rule, { type MessageIds, type Options } from '../../src/rules/exhaustive-error-handling.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

/**
 * Action scope, on the catalogue's per-action codes (no pinned tables). In the embedded gaap, `CreateProxy` can
 * return 9 `FailedOperation` codes of the product's 47 (`FailedOperation`, `.AccountBalanceInsufficient`,
 * `.DuplicatedRequest`, `.LimitNumofListener`, `.ProxySellOut`, `.TagResourcesFailed`, `.UnTagResourcesFailed`,
 * `.UserNotAuthenticated`, `.UserNotConfirmProtocol`) and one `LimitExceeded` code (`.TagQuota`) of 3;
 * `DescribeProxies` 2 `FailedOperation` codes (`FailedOperation`, `.UserNotConfirmProtocol`).
 */
const catalogueTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});

const GAAP = `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.gaap.v20180529.Client({});
`;
const ACTION: Options = [{ families: ['*'], scope: 'action' }];

const valid: Valid[] = [
  {
    // An action the product does not have, and a dispatch outside any guard: action scope demands nothing of either
    // (product scope, asked for, would judge both).
    code: `${GAAP}try {
  await client.CreateWidget({});
} catch (e) {
  switch (e.code) {
    case 'LimitExceeded.TagQuota':
      break;
  }
}
export function handle(e) {
  switch (e.code) {
    case 'LimitExceeded.TagQuota':
      break;
  }
}
`,
    options: [{ families: ['LimitExceeded'], scope: 'action' }],
  },
  {
    // DescribeProxies' one named FailedOperation code in the SDK's callback: its bare FailedOperation is not demanded.
    code: `${GAAP}client.DescribeProxies({}, (err, res) => {
  if (err?.code === 'FailedOperation.UserNotConfirmProtocol') confirm();
  else if (err?.code === 'InternalError') retry();
  else show(res);
});
`,
    options: ACTION,
  },
  {
    // DescribeProxies' one named ResourceUnavailable code, through CommonClient: the bare code is not demanded.
    code: `import { CommonClient } from "tencentcloud-sdk-nodejs-common";
const api = new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", {});
try {
  await api.request("DescribeProxies", {});
} catch ({ code }) {
  if (code === "ResourceUnavailable.AccountViolation") {
    suspend();
  } else if (code === "ResourceNotFound") {
    ignore();
  }
}
`,
    options: ACTION,
  },
  {
    // Every FailedOperation code DescribeProxies can return, in a .catch: product scope would demand 47.
    code: `${GAAP}client.DescribeProxies({}).catch((err) => {
  if (err.code === 'FailedOperation.UserNotConfirmProtocol') {
    confirm();
  } else if (err.code === 'FailedOperation') {
    retry();
  }
});
`,
    options: ACTION,
  },
  {
    // The one LimitExceeded code CreateProxy can return.
    code: `${GAAP}try {
  await client.CreateProxy({});
} catch (e) {
  switch (e.code) {
    case 'LimitExceeded.TagQuota':
      break;
  }
}
`,
    options: [{ families: ['LimitExceeded'], scope: 'action' }],
  },
  {
    // A code CreateProxy cannot return counts for nothing (no-impossible-error-code reports it): no family claimed.
    code: `${GAAP}try {
  await client.CreateProxy({});
} catch (e) {
  switch (e.code) {
    case 'FailedOperation.CertificateIsUsing':
      break;
  }
}
`,
    options: ACTION,
  },
  {
    // A default case excuses the rest when allowDefault says so.
    code: `${GAAP}client.CreateProxy({}).catch((e) => {
  switch (e.code) {
    case 'FailedOperation.ProxySellOut':
      return wait();
    default:
      throw e;
  }
});
`,
    options: [{ families: ['*'], scope: 'action', allowDefault: true }],
  },
  {
    // A prefix check for the rest of the family.
    code: `${GAAP}client.CreateProxy({}).catch((e) => {
  if (e.code === 'FailedOperation.ProxySellOut') wait();
  else if (e.code.startsWith('FailedOperation.')) fail(e);
});
`,
    options: ACTION,
  },
];

/** A switch on the status of SendSms's first number, up to its closing brace; SWITCH_END closes it and the function. */
const SEND_SMS_SWITCH = `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.sms.v20210111.Client({});
export async function send(phone) {
  const { SendStatusSet } = await client.SendSms({ PhoneNumberSet: [phone] });
  switch (SendStatusSet[0].Code) {
    case 'Ok':
      return;
    case 'UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber':
    case 'UnsupportedOperation.UnsupportedRegion':
      throw new Error('unsupported');
`;
const SWITCH_END = `  }
}
`;

const invalid: Invalid[] = [
  {
    // try/catch around CreateProxy: the suggestion inserts exactly the FailedOperation codes CreateProxy can return.
    code: `${GAAP}export async function create(request) {
  try {
    return await client.CreateProxy(request);
  } catch (e) {
    switch (e.code) {
      case 'FailedOperation.ProxySellOut':
        return retryLater();
      case 'FailedOperation.AccountBalanceInsufficient':
        return topUp();
      default:
        throw e;
    }
  }
}
`,
    options: ACTION,
    errors: [
      {
        messageId: 'missingActionCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 6,
          total: 8,
          actions: 'CreateProxy',
          codes:
            '"FailedOperation.DuplicatedRequest", "FailedOperation.LimitNumofListener", "FailedOperation.TagResourcesFailed", "FailedOperation.UnTagResourcesFailed", "FailedOperation.UserNotAuthenticated" and 1 more',
        },
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `${GAAP}export async function create(request) {
  try {
    return await client.CreateProxy(request);
  } catch (e) {
    switch (e.code) {
      case 'FailedOperation.ProxySellOut':
        return retryLater();
      case 'FailedOperation.AccountBalanceInsufficient':
        return topUp();
      case 'FailedOperation.DuplicatedRequest':
        // Duplicate request; check the value of ClientToken.
        throw e;
      case 'FailedOperation.LimitNumofListener':
        // The number of listeners exceeds the limit.
        throw e;
      case 'FailedOperation.TagResourcesFailed':
        // Failed to add the tag to the resource.
        throw e;
      case 'FailedOperation.UnTagResourcesFailed':
        // Failed to unbind the tag.
        throw e;
      case 'FailedOperation.UserNotAuthenticated':
        // The current account has not completed identity verification.
        throw e;
      case 'FailedOperation.UserNotConfirmProtocol':
        // Protocol not activated.
        throw e;
      default:
        throw e;
    }
  }
}
`,
          },
        ],
      },
    ],
  },
  {
    // The SDK's callback, with AuthFailure's two named codes of DescribeProxies (its bare AuthFailure is not demanded).
    code: `${GAAP}client.DescribeProxies({}, (err, res) => {
  if (err?.code === 'AuthFailure.UnauthorizedOperation') deny();
  else if (err?.code === 'InternalError') retry();
  else show(res);
});
`,
    options: ACTION,
    errors: [
      {
        messageId: 'missingActionCodes',
        data: {
          kind: 'if-else chain',
          family: 'AuthFailure',
          count: 1,
          total: 2,
          actions: 'DescribeProxies',
          codes: '"AuthFailure.NotEnterpriseAuthorization"',
        },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 57,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'AuthFailure' },
            output: `${GAAP}client.DescribeProxies({}, (err, res) => {
  if (err?.code === 'AuthFailure.UnauthorizedOperation') deny();
  else if (err?.code === 'InternalError') retry(); else if (err?.code === 'AuthFailure.NotEnterpriseAuthorization') {
    // Not an organizational customer.
    throw err;
  }
  else show(res);
});
`,
          },
        ],
      },
    ],
  },
  {
    // .then(ok, onError), with the common codes the option adds: AuthFailure's 2 named DescribeProxies codes and 7 common.
    code: `${GAAP}client.DescribeProxies({}).then(show, (err) => {
  switch (err.code) {
    case 'AuthFailure.UnauthorizedOperation':
      throw new Forbidden();
  }
});
`,
    options: [{ families: ['AuthFailure'], scope: 'action', commonCodes: true }],
    errors: [
      {
        messageId: 'missingActionCodes',
        data: {
          kind: 'switch',
          family: 'AuthFailure',
          count: 8,
          total: 9,
          actions: 'DescribeProxies',
          codes:
            '"AuthFailure.InvalidAuthorization", "AuthFailure.InvalidSecretId", "AuthFailure.MFAFailure", "AuthFailure.NotEnterpriseAuthorization", "AuthFailure.SecretIdNotFound" and 3 more',
        },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'AuthFailure' },
            output: `${GAAP}client.DescribeProxies({}).then(show, (err) => {
  switch (err.code) {
    case 'AuthFailure.UnauthorizedOperation':
      throw new Forbidden();
    case 'AuthFailure.InvalidAuthorization':
      // The Authorization header of the request is invalid: it does not follow the Tencent Cloud signature format.
      throw err;
    case 'AuthFailure.InvalidSecretId':
      // Invalid key (not a TencentCloud API key type).
      throw err;
    case 'AuthFailure.MFAFailure':
      // MFA error.
      throw err;
    case 'AuthFailure.NotEnterpriseAuthorization':
      // Not an organizational customer.
      throw err;
    case 'AuthFailure.SecretIdNotFound':
      // The key does not exist. Check in the console whether the key has been deleted or disabled; if its status is normal, check that the key was entered correctly, with no leading or trailing spaces.
      throw err;
    case 'AuthFailure.SignatureExpire':
      // The signature has expired. The Timestamp may differ from the server time by at most five minutes; check that the local time is in sync with standard time.
      throw err;
    case 'AuthFailure.SignatureFailure':
      // Signature error. The signature was calculated incorrectly; check the calculation against the API authentication documentation for the calling method.
      throw err;
    case 'AuthFailure.TokenFailure':
      // Token error.
      throw err;
  }
});
`,
          },
        ],
      },
    ],
  },
  {
    // CommonClient.request("DescribeProxies", …), with the code destructured in the catch.
    code: `import { CommonClient } from "tencentcloud-sdk-nodejs-common";
const api = new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", {});
try {
  await api.request("DescribeProxies", {});
} catch ({ code }) {
  if (code === "AuthFailure.UnauthorizedOperation") {
    suspend();
  } else if (code === "ResourceNotFound") {
    ignore();
  }
}
`,
    options: ACTION,
    errors: [
      {
        messageId: 'missingActionCodes',
        data: {
          kind: 'if-else chain',
          family: 'AuthFailure',
          count: 1,
          total: 2,
          actions: 'DescribeProxies',
          codes: '"AuthFailure.NotEnterpriseAuthorization"',
        },
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'AuthFailure' },
            output: `import { CommonClient } from "tencentcloud-sdk-nodejs-common";
const api = new CommonClient("gaap.tencentcloudapi.com", "2018-05-29", {});
try {
  await api.request("DescribeProxies", {});
} catch ({ code }) {
  if (code === "AuthFailure.UnauthorizedOperation") {
    suspend();
  } else if (code === "ResourceNotFound") {
    ignore();
  } else if (code === "AuthFailure.NotEnterpriseAuthorization") {
    // Not an organizational customer.
    throw new Error("Unhandled Tencent Cloud error code AuthFailure.NotEnterpriseAuthorization");
  }
}
`,
          },
        ],
      },
    ],
  },
  {
    // Two calls in one try: the union of what they can return, both actions named.
    code: `${GAAP}try {
  await client.DescribeProxies({});
  await client.DestroyProxies({});
} catch (e) {
  switch (e.code) {
    case 'FailedOperation.ActionIsDoing':
    case 'FailedOperation.UserNotConfirmProtocol':
    case 'FailedOperation.AccountBalanceInsufficient':
    case 'FailedOperation.BelongDifferentGroup':
    case 'FailedOperation.DuplicatedRequest':
    case 'FailedOperation.NonStandardProxy':
    case 'FailedOperation.RealServerAlreadyBound':
      break;
  }
}
`,
    options: ACTION,
    errors: [
      {
        messageId: 'missingActionCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 1,
          total: 8,
          actions: 'DescribeProxies or DestroyProxies',
          codes: '"FailedOperation.UnTagResourcesFailed"',
        },
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `${GAAP}try {
  await client.DescribeProxies({});
  await client.DestroyProxies({});
} catch (e) {
  switch (e.code) {
    case 'FailedOperation.ActionIsDoing':
    case 'FailedOperation.UserNotConfirmProtocol':
    case 'FailedOperation.AccountBalanceInsufficient':
    case 'FailedOperation.BelongDifferentGroup':
    case 'FailedOperation.DuplicatedRequest':
    case 'FailedOperation.NonStandardProxy':
    case 'FailedOperation.RealServerAlreadyBound':
      break;
    case 'FailedOperation.UnTagResourcesFailed':
      // Failed to unbind the tag.
      throw e;
  }
}
`,
          },
        ],
      },
    ],
  },
  {
    // A client pinned by the products setting.
    code: `try {
  await this.gaap.DescribeProxies({});
} catch (e) {
  if (e.code === 'AuthFailure.UnauthorizedOperation') deny();
  else if (e.code === 'InternalError') retry();
}
`,
    options: [{ families: ['AuthFailure'], scope: 'action' }],
    settings: { 'tencentcloud-errors': { products: ['gaap'] } },
    errors: [
      {
        messageId: 'missingActionCodes',
        data: {
          kind: 'if-else chain',
          family: 'AuthFailure',
          count: 1,
          total: 2,
          actions: 'DescribeProxies',
          codes: '"AuthFailure.NotEnterpriseAuthorization"',
        },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'AuthFailure' },
            output: `try {
  await this.gaap.DescribeProxies({});
} catch (e) {
  if (e.code === 'AuthFailure.UnauthorizedOperation') deny();
  else if (e.code === 'InternalError') retry(); else if (e.code === 'AuthFailure.NotEnterpriseAuthorization') {
    // Not an organizational customer.
    throw e;
  }
}
`,
          },
        ],
      },
    ],
  },
  {
    // Product scope (the default) inside the same guard demands the product's three LimitExceeded codes.
    code: `${GAAP}try {
  await client.CreateProxy({});
} catch (e) {
  switch (e.code) {
    case 'LimitExceeded.TagQuota':
      break;
  }
}
`,
    options: [{ families: ['LimitExceeded'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'LimitExceeded',
          count: 2,
          total: 3,
          codes: '"LimitExceeded", "LimitExceeded.Domain"',
        },
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'LimitExceeded' },
            output: `${GAAP}try {
  await client.CreateProxy({});
} catch (e) {
  switch (e.code) {
    case 'LimitExceeded.TagQuota':
      break;
    case 'LimitExceeded':
      // A quota limit was exceeded.
      throw e;
    case 'LimitExceeded.Domain':
      // 域名数量超限制。
      throw e;
  }
}
`,
          },
        ],
      },
    ],
  },
  {
    // A status in SendSms's response (one per number), read in the block that makes the call: judged by the
    // UnsupportedOperation codes SendSms can return, not the product's (UnsupportedOperation.ContainDomesticPhoneNumber
    // is another action's).
    code: `${SEND_SMS_SWITCH}${SWITCH_END}`,
    options: [{ families: ['UnsupportedOperation'], scope: 'action' }],
    errors: [
      {
        messageId: 'missingActionCodes',
        data: {
          kind: 'switch',
          family: 'UnsupportedOperation',
          count: 2,
          total: 4,
          actions: 'SendSms',
          codes:
            '"UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone", "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone"',
        },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'UnsupportedOperation' },
            output: `${SEND_SMS_SWITCH}    case 'UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone':
      // A Chinese Mainland SMS template cannot be used to sent messages to global numbers. Please use a Global SMS template instead.
      throw new Error('Unhandled Tencent Cloud error code UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone');
    case 'UnsupportedOperation.GlobalTemplateToChineseMainlandPhone':
      // A Global SMS template cannot be used to sent messages to Chinese mainland numbers. Please use a Chinese Mainland SMS template instead.
      throw new Error('Unhandled Tencent Cloud error code UnsupportedOperation.GlobalTemplateToChineseMainlandPhone');
${SWITCH_END}`,
          },
        ],
      },
    ],
  },
];

catalogueTester.run('exhaustive-error-handling (action scope)', rule, { valid, invalid });

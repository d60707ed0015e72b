import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { type InvalidTestCase, RuleTester, type ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import * as espree from 'espree';
import ts from 'typescript';

import plugin from '../../src/index.js';
import rule, { type MessageIds, type Options } from '../../src/rules/exhaustive-error-handling.js';
import type { ChineseId } from '../../src/util/index.js';
import { ruleTester, tsRuleTester } from '../ruleTester.js';
import { GAAP_PAGE_SETTINGS } from '../support/gaap-page.js';
import { FIXTURES } from '../support/paths.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds | ChineseId<MessageIds>, Options>;

/**
 * The demo table (tests/fixtures/tables/exhaustive.json), whose families are short so that outputs stay short:
 * - `InternalError`: `InternalError`, `InternalError.DbError` (an English description that tries to break the
 *   comment: `*\/`, a newline, U+2028) and `InternalError.Timeout` (Chinese only);
 * - `FailedOperation`: `FailedOperation`, `.ActionIsDoing`, `.DomainExists`, `.ProxySellOut`;
 * - `LimitExceeded`: that one code;
 * - `ResourceUnavailable`: `.Busy` and `.Maintenance` (a description with bidi overrides, a zero-width space
 *   and a newline).
 * Cases without settings use the embedded GAAP table.
 */
const demoTable = { 'tencentcloud-errors': { tables: [path.join(FIXTURES, 'tables', 'exhaustive.json')] } };
/**
 * A table (tests/fixtures/tables/large-family.json) whose `FailedOperation` family has 25 codes: `FailedOperation`
 * ("The operation failed.") and `FailedOperation.Step01` to `.Step24` ("Step N failed."); and `LimitExceeded`.
 */
const largeTable = { 'tencentcloud-errors': { tables: [path.join(FIXTURES, 'tables', 'large-family.json')] } };

const valid: Valid[] = [
  // Every one of the 32 FailedOperation codes of the GAAP table.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'FailedOperation':
    case 'FailedOperation.AccountBalanceInsufficient':
    case 'FailedOperation.ActionIsDoing':
    case 'FailedOperation.BelongDifferentGroup':
    case 'FailedOperation.CertificateIsUsing':
    case 'FailedOperation.DeleteProxyGroupProxyRemained':
    case 'FailedOperation.DomainAlreadyExisted':
    case 'FailedOperation.DuplicatedRequest':
    case 'FailedOperation.GroupStatusNotInRuning':
    case 'FailedOperation.InstanceStatusNotInRuning':
    case 'FailedOperation.InvalidListenerProtocol':
    case 'FailedOperation.LimitNumofDomains':
    case 'FailedOperation.LimitNumofListener':
    case 'FailedOperation.LimitNumofRules':
    case 'FailedOperation.LimitRealServerNum':
    case 'FailedOperation.ListenerHasTask':
    case 'FailedOperation.ListenerStatusError':
    case 'FailedOperation.NotSupportOldVersionProxy':
    case 'FailedOperation.NotSupportProxyGroup':
    case 'FailedOperation.NotSupportScalar':
    case 'FailedOperation.OperateLimitNumofListener':
    case 'FailedOperation.ProxySecurityAlreadyClose':
    case 'FailedOperation.ProxySecurityAlreadyOpen':
    case 'FailedOperation.ProxySecurityPolicyDuplicatedRule':
    case 'FailedOperation.ProxySecurityPolicyExisted':
    case 'FailedOperation.ProxySellOut':
    case 'FailedOperation.ProxyStatusNotInRuning':
    case 'FailedOperation.ProxyVersionNotSupport':
    case 'FailedOperation.RealServerAlreadyBound':
    case 'FailedOperation.RealServerNotInProject':
    case 'FailedOperation.ResourceCanNotAccess':
    case 'FailedOperation.RuleAlreadyExisted':
      return 'failed';
  }
  return 'other';
}
`,
    options: [{ families: ['FailedOperation'] }],
  },
  // "*": every code of the one family handled, each case with its own body.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'FailedOperation':
      return 'failed';
    case 'FailedOperation.ActionIsDoing':
      return 'wait';
    case 'FailedOperation.DomainExists':
      return 'exists';
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
  }
  return 'other';
}
`,
    options: [{ families: ['*'] }],
    settings: demoTable,
  },
  // A default case excuses the missing codes only with allowDefault.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'AuthFailure.MFAFailure':
    case 'AuthFailure.TokenFailure':
      return 'retry';
    case 'AuthFailure.InvalidSecretId':
    case 'AuthFailure.SecretIdNotFound':
    case 'AuthFailure.SignatureExpire':
      return 'fix credentials';
    default:
      return 'other';
  }
}
`,
    options: [{ families: ['AuthFailure'], allowDefault: true }],
  },
  {
    code: `export function handle(error) {
  const { code } = error;
  if (code === 'AuthFailure.MFAFailure' || code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (code === 'AuthFailure.InvalidSecretId' || code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (code === 'AuthFailure.SignatureExpire') {
    return 'resync clock';
  } else {
    return 'unknown';
  }
  return 'other';
}
`,
    options: [{ families: ['AuthFailure'], allowDefault: true }],
  },
  // An if-else chain with `||` groups, `==` and the literal on either side that names every code.
  {
    code: `export function handle(err) {
  if (err.code === 'AuthFailure.MFAFailure' || err.code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (
    err.code === 'AuthFailure.InvalidSecretId' ||
    err.code === 'AuthFailure.SecretIdNotFound' ||
    err.code === 'AuthFailure.UnauthorizedOperation'
  ) {
    return 'fix credentials';
  } else if (err.code == 'AuthFailure.SignatureExpire' || 'AuthFailure.SignatureFailure' === err.code) {
    return 'resync clock';
  }
  return 'other';
}
`,
    options: [{ families: ['AuthFailure'] }],
  },
  // Handles only InvalidParameterValue codes: not a family that was chosen.
  {
    code: `switch (err.code) {
  case 'InvalidParameterValue.InvalidTags':
  case 'InvalidParameterValue.DuplicatedRequestId':
    break;
}`,
    options: [{ families: ['FailedOperation'] }],
  },
  // Not a switch over an error-code expression.
  {
    code: `function label(kind) {
  switch (kind) {
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
  }
  return kind;
}`,
    options: [{ families: ['*'] }],
  },
  { code: `switch (err.message) { case 'FailedOperation.ProxySellOut': break; }`, options: [{ families: ['*'] }] },
  { code: `switch (err.code.length) { case 'FailedOperation.ProxySellOut': break; }`, options: [{ families: ['*'] }] },
  // Bare-code families: InternalError is the only code of its family in the GAAP table.
  { code: `switch (err.code) { case 'InternalError': throw err; }`, options: [{ families: ['*'] }] },
  { code: `switch (err.code) { case 'InternalError': throw err; }`, options: [{ families: ['InternalError'] }] },
  {
    code: `if (err.code === 'InternalError') retry(); else if (err.code === 'InvalidParameter') fix();`,
    options: [{ families: ['*'] }],
  },
  // Non-codes handle no family.
  {
    code: `switch (err.code) { case 'ENOENT': case 'FailedOperation.ProxySelOut': break; }`,
    options: [{ families: ['*'] }],
  },
  // A lone if is one check, not a dispatch.
  { code: `if (err.code === 'FailedOperation.ProxySellOut') wait();`, options: [{ families: ['*'] }] },
  { code: `if (err.code === 'FailedOperation.ProxySellOut') wait(); else fail();`, options: [{ families: ['*'] }] },
  // Chains that are not one dispatch on one code expression.
  {
    code: `if (err.code === 'AuthFailure.MFAFailure') a(); else if (other.code === 'AuthFailure.TokenFailure') b();`,
    options: [{ families: ['*'] }],
  },
  {
    code: `if (err.code === 'AuthFailure.MFAFailure') a(); else if (err.retryable) b(); else if (err.code === 'AuthFailure.TokenFailure') c();`,
    options: [{ families: ['*'] }],
  },
  {
    code: `if (err.code === 'AuthFailure.MFAFailure' && first) a(); else if (err.code === 'AuthFailure.TokenFailure') b();`,
    options: [{ families: ['*'] }],
  },
  {
    code: `if (err.code !== 'AuthFailure.MFAFailure') a(); else if (err.code === 'AuthFailure.TokenFailure') b();`,
    options: [{ families: ['*'] }],
  },
  // A code tested under another condition is named, not handled: it claims no family, and is not asked for again.
  {
    code: `if (err.code === 'InternalError') a(); else if (err.code === 'InvalidParameter') b(); else if (err.code === 'AuthFailure.MFAFailure' && first) c();`,
    options: [{ families: ['*'] }],
  },
  {
    code: `export function handle(err, attempt) {
  if (err.code === 'AuthFailure.MFAFailure' || err.code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (attempt < 3 && err.code === 'AuthFailure.SignatureExpire') {
    return 'resync clock';
  } else if (
    err.code === 'AuthFailure.InvalidSecretId' ||
    err.code === 'AuthFailure.SecretIdNotFound' ||
    err.code === 'AuthFailure.UnauthorizedOperation' ||
    err.code === 'AuthFailure.SignatureFailure'
  ) {
    return 'fix credentials';
  }
  throw err;
}
`,
    options: [{ families: ['AuthFailure'] }],
  },
  // Tables come from the shared settings: in the demo table InternalError has three codes.
  {
    code: `switch (err.code) { case 'InternalError': case 'InternalError.DbError': case 'InternalError.Timeout': throw err; }`,
    options: [{ families: ['*'] }],
    settings: demoTable,
  },
  // Constants count as the codes they hold.
  {
    code: `const TIMEOUT = 'InternalError.Timeout';
const Codes = { db: 'InternalError.DbError' };
switch (err.code) { case 'InternalError': case Codes.db: case TIMEOUT: throw err; }`,
    options: [{ families: ['*'] }],
    settings: demoTable,
  },
  // `reason` is not one of the code properties.
  {
    code: `switch (err.reason) { case 'FailedOperation.ProxySellOut': break; }`,
    options: [{ families: ['*'] }],
  },
  // A lone bare family code does not claim its family: a check of that one code, not a dispatch over the family.
  {
    code: `switch (err.code) {
  case 'FailedOperation':
    throw err;
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: demoTable,
  },
  {
    code: `function handle(err) {
  if (err.code === 'InternalError') {
    return 'retry';
  } else if (err.code === 'LimitExceeded') {
    return 'quota';
  }
  return 'other';
}
`,
    options: [{ families: ['*'] }],
    settings: demoTable,
  },
  // A default case that handles the rest of the family by prefix covers it, allowDefault or not.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    default:
      if (err.code.startsWith('FailedOperation.')) return 'failed';
      throw err;
  }
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: demoTable,
  },
  // So does an else-if branch of the chain that tests the prefix, here without the dot.
  {
    code: `function handle(error) {
  const { code } = error;
  if (code === 'AuthFailure.MFAFailure') {
    return 'mfa';
  } else if (code.startsWith('AuthFailure')) {
    return 'credentials';
  }
  return 'other';
}
`,
    options: [{ families: ['AuthFailure'] }],
  },
  // And a branch that checks the code is there before its prefix: the prefix check itself.
  {
    code: `function handle(error) {
  const code = error && error.code;
  if (code === 'AuthFailure.MFAFailure') {
    return 'mfa';
  } else if (code === 'AuthFailure.TokenFailure') {
    return 'token';
  } else if (code && code.startsWith('AuthFailure.')) {
    return 'credentials';
  }
  return 'other';
}
`,
    options: [{ families: ['AuthFailure'] }],
  },
  // Or that checks its type first: the prefix check itself.
  {
    code: `function handle(err) {
  if (err.code === 'AuthFailure.MFAFailure') {
    return 'mfa';
  } else if (err.code === 'AuthFailure.TokenFailure') {
    return 'token';
  } else if (typeof err.code === 'string' && err.code.startsWith('AuthFailure.')) {
    return 'credentials';
  }
  return 'other';
}
`,
    options: [{ families: ['AuthFailure'] }],
  },
  // And a final else that compares the family part of the code; `||` groups may mix comparisons and prefixes.
  {
    code: `function handle(err) {
  if (err.code === 'AuthFailure.TokenFailure' || err.code === 'InternalError') {
    return 'retry';
  } else if (err.code === 'AuthFailure.MFAFailure' || err.code.startsWith('InvalidParameter.')) {
    return 'fix';
  } else {
    if ('AuthFailure' === err.code.split('.')[0]) return 'credentials';
    throw err;
  }
}
`,
    options: [{ families: ['*'] }],
  },
  // Exactly 25 codes handled: complete, however large the family.
  {
    code: `switch (err.code) {
  case 'FailedOperation':
  case 'FailedOperation.Step01':
  case 'FailedOperation.Step02':
  case 'FailedOperation.Step03':
  case 'FailedOperation.Step04':
  case 'FailedOperation.Step05':
  case 'FailedOperation.Step06':
  case 'FailedOperation.Step07':
  case 'FailedOperation.Step08':
  case 'FailedOperation.Step09':
  case 'FailedOperation.Step10':
  case 'FailedOperation.Step11':
  case 'FailedOperation.Step12':
  case 'FailedOperation.Step13':
  case 'FailedOperation.Step14':
  case 'FailedOperation.Step15':
  case 'FailedOperation.Step16':
  case 'FailedOperation.Step17':
  case 'FailedOperation.Step18':
  case 'FailedOperation.Step19':
  case 'FailedOperation.Step20':
  case 'FailedOperation.Step21':
  case 'FailedOperation.Step22':
  case 'FailedOperation.Step23':
  case 'FailedOperation.Step24':
    throw err;
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: largeTable,
  },
];

const invalid: Invalid[] = [
  // A family with one code missing: the case goes at the end, after the grouped cases.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'FailedOperation':
    case 'FailedOperation.ActionIsDoing':
    case 'FailedOperation.DomainExists':
      return 'failed';
  }
  return 'other';
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 1,
          total: 4,
          codes: '"FailedOperation.ProxySellOut"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `export function handle(err) {
  switch (err.code) {
    case 'FailedOperation':
    case 'FailedOperation.ActionIsDoing':
    case 'FailedOperation.DomainExists':
      return 'failed';
    case 'FailedOperation.ProxySellOut':
      // The line is sold out.
      throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // A default case does not excuse missing codes by default; the cases go before it.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'AuthFailure.MFAFailure':
    case 'AuthFailure.TokenFailure':
      return 'retry';
    case 'AuthFailure.InvalidSecretId':
    case 'AuthFailure.SecretIdNotFound':
    case 'AuthFailure.SignatureExpire':
      return 'fix credentials';
    default:
      return 'other';
  }
}
`,
    options: [{ families: ['AuthFailure'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'AuthFailure',
          count: 2,
          total: 7,
          codes: '"AuthFailure.SignatureFailure", "AuthFailure.UnauthorizedOperation"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'AuthFailure' },
            output: `export function handle(err) {
  switch (err.code) {
    case 'AuthFailure.MFAFailure':
    case 'AuthFailure.TokenFailure':
      return 'retry';
    case 'AuthFailure.InvalidSecretId':
    case 'AuthFailure.SecretIdNotFound':
    case 'AuthFailure.SignatureExpire':
      return 'fix credentials';
    case 'AuthFailure.SignatureFailure':
      // Signature error. The signature was calculated incorrectly; check the calculation against the API authentication documentation for the calling method.
      throw err;
    case 'AuthFailure.UnauthorizedOperation':
      // The request is not authorized. See the CAM documentation for how authentication works.
      throw err;
    default:
      return 'other';
  }
}
`,
          },
        ],
      },
    ],
  },
  // An incomplete if-else chain with `||` groups: the branches go before the final else.
  {
    code: `export function handle(error) {
  const { code } = error;
  if (code === 'AuthFailure.MFAFailure' || code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (code === 'AuthFailure.InvalidSecretId' || code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (code === 'AuthFailure.SignatureExpire') {
    return 'resync clock';
  } else {
    throw error;
  }
  return 'other';
}
`,
    options: [{ families: ['AuthFailure'], allowDefault: false }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'if-else chain',
          family: 'AuthFailure',
          count: 2,
          total: 7,
          codes: '"AuthFailure.SignatureFailure", "AuthFailure.UnauthorizedOperation"',
        },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 80,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'AuthFailure' },
            output: `export function handle(error) {
  const { code } = error;
  if (code === 'AuthFailure.MFAFailure' || code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (code === 'AuthFailure.InvalidSecretId' || code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (code === 'AuthFailure.SignatureExpire') {
    return 'resync clock';
  } else if (code === 'AuthFailure.SignatureFailure') {
    // Signature error. The signature was calculated incorrectly; check the calculation against the API authentication documentation for the calling method.
    throw error;
  } else if (code === 'AuthFailure.UnauthorizedOperation') {
    // The request is not authorized. See the CAM documentation for how authentication works.
    throw error;
  } else {
    throw error;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // A branch that tests more than the code (`&& attempt < 5`) leaves the chain a dispatch: its code is named, not
  // handled, so it claims nothing and is not asked for; the branches go after it.
  {
    code: `export async function submit(err, attempt) {
  if (err.code === 'AuthFailure.MFAFailure') {
    return 'retry';
  } else if (err.code === 'AuthFailure.TokenFailure') {
    return 'refresh';
  } else if (err.code === 'AuthFailure.SignatureExpire' && attempt < 5) {
    return 'resync clock';
  }
  throw err;
}
`,
    options: [{ families: ['AuthFailure'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'if-else chain',
          family: 'AuthFailure',
          count: 4,
          total: 7,
          codes:
            '"AuthFailure.InvalidSecretId", "AuthFailure.SecretIdNotFound", "AuthFailure.SignatureFailure", "AuthFailure.UnauthorizedOperation"',
        },
        line: 2,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'AuthFailure' },
            output: `export async function submit(err, attempt) {
  if (err.code === 'AuthFailure.MFAFailure') {
    return 'retry';
  } else if (err.code === 'AuthFailure.TokenFailure') {
    return 'refresh';
  } else if (err.code === 'AuthFailure.SignatureExpire' && attempt < 5) {
    return 'resync clock';
  } else if (err.code === 'AuthFailure.InvalidSecretId') {
    // Invalid key (not a TencentCloud API key type).
    throw err;
  } else if (err.code === 'AuthFailure.SecretIdNotFound') {
    // The key does not exist. Check in the console whether the key has been deleted or disabled; if its status is normal, check that the key was entered correctly, with no leading or trailing spaces.
    throw err;
  } else if (err.code === 'AuthFailure.SignatureFailure') {
    // Signature error. The signature was calculated incorrectly; check the calculation against the API authentication documentation for the calling method.
    throw err;
  } else if (err.code === 'AuthFailure.UnauthorizedOperation') {
    // The request is not authorized. See the CAM documentation for how authentication works.
    throw err;
  }
  throw err;
}
`,
          },
        ],
      },
    ],
  },
  // A check that the error is there (`err && err.code === X`) is the comparison itself.
  {
    code: `export function handle(err) {
  if (err && err.code === 'AuthFailure.MFAFailure') {
    return 'retry';
  } else if (err?.code && err.code === 'AuthFailure.TokenFailure') {
    return 'refresh';
  } else if (err.code === 'AuthFailure.InvalidSecretId' || err.code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (err.code === 'AuthFailure.SignatureExpire' || err.code === 'AuthFailure.SignatureFailure') {
    return 'resync clock';
  }
  throw err;
}
`,
    options: [{ families: ['AuthFailure'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'if-else chain',
          family: 'AuthFailure',
          count: 1,
          total: 7,
          codes: '"AuthFailure.UnauthorizedOperation"',
        },
        line: 2,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'AuthFailure' },
            output: `export function handle(err) {
  if (err && err.code === 'AuthFailure.MFAFailure') {
    return 'retry';
  } else if (err?.code && err.code === 'AuthFailure.TokenFailure') {
    return 'refresh';
  } else if (err.code === 'AuthFailure.InvalidSecretId' || err.code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (err.code === 'AuthFailure.SignatureExpire' || err.code === 'AuthFailure.SignatureFailure') {
    return 'resync clock';
  } else if (err.code === 'AuthFailure.UnauthorizedOperation') {
    // The request is not authorized. See the CAM documentation for how authentication works.
    throw err;
  }
  throw err;
}
`,
          },
        ],
      },
    ],
  },
  // Without a final else, allowDefault excuses nothing; the branches go at the end.
  {
    code: `export function handle(error) {
  const { code } = error;
  if (code === 'AuthFailure.MFAFailure' || code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (code === 'AuthFailure.InvalidSecretId' || code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (code === 'AuthFailure.SignatureExpire') {
    return 'resync clock';
  }
  return 'other';
}
`,
    options: [{ families: ['AuthFailure'], allowDefault: true }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'if-else chain',
          family: 'AuthFailure',
          count: 2,
          total: 7,
          codes: '"AuthFailure.SignatureFailure", "AuthFailure.UnauthorizedOperation"',
        },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 80,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'AuthFailure' },
            output: `export function handle(error) {
  const { code } = error;
  if (code === 'AuthFailure.MFAFailure' || code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (code === 'AuthFailure.InvalidSecretId' || code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (code === 'AuthFailure.SignatureExpire') {
    return 'resync clock';
  } else if (code === 'AuthFailure.SignatureFailure') {
    // Signature error. The signature was calculated incorrectly; check the calculation against the API authentication documentation for the calling method.
    throw error;
  } else if (code === 'AuthFailure.UnauthorizedOperation') {
    // The request is not authorized. See the CAM documentation for how authentication works.
    throw error;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // "*": every family the switch handles (a complete one is not reported); more than five missing codes are
  // summed up.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'InternalError':
      return 'retry';
    case 'AuthFailure.MFAFailure':
      return 'mfa';
  }
  return 'other';
}
`,
    options: [{ families: ['*'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'AuthFailure',
          count: 6,
          total: 7,
          codes:
            '"AuthFailure.InvalidSecretId", "AuthFailure.SecretIdNotFound", "AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure", "AuthFailure.TokenFailure" and 1 more',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'AuthFailure' },
            output: `export function handle(err) {
  switch (err.code) {
    case 'InternalError':
      return 'retry';
    case 'AuthFailure.MFAFailure':
      return 'mfa';
    case 'AuthFailure.InvalidSecretId':
      // Invalid key (not a TencentCloud API key type).
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
    case 'AuthFailure.UnauthorizedOperation':
      // The request is not authorized. See the CAM documentation for how authentication works.
      throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // "*" with two families handled in part: one report each, in the order their first code is handled, each
  // suggestion inserting its own family's cases.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'LimitExceeded':
      return 'quota';
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    case 'InternalError.Timeout':
      return 'retry';
  }
  return 'other';
}
`,
    options: [{ families: ['*'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 3,
          total: 4,
          codes: '"FailedOperation", "FailedOperation.ActionIsDoing", "FailedOperation.DomainExists"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `export function handle(err) {
  switch (err.code) {
    case 'LimitExceeded':
      return 'quota';
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    case 'InternalError.Timeout':
      return 'retry';
    case 'FailedOperation':
      // The operation failed.
      throw err;
    case 'FailedOperation.ActionIsDoing':
      // The action is in progress.
      throw err;
    case 'FailedOperation.DomainExists':
      // The domain already exists.
      throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError", "InternalError.DbError"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'InternalError' },
            output: `export function handle(err) {
  switch (err.code) {
    case 'LimitExceeded':
      return 'quota';
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    case 'InternalError.Timeout':
      return 'retry';
    case 'InternalError':
      // Internal error.
      throw err;
    case 'InternalError.DbError':
      // Database error */ see the logs or retry.
      throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // A family with a bare code (from the settings' table), missing it and another; a code without an English
  // description gets the Chinese one; non-codes and duplicates count for nothing.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'InternalError.DbError':
    case 'InternalError.DbError':
    case 'ENOENT':
      return 1;
  }
  return 0;
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError", "InternalError.Timeout"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'InternalError' },
            output: `function handle(err) {
  switch (err.code) {
    case 'InternalError.DbError':
    case 'InternalError.DbError':
    case 'ENOENT':
      return 1;
    case 'InternalError':
      // Internal error.
      throw err;
    case 'InternalError.Timeout':
      // 后端超时。
      throw err;
  }
  return 0;
}
`,
          },
        ],
      },
    ],
  },
  // The case before default falls into it: the new cases go after the last case that cannot fall through.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'InternalError':
      return 'retry';
    case 'InternalError.DbError': // no break: handled as the default
    default:
      return 'other';
  }
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'switch', family: 'InternalError', count: 1, total: 3, codes: '"InternalError.Timeout"' },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'InternalError' },
            output: `function handle(err) {
  switch (err.code) {
    case 'InternalError':
      return 'retry';
    case 'InternalError.Timeout':
      // 后端超时。
      throw err;
    case 'InternalError.DbError': // no break: handled as the default
    default:
      return 'other';
  }
}
`,
          },
        ],
      },
    ],
  },
  // Quote style and tab indentation follow the code; a trailing comment stays on its line.
  {
    code: `function handle(err) {\n\tswitch (err.Code) {\n\t\tcase "InternalError.Timeout":\n\t\t\tbreak; // retried by the caller\n\t}\n}\n`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError", "InternalError.DbError"',
        },
        line: 2,
        column: 2,
        endLine: 2,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'InternalError' },
            output: `function handle(err) {\n\tswitch (err.Code) {\n\t\tcase "InternalError.Timeout":\n\t\t\tbreak; // retried by the caller\n\t\tcase "InternalError":\n\t\t\t// Internal error.\n\t\t\tthrow err;\n\t\tcase "InternalError.DbError":\n\t\t\t// Database error */ see the logs or retry.\n\t\t\tthrow err;\n\t}\n}\n`,
          },
        ],
      },
    ],
  },
  // An if-else chain without braces, on a variable bound from the code, with template literals.
  {
    code: 'function handle(err) {\n  const code = err.code;\n  if (code === `InternalError`) return 1;\n  else if (code === `InternalError.Timeout`) return 2;\n  return 0;\n}\n',
    options: [{ families: ['*'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'if-else chain', family: 'InternalError', count: 1, total: 3, codes: '"InternalError.DbError"' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'InternalError' },
            output:
              'function handle(err) {\n  const code = err.code;\n  if (code === `InternalError`) return 1;\n  else if (code === `InternalError.Timeout`) return 2; else if (code === `InternalError.DbError`) {\n    // Database error */ see the logs or retry.\n    throw err;\n  }\n  return 0;\n}\n',
          },
        ],
      },
    ],
  },
  // The last case runs off the end of the switch: the new cases go first, where nothing falls into them.
  {
    code: `function handle(err) {
  switch (err.code) { // by code
    case 'InternalError.Timeout':
      console.log('retrying');
  }
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError", "InternalError.DbError"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'InternalError' },
            output: `function handle(err) {
  switch (err.code) { // by code
    case 'InternalError':
      // Internal error.
      throw err;
    case 'InternalError.DbError':
      // Database error */ see the logs or retry.
      throw err;
    case 'InternalError.Timeout':
      console.log('retrying');
  }
}
`,
          },
        ],
      },
    ],
  },
  // Statements without semicolons: the new branches must still parse.
  {
    code: `function handle(err) {
  if (err.code == "InternalError") return 1
  else if (err.code == "InternalError.DbError") return 2
  return 0
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'if-else chain', family: 'InternalError', count: 1, total: 3, codes: '"InternalError.Timeout"' },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'InternalError' },
            output: `function handle(err) {
  if (err.code == "InternalError") return 1
  else if (err.code == "InternalError.DbError") return 2; else if (err.code == "InternalError.Timeout") {
    // 后端超时。
    throw err;
  }
  return 0
}
`,
          },
        ],
      },
    ],
  },
  // Constants count in comparisons too, on either side; the quote style comes from a literal.
  {
    code: `const Codes = Object.freeze({ db: "InternalError.DbError" });
function handle(err) {
  if (Codes.db === err.code) {
    return 1;
  } else if (err.code === "InternalError") {
    return 2;
  }
  return 0;
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'if-else chain', family: 'InternalError', count: 1, total: 3, codes: '"InternalError.Timeout"' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 29,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'InternalError' },
            output: `const Codes = Object.freeze({ db: "InternalError.DbError" });
function handle(err) {
  if (Codes.db === err.code) {
    return 1;
  } else if (err.code === "InternalError") {
    return 2;
  } else if (err.code === "InternalError.Timeout") {
    // 后端超时。
    throw err;
  }
  return 0;
}
`,
          },
        ],
      },
    ],
  },
  // Guards may come before the dispatch; the report is on its first comparison.
  {
    code: `function handle(err) {
  if (!err.code) {
    return 'network';
  } else if (err.code === 'InternalError') {
    return 'retry';
  } else if (err.code === 'InternalError.Timeout') {
    return 'wait';
  }
  return 'other';
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'if-else chain', family: 'InternalError', count: 1, total: 3, codes: '"InternalError.DbError"' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'InternalError' },
            output: `function handle(err) {
  if (!err.code) {
    return 'network';
  } else if (err.code === 'InternalError') {
    return 'retry';
  } else if (err.code === 'InternalError.Timeout') {
    return 'wait';
  } else if (err.code === 'InternalError.DbError') {
    // Database error */ see the logs or retry.
    throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // A description cannot hide or reorder code: bidi overrides and a zero-width space become visible escapes, a
  // newline a space, so the comment stays one line that shows what it holds.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'ResourceUnavailable.Busy':
      return 'later';
  }
  return 'now';
}
`,
    options: [{ families: ['ResourceUnavailable'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'ResourceUnavailable',
          count: 1,
          total: 2,
          codes: '"ResourceUnavailable.Maintenance"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'ResourceUnavailable' },
            output: `function handle(err) {
  switch (err.code) {
    case 'ResourceUnavailable.Busy':
      return 'later';
    case 'ResourceUnavailable.Maintenance':
      // Under \\u{202E}maintenance\\u{202C} until\\u{200B} further notice. Retry later.
      throw err;
  }
  return 'now';
}
`,
          },
        ],
      },
    ],
  },
  // A family claimed by a code other than its bare one, the bare code handled too: the rest are missing.
  {
    code: `switch (err.code) {
  case 'FailedOperation':
  case 'FailedOperation.DomainExists':
    throw err;
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 2,
          total: 4,
          codes: '"FailedOperation.ActionIsDoing", "FailedOperation.ProxySellOut"',
        },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `switch (err.code) {
  case 'FailedOperation':
  case 'FailedOperation.DomainExists':
    throw err;
  case 'FailedOperation.ActionIsDoing':
    // The action is in progress.
    throw err;
  case 'FailedOperation.ProxySellOut':
    // The line is sold out.
    throw err;
}
`,
          },
        ],
      },
    ],
  },
  // A prefix checked in the default case covers only its own family.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    default:
      if (err.code.startsWith('LimitExceeded')) return 'quota';
      throw err;
  }
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 3,
          total: 4,
          codes: '"FailedOperation", "FailedOperation.ActionIsDoing", "FailedOperation.DomainExists"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `function handle(err) {
  switch (err.code) {
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    case 'FailedOperation':
      // The operation failed.
      throw err;
    case 'FailedOperation.ActionIsDoing':
      // The action is in progress.
      throw err;
    case 'FailedOperation.DomainExists':
      // The domain already exists.
      throw err;
    default:
      if (err.code.startsWith('LimitExceeded')) return 'quota';
      throw err;
  }
}
`,
          },
        ],
      },
    ],
  },
  // A longer prefix handles the codes that start with it; a branch testing a prefix is part of the dispatch.
  {
    code: `function handle(err) {
  if (err.code === 'InternalError.Timeout') {
    return 'wait';
  } else if (err.code.startsWith('InternalError.D')) {
    return 'database';
  }
  return 'other';
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'if-else chain', family: 'InternalError', count: 1, total: 3, codes: '"InternalError"' },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'InternalError' },
            output: `function handle(err) {
  if (err.code === 'InternalError.Timeout') {
    return 'wait';
  } else if (err.code.startsWith('InternalError.D')) {
    return 'database';
  } else if (err.code === 'InternalError') {
    // Internal error.
    throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // No variable holds the error (destructured in the catch clause): the inserted case throws a new error naming
  // the code.
  {
    code: `try {
  err.run();
} catch ({ code }) {
  switch (code) {
    case 'InternalError.Timeout':
      console.log('retry');
      break;
  }
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError", "InternalError.DbError"',
        },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'InternalError' },
            output: `try {
  err.run();
} catch ({ code }) {
  switch (code) {
    case 'InternalError.Timeout':
      console.log('retry');
      break;
    case 'InternalError':
      // Internal error.
      throw new Error('Unhandled Tencent Cloud error code InternalError');
    case 'InternalError.DbError':
      // Database error */ see the logs or retry.
      throw new Error('Unhandled Tencent Cloud error code InternalError.DbError');
  }
}
`,
          },
        ],
      },
    ],
  },
  // Inside catch (e), a switch over a variable bound from e.code rethrows e.
  {
    code: `async function create(client, request) {
  try {
    return await client.CreateProxy(request);
  } catch (e) {
    const code = e.code;
    switch (code) {
      case 'FailedOperation.ProxySellOut':
        return undefined;
      case 'FailedOperation.ActionIsDoing':
      case 'FailedOperation.DomainExists':
        throw e;
    }
    throw e;
  }
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'switch', family: 'FailedOperation', count: 1, total: 4, codes: '"FailedOperation"' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `async function create(client, request) {
  try {
    return await client.CreateProxy(request);
  } catch (e) {
    const code = e.code;
    switch (code) {
      case 'FailedOperation.ProxySellOut':
        return undefined;
      case 'FailedOperation.ActionIsDoing':
      case 'FailedOperation.DomainExists':
        throw e;
      case 'FailedOperation':
        // The operation failed.
        throw e;
    }
    throw e;
  }
}
`,
          },
        ],
      },
    ],
  },
  // Twenty missing codes are still inserted.
  {
    code: `switch (err.code) {
  case 'FailedOperation':
  case 'FailedOperation.Step01':
  case 'FailedOperation.Step02':
  case 'FailedOperation.Step03':
  case 'FailedOperation.Step04':
    throw err;
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: largeTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 20,
          total: 25,
          codes:
            '"FailedOperation.Step05", "FailedOperation.Step06", "FailedOperation.Step07", "FailedOperation.Step08", "FailedOperation.Step09" and 15 more',
        },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'FailedOperation' },
            output: `switch (err.code) {
  case 'FailedOperation':
  case 'FailedOperation.Step01':
  case 'FailedOperation.Step02':
  case 'FailedOperation.Step03':
  case 'FailedOperation.Step04':
    throw err;
  case 'FailedOperation.Step05':
    // Step 5 failed.
    throw err;
  case 'FailedOperation.Step06':
    // Step 6 failed.
    throw err;
  case 'FailedOperation.Step07':
    // Step 7 failed.
    throw err;
  case 'FailedOperation.Step08':
    // Step 8 failed.
    throw err;
  case 'FailedOperation.Step09':
    // Step 9 failed.
    throw err;
  case 'FailedOperation.Step10':
    // Step 10 failed.
    throw err;
  case 'FailedOperation.Step11':
    // Step 11 failed.
    throw err;
  case 'FailedOperation.Step12':
    // Step 12 failed.
    throw err;
  case 'FailedOperation.Step13':
    // Step 13 failed.
    throw err;
  case 'FailedOperation.Step14':
    // Step 14 failed.
    throw err;
  case 'FailedOperation.Step15':
    // Step 15 failed.
    throw err;
  case 'FailedOperation.Step16':
    // Step 16 failed.
    throw err;
  case 'FailedOperation.Step17':
    // Step 17 failed.
    throw err;
  case 'FailedOperation.Step18':
    // Step 18 failed.
    throw err;
  case 'FailedOperation.Step19':
    // Step 19 failed.
    throw err;
  case 'FailedOperation.Step20':
    // Step 20 failed.
    throw err;
  case 'FailedOperation.Step21':
    // Step 21 failed.
    throw err;
  case 'FailedOperation.Step22':
    // Step 22 failed.
    throw err;
  case 'FailedOperation.Step23':
    // Step 23 failed.
    throw err;
  case 'FailedOperation.Step24':
    // Step 24 failed.
    throw err;
}
`,
          },
        ],
      },
    ],
  },
  // Twenty-one are too many to insert: no suggestion, but the gen-handlers command for the family, with the
  // table as gen-handlers reads it from the project folder.
  {
    code: `function handle(err) {
  if (err.code === 'FailedOperation.Step01' || err.code === 'FailedOperation.Step02') {
    return 'early';
  } else if (err.code === 'FailedOperation.Step03' || err.code === 'FailedOperation.Step04') {
    return 'late';
  }
  return 'other';
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: largeTable,
    errors: [
      {
        messageId: 'missingManyCodes',
        data: {
          kind: 'if-else chain',
          family: 'FailedOperation',
          count: 21,
          total: 25,
          codes:
            '"FailedOperation", "FailedOperation.Step05", "FailedOperation.Step06", "FailedOperation.Step07", "FailedOperation.Step08" and 16 more',
          command: 'npx gen-handlers --table tests/fixtures/tables/large-family.json --family FailedOperation',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 86,
        suggestions: null,
      },
    ],
  },
  // The comments in the language of the lang setting: Chinese here.
  {
    code: `function handle(err) {
  if (err.code === 'InternalError') {
    return 'retry';
  } else if (err.code === 'InternalError.Timeout') {
    return 'wait';
  }
  return 'other';
}
`,
    options: [{ families: ['InternalError'] }],
    settings: { 'tencentcloud-errors': { tables: [path.join(FIXTURES, 'tables', 'exhaustive.json')], lang: 'zh' } },
    errors: [
      {
        messageId: 'missingCodes:zh',
        data: { kind: '`if-else` 链', family: 'InternalError', count: 1, total: 3, codes: '"InternalError.DbError"' },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 36,
        suggestions: [
          {
            messageId: 'addMissingBranches:zh',
            data: { family: 'InternalError' },
            output: `function handle(err) {
  if (err.code === 'InternalError') {
    return 'retry';
  } else if (err.code === 'InternalError.Timeout') {
    return 'wait';
  } else if (err.code === 'InternalError.DbError') {
    // 数据库错误。
    throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // A chosen family that the tables do not have.
  {
    code: `switch (err.code) { case 'InternalError': break; }`,
    options: [{ families: ['FailedOpration', 'Throttling'] }],
    errors: [
      {
        messageId: 'unknownFamily',
        data: { family: 'FailedOpration', tables: 'the configured tables', hint: ' (did you mean "FailedOperation"?)' },
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        suggestions: null,
      },
      {
        messageId: 'unknownFamily',
        data: { family: 'Throttling', tables: 'the configured tables', hint: '' },
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        suggestions: null,
      },
    ],
  },
];

/** TypeScript-only syntax: casts, non-null assertions, `as const` literals, destructuring from the response. */
const tsValid: Valid[] = [
  {
    code: `declare const err: unknown;
switch ((err as { code: string }).code) {
  case 'InternalError' as const:
    break;
}`,
    options: [{ families: ['*'] }],
  },
];

const tsInvalid: Invalid[] = [
  {
    code: `interface ApiError { code?: string }
export function handle(err: ApiError): string {
  switch ((err as ApiError).code!) {
    case 'AuthFailure.MFAFailure' as const:
      return 'mfa';
    default:
      return 'other';
  }
}
`,
    options: [{ families: ['AuthFailure'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'AuthFailure',
          count: 6,
          total: 7,
          codes:
            '"AuthFailure.InvalidSecretId", "AuthFailure.SecretIdNotFound", "AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure", "AuthFailure.TokenFailure" and 1 more',
        },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'AuthFailure' },
            output: `interface ApiError { code?: string }
export function handle(err: ApiError): string {
  switch ((err as ApiError).code!) {
    case 'AuthFailure.MFAFailure' as const:
      return 'mfa';
    case 'AuthFailure.InvalidSecretId':
      // Invalid key (not a TencentCloud API key type).
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
    case 'AuthFailure.UnauthorizedOperation':
      // The request is not authorized. See the CAM documentation for how authentication works.
      throw err;
    default:
      return 'other';
  }
}
`,
          },
        ],
      },
    ],
  },
  {
    code: `declare const res: { Response: { Error: { Code: string } } };
const { Error: { Code } } = res.Response;
if (Code === 'InternalError.DbError' || Code === 'InternalError') {
  throw new Error('retry');
} else if ((Code satisfies string) === 'InternalError.DbError') {
  throw new Error('duplicate');
}
`,
    options: [{ families: ['InternalError'] }],
    settings: demoTable,
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'if-else chain', family: 'InternalError', count: 1, total: 3, codes: '"InternalError.Timeout"' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'InternalError' },
            output: `declare const res: { Response: { Error: { Code: string } } };
const { Error: { Code } } = res.Response;
if (Code === 'InternalError.DbError' || Code === 'InternalError') {
  throw new Error('retry');
} else if ((Code satisfies string) === 'InternalError.DbError') {
  throw new Error('duplicate');
} else if (Code === 'InternalError.Timeout') {
  // 后端超时。
  throw res;
}
`,
          },
        ],
      },
    ],
  },
];

ruleTester.run('exhaustive-error-handling', rule, { valid, invalid });
tsRuleTester.run('exhaustive-error-handling (typescript-eslint parser)', rule, {
  valid: [...valid, ...tsValid],
  invalid: [...invalid, ...tsInvalid],
});

/**
 * Cases on the catalogue, without the shared testers' tables: the codes come from the products a file calls (the
 * `products` setting, or its SDK imports) with the common codes, or from every product when nothing tells. In the
 * embedded gaap, `LimitExceeded` is `LimitExceeded` ("A quota limit was exceeded."), `LimitExceeded.Domain` (Chinese
 * only) and `LimitExceeded.TagQuota`; `FailedOperation` has 47 codes.
 */
const catalogueTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});
const gaapProduct = { 'tencentcloud-errors': { products: ['gaap'] } };

const catalogueValid: Valid[] = [
  // Nothing tells which products the file calls: every family spans hundreds of products, so none is demanded.
  {
    code: `switch (err.code) {
  case 'AuthFailure.MFAFailure':
    throw err;
}
`,
    options: [{ families: ['*'] }],
  },
  {
    code: `if (err.code === 'FailedOperation.ProxySellOut') wait();
else if (err.code === 'LimitExceeded.TagQuota') tag();
`,
    options: [{ families: ['FailedOperation', 'LimitExceeded'] }],
  },
  // Every LimitExceeded code of gaap (and of the common codes).
  {
    code: `switch (err.code) {
  case 'LimitExceeded':
  case 'LimitExceeded.Domain':
  case 'LimitExceeded.TagQuota':
    break;
}
`,
    options: [{ families: ['*'] }],
    settings: gaapProduct,
  },
  // Scoped to its products, a file is not told that a family of some other product is unknown.
  {
    code: `switch (err.code) { case 'InternalError': throw err; }`,
    options: [{ families: ['FailedOpration'] }],
    settings: gaapProduct,
  },
];

const catalogueInvalid: Invalid[] = [
  // The products setting: the family's codes are gaap's and the common ones; a code without English gets Chinese.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'LimitExceeded.TagQuota':
      return 'tags';
  }
  return 'other';
}
`,
    options: [{ families: ['*'] }],
    settings: gaapProduct,
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
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            data: { family: 'LimitExceeded' },
            output: `function handle(err) {
  switch (err.code) {
    case 'LimitExceeded.TagQuota':
      return 'tags';
    case 'LimitExceeded':
      // A quota limit was exceeded.
      throw err;
    case 'LimitExceeded.Domain':
      // 域名数量超限制。
      throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // The comments in the language of the lang setting.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'LimitExceeded.TagQuota':
      return 'tags';
  }
  return 'other';
}
`,
    options: [{ families: ['*'] }],
    settings: { 'tencentcloud-errors': { products: ['gaap'], lang: 'zh' } },
    errors: [
      {
        messageId: 'missingCodes:zh',
        data: {
          kind: '`switch` 语句',
          family: 'LimitExceeded',
          count: 2,
          total: 3,
          codes: '"LimitExceeded"、"LimitExceeded.Domain"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases:zh',
            data: { family: 'LimitExceeded' },
            output: `function handle(err) {
  switch (err.code) {
    case 'LimitExceeded.TagQuota':
      return 'tags';
    case 'LimitExceeded':
      // 超过配额限制。
      throw err;
    case 'LimitExceeded.Domain':
      // 域名数量超限制。
      throw err;
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // The product the file imports, with zero config; inside catch (error), the new cases rethrow error.
  {
    code: `import { gaap } from 'tencentcloud-sdk-nodejs-gaap';

export async function tag(request) {
  const client = new gaap.v20180529.Client({});
  try {
    return await client.ModifyProxiesAttribute(request);
  } catch (error) {
    if (error.code === 'LimitExceeded.TagQuota' || error.code === 'LimitExceeded.Domain') {
      return undefined;
    } else if (error.code === 'InternalError') {
      return tag(request);
    }
    throw error;
  }
}
`,
    options: [{ families: ['*'] }],
    errors: [
      {
        messageId: 'missingCodes',
        data: { kind: 'if-else chain', family: 'LimitExceeded', count: 1, total: 3, codes: '"LimitExceeded"' },
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 90,
        suggestions: [
          {
            messageId: 'addMissingBranches',
            data: { family: 'LimitExceeded' },
            output: `import { gaap } from 'tencentcloud-sdk-nodejs-gaap';

export async function tag(request) {
  const client = new gaap.v20180529.Client({});
  try {
    return await client.ModifyProxiesAttribute(request);
  } catch (error) {
    if (error.code === 'LimitExceeded.TagQuota' || error.code === 'LimitExceeded.Domain') {
      return undefined;
    } else if (error.code === 'InternalError') {
      return tag(request);
    } else if (error.code === 'LimitExceeded') {
      // A quota limit was exceeded.
      throw error;
    }
    throw error;
  }
}
`,
          },
        ],
      },
    ],
  },
  // A large family of the product: no suggestion, the gen-handlers command for the product and the family.
  {
    code: `switch (err.code) {
  case 'FailedOperation.ProxySellOut':
    break;
}
`,
    options: [{ families: ['FailedOperation'] }],
    settings: gaapProduct,
    errors: [
      {
        messageId: 'missingManyCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 46,
          total: 47,
          codes:
            '"FailedOperation", "FailedOperation.AccountBalanceInsufficient", "FailedOperation.ActionIsDoing", "FailedOperation.ActionOperateTooQuickly", "FailedOperation.BelongDifferentGroup" and 41 more',
          command: 'npx gen-handlers --table gaap --family FailedOperation',
        },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        suggestions: null,
      },
    ],
  },
  // With nothing to tell the products, the option is still checked, against every product's families.
  {
    code: `switch (err.code) { case 'InternalError': throw err; }`,
    options: [{ families: ['FailedOpration'] }],
    errors: [
      {
        messageId: 'unknownFamily',
        data: { family: 'FailedOpration', tables: 'any product', hint: ' (did you mean "FailedOperation"?)' },
        line: 1,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
        suggestions: null,
      },
    ],
  },
];

catalogueTester.run('exhaustive-error-handling (the catalogue)', rule, {
  valid: catalogueValid,
  invalid: catalogueInvalid,
});

const linter = new Linter({ configType: 'flat' });
/** The rule in product scope over every family: strict's rules with its one change of options. */
const PRODUCT_SCOPE: Linter.Config = {
  rules: { 'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }] },
};

/** A flat config that runs the given rules of the plugin on `case.js` / `case.ts`. */
function lintConfig(typescript: boolean, settings: Invalid['settings'], rules: Linter.RulesRecord): Linter.Config[] {
  return [
    {
      files: ['**/*.js', '**/*.ts'],
      languageOptions: typescript
        ? { parser: tsParser as Linter.Parser }
        : { ecmaVersion: 'latest', sourceType: 'module' },
      plugins: { 'tencentcloud-errors': plugin },
      settings: settings ?? GAAP_PAGE_SETTINGS,
      rules,
    },
  ];
}

const allCases = [
  ...invalid.map((testCase) => ({ testCase, typescript: false })),
  ...invalid.map((testCase) => ({ testCase, typescript: true })),
  ...tsInvalid.map((testCase) => ({ testCase, typescript: true })),
].filter(({ testCase }) => testCase.errors.every((error) => error.messageId === 'missingCodes'));

describe('applying the suggestions', () => {
  it.each(allCases.map(({ testCase, typescript }, i) => [i, typescript ? 'ts' : 'js', testCase] as const))(
    'case %i (%s) ends with no report from either rule',
    (_, language, testCase) => {
      const typescript = language === 'ts';
      const filename = typescript ? 'case.ts' : 'case.js';
      const exhaustive = {
        'tencentcloud-errors/exhaustive-error-handling': ['error', ...(testCase.options ?? [])],
      } as Linter.RulesRecord;
      let code = testCase.code;
      let applied = 0;
      // Each report has one suggestion; apply them one after another, as a user would.
      for (let round = 0; round < 10; round += 1) {
        const messages = linter.verify(code, lintConfig(typescript, testCase.settings, exhaustive), filename);
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        const fix = messages.find((m) => m.suggestions !== undefined)?.suggestions?.[0]?.fix;
        if (fix === undefined) break;
        code = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
        applied += 1;
      }
      expect(applied).toBe(testCase.errors.length);
      const both = { ...exhaustive, 'tencentcloud-errors/no-unknown-error-code': 'error' } as Linter.RulesRecord;
      expect(linter.verify(code, lintConfig(typescript, testCase.settings, both), filename)).toEqual([]);
    },
  );
});

describe('the suggestion output compiles', () => {
  /** The standard library's declaration files, parsed once for every program. */
  const libraries = new Map<string, ts.SourceFile | undefined>();

  /** TypeScript diagnostics for one file, checked strictly and with no fall-through between non-empty cases. */
  function diagnostics(code: string): string[] {
    const fileName = path.resolve('suggestion.ts');
    const options: ts.CompilerOptions = {
      strict: true,
      // The JavaScript snippets' parameters and catch variables are untyped.
      noImplicitAny: false,
      useUnknownInCatchVariables: false,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      lib: ['lib.es2022.d.ts'],
      types: [],
      noFallthroughCasesInSwitch: true,
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, ...rest) => {
      if (path.resolve(name) === fileName) return ts.createSourceFile(name, code, language, true);
      let file = libraries.get(name);
      if (file === undefined) {
        file = getSourceFile(name, language, ...rest);
        libraries.set(name, file);
      }
      return file;
    };
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
    const program = ts.createProgram([fileName], options, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  const outputs = [
    ...invalid.flatMap((testCase) =>
      testCase.errors.flatMap((error) =>
        (error.suggestions ?? []).map((s) => ({ output: s.output, typescript: false })),
      ),
    ),
    ...tsInvalid.flatMap((testCase) =>
      testCase.errors.flatMap((error) =>
        (error.suggestions ?? []).map((s) => ({ output: s.output, typescript: true })),
      ),
    ),
  ];

  it('would catch a case that falls into an inserted one', () => {
    const fallsThrough = `export function f(err) {\n  switch (err.code) {\n    case 'a':\n      f(err);\n    case 'b':\n      throw new Error('b');\n  }\n}\n`;
    expect(diagnostics(fallsThrough)).toEqual(['Fallthrough case in switch.']);
  });

  it.each(outputs.map(({ output, typescript }, i) => [i, typescript ? 'ts' : 'js', output] as const))(
    'output %i (%s)',
    (_, language, output) => {
      // The free names of the JavaScript snippets are declared, so that only real errors remain.
      const prelude =
        language === 'ts' ? '' : 'declare const err: any;\ndeclare const console: { log(text: string): void };\n';
      expect(diagnostics(prelude + output)).toEqual([]);
    },
  );
});

describe('options', () => {
  it('requires a non-empty "families"', () => {
    const config = (options: unknown[]): Linter.Config[] => [
      {
        plugins: { 'tencentcloud-errors': plugin },
        rules: { 'tencentcloud-errors/exhaustive-error-handling': ['error', ...options] } as Linter.RulesRecord,
      },
    ];
    expect(() => linter.verify('x;', config([]))).toThrow(/exhaustive-error-handling.*required property 'families'/su);
    expect(() => linter.verify('x;', config([{ allowDefault: true }]))).toThrow(
      /exhaustive-error-handling.*required property 'families'/su,
    );
    expect(() => linter.verify('x;', config([{ families: [] }]))).toThrow(
      /exhaustive-error-handling.*should NOT have fewer than 1 items/su,
    );
    expect(() => linter.verify('x;', config([{ families: ['*'], allowDefaults: true }]))).toThrow(
      /additional properties/iu,
    );
    expect(linter.verify('x;', config([{ families: ['*'] }]))).toEqual([]);
  });

  it('is off in recommended and on for every family in strict', () => {
    expect(plugin.configs.recommended.rules).not.toHaveProperty(['tencentcloud-errors/exhaustive-error-handling']);
    expect(plugin.configs.strict.rules).toMatchObject({
      'tencentcloud-errors/exhaustive-error-handling': ['error', { families: ['*'] }],
      'tencentcloud-errors/no-unknown-error-code': 'error',
    });
    // Strict judges a dispatch by what the guarded call can return: outside any guard, it demands nothing.
    const dispatch = `switch (err.code) { case 'AuthFailure.MFAFailure': break; }`;
    expect(linter.verify(dispatch, [plugin.configs.strict, { settings: GAAP_PAGE_SETTINGS }])).toEqual([]);
    const messages = linter.verify(dispatch, [plugin.configs.strict, PRODUCT_SCOPE, { settings: GAAP_PAGE_SETTINGS }]);
    expect(messages.map((m) => m.ruleId)).toEqual(['tencentcloud-errors/exhaustive-error-handling']);
  });

  it('in strict with zero config, checks a dispatch in a guard of a known call, and not one that tells nothing', () => {
    const dispatch = `switch (err.code) { case 'AuthFailure.UnauthorizedOperation': break; }`;
    const calling = `import { gaap } from 'tencentcloud-sdk-nodejs-gaap';\nconst client = new gaap.v20180529.Client({});\nclient.CreateProxy({}).catch((err) => {\n${dispatch}\n});`;
    expect(linter.verify(calling, [plugin.configs.strict]).map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual([
      '4:1 missingActionCodes',
    ]);
    expect(linter.verify(dispatch, [plugin.configs.strict])).toEqual([]);
  });
});

describe('long chains of const aliases', () => {
  /** `const a1 = a0; … const aN = aN-1;` for a code expression and for a code constant, then a switch over each. */
  function chains(length: number): string {
    const lines = ['export function f(err) {', '  const a0 = err.code;', "  const c0 = 'AuthFailure.MFAFailure';"];
    for (let i = 1; i < length; i++) lines.push(`  const a${i} = a${i - 1};`, `  const c${i} = c${i - 1};`);
    lines.push(`  switch (a${length - 1}) { case 'AuthFailure.MFAFailure': return 1; }`);
    lines.push(`  switch (err.code) { case c${length - 1}: return 2; }`);
    lines.push('}');
    return lines.join('\n');
  }

  it('are followed when short: both switches are dispatches on the code', () => {
    expect(
      linter
        .verify(chains(10), [plugin.configs.strict, PRODUCT_SCOPE, { settings: GAAP_PAGE_SETTINGS }])
        .map((m) => `${m.line}:${m.column} ${m.messageId}`),
    ).toEqual(['22:3 missingCodes', '23:3 missingCodes']);
  });

  it('are not followed past 32 hops, and 2,000 of them crash nothing', () => {
    expect(linter.verify(chains(40), [plugin.configs.strict, PRODUCT_SCOPE, { settings: GAAP_PAGE_SETTINGS }])).toEqual(
      [],
    );
    expect(
      linter.verify(chains(2000), [plugin.configs.strict, PRODUCT_SCOPE, { settings: GAAP_PAGE_SETTINGS }]),
    ).toEqual([]);
  });
});

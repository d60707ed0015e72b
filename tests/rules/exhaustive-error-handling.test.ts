import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import ts from 'typescript';

import plugin from '../../src/index.js';
import rule, { type MessageIds, type Options } from '../../src/rules/exhaustive-error-handling.js';
import { loadIndex } from '../../src/table/index.js';
import { commentText, familyGaps, listCodes, quoteString } from '../../src/util/family-coverage.js';
import { ruleTester, tsRuleTester } from '../ruleTester.js';
import { GAAP_PAGE_SETTINGS, GAAP_PAGE_TABLE } from '../support/gaap-page.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const gaap = loadIndex([GAAP_PAGE_TABLE]);
const FAILED_OPERATION = gaap.entriesOf('FailedOperation').map((entry) => entry.code);

/** A table whose bare-code family `InternalError` has a second code, with a description that tries to break a comment. */
const tableDir = mkdtempSync(path.join(tmpdir(), 'tce-exhaustive-'));
const BARE_TABLE = path.join(tableDir, 'bare.json');
writeFileSync(
  BARE_TABLE,
  JSON.stringify({
    service: 'demo',
    codes: [
      { code: 'InternalError', family: 'InternalError', scope: 'common', zh: '内部错误。', en: 'Internal error.' },
      {
        code: 'InternalError.DbError',
        family: 'InternalError',
        scope: 'service',
        zh: '数据库错误。',
        en: 'Database error */ see\nthe logs\u2028or retry.',
      },
      { code: 'InternalError.Timeout', family: 'InternalError', scope: 'service', zh: '后端超时。' },
    ],
  }),
);
const bareSettings = { 'tencentcloud-errors': { tables: [BARE_TABLE] } };
afterAll(() => rmSync(tableDir, { recursive: true, force: true }));

/** The English description of a GAAP code, as the suggestion writes it in its comment. */
function describeCode(code: string): string {
  const entry = gaap.get(code);
  if (entry?.description.en === undefined) throw new Error(`no English description for ${code}`);
  return entry.description.en;
}

/** What the switch suggestion inserts for one missing GAAP code (used where many codes are inserted). */
function insertedCase(code: string, caseIndent = '    ', bodyIndent = '      '): string {
  return `\n${caseIndent}case '${code}':\n${bodyIndent}// ${describeCode(code)}\n${bodyIndent}throw new Error('Unhandled Tencent Cloud error code ${code}');`;
}

const WITHOUT_PROXY_SELL_OUT = FAILED_OPERATION.filter((code) => code !== 'FailedOperation.ProxySellOut');

const completeFailedOperationSwitch = `export function handle(err) {
  switch (err.code) {
${FAILED_OPERATION.map((code) => `    case '${code}':\n      return 'failed: ${code}';\n`).join('')}  }
  return 'other';
}
`;

const missingOneSwitch = `export function handle(err) {
  switch (err.code) {
${WITHOUT_PROXY_SELL_OUT.map((code) => `    case '${code}':\n`).join('')}      return 'failed';
  }
  return 'other';
}
`;

const authSwitchWithDefault = `export function handle(err) {
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
`;

const authChain = (finalElse: string): string => `export function handle(error) {
  const { code } = error;
  if (code === 'AuthFailure.MFAFailure' || code === 'AuthFailure.TokenFailure') {
    return 'retry';
  } else if (code === 'AuthFailure.InvalidSecretId' || code === 'AuthFailure.SecretIdNotFound') {
    return 'fix credentials';
  } else if (code === 'AuthFailure.SignatureExpire') {
    return 'resync clock';
  }${finalElse}
  return 'other';
}
`;

const completeAuthChain = `export function handle(err) {
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
`;

const FAILED_OPERATION_ONLY: Options = [{ families: ['FailedOperation'] }];
const AUTH_FAILURE_ONLY: Options = [{ families: ['AuthFailure'] }];
const EVERY_FAMILY: Options = [{ families: ['*'] }];

const valid: Valid[] = [
  // Every one of the 32 FailedOperation codes, taken from the loaded table.
  { code: completeFailedOperationSwitch, options: FAILED_OPERATION_ONLY },
  { code: completeFailedOperationSwitch, options: EVERY_FAMILY },
  // A default case excuses the missing codes only with allowDefault.
  { code: authSwitchWithDefault, options: [{ families: ['AuthFailure'], allowDefault: true }] },
  {
    code: authChain(` else {\n    return 'unknown';\n  }`),
    options: [{ families: ['AuthFailure'], allowDefault: true }],
  },
  // An if-else chain with `||` groups, `==` and the literal on either side that names every code.
  { code: completeAuthChain, options: AUTH_FAILURE_ONLY },
  // Handles only InvalidParameterValue codes: not a family that was chosen.
  {
    code: `switch (err.code) {
  case 'InvalidParameterValue.InvalidTags':
  case 'InvalidParameterValue.DuplicatedRequestId':
    break;
}`,
    options: FAILED_OPERATION_ONLY,
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
    options: EVERY_FAMILY,
  },
  { code: `switch (err.message) { case 'FailedOperation.ProxySellOut': break; }`, options: EVERY_FAMILY },
  { code: `switch (err.code.length) { case 'FailedOperation.ProxySellOut': break; }`, options: EVERY_FAMILY },
  // Bare-code families: InternalError is the only code of its family in the GAAP table.
  { code: `switch (err.code) { case 'InternalError': throw err; }`, options: EVERY_FAMILY },
  { code: `switch (err.code) { case 'InternalError': throw err; }`, options: [{ families: ['InternalError'] }] },
  {
    code: `if (err.code === 'InternalError') retry(); else if (err.code === 'InvalidParameter') fix();`,
    options: EVERY_FAMILY,
  },
  // Non-codes handle no family.
  { code: `switch (err.code) { case 'ENOENT': case 'FailedOperation.ProxySelOut': break; }`, options: EVERY_FAMILY },
  // A lone if is one check, not a dispatch.
  { code: `if (err.code === 'FailedOperation.ProxySellOut') wait();`, options: EVERY_FAMILY },
  { code: `if (err.code === 'FailedOperation.ProxySellOut') wait(); else fail();`, options: EVERY_FAMILY },
  // Chains that are not one dispatch on one code expression.
  {
    code: `if (err.code === 'AuthFailure.MFAFailure') a(); else if (other.code === 'AuthFailure.TokenFailure') b();`,
    options: EVERY_FAMILY,
  },
  {
    code: `if (err.code === 'AuthFailure.MFAFailure') a(); else if (err.retryable) b(); else if (err.code === 'AuthFailure.TokenFailure') c();`,
    options: EVERY_FAMILY,
  },
  {
    code: `if (err.code === 'AuthFailure.MFAFailure' && first) a(); else if (err.code === 'AuthFailure.TokenFailure') b();`,
    options: EVERY_FAMILY,
  },
  {
    code: `if (err.code !== 'AuthFailure.MFAFailure') a(); else if (err.code === 'AuthFailure.TokenFailure') b();`,
    options: EVERY_FAMILY,
  },
  // Tables come from the shared settings: in this table InternalError has three codes.
  {
    code: `switch (err.code) { case 'InternalError': case 'InternalError.DbError': case 'InternalError.Timeout': throw err; }`,
    options: EVERY_FAMILY,
    settings: bareSettings,
  },
  // Constants count as the codes they hold.
  {
    code: `const TIMEOUT = 'InternalError.Timeout';
const Codes = { db: 'InternalError.DbError' };
switch (err.code) { case 'InternalError': case Codes.db: case TIMEOUT: throw err; }`,
    options: EVERY_FAMILY,
    settings: bareSettings,
  },
  // `reason` is not one of the code properties.
  {
    code: `switch (err.reason) { case 'FailedOperation.ProxySellOut': break; }`,
    options: EVERY_FAMILY,
  },
];

const invalid: Invalid[] = [
  // The 32-code family with one code missing: the case goes at the end, after the grouped cases.
  {
    code: missingOneSwitch,
    options: FAILED_OPERATION_ONLY,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 1,
          total: 32,
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
            output: missingOneSwitch.replace(
              "      return 'failed';\n",
              `      return 'failed';
    case 'FailedOperation.ProxySellOut':
      // The line is sold out or resources are insufficient; submit a ticket to apply.
      throw new Error('Unhandled Tencent Cloud error code FailedOperation.ProxySellOut');
`,
            ),
          },
        ],
      },
    ],
  },
  // A default case does not excuse missing codes by default; the cases go before it.
  {
    code: authSwitchWithDefault,
    options: AUTH_FAILURE_ONLY,
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
      throw new Error('Unhandled Tencent Cloud error code AuthFailure.SignatureFailure');
    case 'AuthFailure.UnauthorizedOperation':
      // The request is not authorized. See the CAM documentation for how authentication works.
      throw new Error('Unhandled Tencent Cloud error code AuthFailure.UnauthorizedOperation');
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
    code: authChain(` else {\n    throw error;\n  }`),
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
    throw new Error('Unhandled Tencent Cloud error code AuthFailure.SignatureFailure');
  } else if (code === 'AuthFailure.UnauthorizedOperation') {
    // The request is not authorized. See the CAM documentation for how authentication works.
    throw new Error('Unhandled Tencent Cloud error code AuthFailure.UnauthorizedOperation');
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
  // Without a final else, allowDefault excuses nothing; the branches go at the end.
  {
    code: authChain(''),
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
            output: authChain(` else if (code === 'AuthFailure.SignatureFailure') {
    // ${describeCode('AuthFailure.SignatureFailure')}
    throw new Error('Unhandled Tencent Cloud error code AuthFailure.SignatureFailure');
  } else if (code === 'AuthFailure.UnauthorizedOperation') {
    // ${describeCode('AuthFailure.UnauthorizedOperation')}
    throw new Error('Unhandled Tencent Cloud error code AuthFailure.UnauthorizedOperation');
  }`),
          },
        ],
      },
    ],
  },
  // "*": every family the switch handles; more than five missing codes are summed up.
  {
    code: `export function handle(err) {
  switch (err.code) {
    case 'InternalError':
      return 'retry';
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    case 'AuthFailure.MFAFailure':
      return 'mfa';
  }
  return 'other';
}
`,
    options: EVERY_FAMILY,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 31,
          total: 32,
          codes:
            '"FailedOperation", "FailedOperation.AccountBalanceInsufficient", "FailedOperation.ActionIsDoing", "FailedOperation.BelongDifferentGroup", "FailedOperation.CertificateIsUsing" and 26 more',
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
    case 'InternalError':
      return 'retry';
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    case 'AuthFailure.MFAFailure':
      return 'mfa';${WITHOUT_PROXY_SELL_OUT.map((code) => insertedCase(code)).join('')}
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
    case 'FailedOperation.ProxySellOut':
      return 'sold out';
    case 'AuthFailure.MFAFailure':
      return 'mfa';${gaap
        .entriesOf('AuthFailure')
        .map((entry) => entry.code)
        .filter((code) => code !== 'AuthFailure.MFAFailure')
        .map((code) => insertedCase(code))
        .join('')}
  }
  return 'other';
}
`,
          },
        ],
      },
    ],
  },
  // The bare code FailedOperation is a code of the FailedOperation family.
  {
    code: `switch (err.code) {\n  case 'FailedOperation':\n    throw err;\n}\n`,
    options: FAILED_OPERATION_ONLY,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'FailedOperation',
          count: 31,
          total: 32,
          codes:
            '"FailedOperation.AccountBalanceInsufficient", "FailedOperation.ActionIsDoing", "FailedOperation.BelongDifferentGroup", "FailedOperation.CertificateIsUsing", "FailedOperation.DeleteProxyGroupProxyRemained" and 26 more',
        },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: `switch (err.code) {\n  case 'FailedOperation':\n    throw err;${FAILED_OPERATION.slice(1)
              .map((code) => insertedCase(code, '  ', '    '))
              .join('')}\n}\n`,
          },
        ],
      },
    ],
  },
  // A bare-code family with more codes (from the settings' table); descriptions cannot break the comment;
  // a code without an English description gets the Chinese one; non-codes and duplicates count for nothing.
  {
    code: `function handle(err) {
  switch (err.code) {
    case 'InternalError':
    case 'InternalError':
    case 'ENOENT':
      return 1;
  }
  return 0;
}
`,
    options: [{ families: ['InternalError'] }],
    settings: bareSettings,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError.DbError", "InternalError.Timeout"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: `function handle(err) {
  switch (err.code) {
    case 'InternalError':
    case 'InternalError':
    case 'ENOENT':
      return 1;
    case 'InternalError.DbError':
      // Database error *\\/ see the logs or retry.
      throw new Error('Unhandled Tencent Cloud error code InternalError.DbError');
    case 'InternalError.Timeout':
      // 后端超时。
      throw new Error('Unhandled Tencent Cloud error code InternalError.Timeout');
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
    settings: bareSettings,
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
            output: `function handle(err) {
  switch (err.code) {
    case 'InternalError':
      return 'retry';
    case 'InternalError.Timeout':
      // 后端超时。
      throw new Error('Unhandled Tencent Cloud error code InternalError.Timeout');
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
    code: `function handle(err) {\n\tswitch (err.Code) {\n\t\tcase "InternalError":\n\t\t\tbreak; // retried by the caller\n\t}\n}\n`,
    options: [{ families: ['InternalError'] }],
    settings: bareSettings,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError.DbError", "InternalError.Timeout"',
        },
        line: 2,
        column: 2,
        endLine: 2,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: `function handle(err) {\n\tswitch (err.Code) {\n\t\tcase "InternalError":\n\t\t\tbreak; // retried by the caller\n\t\tcase "InternalError.DbError":\n\t\t\t// Database error *\\/ see the logs or retry.\n\t\t\tthrow new Error("Unhandled Tencent Cloud error code InternalError.DbError");\n\t\tcase "InternalError.Timeout":\n\t\t\t// 后端超时。\n\t\t\tthrow new Error("Unhandled Tencent Cloud error code InternalError.Timeout");\n\t}\n}\n`,
          },
        ],
      },
    ],
  },
  // An if-else chain without braces, on a variable bound from the code, with template literals.
  {
    code: 'function handle(err) {\n  const code = err.code;\n  if (code === `InternalError`) return 1;\n  else if (code === `InternalError.Timeout`) return 2;\n  return 0;\n}\n',
    options: EVERY_FAMILY,
    settings: bareSettings,
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
            output:
              'function handle(err) {\n  const code = err.code;\n  if (code === `InternalError`) return 1;\n  else if (code === `InternalError.Timeout`) return 2; else if (code === `InternalError.DbError`) {\n    // Database error *\\/ see the logs or retry.\n    throw new Error(`Unhandled Tencent Cloud error code InternalError.DbError`);\n  }\n  return 0;\n}\n',
          },
        ],
      },
    ],
  },
  // The last case runs off the end of the switch: the new cases go first, where nothing falls into them.
  {
    code: `function handle(err) {
  switch (err.code) { // by code
    case 'InternalError':
      console.log('retrying');
  }
}
`,
    options: [{ families: ['InternalError'] }],
    settings: bareSettings,
    errors: [
      {
        messageId: 'missingCodes',
        data: {
          kind: 'switch',
          family: 'InternalError',
          count: 2,
          total: 3,
          codes: '"InternalError.DbError", "InternalError.Timeout"',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'addMissingCases',
            output: `function handle(err) {
  switch (err.code) { // by code
    case 'InternalError.DbError':
      // Database error *\\/ see the logs or retry.
      throw new Error('Unhandled Tencent Cloud error code InternalError.DbError');
    case 'InternalError.Timeout':
      // 后端超时。
      throw new Error('Unhandled Tencent Cloud error code InternalError.Timeout');
    case 'InternalError':
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
    settings: bareSettings,
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
            output: `function handle(err) {
  if (err.code == "InternalError") return 1
  else if (err.code == "InternalError.DbError") return 2; else if (err.code == "InternalError.Timeout") {
    // 后端超时。
    throw new Error("Unhandled Tencent Cloud error code InternalError.Timeout");
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
    settings: bareSettings,
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
            output: `const Codes = Object.freeze({ db: "InternalError.DbError" });
function handle(err) {
  if (Codes.db === err.code) {
    return 1;
  } else if (err.code === "InternalError") {
    return 2;
  } else if (err.code === "InternalError.Timeout") {
    // 后端超时。
    throw new Error("Unhandled Tencent Cloud error code InternalError.Timeout");
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
    settings: bareSettings,
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
            output: `function handle(err) {
  if (!err.code) {
    return 'network';
  } else if (err.code === 'InternalError') {
    return 'retry';
  } else if (err.code === 'InternalError.Timeout') {
    return 'wait';
  } else if (err.code === 'InternalError.DbError') {
    // Database error *\\/ see the logs or retry.
    throw new Error('Unhandled Tencent Cloud error code InternalError.DbError');
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
        data: { family: 'FailedOpration', hint: ' (did you mean "FailedOperation"?)' },
        line: 1,
        column: 1,
        suggestions: null,
      },
      {
        messageId: 'unknownFamily',
        data: { family: 'Throttling', hint: '' },
        line: 1,
        column: 1,
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
    options: EVERY_FAMILY,
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
    options: AUTH_FAILURE_ONLY,
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
            output: `interface ApiError { code?: string }
export function handle(err: ApiError): string {
  switch ((err as ApiError).code!) {
    case 'AuthFailure.MFAFailure' as const:
      return 'mfa';${gaap
        .entriesOf('AuthFailure')
        .map((entry) => entry.code)
        .filter((code) => code !== 'AuthFailure.MFAFailure')
        .map((code) => insertedCase(code))
        .join('')}
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
    settings: bareSettings,
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
            output: `declare const res: { Response: { Error: { Code: string } } };
const { Error: { Code } } = res.Response;
if (Code === 'InternalError.DbError' || Code === 'InternalError') {
  throw new Error('retry');
} else if ((Code satisfies string) === 'InternalError.DbError') {
  throw new Error('duplicate');
} else if (Code === 'InternalError.Timeout') {
  // 后端超时。
  throw new Error('Unhandled Tencent Cloud error code InternalError.Timeout');
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

const linter = new Linter({ configType: 'flat' });

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
].filter(({ testCase }) => testCase.errors.some((error) => error.messageId === 'missingCodes'));

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
      // The JavaScript snippets' parameters are untyped.
      noImplicitAny: false,
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
    const messages = linter.verify(`switch (err.code) { case 'AuthFailure.MFAFailure': break; }`, [
      plugin.configs.strict,
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['tencentcloud-errors/exhaustive-error-handling']);
  });
});

describe('family coverage helpers', () => {
  it('finds the chosen families a dispatch touches, ignoring non-codes and duplicates', () => {
    const gaps = familyGaps(
      gaap,
      ['AuthFailure.MFAFailure', 'ENOENT', 'AuthFailure.MFAFailure', 'InternalError', 'FailedOperation.ProxySellOut'],
      new Set(['AuthFailure', 'InternalError']),
    );
    expect(gaps.map((gap) => [gap.family, gap.total, gap.missing.length])).toEqual([['AuthFailure', 7, 6]]);
    expect(gaps[0]?.missing.map((entry) => entry.code)).toEqual(
      gaap
        .entriesOf('AuthFailure')
        .map((e) => e.code)
        .filter((code) => code !== 'AuthFailure.MFAFailure'),
    );
    expect(familyGaps(gaap, ['FailedOperation.ProxySellOut'], new Set(['*'])).map((gap) => gap.missing.length)).toEqual(
      [31],
    );
    expect(familyGaps(gaap, ['Throttling.User'], new Set(['*']))).toEqual([]);
  });

  it.each([
    [['A'], '"A"'],
    [['A', 'B', 'C', 'D', 'E'], '"A", "B", "C", "D", "E"'],
    [['A', 'B', 'C', 'D', 'E', 'F'], '"A", "B", "C", "D", "E" and 1 more'],
  ])('lists %j as %s', (codes, want) => {
    expect(listCodes(codes)).toBe(want);
  });

  it.each([
    ['plain.', 'plain.'],
    ['ends */ a block comment', 'ends *\\/ a block comment'],
    ['two\nlines\r\nand\u2028more\u2029end', 'two lines and more end'],
    ['  spaced   out  ', 'spaced out'],
  ])('makes %j safe in a comment', (given, want) => {
    expect(commentText(given)).toBe(want);
  });

  it.each([
    ["it's", "'", "'it\\'s'"],
    ['say "hi"', '"', '"say \\"hi\\""'],
    ['${x}`', '`', '`\\${x}\\``'],
    ['a\\b\n', "'", "'a\\\\b\\n'"],
  ] as const)('quotes %j with %s', (text, quote, want) => {
    expect(quoteString(text, quote)).toBe(want);
  });
});

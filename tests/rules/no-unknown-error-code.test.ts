import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import * as espree from 'espree';

import plugin from '../../src/index.js';
import rule, { type MessageIds, type Options } from '../../src/rules/no-unknown-error-code.js';
import { ruleTester, tsRuleTester } from '../ruleTester.js';

/**
 * The shared testers pin the GAAP page table (`tables`), which `products` cannot be set beside: the product cases
 * run on a tester of their own, on the default parser, with no settings but their own.
 */
const catalogueTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** Every code of the embedded GAAP table (data/gaap.json), written out. */
const GAAP_CODES = [
  'AuthFailure.InvalidSecretId',
  'AuthFailure.MFAFailure',
  'AuthFailure.SecretIdNotFound',
  'AuthFailure.SignatureExpire',
  'AuthFailure.SignatureFailure',
  'AuthFailure.TokenFailure',
  'AuthFailure.UnauthorizedOperation',
  'DryRunOperation',
  'FailedOperation',
  'InternalError',
  'InvalidAction',
  'InvalidParameter',
  'InvalidParameterValue',
  'LimitExceeded',
  'MissingParameter',
  'NoSuchVersion',
  'RequestLimitExceeded',
  'ResourceInUse',
  'ResourceInsufficient',
  'ResourceNotFound',
  'ResourceUnavailable',
  'UnauthorizedOperation',
  'UnknownParameter',
  'UnsupportedOperation',
  'UnsupportedProtocol',
  'UnsupportedRegion',
  'FailedOperation.AccountBalanceInsufficient',
  'FailedOperation.ActionIsDoing',
  'FailedOperation.BelongDifferentGroup',
  'FailedOperation.CertificateIsUsing',
  'FailedOperation.DeleteProxyGroupProxyRemained',
  'FailedOperation.DomainAlreadyExisted',
  'FailedOperation.DuplicatedRequest',
  'FailedOperation.GroupStatusNotInRuning',
  'FailedOperation.InstanceStatusNotInRuning',
  'FailedOperation.InvalidListenerProtocol',
  'FailedOperation.LimitNumofDomains',
  'FailedOperation.LimitNumofListener',
  'FailedOperation.LimitNumofRules',
  'FailedOperation.LimitRealServerNum',
  'FailedOperation.ListenerHasTask',
  'FailedOperation.ListenerStatusError',
  'FailedOperation.NotSupportOldVersionProxy',
  'FailedOperation.NotSupportProxyGroup',
  'FailedOperation.NotSupportScalar',
  'FailedOperation.OperateLimitNumofListener',
  'FailedOperation.ProxySecurityAlreadyClose',
  'FailedOperation.ProxySecurityAlreadyOpen',
  'FailedOperation.ProxySecurityPolicyDuplicatedRule',
  'FailedOperation.ProxySecurityPolicyExisted',
  'FailedOperation.ProxySellOut',
  'FailedOperation.ProxyStatusNotInRuning',
  'FailedOperation.ProxyVersionNotSupport',
  'FailedOperation.RealServerAlreadyBound',
  'FailedOperation.RealServerNotInProject',
  'FailedOperation.ResourceCanNotAccess',
  'FailedOperation.RuleAlreadyExisted',
  'InvalidParameterValue.DuplicatedListenerPort',
  'InvalidParameterValue.InvalidBandwidth',
  'InvalidParameterValue.InvalidCertificateContent',
  'InvalidParameterValue.InvalidCertificateId',
  'InvalidParameterValue.InvalidCertificateKey',
  'InvalidParameterValue.InvalidConcurrency',
  'InvalidParameterValue.InvalidListenerPort',
  'InvalidParameterValue.InvalidTags',
  'InvalidParameterValue.ProjectIdNotBelong',
  'InvalidParameterValue.RealServerNotBelong',
  'InvalidParameterValue.UnknownAccessRegion',
  'InvalidParameterValue.UnknownDestRegion',
];

/** What the messages of unknown codes say was consulted, with the suites pinned to the GAAP page table file. */
const CHECKED = 'checked against gaap.json; add a table with the "tables" setting';

/** Strings of other libraries and vendors, none of them a Tencent Cloud code. */
const FOREIGN = ['ENOENT', 'Throttling.User', 'React.Fragment', 'type.googleapis.com/google.rpc.ErrorInfo', 'DNS.0312'];

/**
 * One literal in all seven places of the docs: comparison, case, includes/has, handler map, family and prefix (of
 * the part before the first dot), an error object's code, anywhere. Builds the code of a valid case only: no expected value comes from it.
 */
function everyContext(text: string): string {
  const literal = JSON.stringify(text);
  const family = JSON.stringify(text.split('.')[0]);
  const prefix = JSON.stringify(`${text.split('.')[0]}.`);
  return `
    function handle(err, res) {
      if (err.code === ${literal} || ${literal} !== res.Response.Error.Code) return 1;
      switch (err?.Code) { case ${literal}: return 2; }
      if ([${literal}].includes(err.code) || new Set([${literal}]).has(err.errorCode)) return 3;
      const handlers = { ${literal}: () => 4 };
      handlers[err.ErrorCode]?.();
      if (err.code.startsWith(${prefix}) || err.code.split(".")[0] === ${family}) return 5;
      const { code } = err;
      if (code == \`${text}\`) return 6;
      if (err.retry) throw { code: ${literal} };
      return ${literal};
    }
  `;
}

/** Valid on both parsers: every real code and every foreign string in every context, and code that is not about codes. */
const valid: Valid[] = [
  ...GAAP_CODES.map((code) => ({ name: `GAAP code ${code} in every context`, code: everyContext(code) })),
  ...FOREIGN.map((text) => ({ name: `foreign string ${text} in every context`, code: everyContext(text) })),
  {
    name: "another library's SCREAMING_CASE code: close to a code only when case is ignored (vite compares e.code with it)",
    code: [
      'function handle(err, res) {',
      '  if (err.code === "INVALID_OPTION" || "INVALID_OPTION" !== res.Response.Error.Code) return 1;',
      '  switch (err?.Code) { case "INVALID_OPTION": return 2; }',
      '  if (["INVALID_OPTION"].includes(err.code) || new Set(["INVALID_OPTION"]).has(err.errorCode)) return 3;',
      '  const handlers = { "INVALID_OPTION": () => 4 };',
      '  handlers[err.ErrorCode]?.();',
      '  if (err.code.startsWith("INVALID_OPTION.") || err.code.split(".")[0] === "INVALID_OPTION") return 5;',
      '  const { code } = err;',
      '  if (code == `INVALID_OPTION`) return 6;',
      '  return "INVALID_OPTION";',
      '}',
    ].join('\n'),
  },
  {
    name: 'a string with spaces',
    code: 'if (err.code === "Failed Operation") {} const s = "FailedOperation.Proxy sell out";',
  },
  {
    name: 'a string with spaces in every context',
    code: [
      'function handle(err, res) {',
      '  if (err.code === "FailedOperation. ProxySellOut" || "FailedOperation. ProxySellOut" !== res.Response.Error.Code) return 1;',
      '  switch (err?.Code) { case "FailedOperation. ProxySellOut": return 2; }',
      '  if (["FailedOperation. ProxySellOut"].includes(err.code) || new Set(["FailedOperation. ProxySellOut"]).has(err.errorCode)) return 3;',
      '  const handlers = { "FailedOperation. ProxySellOut": () => 4 };',
      '  handlers[err.ErrorCode]?.();',
      '  if (err.code.startsWith("FailedOperation.") || err.code.split(".")[0] === "FailedOperation") return 5;',
      '  const { code } = err;',
      '  if (code == `FailedOperation. ProxySellOut`) return 6;',
      '  return "FailedOperation. ProxySellOut";',
      '}',
    ].join('\n'),
  },
  {
    name: 'a tagged template is what its tag makes of it',
    code: 'const t = String.raw`FailedOperation.ProxySelOut`; if (err.code === tag`InternalErorr`) {}',
  },
  { name: 'an empty string', code: 'if (err.code === "" || err.code !== ``) {}' },
  { name: 'a template literal with expressions', code: 'if (err.code === `FailedOperaton.${name}`) {}' },
  {
    name: 'outside the contexts, an unknown family close to a code is not a code',
    code: 'const text = "FailedOperaton.ProxySellOut"; if (err.message === "InternalErorr") {}',
  },
  {
    name: 'a non-code property compared',
    code: 'if (err.name === "FailedOperaton.ProxySellOut" || err.codes === "InternalErorr") {}',
  },
  {
    name: 'a variable assigned again, not named like a code property, is not an error-code expression',
    code: 'let c = err.code; c = other(); if (c === "InternalErorr") {}',
  },
  {
    name: 'a String shadowed by a local function is not the global',
    code: 'function f(String) { return String(err.code) === "InternalErorr"; }',
  },
  {
    name: 'a Set that is not the global Set',
    code: 'class Set {} new Set(["InternalErorr"]).has(err.code);',
  },
  { name: 'includes with something else', code: '["InternalErorr"].includes(err.message);' },
  {
    name: 'an object indexed with something else',
    code: '({ InternalErorr: 1, "FailedOperaton.X": 2 })[err.message];',
  },
  { name: 'a less-than comparison is not a use as a code', code: 'if (err.code < "InternalErorr") {}' },
  {
    name: 'unknown families are left alone by default',
    code: 'if (err.code === "Throttling.User" || err.code.startsWith("Throttling.")) {}',
  },
  {
    name: 'reportUnknownFamilies does not reach strings outside the contexts',
    code: 'const vendor = "Throttling.User";',
    options: [{ reportUnknownFamilies: true }],
  },
  {
    name: 'ignore patterns',
    code: 'if (err.code === "FailedOperation.LegacyThing") {} const x = "AuthFailure.Custom";',
    options: [{ ignore: ['^FailedOperation\\.Legacy', '^AuthFailure\\.Custom$'] }],
  },
  {
    name: 'a prefix of a family',
    code: 'if (err.code.startsWith("Failed") || err.code.startsWith("FailedOperation.Proxy")) {}',
  },
  {
    name: 'codeProperties from the settings replace the defaults',
    code: 'if (err.code === "InternalErorr") {}',
    settings: { 'tencentcloud-errors': { codeProperties: ['reason'] } },
  },
];

const invalid: Invalid[] = [
  {
    name: 'a code with only its case wrong, though shaped like a translation key, is a misspelt code',
    code: "if (err.code === 'FailedOperation.proxySellOut' || err.code === 'AuthFailure.hint') {}",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.proxySellOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: "if (err.code === 'FailedOperation.ProxySellOut' || err.code === 'AuthFailure.hint') {}",
          },
        ],
      },
    ],
  },
  {
    name: 'the table spelling NotInRuning is the truth (comparison)',
    code: 'if (err.code === "FailedOperation.ProxyStatusNotInRunning") {}',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxyStatusNotInRunning',
          match: 'FailedOperation.ProxyStatusNotInRuning',
          description: 'The connection is not running; listeners cannot be added.',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 59,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxyStatusNotInRuning',
              description: 'The connection is not running; listeners cannot be added.',
            },
            output: 'if (err.code === "FailedOperation.ProxyStatusNotInRuning") {}',
          },
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.GroupStatusNotInRuning',
              description: 'The connection group is not running; the operation is not possible.',
            },
            output: 'if (err.code === "FailedOperation.GroupStatusNotInRuning") {}',
          },
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.InstanceStatusNotInRuning',
              description: 'The connection is not running; the operation is not possible.',
            },
            output: 'if (err.code === "FailedOperation.InstanceStatusNotInRuning") {}',
          },
        ],
      },
    ],
  },
  {
    name: 'the table spelling LimitNumofDomains is the truth (reversed comparison, single quotes, optional chain)',
    code: "if ('FailedOperation.LimitNumOfDomains' !== err?.Code) {}",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.LimitNumOfDomains',
          match: 'FailedOperation.LimitNumofDomains',
          description: 'The number of domain names exceeds the limit.',
        },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.LimitNumofDomains',
              description: 'The number of domain names exceeds the limit.',
            },
            output: "if ('FailedOperation.LimitNumofDomains' !== err?.Code) {}",
          },
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.LimitNumofRules',
              description: 'The number of forwarding rules exceeds the limit.',
            },
            output: "if ('FailedOperation.LimitNumofRules' !== err?.Code) {}",
          },
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.LimitNumofListener',
              description: 'The number of listeners exceeds the limit.',
            },
            output: "if ('FailedOperation.LimitNumofListener' !== err?.Code) {}",
          },
        ],
      },
    ],
  },
  {
    name: 'loose equality, an unknown family close to a code, err["errorCode"]',
    code: 'if (err["errorCode"] == "FailedOperaton.ProxySellOut" || err.ErrorCode != "InternalErorr") {}',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperaton.ProxySellOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 1,
        column: 25,
        endLine: 1,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: 'if (err["errorCode"] == "FailedOperation.ProxySellOut" || err.ErrorCode != "InternalErorr") {}',
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 75,
        endLine: 1,
        endColumn: 90,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: 'if (err["errorCode"] == "FailedOperaton.ProxySellOut" || err.ErrorCode != "InternalError") {}',
          },
        ],
      },
    ],
  },
  {
    name: 'an unknown family that differs from a code in case only',
    code: 'if (err.code === "INTERNALERROR") {}',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'INTERNALERROR', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: 'if (err.code === "InternalError") {}',
          },
        ],
      },
    ],
  },
  {
    name: 'a known family without a close code (comparison)',
    code: 'if (err.code === "FailedOperation.NotExist") {}',
    output: null,
    errors: [
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'FailedOperation.NotExist', checked: CHECKED },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 44,
        suggestions: null,
      },
    ],
  },
  {
    name: 'switch cases, a template literal keeps its backticks',
    code: [
      'switch (res.Response.Error.Code) {',
      '  case "FailedOperation.ProxySelOut":',
      '    break;',
      '  case `FailedOperaton.ProxySellOut`:',
      '    break;',
      '  case "AuthFailure.MFAFailure":',
      '    break;',
      '}',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxySelOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: [
              'switch (res.Response.Error.Code) {',
              '  case "FailedOperation.ProxySellOut":',
              '    break;',
              '  case `FailedOperaton.ProxySellOut`:',
              '    break;',
              '  case "AuthFailure.MFAFailure":',
              '    break;',
              '}',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperaton.ProxySellOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 4,
        column: 8,
        endLine: 4,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: [
              'switch (res.Response.Error.Code) {',
              '  case "FailedOperation.ProxySelOut":',
              '    break;',
              '  case `FailedOperation.ProxySellOut`:',
              '    break;',
              '  case "AuthFailure.MFAFailure":',
              '    break;',
              '}',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'an element of an array literal whose includes() gets a code',
    code: '["FailedOperation.ProxySellOut", "FailedOperaton.ProxySellOut"].includes(err.code);',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperaton.ProxySellOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 1,
        column: 34,
        endLine: 1,
        endColumn: 63,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: '["FailedOperation.ProxySellOut", "FailedOperation.ProxySellOut"].includes(err.code);',
          },
        ],
      },
    ],
  },
  {
    name: 'an element of a const Set whose has() gets a String()-wrapped code',
    code: 'const RETRYABLE = new Set(["InternalErorr"]);\nfunction retry(err) { return RETRYABLE.has(String(err.code)); }',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 28,
        endLine: 1,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output:
              'const RETRYABLE = new Set(["InternalError"]);\nfunction retry(err) { return RETRYABLE.has(String(err.code)); }',
          },
        ],
      },
    ],
  },
  {
    name: 'an element of a const array whose includes() gets a destructured code',
    code: 'const list = ["FailedOperation.NotExist"];\nconst { code } = err;\nlist.includes(code);',
    output: null,
    errors: [
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'FailedOperation.NotExist', checked: CHECKED },
        line: 1,
        column: 15,
        endLine: 1,
        endColumn: 41,
        suggestions: null,
      },
    ],
  },
  {
    name: 'keys of a handler map indexed with a code',
    code: [
      'const handlers = {',
      '  "FailedOperation.ProxySelOut": () => retry(),',
      "  'InternalErorr': () => fail(),",
      '  InternalError: () => fail(),',
      '};',
      'handlers[err.code]?.();',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxySelOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: [
              'const handlers = {',
              '  "FailedOperation.ProxySellOut": () => retry(),',
              "  'InternalErorr': () => fail(),",
              '  InternalError: () => fail(),',
              '};',
              'handlers[err.code]?.();',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const handlers = {',
              '  "FailedOperation.ProxySelOut": () => retry(),',
              "  'InternalError': () => fail(),",
              '  InternalError: () => fail(),',
              '};',
              'handlers[err.code]?.();',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'identifier keys of a handler map (a shorthand key is a variable too, and is left alone)',
    code: [
      'const handlers = {',
      '  InternalErorr: () => retry(),',
      '  ResourceNotFond() {},',
      '  FailedOperation_ProxySellOut: () => soldOut(),',
      '  InternalErorr2,',
      '  ResourceNotFound: () => {},',
      '};',
      'handlers[err.code]();',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const handlers = {',
              '  InternalError: () => retry(),',
              '  ResourceNotFond() {},',
              '  FailedOperation_ProxySellOut: () => soldOut(),',
              '  InternalErorr2,',
              '  ResourceNotFound: () => {},',
              '};',
              'handlers[err.code]();',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFond', match: 'ResourceNotFound', description: 'The resource does not exist.' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: 'The resource does not exist.' },
            output: [
              'const handlers = {',
              '  InternalErorr: () => retry(),',
              '  ResourceNotFound() {},',
              '  FailedOperation_ProxySellOut: () => soldOut(),',
              '  InternalErorr2,',
              '  ResourceNotFound: () => {},',
              '};',
              'handlers[err.code]();',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation_ProxySellOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: [
              'const handlers = {',
              '  InternalErorr: () => retry(),',
              '  ResourceNotFond() {},',
              '  "FailedOperation.ProxySellOut": () => soldOut(),',
              '  InternalErorr2,',
              '  ResourceNotFound: () => {},',
              '};',
              'handlers[err.code]();',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'a computed key of an object literal indexed directly',
    code: '({ ["InternalErorr"]: 1 })[err.Code];',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: '({ ["InternalError"]: 1 })[err.Code];',
          },
        ],
      },
    ],
  },
  {
    name: 'a family compared with split(".")[0]',
    code: 'if (err.code.split(".")[0] === "FailedOperaton") {}',
    output: null,
    errors: [
      {
        messageId: 'unknownFamily',
        data: { family: 'FailedOperaton', match: 'FailedOperation' },
        line: 1,
        column: 32,
        endLine: 1,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'replaceWithFamily',
            data: { replacement: 'FailedOperation' },
            output: 'if (err.code.split(".")[0] === "FailedOperation") {}',
          },
        ],
      },
    ],
  },
  {
    name: 'a family in a switch over split(".")[0]',
    code: 'switch (code.split(".")[0]) { case "InvalidParameterValu": break; }\nconst { code } = err;',
    output: null,
    errors: [
      {
        messageId: 'unknownFamily',
        data: { family: 'InvalidParameterValu', match: 'InvalidParameterValue' },
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'replaceWithFamily',
            data: { replacement: 'InvalidParameterValue' },
            output: 'switch (code.split(".")[0]) { case "InvalidParameterValue": break; }\nconst { code } = err;',
          },
          {
            messageId: 'replaceWithFamily',
            data: { replacement: 'InvalidParameter' },
            output: 'switch (code.split(".")[0]) { case "InvalidParameter": break; }\nconst { code } = err;',
          },
        ],
      },
    ],
  },
  {
    name: 'a family prefix in startsWith()',
    code: "if (err.code.startsWith('AuthFailur.')) {}",
    output: null,
    errors: [
      {
        messageId: 'unknownFamily',
        data: { family: 'AuthFailur', match: 'AuthFailure' },
        line: 1,
        column: 25,
        endLine: 1,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'replaceWithFamily',
            data: { replacement: 'AuthFailure.' },
            output: "if (err.code.startsWith('AuthFailure.')) {}",
          },
        ],
      },
    ],
  },
  {
    name: 'a prefix of a known family that no code has',
    code: 'if (err.code.startsWith("FailedOperation.Nope")) {}',
    output: null,
    errors: [
      {
        messageId: 'unknownPrefix',
        data: { prefix: 'FailedOperation.Nope', checked: CHECKED },
        line: 1,
        column: 25,
        endLine: 1,
        endColumn: 47,
        suggestions: null,
      },
    ],
  },
  {
    name: 'anywhere else: a known family with a misspelt code',
    code: 'const message = "FailedOperation.ProxySelOut";\nlog("AuthFailure.Foo");',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxySelOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: 'const message = "FailedOperation.ProxySellOut";\nlog("AuthFailure.Foo");',
          },
        ],
      },
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'AuthFailure.Foo', checked: CHECKED },
        line: 2,
        column: 5,
        endLine: 2,
        endColumn: 22,
        suggestions: null,
      },
    ],
  },
  {
    name: 'variables bound from error-code expressions',
    code: [
      'const c1 = String((error).code);',
      'const { Error: { Code } } = res.Response;',
      'const c3 = c1;',
      'try { run(); } catch ({ code: c4 = "" }) { if (c4 === "InternalErorr") {} }',
      'if (c1 === "InternalErorr" || Code === "InternalErorr" || c3 === "InternalErorr" || (e.code || e.Code) === "InternalErorr") {}',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 4,
        column: 55,
        endLine: 4,
        endColumn: 70,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const c1 = String((error).code);',
              'const { Error: { Code } } = res.Response;',
              'const c3 = c1;',
              'try { run(); } catch ({ code: c4 = "" }) { if (c4 === "InternalError") {} }',
              'if (c1 === "InternalErorr" || Code === "InternalErorr" || c3 === "InternalErorr" || (e.code || e.Code) === "InternalErorr") {}',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 5,
        column: 12,
        endLine: 5,
        endColumn: 27,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const c1 = String((error).code);',
              'const { Error: { Code } } = res.Response;',
              'const c3 = c1;',
              'try { run(); } catch ({ code: c4 = "" }) { if (c4 === "InternalErorr") {} }',
              'if (c1 === "InternalError" || Code === "InternalErorr" || c3 === "InternalErorr" || (e.code || e.Code) === "InternalErorr") {}',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 5,
        column: 40,
        endLine: 5,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const c1 = String((error).code);',
              'const { Error: { Code } } = res.Response;',
              'const c3 = c1;',
              'try { run(); } catch ({ code: c4 = "" }) { if (c4 === "InternalErorr") {} }',
              'if (c1 === "InternalErorr" || Code === "InternalError" || c3 === "InternalErorr" || (e.code || e.Code) === "InternalErorr") {}',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 5,
        column: 66,
        endLine: 5,
        endColumn: 81,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const c1 = String((error).code);',
              'const { Error: { Code } } = res.Response;',
              'const c3 = c1;',
              'try { run(); } catch ({ code: c4 = "" }) { if (c4 === "InternalErorr") {} }',
              'if (c1 === "InternalErorr" || Code === "InternalErorr" || c3 === "InternalError" || (e.code || e.Code) === "InternalErorr") {}',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 5,
        column: 108,
        endLine: 5,
        endColumn: 123,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const c1 = String((error).code);',
              'const { Error: { Code } } = res.Response;',
              'const c3 = c1;',
              'try { run(); } catch ({ code: c4 = "" }) { if (c4 === "InternalErorr") {} }',
              'if (c1 === "InternalErorr" || Code === "InternalErorr" || c3 === "InternalErorr" || (e.code || e.Code) === "InternalError") {}',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'reportUnknownFamilies reports a foreign family in the contexts',
    code: 'if (err.code === "Throttling.User" || err.code.startsWith("Throttling.")) {}',
    options: [{ reportUnknownFamilies: true }],
    output: null,
    errors: [
      {
        messageId: 'unknownCodeOfUnknownFamily',
        data: { code: 'Throttling.User', family: 'Throttling', checked: CHECKED },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 35,
        suggestions: null,
      },
      {
        messageId: 'unknownFamilyNoMatch',
        data: { family: 'Throttling', checked: CHECKED },
        line: 1,
        column: 59,
        endLine: 1,
        endColumn: 72,
        suggestions: null,
      },
    ],
  },
  {
    name: 'ignore patterns that do not match leave the report',
    code: 'if (err.code === "FailedOperation.NotExist") {}',
    options: [{ ignore: ['^FailedOperation\\.Legacy'] }],
    output: null,
    errors: [
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'FailedOperation.NotExist', checked: CHECKED },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 44,
        suggestions: null,
      },
    ],
  },
  {
    name: 'codeProperties from the settings',
    code: 'if (err.reason === "InternalErorr") {}',
    settings: { 'tencentcloud-errors': { codeProperties: ['reason'] } },
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: 'if (err.reason === "InternalError") {}',
          },
        ],
      },
    ],
  },
];

/** Not codes: prefixes and fragments of codes, i18n keys, translation calls, other strings; never reported. */
const notCodes: Valid[] = [
  {
    name: 'fragments of codes checked with startsWith, includes, indexOf, endsWith, match, slice or a callback are not codes',
    code: [
      'function kind(code, err) {',
      "  if (code.startsWith('InvalidParameter') || code.startsWith('FailedOperation.Proxy')) return 1;",
      "  if (code.includes('LimitExceeded') || code.includes('FailedOperation.Proxy') || code.endsWith('NotInRuning')) return 2;",
      "  if (code.indexOf('ResourceNotFound') === 0 || code.lastIndexOf('.Invalid') > 0) return 3;",
      "  if (code.indexOf('InvalidParameterValue.Invalid') === 0 || code.search('Sell') > 0) return 4;",
      "  if (/^AuthFailure/.test(code) || code.match(/SellOut$/) || code.match('ProxySell')) return 5;",
      "  if (code.slice(0, 15) === 'FailedOperation' || err.code.substring(0, 22) === 'InvalidParameterValue.') return 6;",
      "  if (['Proxy', 'FailedOperation.Limit'].some((piece) => code.includes(piece))) return 7;",
      '  return 0;',
      '}',
    ].join('\n'),
  },
  {
    name: 'i18n keys: a dotted key whose last segment starts lower-case is no code, compared or not',
    code: [
      "const zhCN = { 'InternalError.title': '服务开小差了', 'ResourceNotFound.description': '资源不存在' };",
      "if (err.code === 'AuthFailure.hint') {}",
      'const key = `LimitExceeded.retryLater`;',
    ].join('\n'),
  },
  {
    name: 'every argument of a translation call is a key or a text, never a code',
    code: [
      "t('FailedOperation.ProxySelOut');",
      "i18n.t('AuthFailure.Foo', { defaultValue: 'FailedOperation.NotExist' });",
      "this.$t(ok ? 'FailedOperation.Nope' : 'AuthFailure.Bar');",
      "intl.formatMessage({ id: 'FailedOperation.SoldOut' });",
      'const { t: translate } = useTranslation();',
      "translate('InvalidParameterValue.TooLong');",
    ].join('\n'),
  },
  {
    name: 'toUpperCase() and toLowerCase() make another string: no code expression',
    code: "if (err.code.toUpperCase() === 'INTERNALERORR' || err.code.toLowerCase() === 'failedoperation.proxyselout') {}",
  },
  {
    name: 'white space or look-alike letters around what no cleaning makes a known code',
    code: "if (err.code === ' ENOENT' || err.code === 'Thr\u043Ettling.User ') {} const s = ' InternalError';",
  },
  {
    name: 'callbacks that do not test their parameter against a code, and calls that are no ts-pattern match on a code',
    code: [
      "['InternalErorr'].some((c) => c === other.name);",
      "['ResourceNotFond'].find((c) => c.startsWith(err.code));",
      "match(err.message).with('InternalErorr', () => 1);",
      "builder.with('InternalErorr', () => 1);",
      "new Map([['InternalErorr', 1]]).get(err.message);",
    ].join('\n'),
  },
  {
    name: "another product's code with the tables set is not a typo of a table's code outside the places",
    code: "const label = 'FailedOperation.DuplicateRequest';",
  },
];

/** More expressions that hold a code, and more places a literal is used as one: each with a typo. */
const moreExpressions: Invalid[] = [
  {
    name: 'a code seen through trim()',
    code: "if (err.code.trim() === 'InternalErorr') {}",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 25,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: "if (err.code.trim() === 'InternalError') {}",
          },
        ],
      },
    ],
  },
  {
    name: 'a code seen through toString() on an optional chain',
    code: "if (err.Code?.toString() === 'ResourceNotFond') {}",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFond', match: 'ResourceNotFound', description: 'The resource does not exist.' },
        line: 1,
        column: 30,
        endLine: 1,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: 'The resource does not exist.' },
            output: "if (err.Code?.toString() === 'ResourceNotFound') {}",
          },
        ],
      },
    ],
  },
  {
    name: 'a code behind a guard and in a conditional with a fallback',
    code: "if ((e && e.code ? e.code : '') === 'InternalErorr' || (e && e.code) === 'ResourceNotFond') {}",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 37,
        endLine: 1,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: "if ((e && e.code ? e.code : '') === 'InternalError' || (e && e.code) === 'ResourceNotFond') {}",
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFond', match: 'ResourceNotFound', description: 'The resource does not exist.' },
        line: 1,
        column: 74,
        endLine: 1,
        endColumn: 91,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: 'The resource does not exist.' },
            output: "if ((e && e.code ? e.code : '') === 'InternalErorr' || (e && e.code) === 'ResourceNotFound') {}",
          },
        ],
      },
    ],
  },
  {
    name: 'a parameter named like a code property',
    code: ['function retryable(code) {', "  return code === 'InternalErorr';", '}'].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: ['function retryable(code) {', "  return code === 'InternalError';", '}'].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'a variable named like a code property, assigned in a catch',
    code: [
      "let errorCode = '';",
      'try { run(); } catch (e) { errorCode = e.code; }',
      "if (errorCode === 'InternalErorr') {}",
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              "let errorCode = '';",
              'try { run(); } catch (e) { errorCode = e.code; }',
              "if (errorCode === 'InternalError') {}",
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'a named constant compared with a code: the literal of its declaration',
    code: ["const RETRY = 'InternalErorr';", 'if (err.code === RETRY) retry();'].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 15,
        endLine: 1,
        endColumn: 30,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: ["const RETRY = 'InternalError';", 'if (err.code === RETRY) retry();'].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'a member of a frozen object in a case: only the members used as codes',
    code: [
      "const CODES = Object.freeze({ retry: 'InternalErorr', gone: 'ResourceNotFond' });",
      'switch (err.code) { case CODES.retry: break; }',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 38,
        endLine: 1,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              "const CODES = Object.freeze({ retry: 'InternalError', gone: 'ResourceNotFond' });",
              'switch (err.code) { case CODES.retry: break; }',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'the keys of a Map whose get() gets a code',
    code: [
      'const handlers = new Map([',
      "  ['InternalErorr', retry],",
      "  ['ResourceNotFound', gone],",
      ']);',
      'handlers.get(err.code)?.();',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 2,
        column: 4,
        endLine: 2,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const handlers = new Map([',
              "  ['InternalError', retry],",
              "  ['ResourceNotFound', gone],",
              ']);',
              'handlers.get(err.code)?.();',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'the elements of an array whose some() or find() callback compares them with a code',
    code: [
      "if (['InternalErorr', 'ResourceNotFound'].some((c) => c === err.code)) {}",
      "const found = ['ResourceNotFond'].find(function (c) { return err.code == c; });",
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 6,
        endLine: 1,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              "if (['InternalError', 'ResourceNotFound'].some((c) => c === err.code)) {}",
              "const found = ['ResourceNotFond'].find(function (c) { return err.code == c; });",
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFond', match: 'ResourceNotFound', description: 'The resource does not exist.' },
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: 'The resource does not exist.' },
            output: [
              "if (['InternalErorr', 'ResourceNotFound'].some((c) => c === err.code)) {}",
              "const found = ['ResourceNotFound'].find(function (c) { return err.code == c; });",
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'the elements of an array whose some() callback checks them as prefixes',
    code: "if (['AuthFailur.', 'FailedOperation.'].some((p) => err.code.startsWith(p))) {}",
    output: null,
    errors: [
      {
        messageId: 'unknownFamily',
        data: { family: 'AuthFailur', match: 'AuthFailure' },
        line: 1,
        column: 6,
        endLine: 1,
        endColumn: 19,
        suggestions: [
          {
            messageId: 'replaceWithFamily',
            data: { replacement: 'AuthFailure.' },
            output: "if (['AuthFailure.', 'FailedOperation.'].some((p) => err.code.startsWith(p))) {}",
          },
        ],
      },
    ],
  },
  {
    name: "the patterns of a ts-pattern match on a code, and P.union's members",
    code: [
      'match(err.code)',
      "  .with('InternalErorr', () => 1)",
      "  .with(P.union('ResourceNotFond', 'ResourceNotFound'), () => 2)",
      '  .otherwise(() => 0);',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 24,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'match(err.code)',
              "  .with('InternalError', () => 1)",
              "  .with(P.union('ResourceNotFond', 'ResourceNotFound'), () => 2)",
              '  .otherwise(() => 0);',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFond', match: 'ResourceNotFound', description: 'The resource does not exist.' },
        line: 3,
        column: 17,
        endLine: 3,
        endColumn: 34,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: 'The resource does not exist.' },
            output: [
              'match(err.code)',
              "  .with('InternalErorr', () => 1)",
              "  .with(P.union('ResourceNotFound', 'ResourceNotFound'), () => 2)",
              '  .otherwise(() => 0);',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'the keys of an object a code is looked up in with `in`',
    code: 'if (err.code in { InternalErorr: 1 }) {}',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: 'if (err.code in { InternalError: 1 }) {}',
          },
        ],
      },
    ],
  },
  {
    name: 'a piece of no code in includes() is checked as any dotted string is',
    code: "if (err.code.includes('FailedOperation.ProxySelOut')) {}",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxySelOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 1,
        column: 23,
        endLine: 1,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: "if (err.code.includes('FailedOperation.ProxySellOut')) {}",
          },
        ],
      },
    ],
  },
  {
    name: "another product's code with the tables set: unknown, never a typo of a table's code",
    code: "if (err.code === 'FailedOperation.DuplicateRequest') {}",
    output: null,
    errors: [
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'FailedOperation.DuplicateRequest', checked: CHECKED },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 52,
        suggestions: null,
      },
    ],
  },
];

/** Literals in a code's place that white space, full-width or look-alike characters keep from matching. */
const contaminated: Invalid[] = [
  {
    name: 'white space around a code',
    code: "if (err.code === ' InternalError ') {}",
    output: null,
    errors: [
      {
        messageId: 'contaminatedCode',
        data: {
          code: ' InternalError ',
          problems: 'leading white space and trailing white space',
          clean: 'InternalError',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: "if (err.code === 'InternalError') {}",
          },
        ],
      },
    ],
  },
  {
    name: 'a full-width full stop in a case',
    code: "switch (err.code) { case 'FailedOperation\uFF0EProxySellOut': break; }",
    output: null,
    errors: [
      {
        messageId: 'contaminatedCode',
        data: {
          code: 'FailedOperation\uFF0EProxySellOut',
          problems: 'the full-width "\uFF0E" (U+FF0E) for "."',
          clean: 'FailedOperation.ProxySellOut',
        },
        line: 1,
        column: 26,
        endLine: 1,
        endColumn: 56,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: "switch (err.code) { case 'FailedOperation.ProxySellOut': break; }",
          },
        ],
      },
    ],
  },
  {
    name: 'a Cyrillic letter in a list of codes',
    code: "if (['Intern\u0430lError'].includes(err.code)) {}",
    output: null,
    errors: [
      {
        messageId: 'contaminatedCode',
        data: {
          code: 'Intern\u0430lError',
          problems: 'the Cyrillic "\u0430" (U+0430) for "a"',
          clean: 'InternalError',
        },
        line: 1,
        column: 6,
        endLine: 1,
        endColumn: 21,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: "if (['InternalError'].includes(err.code)) {}",
          },
        ],
      },
    ],
  },
  {
    name: 'a Greek letter in an identifier key of a handler map',
    code: ['const handlers = { ResourceN\u03BFtFound: gone };', 'handlers[err.code]();'].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'contaminatedCode',
        data: {
          code: 'ResourceN\u03BFtFound',
          problems: 'the Greek "\u03BF" (U+03BF) for "o"',
          clean: 'ResourceNotFound',
        },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 36,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: 'The resource does not exist.' },
            output: ['const handlers = { ResourceNotFound: gone };', 'handlers[err.code]();'].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'an invisible character, shown as an escape, in what is no code once cleaned',
    code: "if (err.code === 'FailedOperation.Nope\u200B') {}",
    output: null,
    errors: [
      {
        messageId: 'contaminatedCode',
        data: {
          code: 'FailedOperation.Nope\\u{200B}',
          problems: 'the invisible U+200B',
          clean: 'FailedOperation.Nope',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 41,
        suggestions: null,
      },
    ],
  },
];

/** TypeScript-only syntax: `as`, `!`, `satisfies`, `<T>x`, `as const`, literal types. */
const tsValid: Valid[] = [
  {
    name: 'real codes in TS wrappers',
    code: 'if ((err as any).code === ("InternalError" as const) || err!.Code === "FailedOperation.ProxySellOut") {}',
  },
  { name: 'a union type of real codes', code: 'type Retryable = "InternalError" | "FailedOperation.ProxySellOut";' },
  {
    name: 'foreign strings in types',
    code: 'type Other = "Throttling.User" | "React.Fragment" | "DNS.0312" | "ENOENT";',
  },
];

const tsInvalid: Invalid[] = [
  {
    name: 'TS wrappers around the code expression',
    code: 'if ((err as Record<string, unknown>).code === "InternalErorr" || (<any>err).Code === "InternalErorr" || err!.code === "InternalErorr" || (err satisfies object).code === "InternalErorr") {}',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 47,
        endLine: 1,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output:
              'if ((err as Record<string, unknown>).code === "InternalError" || (<any>err).Code === "InternalErorr" || err!.code === "InternalErorr" || (err satisfies object).code === "InternalErorr") {}',
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 86,
        endLine: 1,
        endColumn: 101,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output:
              'if ((err as Record<string, unknown>).code === "InternalErorr" || (<any>err).Code === "InternalError" || err!.code === "InternalErorr" || (err satisfies object).code === "InternalErorr") {}',
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 119,
        endLine: 1,
        endColumn: 134,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output:
              'if ((err as Record<string, unknown>).code === "InternalErorr" || (<any>err).Code === "InternalErorr" || err!.code === "InternalError" || (err satisfies object).code === "InternalErorr") {}',
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 170,
        endLine: 1,
        endColumn: 185,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output:
              'if ((err as Record<string, unknown>).code === "InternalErorr" || (<any>err).Code === "InternalErorr" || err!.code === "InternalErorr" || (err satisfies object).code === "InternalError") {}',
          },
        ],
      },
    ],
  },
  {
    name: 'an as-const array and a satisfies handler map',
    code: [
      'const RETRY = ["InternalErorr"] as const;',
      'const handlers = { "FailedOperation.NotExist": 1 } satisfies Record<string, number>;',
      'RETRY.includes(err.code as never); handlers[err.code as string];',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'const RETRY = ["InternalError"] as const;',
              'const handlers = { "FailedOperation.NotExist": 1 } satisfies Record<string, number>;',
              'RETRY.includes(err.code as never); handlers[err.code as string];',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'FailedOperation.NotExist', checked: CHECKED },
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 46,
        suggestions: null,
      },
    ],
  },
  {
    name: 'a literal type of a known family',
    code: 'type Retryable = "FailedOperation.ProxySelOut";',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxySelOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: 'type Retryable = "FailedOperation.ProxySellOut";',
          },
        ],
      },
    ],
  },
];

/** TypeScript-only places and expressions: `as const` objects, enums, typed parameters. */
const tsMore: Invalid[] = [
  {
    name: 'an as-const object member and an enum member compared with a code: the literals of their declarations',
    code: [
      "const C = { A: 'InternalErorr', B: 'ResourceNotFond' } as const;",
      "enum Codes { Gone = 'ResourceNotFond' }",
      'if (err.code === C.A) {}',
      'switch (err.code) { case Codes.Gone: break; }',
    ].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              "const C = { A: 'InternalError', B: 'ResourceNotFond' } as const;",
              "enum Codes { Gone = 'ResourceNotFond' }",
              'if (err.code === C.A) {}',
              'switch (err.code) { case Codes.Gone: break; }',
            ].join('\n'),
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'ResourceNotFond', match: 'ResourceNotFound', description: 'The resource does not exist.' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 38,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: 'The resource does not exist.' },
            output: [
              "const C = { A: 'InternalErorr', B: 'ResourceNotFond' } as const;",
              "enum Codes { Gone = 'ResourceNotFound' }",
              'if (err.code === C.A) {}',
              'switch (err.code) { case Codes.Gone: break; }',
            ].join('\n'),
          },
        ],
      },
    ],
  },
  {
    name: 'a typed parameter named like a code property, trimmed',
    code: ['function retryable(code: string): boolean {', "  return code.trim() === 'InternalErorr';", '}'].join('\n'),
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: 'Internal error.' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 41,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: [
              'function retryable(code: string): boolean {',
              "  return code.trim() === 'InternalError';",
              '}',
            ].join('\n'),
          },
        ],
      },
    ],
  },
];

/** Files scoped to products by the `products` setting (or to every product): what another product's code is. */
const productValid: Valid[] = [
  {
    name: "a family's name compared as a code, where the file's product documents the bare name",
    code: "if (err.code === 'AuthFailure') {}",
    settings: { 'tencentcloud-errors': { products: ['aca'] } },
  },
  {
    name: "a code of the file's product, and of the common codes",
    code: "if (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
  },
  {
    name: "another product's code outside the places is not reported (a label, a table of texts)",
    code: "const label = 'FailedOperation.UserHasNoAmount';",
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
  },
  {
    name: "another product's code under another key of an object is not reported (a table of texts)",
    code: "const texts = [{ id: 'FailedOperation.UserHasNoAmount', text: 'No amount left' }];",
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
  },
];

const productInvalid: Invalid[] = [
  {
    name: "a family's name compared as a code, which the file's products do not document but whose codes they have",
    code: "if (err.code === 'AuthFailure') {}",
    settings: { 'tencentcloud-errors': { products: ['ocr'] } },
    output: null,
    errors: [
      {
        messageId: 'familyNameAsCode',
        data: { code: 'AuthFailure', products: 'ACA, AF, AFC, AGS and 114 more products', calls: 'OCR', count: '8' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 31,
        suggestions: null,
      },
    ],
  },
  {
    name: "another product's code as the code of an error object (place 6)",
    code: "const quota = Object.assign(new Error('no amount'), { code: 'FailedOperation.UserHasNoAmount' });",
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 1,
        column: 61,
        endLine: 1,
        endColumn: 94,
        suggestions: null,
      },
    ],
  },
  {
    name: "another product's code in a handler map read by a private method that every call hands a code",
    code: `const NORMALISE = { 'FailedOperation.UserHasNoAmount': 'quota' };
class Translator {
  #normalise(vendorCode) { return NORMALISE[vendorCode]; }
  fail(err) { return this.#normalise(err.code); }
}`,
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 1,
        column: 21,
        endLine: 1,
        endColumn: 54,
        suggestions: null,
      },
    ],
  },
  {
    name: "another product's code, close to no code of the file's products",
    code: "if (err.code === 'FailedOperation.UserHasNoAmount') {}",
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "another product's code seven insertions from a code of the file's product: no suggestion",
    code: "if (err.code === 'FailedOperation.NoFreeAmount') {}",
    settings: { 'tencentcloud-errors': { products: ['asr'] } },
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.NoFreeAmount', products: 'TMT', calls: 'ASR' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 48,
        suggestions: null,
      },
    ],
  },
  {
    name: "another product's code that differs in case from a code of the file's product: one suggestion",
    code: "switch (err.code) { case 'FailedOperation.DownloadError': break; }",
    settings: { 'tencentcloud-errors': { products: ['ocr'] } },
    output: null,
    errors: [
      {
        messageId: 'otherProductCode',
        data: {
          code: 'FailedOperation.DownloadError',
          products: 'BDA, HUNYUAN, VCG and VTC',
          calls: 'OCR',
          match: 'FailedOperation.DownLoadError',
        },
        line: 1,
        column: 26,
        endLine: 1,
        endColumn: 57,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.DownLoadError', description: 'Failed to download the file.' },
            output: "switch (err.code) { case 'FailedOperation.DownLoadError': break; }",
          },
        ],
      },
    ],
  },
  {
    name: "an unknown code names the file's products and how to add one",
    code: "if (err.code === 'FailedOperation.NoSuchThing') {}",
    settings: { 'tencentcloud-errors': { products: ['tmt'] } },
    output: null,
    errors: [
      {
        messageId: 'unknownCodeInFamily',
        data: {
          code: 'FailedOperation.NoSuchThing',
          checked: 'checked against TMT and the common codes; add a product with the "products" setting',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 47,
        suggestions: null,
      },
    ],
  },
  {
    name: 'with zero config and no product in sight, an unknown code was checked against every product',
    code: "if (err.code === 'FailedOperation.Zzzzqqq') {}",
    settings: { 'tencentcloud-errors': {} },
    output: null,
    errors: [
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'FailedOperation.Zzzzqqq', checked: 'checked against every product' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 43,
        suggestions: null,
      },
    ],
  },
];

/**
 * Place 6: the value of an error-code property in an object literal, a code written where an error is made (a fake
 * error of a test, an API answer's `Error`, an expected error), in a file judged by tables or products.
 */
const writtenValid: Valid[] = [
  {
    name: "an object's code property of a family no table has and close to no code: the app's own code",
    code: "throw { code: 'Cart.Empty', message: 'empty cart' };",
  },
  {
    name: "a translation key as an error object's code stays a translation key",
    code: "const failure = { code: 'InternalError.title' };",
  },
  {
    name: 'a default of a destructured code is no object literal of an error',
    code: "const { code = 'Authfailure.InvalidSecretId' } = err;",
  },
  {
    name: 'another property of an error object is not its code',
    code: "const failure = { reason: 'Authfailure.InvalidSecretId', code: 'AuthFailure.InvalidSecretId' };",
  },
];

const writtenInvalid: Invalid[] = [
  {
    name: "a fake error's code whose family differs in case from a known one (no string elsewhere is checked so)",
    code: "client.CreateProxy.mockRejectedValueOnce({ code: 'Authfailure.InvalidSecretId', message: 'bad key' });",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'Authfailure.InvalidSecretId',
          match: 'AuthFailure.InvalidSecretId',
          description: 'Invalid key (not a TencentCloud API key type).',
        },
        line: 1,
        column: 50,
        endLine: 1,
        endColumn: 79,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'AuthFailure.InvalidSecretId',
              description: 'Invalid key (not a TencentCloud API key type).',
            },
            output:
              "client.CreateProxy.mockRejectedValueOnce({ code: 'AuthFailure.InvalidSecretId', message: 'bad key' });",
          },
        ],
      },
    ],
  },
  {
    name: "the Code of an API answer's Error, as an interceptor answers, its family's case wrong",
    code: "scope.reply(200, { Response: { Error: { Code: 'Failedoperation.ProxySellOut', Message: 'sold out' } } });",
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'Failedoperation.ProxySellOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 1,
        column: 47,
        endLine: 1,
        endColumn: 77,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output:
              "scope.reply(200, { Response: { Error: { Code: 'FailedOperation.ProxySellOut', Message: 'sold out' } } });",
          },
        ],
      },
    ],
  },
];

describe('on the default parser (espree)', () => {
  ruleTester.run('no-unknown-error-code', rule, {
    valid: [...valid, ...notCodes, ...writtenValid],
    invalid: [...invalid, ...moreExpressions, ...contaminated, ...writtenInvalid],
  });
});

describe("on typescript-eslint's parser", () => {
  tsRuleTester.run('no-unknown-error-code', rule, {
    valid: [...valid, ...notCodes, ...tsValid],
    invalid: [...invalid, ...moreExpressions, ...contaminated, ...tsInvalid, ...tsMore],
  });
});

describe('on the catalogue, scoped to products (no table pinned)', () => {
  catalogueTester.run('no-unknown-error-code', rule, { valid: productValid, invalid: productInvalid });
});

/**
 * Product inference, one case per pattern (src/util/file-products.ts): a file that calls TMT one way or another,
 * with ASR's `FailedOperation.UserHasNoAmount` compared (reported as ASR's) or TMT's and a common code (known).
 */
const inferenceValid: Valid[] = [
  {
    name: 'the product is inferred from the namespace import of tencentcloud-sdk-nodejs and a client made from it: its own and the common codes are known',
    code: "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nconst client = new tencentcloud.tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: 'the product is inferred from the default import of tencentcloud-sdk-nodejs and a client made from it: its own and the common codes are known',
    code: "import tencentcloud from 'tencentcloud-sdk-nodejs';\nconst client = new tencentcloud.tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: 'the product is inferred from a destructured import of tencentcloud-sdk-nodejs: its own and the common codes are known',
    code: "import { tmt } from 'tencentcloud-sdk-nodejs';\nconst client = new tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: 'the product is inferred from a destructured require of tencentcloud-sdk-nodejs: its own and the common codes are known',
    code: "const { tmt } = require('tencentcloud-sdk-nodejs');\nconst client = new tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: 'the product is inferred from the per-product package: its own and the common codes are known',
    code: "import * as sdk from 'tencentcloud-sdk-nodejs-tmt';\nconst client = new sdk.tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: 'the product is inferred from a deep path into the SDK: its own and the common codes are known',
    code: "import { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tmt/v20180321/tmt_client';\nconst client = new Client({});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: 'the product is inferred from a client class through an alias: its own and the common codes are known',
    code: "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nconst TmtClient = tencentcloud.tmt.v20180321.Client, client = new TmtClient({});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: "the product is inferred from a CommonClient for the product's host: its own and the common codes are known",
    code: "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst client = new CommonClient('tmt.tencentcloudapi.com', '2018-03-21', {});\nif (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'InternalError') {}",
  },
  {
    name: 'a file calling two products knows both',
    code: "import { asr, tmt } from 'tencentcloud-sdk-nodejs';\nif (err.code === 'FailedOperation.UserHasNoAmount' || err.code === 'FailedOperation.NoFreeAmount') {}",
  },
  {
    name: "another product's code in the catch of a CommonClient-shaped request the model cannot tell: it may be that request's",
    code: "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nimport { speech } from './clients';\nconst client = new tencentcloud.tmt.v20180321.Client({});\nexport async function transcribe(url) {\n  try {\n    await speech.request('CreateRecTask', { Url: url });\n  } catch (err) {\n    if (err.code === 'FailedOperation.UserHasNoAmount') return null;\n    throw err;\n  }\n}",
  },
  {
    name: "a mock of the project's own module names no product, whatever its factory's keys",
    code: "jest.mock('./clients', () => ({ tmt: { v20180321: {} } }));\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
  },
  {
    name: 'a mock of the whole SDK whose factory names no product names none',
    code: "vi.mock('tencentcloud-sdk-nodejs', () => ({ default: {} }));\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
  },
  {
    name: 'a client passed in as a parameter tells nothing: every product is consulted',
    code: "export function translate(client, err) {\n  if (err.code === 'FailedOperation.UserHasNoAmount') return client;\n}",
  },
];

/** ASR's code compared on the last line of `code`, which names TMT some way: reported as ASR's. */
function asrCodeInTmtFile(name: string, code: string): Invalid {
  const line = code.split('\n').length + 1;
  return {
    name,
    code: `${code}\nif (err.code === 'FailedOperation.UserHasNoAmount') {}`,
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line,
        column: 18,
        endLine: line,
        endColumn: 51,
        suggestions: null,
      },
    ],
  };
}

const inferenceInvalid: Invalid[] = [
  asrCodeInTmtFile(
    "the product is inferred from a test runner's mock of the per-product package",
    "jest.mock('tencentcloud-sdk-nodejs-tmt');",
  ),
  asrCodeInTmtFile(
    "the product is inferred from the object a mock's factory gives for the whole SDK",
    "vi.mock('tencentcloud-sdk-nodejs', () => {\n  const Client = vi.fn();\n  return { tmt: { v20180321: { Client } } };\n});",
  ),
  asrCodeInTmtFile(
    "the product is inferred from node:test's mock of a module",
    "import { mock } from 'node:test';\nmock.module('tencentcloud-sdk-nodejs-tmt', { namedExports: {} });",
  ),
  {
    name: "another product's code in the catch of a call the model tells: it is named as such",
    code: "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nconst client = new tencentcloud.tmt.v20180321.Client({});\nexport async function translate(text) {\n  try {\n    await client.TextTranslate({ SourceText: text });\n  } catch (err) {\n    if (err.code === 'FailedOperation.UserHasNoAmount') return null;\n    throw err;\n  }\n}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 7,
        column: 22,
        endLine: 7,
        endColumn: 55,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from the namespace import of tencentcloud-sdk-nodejs and a client made from it: another product's code is named as such",
    code: "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nconst client = new tencentcloud.tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from the default import of tencentcloud-sdk-nodejs and a client made from it: another product's code is named as such",
    code: "import tencentcloud from 'tencentcloud-sdk-nodejs';\nconst client = new tencentcloud.tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from a destructured import of tencentcloud-sdk-nodejs: another product's code is named as such",
    code: "import { tmt } from 'tencentcloud-sdk-nodejs';\nconst client = new tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from a destructured require of tencentcloud-sdk-nodejs: another product's code is named as such",
    code: "const { tmt } = require('tencentcloud-sdk-nodejs');\nconst client = new tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from the per-product package: another product's code is named as such",
    code: "import * as sdk from 'tencentcloud-sdk-nodejs-tmt';\nconst client = new sdk.tmt.v20180321.Client({});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from a deep path into the SDK: another product's code is named as such",
    code: "import { Client } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tmt/v20180321/tmt_client';\nconst client = new Client({});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from a client class through an alias: another product's code is named as such",
    code: "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nconst TmtClient = tencentcloud.tmt.v20180321.Client, client = new TmtClient({});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
  {
    name: "the product is inferred from a CommonClient for the product's host: another product's code is named as such",
    code: "import { CommonClient } from 'tencentcloud-sdk-nodejs-common';\nconst client = new CommonClient('tmt.tencentcloudapi.com', '2018-03-21', {});\nif (err.code === 'FailedOperation.UserHasNoAmount') {}",
    output: null,
    errors: [
      {
        messageId: 'otherProductCodeNoMatch',
        data: { code: 'FailedOperation.UserHasNoAmount', products: 'ASR', calls: 'TMT' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 51,
        suggestions: null,
      },
    ],
  },
];

/**
 * Codes the file's products dropped (the catalogue's history, checked against tencentcloud-sdk-go's git log): TMT
 * dropped `InvalidParameter.SeqIntervalTooLarge` in v1.3.55 (2026-03-13) and `UnsupportedOperation.TextTooLong` and
 * `FailedOperation.LanguageRecognitionErr` in v1.3.130 (2026-07-08); SMS 2019-07-11 respelt
 * `InvalidParameterValue.SdkAppidNotExist` as `…SdkAppIdNotExist` in v1.0.191 (2021-06-22).
 */
const TMT_FILE =
  "import * as tencentcloud from 'tencentcloud-sdk-nodejs';\nconst client = new tencentcloud.tmt.v20180321.Client({});\n";

const removedValid: Valid[] = [
  {
    name: "a current TMT code and a common code that TMT's errors.go dropped are known",
    code: `${TMT_FILE}if (err.code === 'FailedOperation.NoFreeAmount' || err.code === 'RequestLimitExceeded.UinLimitExceeded') {}`,
  },
  {
    name: 'with no product known, a removed code outside the places is left alone',
    code: "const retryable = ['FailedOperation.LanguageRecognitionErr'];",
  },
  {
    name: 'outside the places, a removed code that another product has is left alone',
    code: `${TMT_FILE}const hint = 'UnsupportedOperation.TextTooLong';`,
  },
];

const removedInvalid: Invalid[] = [
  {
    name: "a code TMT dropped is reported as removed, with the release, not as AAI's or as unknown",
    code: `${TMT_FILE}switch (err.code) {\n  case 'UnsupportedOperation.TextTooLong':\n  case 'InvalidParameter.SeqIntervalTooLarge':\n    break;\n}`,
    output: null,
    errors: [
      {
        messageId: 'removedCode',
        data: { code: 'UnsupportedOperation.TextTooLong', api: "TMT's API", release: 'v1.3.130', date: '2026-07-08' },
        line: 4,
        column: 8,
        endLine: 4,
        endColumn: 42,
        suggestions: null,
      },
      {
        messageId: 'removedCode',
        data: {
          code: 'InvalidParameter.SeqIntervalTooLarge',
          api: "TMT's API",
          release: 'v1.3.55',
          date: '2026-03-13',
        },
        line: 5,
        column: 8,
        endLine: 5,
        endColumn: 46,
        suggestions: null,
      },
    ],
  },
  {
    name: 'a removed code no product has is reported as removed in a loose place too',
    code: `${TMT_FILE}const retryable = ['FailedOperation.LanguageRecognitionErr'];`,
    output: null,
    errors: [
      {
        messageId: 'removedCode',
        data: {
          code: 'FailedOperation.LanguageRecognitionErr',
          api: "TMT's API",
          release: 'v1.3.130',
          date: '2026-07-08',
        },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 60,
        suggestions: null,
      },
    ],
  },
  {
    name: 'a code the same release respelt is reported as renamed, and the new spelling suggested',
    code: "if (err.code === 'InvalidParameterValue.SdkAppidNotExist') {}",
    settings: { 'tencentcloud-errors': { products: ['sms@2019-07-11'] } },
    output: null,
    errors: [
      {
        messageId: 'renamedCode',
        data: {
          code: 'InvalidParameterValue.SdkAppidNotExist',
          api: "SMS's API (2019-07-11)",
          release: 'v1.0.191',
          date: '2021-06-22',
          renamed: 'InvalidParameterValue.SdkAppIdNotExist',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InvalidParameterValue.SdkAppIdNotExist', description: 'SdkAppId 不存在。' },
            output: "if (err.code === 'InvalidParameterValue.SdkAppIdNotExist') {}",
          },
        ],
      },
    ],
  },
  {
    name: "with no product known, a code no product has now is looked up in every product's history",
    code: "if (err.code === 'FailedOperation.LanguageRecognitionErr') {}",
    output: null,
    errors: [
      {
        messageId: 'removedCode',
        data: {
          code: 'FailedOperation.LanguageRecognitionErr',
          api: "TMT's API",
          release: 'v1.3.130',
          date: '2026-07-08',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 58,
        suggestions: null,
      },
    ],
  },
  {
    name: "with no product known, a code respelt in a product's history is reported as renamed, the new one offered",
    code: "switch (err.code) {\n  case 'InvalidParameter.AcquireHashExsits':\n    break;\n}",
    output: null,
    errors: [
      {
        messageId: 'renamedCode',
        data: {
          code: 'InvalidParameter.AcquireHashExsits',
          api: "DNSPOD's API",
          release: 'v1.0.1196',
          date: '2025-06-27',
          renamed: 'InvalidParameter.AcquireHashExists',
        },
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 44,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InvalidParameter.AcquireHashExists', description: '域名正在取回，请勿重复操作。' },
            output: "switch (err.code) {\n  case 'InvalidParameter.AcquireHashExists':\n    break;\n}",
          },
        ],
      },
    ],
  },
];

describe('on the catalogue, codes the products dropped', () => {
  catalogueTester.run('no-unknown-error-code', rule, { valid: removedValid, invalid: removedInvalid });
});

describe('on the catalogue, products inferred from the file', () => {
  catalogueTester.run('no-unknown-error-code', rule, { valid: inferenceValid, invalid: inferenceInvalid });
});

describe("on the catalogue, products inferred from the file, on typescript-eslint's parser", () => {
  new RuleTester().run('no-unknown-error-code', rule, {
    valid: [],
    invalid: [
      asrCodeInTmtFile(
        "the product is inferred from a type-only import of the SDK's models",
        "import type { TextTranslateResponse } from 'tencentcloud-sdk-nodejs-tmt/tencentcloud/services/tmt/v20180321/tmt_models';\ndeclare const err: { code: string };",
      ),
    ],
  });
});

describe('through ESLint with the recommended config', () => {
  const lint = (
    code: string,
    settings?: Record<string, unknown>,
    options?: Options[0],
    filename = 'file.js',
  ): Linter.LintMessage[] =>
    new Linter().verify(
      code,
      [
        plugin.configs.recommended,
        ...(settings === undefined ? [] : [{ settings: { 'tencentcloud-errors': settings } }]),
        ...(options === undefined
          ? []
          : [
              {
                rules: { 'tencentcloud-errors/no-unknown-error-code': ['error', options] } satisfies Linter.RulesRecord,
              },
            ]),
      ],
      filename,
    );
  const lines = (messages: Linter.LintMessage[]): string[] =>
    messages.map(
      (m) => `${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.fatal === true ? 'FATAL ' : ''}${m.message}`,
    );

  it('words the message as the issue asks: the literal, the best match and its description', () => {
    expect(lines(lint('if (err.code === "FailedOperation.ProxyStatusNotInRunning") {}'))).toEqual([
      '1:18 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.ProxyStatusNotInRunning". Did you mean "FailedOperation.ProxyStatusNotInRuning" (The connection is not running; listeners cannot be added.)?',
    ]);
  });

  it('shows a description made terminal-safe and cut: no ANSI or OSC-8 sequence, no bidi override reaches the terminal', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-unknown-message-'));
    try {
      const table = path.join(dir, 'nasty.json');
      writeFileSync(
        table,
        JSON.stringify({
          service: 'demo',
          codes: [
            {
              code: 'FailedOperation.Nasty',
              family: 'FailedOperation',
              scope: 'service',
              zh: `\u001B[2J\u001B]8;;https://evil.example\u0007点我\u001B]8;;\u0007 \u202E反转 ${'长'.repeat(200)}`,
            },
          ],
        }),
      );
      expect(lines(lint('if (err.code === "FailedOperation.Nasti") {}', { tables: [table] }))).toEqual([
        `1:18 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.Nasti". Did you mean "FailedOperation.Nasty" (\\u{001B}[2J\\u{001B}]8;;https://evil.example\\u{0007}点我\\u{001B}]8;;\\u{0007} \\u{202E}反转 ${'长'.repeat(14)}…)?`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an ignore pattern that is not a regular expression, naming the option and the pattern', () => {
    expect(() => lint('x', undefined, { ignore: ['FailedOperation.('] })).toThrow(
      /tencentcloud-errors\/no-unknown-error-code[\s\S]*"FailedOperation\.\(" should match format "regex"/u,
    );
  });

  describe('settings', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'no-unknown-error-code-'));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    const MISSPELT = 'if (err.code === "InternalErorr") {}';
    const FIX = 'The tencentcloud-errors rules check nothing until it is fixed.';

    /** Lints three files with one bad setting: one report in all, on the first file, and no crash. */
    /** Lints three files with one bad setting: the one report on every file (tests/util/settings.test.ts has more). */
    function expectReportedOnEveryFile(settings: Record<string, unknown>, message: string): void {
      const results = [MISSPELT, MISSPELT, 'const x = "FailedOperation.ProxySelOut";'].map((code) =>
        lines(lint(code, settings)),
      );
      // Reported once per file by whichever rule of the config reads the settings first: in the recommended config
      // that is no-impossible-error-code (rules run in the order the config names them).
      const report = [`1:1 tencentcloud-errors/no-impossible-error-code Invalid ${message} ${FIX}`];
      expect(results).toEqual([report, report, report]);
    }

    it('reports an unknown table name on every file', () => {
      expectReportedOnEveryFile(
        { tables: ['gaap', 'no-such-table'] },
        `settings["tencentcloud-errors"].tables[1]: no-such-table: unknown embedded table "no-such-table" (the catalogue has 258 products and "common"; a table file must end in .json or .md).`,
      );
    });

    it('reports a missing table file on every file, with the path it was read as', () => {
      expectReportedOnEveryFile(
        { tables: ['./no-such-dir/table.json'] },
        `settings["tencentcloud-errors"].tables[0]: ./no-such-dir/table.json: file not found (read as ${path.resolve('no-such-dir/table.json')}).`,
      );
    });

    it('reports a malformed table on every file, naming the file and line', () => {
      const file = path.join(dir, 'malformed.json');
      writeFileSync(file, '{\n  "service": "demo",\n  "codes": [\n');
      expectReportedOnEveryFile(
        { tables: ['gaap', file] },
        `settings["tencentcloud-errors"].tables[1]: ${file}:4: invalid JSON (close bracket expected) (read as ${file}).`,
      );
    });

    it('reports a settings value of the wrong shape on every file', () => {
      expectReportedOnEveryFile(
        { tables: 'gaap' },
        'settings["tencentcloud-errors"].tables: expected a non-empty array of strings, got the string "gaap".',
      );
      expectReportedOnEveryFile(
        { table: ['gaap'] },
        'settings["tencentcloud-errors"]: unknown key "table" (known keys: tables, products, codeProperties, lang, tablesDigest).',
      );
      expectReportedOnEveryFile(
        { codeProperties: ['code', ''] },
        'settings["tencentcloud-errors"].codeProperties[1]: expected a non-empty string, got the string "".',
      );
    });

    it('reads a table file next to the embedded one, and rereads it when it changes', () => {
      const file = path.join(dir, 'demo.json');
      const table = (code: string): string =>
        JSON.stringify({
          service: 'demo',
          version: '2020-01-01',
          codes: [{ code, family: 'FailedOperation', scope: 'service', zh: '演示。', en: 'Demo.' }],
        });
      writeFileSync(file, table('FailedOperation.DemoThing'));
      const settings = { tables: ['gaap', file] };
      expect(lines(lint('if (err.code === "FailedOperation.DemoThing") {}', settings))).toEqual([]);

      writeFileSync(file, table('FailedOperation.DemoThings'));
      // The cache notices the edit by size and modification time.
      utimesSync(file, new Date(), new Date(Date.now() + 5_000));
      expect(lines(lint('if (err.code === "FailedOperation.DemoThing") {}', settings))).toEqual([
        '1:18 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.DemoThing". Did you mean "FailedOperation.DemoThings" (Demo.)?',
      ]);
    });
  });
});

import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

import plugin from '../../src/index.js';
import rule, { type MessageIds, type Options } from '../../src/rules/no-unknown-error-code.js';
import { loadIndex } from '../../src/table/index.js';
import { errorCodeExpressionKey } from '../../src/util/index.js';
import { ruleTester, tsRuleTester } from '../ruleTester.js';
import { GAAP_PAGE_TABLE } from '../support/gaap-page.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const gaap = loadIndex([GAAP_PAGE_TABLE]);
/** The Chinese description the messages quote. */
const zh = (code: string): string => {
  const entry = gaap.get(code);
  if (entry === undefined) throw new Error(`not a GAAP code: ${code}`);
  return entry.description.zh;
};

/** One literal in all six contexts: comparison, case, includes/has, handler map, family prefix, anywhere. */
function everyContext(text: string, family: string): string {
  const literal = JSON.stringify(text);
  return `
    function handle(err, res) {
      if (err.code === ${literal} || ${literal} !== res.Response.Error.Code) return 1;
      switch (err?.Code) { case ${literal}: return 2; }
      if ([${literal}].includes(err.code) || new Set([${literal}]).has(err.errorCode)) return 3;
      const handlers = { ${literal}: () => 4 };
      handlers[err.ErrorCode]?.();
      if (err.code.startsWith(${JSON.stringify(`${family}.`)}) || err.code.split(".")[0] === ${JSON.stringify(family)}) return 5;
      const { code } = err;
      if (code == \`${text}\`) return 6;
      return ${literal};
    }
  `;
}

const FOREIGN = ['ENOENT', 'Throttling.User', 'React.Fragment', 'type.googleapis.com/google.rpc.ErrorInfo', 'DNS.0312'];

/** Valid on both parsers: every real code and every foreign string in every context, and code that is not about codes. */
const valid: Valid[] = [
  ...gaap.entries.map(({ code, family }) => ({
    name: `GAAP code ${code} in every context`,
    code: everyContext(code, family),
  })),
  ...FOREIGN.map((text) => ({
    name: `foreign string ${text} in every context`,
    code: everyContext(text, text.split('.')[0] ?? text),
  })),
  {
    name: "another library's SCREAMING_CASE code: close to a code only when case is ignored (vite compares e.code with it)",
    code: everyContext('INVALID_OPTION', 'INVALID_OPTION'),
  },
  {
    name: 'a string with spaces',
    code: 'if (err.code === "Failed Operation") {} const s = "FailedOperation.Proxy sell out";',
  },
  {
    name: 'a string with spaces in every context',
    code: everyContext('FailedOperation. ProxySellOut', 'FailedOperation'),
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
    name: 'a variable assigned again is not an error-code expression',
    code: 'let code = err.code; code = other(); if (code === "InternalErorr") {}',
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
    name: 'the table spelling NotInRuning is the truth (comparison)',
    code: 'if (err.code === "FailedOperation.ProxyStatusNotInRunning") {}',
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxyStatusNotInRunning',
          match: 'FailedOperation.ProxyStatusNotInRuning',
          description: zh('FailedOperation.ProxyStatusNotInRuning'),
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
              description: zh('FailedOperation.ProxyStatusNotInRuning'),
            },
            output: 'if (err.code === "FailedOperation.ProxyStatusNotInRuning") {}',
          },
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.GroupStatusNotInRuning',
              description: zh('FailedOperation.GroupStatusNotInRuning'),
            },
            output: 'if (err.code === "FailedOperation.GroupStatusNotInRuning") {}',
          },
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.InstanceStatusNotInRuning',
              description: zh('FailedOperation.InstanceStatusNotInRuning'),
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
          description: zh('FailedOperation.LimitNumofDomains'),
        },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.LimitNumofDomains', description: zh('FailedOperation.LimitNumofDomains') },
            output: "if ('FailedOperation.LimitNumofDomains' !== err?.Code) {}",
          },
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.LimitNumofRules', description: zh('FailedOperation.LimitNumofRules') },
            output: "if ('FailedOperation.LimitNumofRules' !== err?.Code) {}",
          },
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.LimitNumofListener', description: zh('FailedOperation.LimitNumofListener') },
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 1,
        column: 25,
        endLine: 1,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
            output: 'if (err["errorCode"] == "FailedOperation.ProxySellOut" || err.ErrorCode != "InternalErorr") {}',
          },
        ],
      },
      {
        messageId: 'unknownCode',
        data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
        line: 1,
        column: 75,
        endLine: 1,
        endColumn: 90,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
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
        data: { code: 'INTERNALERROR', match: 'InternalError', description: zh('InternalError') },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 33,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
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
        data: { code: 'FailedOperation.NotExist', family: 'FailedOperation' },
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 4,
        column: 8,
        endLine: 4,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 1,
        column: 34,
        endLine: 1,
        endColumn: 63,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
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
        data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
        line: 1,
        column: 28,
        endLine: 1,
        endColumn: 43,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
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
        data: { code: 'FailedOperation.NotExist', family: 'FailedOperation' },
        line: 1,
        column: 15,
        endLine: 1,
        endColumn: 41,
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
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
        data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
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
        data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 16,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
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
        data: { code: 'ResourceNotFond', match: 'ResourceNotFound', description: zh('ResourceNotFound') },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'ResourceNotFound', description: zh('ResourceNotFound') },
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
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
        data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
        line: 1,
        column: 5,
        endLine: 1,
        endColumn: 20,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
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
        data: { prefix: 'FailedOperation.Nope' },
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
            output: 'const message = "FailedOperation.ProxySellOut";\nlog("AuthFailure.Foo");',
          },
        ],
      },
      {
        messageId: 'unknownCodeInFamily',
        data: { code: 'AuthFailure.Foo', family: 'AuthFailure' },
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
      [4, 55],
      [5, 12],
      [5, 40],
      [5, 66],
      [5, 108],
    ].map(([line, column]) => ({
      messageId: 'unknownCode' as const,
      data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
      line,
      column,
      endLine: line,
      endColumn: (column ?? 0) + 15,
      suggestions: [
        {
          messageId: 'replaceWithCode' as const,
          data: { code: 'InternalError', description: zh('InternalError') },
          output: [
            'const c1 = String((error).code);',
            'const { Error: { Code } } = res.Response;',
            'const c3 = c1;',
            'try { run(); } catch ({ code: c4 = "" }) { if (c4 === "InternalErorr") {} }',
            'if (c1 === "InternalErorr" || Code === "InternalErorr" || c3 === "InternalErorr" || (e.code || e.Code) === "InternalErorr") {}',
          ]
            .join('\n')
            .split('\n')
            .map((text, i) =>
              i + 1 === line
                ? `${text.slice(0, (column ?? 0) - 1)}"InternalError"${text.slice((column ?? 0) + 14)}`
                : text,
            )
            .join('\n'),
        },
      ],
    })),
  },
  {
    name: 'reportUnknownFamilies reports a foreign family in the contexts',
    code: 'if (err.code === "Throttling.User" || err.code.startsWith("Throttling.")) {}',
    options: [{ reportUnknownFamilies: true }],
    output: null,
    errors: [
      {
        messageId: 'unknownCodeOfUnknownFamily',
        data: { code: 'Throttling.User', family: 'Throttling' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 35,
        suggestions: null,
      },
      {
        messageId: 'unknownFamilyNoMatch',
        data: { family: 'Throttling' },
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
        data: { code: 'FailedOperation.NotExist', family: 'FailedOperation' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 44,
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
        data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
            output: 'if (err.reason === "InternalError") {}',
          },
        ],
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
    errors: [47, 86, 119, 170].map((column) => ({
      messageId: 'unknownCode' as const,
      data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
      line: 1,
      column,
      endLine: 1,
      endColumn: column + 15,
      suggestions: [
        {
          messageId: 'replaceWithCode' as const,
          data: { code: 'InternalError', description: zh('InternalError') },
          output: `${'if ((err as Record<string, unknown>).code === "InternalErorr" || (<any>err).Code === "InternalErorr" || err!.code === "InternalErorr" || (err satisfies object).code === "InternalErorr") {}'.slice(0, column - 1)}"InternalError"${'if ((err as Record<string, unknown>).code === "InternalErorr" || (<any>err).Code === "InternalErorr" || err!.code === "InternalErorr" || (err satisfies object).code === "InternalErorr") {}'.slice(column + 14)}`,
        },
      ],
    })),
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
        data: { code: 'InternalErorr', match: 'InternalError', description: zh('InternalError') },
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 31,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: zh('InternalError') },
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
        data: { code: 'FailedOperation.NotExist', family: 'FailedOperation' },
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 46,
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
          description: zh('FailedOperation.ProxySellOut'),
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 47,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ProxySellOut', description: zh('FailedOperation.ProxySellOut') },
            output: 'type Retryable = "FailedOperation.ProxySellOut";',
          },
        ],
      },
    ],
  },
];

describe('on the default parser (espree)', () => {
  ruleTester.run('no-unknown-error-code', rule, { valid, invalid });
});

describe("on typescript-eslint's parser", () => {
  tsRuleTester.run('no-unknown-error-code', rule, {
    valid: [...valid, ...tsValid],
    invalid: [...invalid, ...tsInvalid],
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
      '1:18 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.ProxyStatusNotInRunning". Did you mean "FailedOperation.ProxyStatusNotInRuning" (通道处于非运行状态，不能添加监听器。)?',
    ]);
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
    function expectReportedOnce(settings: Record<string, unknown>, message: string | RegExp): void {
      const results = [MISSPELT, MISSPELT, 'const x = "FailedOperation.ProxySelOut";'].map((code) =>
        lines(lint(code, settings)),
      );
      expect(results[0]).toHaveLength(1);
      if (typeof message === 'string')
        expect(results[0]?.[0]).toBe(`1:1 tencentcloud-errors/no-unknown-error-code Invalid ${message} ${FIX}`);
      else expect(results[0]?.[0]).toMatch(message);
      expect(results.slice(1)).toEqual([[], []]);
    }

    it('reports an unknown table name once', () => {
      expectReportedOnce(
        { tables: ['gaap', 'no-such-table'] },
        `settings["tencentcloud-errors"].tables[1]: no-such-table: unknown embedded table "no-such-table" (the catalogue has 258 products and "common"; a table file must end in .json or .md).`,
      );
    });

    it('reports a missing table file once, with the path it was read as', () => {
      expectReportedOnce(
        { tables: ['./no-such-dir/table.json'] },
        `settings["tencentcloud-errors"].tables[0]: ./no-such-dir/table.json: file not found (read as ${path.resolve('no-such-dir/table.json')}).`,
      );
    });

    it('reports a malformed table once, naming the file and line', () => {
      const file = path.join(dir, 'malformed.json');
      writeFileSync(file, '{\n  "service": "demo",\n  "codes": [\n');
      expectReportedOnce(
        { tables: ['gaap', file] },
        new RegExp(
          `^1:1 tencentcloud-errors/no-unknown-error-code Invalid settings\\["tencentcloud-errors"\\]\\.tables\\[1\\]: ${escape(file)}:\\d+: .+\\(read as ${escape(file)}\\)\\. ${escape(FIX)}$`,
          'u',
        ),
      );
    });

    it('reports a settings value of the wrong shape once', () => {
      expectReportedOnce(
        { tables: 'gaap' },
        'settings["tencentcloud-errors"].tables: expected a non-empty array of strings, got the string "gaap".',
      );
      expectReportedOnce(
        { table: ['gaap'] },
        'settings["tencentcloud-errors"]: unknown key "table" (known keys: tables, codeProperties, tablesDigest).',
      );
      expectReportedOnce(
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
        '1:18 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.DemoThing". Did you mean "FailedOperation.DemoThings" (演示。)?',
      ]);
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

describe('errorCodeExpressionKey, the shared helper under the rule', () => {
  /** The key of each `probe(...)` argument, in source order, on typescript-eslint's parser. */
  function keys(
    code: string,
    codeProperties: readonly string[] = ['code', 'Code', 'errorCode', 'ErrorCode'],
  ): (string | undefined)[] {
    const found: (string | undefined)[] = [];
    const probe: Rule.RuleModule = {
      meta: { schema: [] },
      create: (context) => ({
        'CallExpression[callee.name="probe"]'(node: Rule.Node) {
          const call = node as unknown as TSESTree.CallExpression;
          const [argument] = call.arguments;
          if (argument !== undefined) {
            found.push(
              errorCodeExpressionKey(
                argument,
                context as unknown as Parameters<typeof errorCodeExpressionKey>[1],
                new Set(codeProperties),
              ),
            );
          }
        },
      }),
    };
    const messages = new Linter().verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { test: { rules: { probe } } },
          rules: { 'test/probe': 'error' },
        },
      ],
      'file.ts',
    );
    expect(messages).toEqual([]);
    return found;
  }

  it('gives one key to the spellings of one expression', () => {
    const found = keys(`
      declare const err: any;
      probe(err.code); probe((err as any).code); probe(err?.code); probe(err!.code); probe((err satisfies unknown).code);
      probe(err["code"]); probe(String(err.code)); probe(err.code || err.Code); probe(err.code ?? "");
    `);
    expect(found).toHaveLength(9);
    expect(new Set(found).size).toBe(1);
    expect(found[0]).toMatch(/^err@\d+\.code$/u);
  });

  it('keeps different objects and different properties apart', () => {
    const found = keys(`
      declare const err: any, other: any;
      probe(err.code); probe(err.Code); probe(other.code); probe(err.inner.code); probe(this.code);
    `);
    expect(new Set(found).size).toBe(5);
    expect(found.every((key) => key !== undefined)).toBe(true);
  });

  it('keys a variable bound from one by the variable, through every kind of binding', () => {
    const found = keys(`
      declare const err: any, res: any, error: unknown;
      const code = err.code; probe(code); probe(code);
      const { Code } = res.Response.Error; probe(Code);
      const { Error: { Code: nested } } = res.Response; probe(nested);
      const wrapped = String((error as Record<string, unknown>).code); probe(wrapped);
      const alias = code; probe(alias);
      try {} catch ({ code: caught }) { probe(caught); }
      const handler = ({ errorCode }: { errorCode: string }) => probe(errorCode);
    `);
    expect(found[0]).toMatch(/^var:code@\d+$/u);
    expect(found[1]).toBe(found[0]);
    expect(found.slice(2).map((key) => key?.replace(/@\d+$/u, ''))).toEqual([
      'var:Code',
      'var:nested',
      'var:wrapped',
      'var:alias',
      'var:caught',
      'var:errorCode',
    ]);
  });

  it('is undefined for what is not an error-code expression', () => {
    const found = keys(`
      declare const err: any, s: string;
      probe(err.message); probe(err); probe(s); probe("InternalError"); probe(err.code && err.Code);
      let reassigned = err.code; reassigned = s; probe(reassigned);
      const [first] = err.codes; probe(first);
      const { code: { length } } = err; probe(length);
      function shadow(String: (x: unknown) => string) { probe(String(err.code)); }
      probe(err[s]); probe(err.code.length);
    `);
    expect(found).toEqual(Array.from({ length: 11 }, () => undefined));
  });

  it('follows the codeProperties it is given', () => {
    expect(
      keys('declare const err: any; probe(err.reason); probe(err.code);', ['reason']).map((key) => key !== undefined),
    ).toEqual([true, false]);
  });
});

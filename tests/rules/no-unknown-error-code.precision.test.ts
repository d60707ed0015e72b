import { type InvalidTestCase, RuleTester, type ValidTestCase } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

import rule, { type MessageIds, type Options } from '../../src/rules/no-unknown-error-code.js';

/**
 * What real code holds beside Tencent Cloud's codes, with zero configuration (the whole catalogue where the file
 * names no product): other clouds' codes, prefixes of strings that are no codes, codes with their case wrong.
 */
const tester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
});

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const valid: Valid[] = [
  {
    name: "a file that imports another cloud's SDK and calls no Tencent Cloud product handles that cloud's codes",
    code: `import Rds from '@alicloud/rds20140815';
export function retryable(err) {
  return err.code === 'Throttling.User' || err.code === 'OperationDenied.DBStatus';
}`,
  },
  {
    name: "a table most of whose codes are of families no Tencent Cloud product has is another cloud's",
    code: `const WAIT = { 'Throttling.User': 5000, 'IncorrectDBInstanceState': 60000, 'OperationDenied.DBStatus': 60000 };
export const waitFor = (err) => WAIT[err.code];`,
  },
  {
    name: "an if-else chain most of whose codes are another cloud's",
    code: `export function kind(code) {
  if (code === 'EntityAlreadyExists.Role.Policy') return 'exists';
  else if (code === 'Throttling.User') return 'slow down';
  else if (code === 'OperationDenied.DBStatus') return 'busy';
  return 'other';
}`,
  },
  {
    name: "a prefix test of a family that the file's own group of other codes uses",
    code: `export function status(code) {
  switch (code) {
    case 'Tenant.NotFound': return 404;
    case 'Credentials.Rejected': return 424;
    case 'Role.NotTrusted': return 424;
    default: return 500;
  }
}
export const fixable = (code) => code.startsWith('Credentials.') || code.startsWith('Role.');`,
  },
  {
    name: 'a prefix of a string that is no code is at most a piece of a code',
    code: `export const isRequestProblem = (message) => message.startsWith('FailedOperation.Request');`,
  },
  {
    name: 'a translation key stays a key: its last segment is lower-case and no code has its spelling',
    code: `if (err.code === 'InternalError.title') {}`,
  },
  {
    name: "a file whose handled codes are all another system's (MySQL's) keeps its own keys shaped like codes",
    code: `const MESSAGES = { duplicate: 'ResourceInUse.Category', missing: 'ResourceNotFound.Category' };
export function answer(err, res) {
  if (err.code === 'ER_DUP_ENTRY') return res.status(409).json({ error: MESSAGES.duplicate });
  if (err.code === 'ER_NO_REFERENCED_ROW_2') return res.status(404).json({ error: MESSAGES.missing });
  return res.status(400).json({ error: 'InvalidParameter.Tipo' });
}`,
  },
  {
    name: "judged against every product, a message table keyed by an app's own codes of Tencent families, far from every code",
    code: `export const MESSAGES = {
  'ResourceNotFound.Folder': 'The target folder no longer exists.',
  'LimitExceeded.DailyUploads': 'You have reached the upload limit for today.',
};`,
  },
  {
    name: 'a table of translations (two keys of Tencent Cloud families at least) keeps its other keys shaped like codes',
    code: `export const MESSAGES = {
  'LimitExceeded.title': 'Daily limit reached',
  'InternalError.tryAgain': 'Something went wrong on our side. Retry?',
  'InvalidParameter.TextTooLong': 'That text is too long to read aloud in one go.',
};
export const KEYS = ['LimitExceeded.title', 'InternalError.tryAgain', 'InvalidParameter.TextTooLong'];`,
  },
  {
    name: "judged against every product, another API's codes of families no product has, far from every code, in a code's place",
    code: `const THROTTLED = new Set(['FlowLimitExceeded', 'AccountFlowLimitExceeded']);
export const retryable = (error) => THROTTLED.has(error.Code);`,
  },
];

const invalid: Invalid[] = [
  {
    name: "judged against every product, a code of a family no product has in a code's place is reported as a misspelling",
    code: `const THROTTLED = new Set(['FlowLimitExceeded', 'RequestLimitExceded']);
export const retryable = (error) => THROTTLED.has(error.Code);`,
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'RequestLimitExceded',
          match: 'RequestLimitExceeded',
          description: 'The number of requests exceeds the rate limit.',
        },
        line: 1,
        column: 49,
        endLine: 1,
        endColumn: 70,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'RequestLimitExceeded', description: 'The number of requests exceeds the rate limit.' },
            output: `const THROTTLED = new Set(['FlowLimitExceeded', 'RequestLimitExceeded']);
export const retryable = (error) => THROTTLED.has(error.Code);`,
          },
        ],
      },
    ],
  },
  {
    name: 'judged against every product, a code cut short by its last word is reported as that code misspelt',
    code: `export const REFUSED = { Code: 'LimitExceeded.PhoneNumberDaily', Message: 'too many today' };`,
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'LimitExceeded.PhoneNumberDaily',
          match: 'LimitExceeded.PhoneNumberDailyLimit',
          description:
            'The number of SMS messages delivered to a single mobile number on the current day exceeds the set…',
        },
        line: 1,
        column: 32,
        endLine: 1,
        endColumn: 64,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'LimitExceeded.PhoneNumberDailyLimit',
              description:
                'The number of SMS messages delivered to a single mobile number on the current day exceeds the set…',
            },
            output: `export const REFUSED = { Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'too many today' };`,
          },
        ],
      },
    ],
  },
  {
    name: 'one translation key does not make a table of translations: its misspelt code is reported',
    code: `export const MESSAGES = {
  'InternalError.title': 'Something went wrong.',
  'LimitExceeded.PhoneNumberDaily': 'Too many texts today.',
};`,
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'LimitExceeded.PhoneNumberDaily',
          match: 'LimitExceeded.PhoneNumberDailyLimit',
          description:
            'The number of SMS messages delivered to a single mobile number on the current day exceeds the set…',
        },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 35,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'LimitExceeded.PhoneNumberDailyLimit',
              description:
                'The number of SMS messages delivered to a single mobile number on the current day exceeds the set…',
            },
            output: `export const MESSAGES = {
  'InternalError.title': 'Something went wrong.',
  'LimitExceeded.PhoneNumberDailyLimit': 'Too many texts today.',
};`,
          },
        ],
      },
    ],
  },
  {
    name: 'judged against every product, a string in no place of a code is reported as the misspelling of a code',
    code: `export const MESSAGES = {
  'ResourceNotFound.Folder': 'The target folder no longer exists.',
  'FailedOperation.ProxySelOut': 'Sold out.',
};`,
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ProxySelOut',
          match: 'FailedOperation.ProxySellOut',
          description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
        },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 32,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: {
              code: 'FailedOperation.ProxySellOut',
              description: 'The line is sold out or resources are insufficient; submit a ticket to apply.',
            },
            output: `export const MESSAGES = {
  'ResourceNotFound.Folder': 'The target folder no longer exists.',
  'FailedOperation.ProxySellOut': 'Sold out.',
};`,
          },
        ],
      },
    ],
  },
  {
    name: 'a file that also handles a Tencent Cloud code: its other strings shaped like codes are judged as codes',
    code: `const MESSAGES = { undecodable: 'FailedOperation.ImageDecodeFaild' };
export function answer(err) {
  if (err.code === 'ER_DUP_ENTRY' || err.code === 'InternalError') return MESSAGES.undecodable;
  return null;
}`,
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ImageDecodeFaild',
          match: 'FailedOperation.ImageDecodeFailed',
          description: 'Image decoding failed.',
        },
        line: 1,
        column: 33,
        endLine: 1,
        endColumn: 67,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ImageDecodeFailed', description: 'Image decoding failed.' },
            output: `const MESSAGES = { undecodable: 'FailedOperation.ImageDecodeFailed' };
export function answer(err) {
  if (err.code === 'ER_DUP_ENTRY' || err.code === 'InternalError') return MESSAGES.undecodable;
  return null;
}`,
          },
        ],
      },
    ],
  },
  {
    name: 'a prefix test of a misspelt family with no group of other codes of it in the file',
    code: `export const fixable = (err) => err.code.startsWith('Credentials.');`,
    output: null,
    errors: [
      {
        messageId: 'unknownFamily',
        data: { family: 'Credentials', match: 'Credential' },
        line: 1,
        column: 53,
        endLine: 1,
        endColumn: 67,
        suggestions: [
          {
            messageId: 'replaceWithFamily',
            data: { replacement: 'Credential.' },
            output: `export const fixable = (err) => err.code.startsWith('Credential.');`,
          },
        ],
      },
    ],
  },
  {
    name: "one code of another cloud beside Tencent Cloud's misspelt ones does not make the table another cloud's",
    code: `const WAIT = { 'InternalEror': 1000, 'Throttling.User': 5000 };
export const waitFor = (err) => WAIT[err.code];`,
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: { code: 'InternalEror', match: 'InternalError', description: 'Internal error.' },
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 30,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'InternalError', description: 'Internal error.' },
            output: `const WAIT = { 'InternalError': 1000, 'Throttling.User': 5000 };
export const waitFor = (err) => WAIT[err.code];`,
          },
        ],
      },
    ],
  },
  {
    name: 'judged against every product, only the closest spellings are offered',
    code: `if (err.code === 'FailedOperation.ImageDecodeFaild') {}`,
    output: null,
    errors: [
      {
        messageId: 'unknownCode',
        data: {
          code: 'FailedOperation.ImageDecodeFaild',
          match: 'FailedOperation.ImageDecodeFailed',
          description: 'Image decoding failed.',
        },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 52,
        suggestions: [
          {
            messageId: 'replaceWithCode',
            data: { code: 'FailedOperation.ImageDecodeFailed', description: 'Image decoding failed.' },
            output: `if (err.code === 'FailedOperation.ImageDecodeFailed') {}`,
          },
        ],
      },
    ],
  },
];

tester.run('no-unknown-error-code', rule, { valid, invalid });

/** The same on TypeScript: an enum is a group of codes like a table. */
new RuleTester().run('no-unknown-error-code', rule, {
  valid: [
    {
      name: "an enum most of whose codes are of families no Tencent Cloud product has is another system's (WeChat Pay's)",
      code: `export enum RefundError { SYSTEMERROR = 'SYSTEMERROR', NOTENOUGH = 'NOTENOUGH', ORDERNOTEXIST = 'ORDERNOTEXIST' }
const RETRY = [RefundError.SYSTEMERROR, RefundError.NOTENOUGH, RefundError.ORDERNOTEXIST];
export const retryable = (err: { code: string }) => (RETRY as string[]).includes(err.code);`,
    },
  ],
  invalid: [],
});

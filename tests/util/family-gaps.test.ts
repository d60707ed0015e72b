import { type CodeEntry, CodeIndex } from '../../src/table/index.js';
import { familyGaps } from '../../src/util/index.js';

function entry(code: string): CodeEntry {
  return { code, family: code.split('.')[0] ?? code, scope: 'common', description: { zh: `${code}。` } };
}

/** Three families in table order: a dotted one with a bare code, a bare-code one and one of a single code. */
const index = new CodeIndex([
  {
    service: 'demo',
    origin: 'family-gaps.test.ts',
    digest: '',
    codes: [
      entry('AuthFailure.MFAFailure'),
      entry('AuthFailure.SignatureExpire'),
      entry('AuthFailure.TokenFailure'),
      entry('FailedOperation'),
      entry('FailedOperation.ProxySellOut'),
      entry('FailedOperation.Unpaid'),
      entry('InternalError'),
    ],
  },
]);

describe('familyGaps', () => {
  it.each<{
    name: string;
    handled: string[];
    chosen: string[];
    prefixes?: string[];
    want: [string, number, string[]][];
  }>([
    {
      name: 'a chosen family handled in part',
      handled: ['AuthFailure.MFAFailure'],
      chosen: ['AuthFailure'],
      want: [['AuthFailure', 3, ['AuthFailure.SignatureExpire', 'AuthFailure.TokenFailure']]],
    },
    {
      name: 'non-codes and duplicates count for nothing; families not chosen and complete ones are left out',
      handled: [
        'AuthFailure.MFAFailure',
        'ENOENT',
        'AuthFailure.MFAFailure',
        'InternalError',
        'FailedOperation.ProxySellOut',
      ],
      chosen: ['AuthFailure', 'InternalError'],
      want: [['AuthFailure', 3, ['AuthFailure.SignatureExpire', 'AuthFailure.TokenFailure']]],
    },
    {
      name: '"*" chooses every family, in the order their first code is handled; missing codes in table order',
      handled: ['FailedOperation.Unpaid', 'AuthFailure.TokenFailure', 'InternalError'],
      chosen: ['*'],
      want: [
        ['FailedOperation', 3, ['FailedOperation', 'FailedOperation.ProxySellOut']],
        ['AuthFailure', 3, ['AuthFailure.MFAFailure', 'AuthFailure.SignatureExpire']],
      ],
    },
    {
      name: 'the bare code of a family alone does not claim it',
      handled: ['FailedOperation', 'InternalError'],
      chosen: ['*'],
      want: [],
    },
    {
      name: 'the bare code counts as handled once another code claims the family',
      handled: ['FailedOperation', 'FailedOperation.Unpaid'],
      chosen: ['FailedOperation'],
      want: [['FailedOperation', 3, ['FailedOperation.ProxySellOut']]],
    },
    {
      name: 'every code of the family',
      handled: ['AuthFailure.TokenFailure', 'AuthFailure.SignatureExpire', 'AuthFailure.MFAFailure'],
      chosen: ['*'],
      want: [],
    },
    { name: 'a string of a family the tables do not have', handled: ['Throttling.User'], chosen: ['*'], want: [] },
    {
      name: "the family's own prefix covers the rest of it, bare code included",
      handled: ['FailedOperation.Unpaid'],
      chosen: ['*'],
      prefixes: ['FailedOperation.'],
      want: [],
    },
    {
      name: 'the family name as a prefix covers it',
      handled: ['AuthFailure.MFAFailure'],
      chosen: ['*'],
      prefixes: ['AuthFailure'],
      want: [],
    },
    {
      name: "a longer prefix handles the codes that start with it; another family's prefix handles none of these",
      handled: ['AuthFailure.TokenFailure'],
      chosen: ['*'],
      prefixes: ['AuthFailure.Sig', 'FailedOperation.'],
      want: [['AuthFailure', 3, ['AuthFailure.MFAFailure']]],
    },
    {
      name: 'a prefix claims no family',
      handled: ['InternalError'],
      chosen: ['*'],
      prefixes: ['AuthFailure.MFA'],
      want: [],
    },
  ])('$name', ({ handled, chosen, prefixes, want }) => {
    const gaps = familyGaps(index, handled, new Set(chosen), prefixes);
    expect(gaps.map((gap) => [gap.family, gap.total, gap.missing.map((missing) => missing.code)])).toEqual(want);
  });
});

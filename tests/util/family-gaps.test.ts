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
  it.each<{ name: string; handled: string[]; chosen: string[]; want: [string, number, string[]][] }>([
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
      name: 'the bare code of a family is one of its codes',
      handled: ['FailedOperation'],
      chosen: ['FailedOperation'],
      want: [['FailedOperation', 3, ['FailedOperation.ProxySellOut', 'FailedOperation.Unpaid']]],
    },
    {
      name: 'every code of the family',
      handled: ['AuthFailure.TokenFailure', 'AuthFailure.SignatureExpire', 'AuthFailure.MFAFailure'],
      chosen: ['*'],
      want: [],
    },
    { name: 'a string of a family the tables do not have', handled: ['Throttling.User'], chosen: ['*'], want: [] },
  ])('$name', ({ handled, chosen, want }) => {
    const gaps = familyGaps(index, handled, new Set(chosen));
    expect(gaps.map((gap) => [gap.family, gap.total, gap.missing.map((missing) => missing.code)])).toEqual(want);
  });
});

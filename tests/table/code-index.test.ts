import { CodeIndex, loadIndex } from '../../src/table/index.js';

/** An index of one table with one code in each of `families`, in the order given. */
function indexOfFamilies(families: readonly string[]): CodeIndex {
  return new CodeIndex([
    {
      service: 'demo',
      origin: 'demo',
      digest: '',
      codes: families.map((family) => ({
        code: `${family}.Thing`,
        family,
        scope: 'service',
        description: { zh: family },
      })),
    },
  ]);
}

describe('CodeIndex.nearestFamilies()', () => {
  const gaap = loadIndex(['gaap']);

  it('puts a case-only difference first, before a family fewer case-sensitive edits away', () => {
    expect(indexOfFamilies(['Abcdefgx', 'ABCDEFGH']).nearestFamilies('Abcdefgh')).toEqual(['ABCDEFGH', 'Abcdefgx']);
  });

  it('finds families within a quarter of the length in edits, and none further', () => {
    const index = indexOfFamilies(['Abcdefghijkl']);
    expect(index.nearestFamilies('Abcdefghixyz')).toEqual(['Abcdefghijkl']);
    expect(index.nearestFamilies('Abcdefghwxyz')).toEqual([]);
  });

  it.each([
    { given: 'FailedOperaton', want: ['FailedOperation'] },
    { given: 'authfailure', want: ['AuthFailure'] },
    { given: 'INTERNALERROR', want: ['InternalError'] },
    { given: 'AuthFailur', want: ['AuthFailure'] },
    { given: 'InvalidParameterValu', want: ['InvalidParameterValue', 'InvalidParameter'] },
    { given: 'FailedOperation', want: ['FailedOperation'] },
  ])('suggests $want for $given among the GAAP families', ({ given, want }) => {
    expect(gaap.nearestFamilies(given)).toEqual(want);
  });

  it.each(['Throttling', 'Resource', 'ENOENT', ''])('suggests nothing for the unrelated %j', (given) => {
    expect(gaap.nearestFamilies(given)).toEqual([]);
  });

  it('returns at most `limit` families, best first', () => {
    expect(gaap.nearestFamilies('InvalidParameterValu', 1)).toEqual(['InvalidParameterValue']);
  });
});

import { type CommitChanges, renamesOf, replayHistory, type VersionHistory } from '../../src/importer/sdk-history.js';

/** A commit of the first-parent line, with what it changed of `widget@2021-01-01` (key `w`). */
function commit(
  n: number,
  subject: string,
  change: { codes?: Record<string, string>; added?: string[]; dropped?: string[] } = {},
): CommitChanges {
  return {
    commit: `${n}`.padStart(40, '0'),
    date: `2024-01-${String(n).padStart(2, '0')}`,
    subject,
    errors: change.codes === undefined ? new Map() : new Map([['w', new Map(Object.entries(change.codes))]]),
    actions:
      change.added === undefined && change.dropped === undefined
        ? new Map()
        : new Map([['w', { added: new Set(change.added ?? []), dropped: new Set(change.dropped ?? []) }]]),
  };
}

const KEYS = [{ key: 'w', product: 'widget', version: '2021-01-01' }];

describe('replayHistory', () => {
  const history = replayHistory(
    [
      commit(1, 'introduce the SDK', { codes: { A: 'a' }, added: ['Make'] }),
      commit(2, 'release v1.0.0'),
      commit(3, 'release v1.0.1', { codes: { A: 'a', 'B.Gone': 'b1' }, added: ['Drop'] }),
      commit(4, 'fix a comment', { codes: { A: 'a', 'B.Gone': 'b2' } }),
      commit(5, 'release v1.0.2'),
      // Added and dropped between two releases: in no release.
      commit(6, 'work in progress', { codes: { A: 'a', 'B.Gone': 'b2', 'C.Brief': 'c' }, added: ['Brief'] }),
      commit(7, 'release v1.0.3', { codes: { A: 'a' }, dropped: ['Drop', 'Brief'] }),
      // Dropped, then back: arrived again.
      commit(8, 'release v1.0.4', { codes: {}, dropped: ['Make'] }),
      commit(9, 'release v1.0.5', { codes: { A: 'a again' }, added: ['Make'] }),
      commit(10, 'tidy up'),
    ],
    KEYS,
  );

  it('makes a release of each release commit, and of the commits after the last one', () => {
    expect(history.releases.map((r) => `${r.name} ${r.date}`)).toEqual([
      'v1.0.0 2024-01-02',
      'v1.0.1 2024-01-03',
      'v1.0.2 2024-01-05',
      'v1.0.3 2024-01-07',
      'v1.0.4 2024-01-08',
      'v1.0.5 2024-01-09',
      'unreleased 000000000000 2024-01-10',
    ]);
  });

  it('gives each code its first release, its latest arrival, its removal and its last description', () => {
    const widget = history.versions.get('w') as VersionHistory;
    expect(Object.fromEntries(widget.codes)).toEqual({
      A: { since: 0, arrived: 5, removed: undefined, description: 'a again' },
      'B.Gone': { since: 1, arrived: 1, removed: 3, description: 'b2' },
    });
  });

  it('gives each action its first release and removal; one that was in no release is not there', () => {
    const widget = history.versions.get('w') as VersionHistory;
    expect(Object.fromEntries(widget.actions)).toEqual({
      Make: { since: 0, arrived: 5, removed: undefined, lastCodes: null },
      Drop: { since: 1, arrived: 1, removed: 3, lastCodes: null },
    });
  });
});

describe('renamesOf', () => {
  /** A version whose codes arrived and left in the releases given: `[since, arrived, removed]`. */
  function version(codes: Record<string, [number, number, number | undefined]>): VersionHistory {
    return {
      product: 'widget',
      version: '2021-01-01',
      codes: new Map(
        Object.entries(codes).map(([code, [since, arrived, removed]]) => [
          code,
          { since, arrived, removed, description: code },
        ]),
      ),
      actions: new Map(),
    };
  }

  it('pairs a removed code with a close spelling of its family that the same release added', () => {
    expect(
      renamesOf(
        version({
          'InvalidParameterValue.SdkAppidNotExist': [0, 0, 4],
          'InvalidParameterValue.SdkAppIdNotExist': [4, 4, undefined],
          'FailedOperation.RenewInstancesFailed': [0, 0, 4],
          'FailedOperation.RenewResourcesFailed': [4, 4, undefined],
        }),
      ),
    ).toEqual(
      new Map([
        ['InvalidParameterValue.SdkAppidNotExist', 'InvalidParameterValue.SdkAppIdNotExist'],
        ['FailedOperation.RenewInstancesFailed', 'FailedOperation.RenewResourcesFailed'],
      ]),
    );
  });

  it('pairs nothing across families, releases, far spellings, family codes or with a code gone again', () => {
    expect(
      renamesOf(
        version({
          'FailedOperation.WidgetSoldOut': [0, 0, 4],
          // Another family.
          'ResourceInsufficient.WidgetSoldOut': [4, 4, undefined],
          // Another release.
          'FailedOperation.WidgetSoldOuts': [3, 3, undefined],
          // Too far: more than a quarter of "WidgetSoldOut" (3 edits).
          'FailedOperation.WidgetGone': [4, 4, undefined],
          // Gone again.
          'FailedOperation.WidgetSoldout': [4, 4, 5],
          // A family code is no rename of its own codes.
          FailedOperation: [0, 0, 4],
        }),
      ),
    ).toEqual(new Map());
  });

  it('gives a new code to its closest removed code only, and a tie to none', () => {
    expect(
      renamesOf(
        version({
          'FailedOperation.AccountGroupNameExisted': [0, 0, 2],
          'FailedOperation.AccountGroupNotExisted': [0, 0, 2],
          'FailedOperation.AccountGroupNotExist': [2, 2, undefined],
          'FailedOperation.WidgetA': [0, 0, 2],
          'FailedOperation.WidgetB': [2, 2, undefined],
          'FailedOperation.WidgetC': [2, 2, undefined],
        }),
      ),
    ).toEqual(new Map([['FailedOperation.AccountGroupNotExisted', 'FailedOperation.AccountGroupNotExist']]));
  });
});

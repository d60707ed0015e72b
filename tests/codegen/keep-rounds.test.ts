import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type Round, roundFolder, runRound, unlisted } from './keep-rounds.js';

/*
 * The keep rounds (keep-rounds.ts) count a line as lost when the new file lacks its mark and the run did not list
 * it. A hand-written case body of a code no longer generated is listed by its code (`pruned <code>`), so the rounds
 * must find the case a line is in also when a formatter indented the file with tabs; they once knew four spaces
 * only, and counted such lines as lost (codegen-keep, seed 20261127, rounds 199 and 231).
 */

const TABS = { printWidth: 120, useTabs: true };

/** The second table, which these rounds do not add. */
const unused: Round['second'] = {
  service: 'extra',
  codes: [{ code: 'Error.Other', family: 'Error', scope: 'service', zh: '其他。' }],
};

describe('keep rounds: what --prune drops and names by code is not lost', () => {
  let folder: ReturnType<typeof roundFolder>;
  beforeAll(() => {
    folder = roundFolder();
  });
  afterAll(() => {
    folder.cleanup();
  });

  it('a body written for a code the table then removes, in a file formatted with tabs', async () => {
    const r: Round = {
      table: {
        service: 'svc',
        codes: [
          { code: 'Error.Gone', family: 'Error', scope: 'service', zh: '失败。', en: 'Failed.' },
          { code: 'Error.Stays', family: 'Error', scope: 'service', zh: '超过限制。', en: 'Limit exceeded.' },
        ],
      },
      second: unused,
      lang: 'en',
      pick: undefined,
      // `return 'u0';` in place of the skeleton of the first case, Error.Gone.
      edits: [{ kind: 'caseBody', at: 0 }],
      change: { kind: 'removeCode', at: 0 },
      prune: true,
      format: TABS,
    };
    expect(await runRound(r, folder.dir)).toEqual({
      lost: [],
      nonCompiling: [],
      disagreement: undefined,
      notFixpoint: false,
      refused: undefined,
      dropped: 0,
      pruned: ['Error.Gone'],
    });
    const after = readFileSync(path.join(folder.dir, 'm.ts'), 'utf8');
    expect(after).not.toMatch(/\bu0\b|Error\.Gone/u);
  });

  it('a comment written in a case of a family then left out, in a file formatted with tabs', async () => {
    const r: Round = {
      table: {
        service: 'svc',
        codes: [
          { code: 'AuthFailure.Expired', family: 'AuthFailure', scope: 'service', zh: '失败。', en: 'Failed.' },
          { code: 'LimitExceeded.Rate', family: 'LimitExceeded', scope: 'service', zh: '超过限制。' },
        ],
      },
      second: unused,
      lang: 'en',
      // Both families; the change then leaves out the first, AuthFailure.
      pick: [0, 1],
      // `// u0 retried by the caller` in place of the description of the first case, AuthFailure.Expired.
      edits: [{ kind: 'caseComment', at: 0 }],
      change: { kind: 'dropFamily', at: 0 },
      prune: true,
      format: TABS,
    };
    expect(await runRound(r, folder.dir)).toEqual({
      lost: [],
      nonCompiling: [],
      disagreement: undefined,
      notFixpoint: false,
      refused: undefined,
      dropped: 0,
      pruned: ['AuthFailure.Expired'],
    });
    const after = readFileSync(path.join(folder.dir, 'm.ts'), 'utf8');
    expect(after).not.toMatch(/\bu0\b|handleSvcAuthFailure/u);
    expect(after).toContain('export function handleSvcLimitExceeded(');
  });
});

describe('keep rounds: unlisted(), the marks a run lost without a word', () => {
  /** A handler as Prettier with `useTabs` leaves it, with a line of the user's after the switch. */
  const edited = [
    'export function handleSvcError(error: SvcError<SvcErrorCode>): string {',
    '\tconst info = svcErrorInfo(error);',
    '\tswitch (info.code) {',
    '\t\tcase "Error.Gone":',
    '\t\t\treturn "u0";',
    '\t\tcase "Error.Stays":',
    '\t\t\t// u1 retried by the caller',
    '\t\t\tthrow svcThrowable(error);',
    '\t\tdefault:',
    '\t\t\treturn svcUnhandled(info.code, error);',
    '\t}',
    '\t// u2 never reached',
    '}',
    '',
  ].join('\n');

  it('a line in a tab-indented case body whose code was pruned is listed', () => {
    expect(unlisted(edited, 'u1 u2', 'wrote m.ts, pruned Error.Gone\n')).toEqual({
      lost: [],
      dropped: 0,
      pruned: ['Error.Gone'],
    });
  });

  it('a line in a case body whose code was not pruned is lost', () => {
    expect(unlisted(edited, 'u1 u2', 'wrote m.ts, pruned Error.Stays\n').lost).toEqual(['u0']);
  });

  it("a line after the switch is no case's: pruning the last case does not list it", () => {
    expect(unlisted(edited, 'u0', 'wrote m.ts, pruned Error.Gone, Error.Stays\n').lost).toEqual(['u2']);
  });

  it('a line in a range the run dropped is listed', () => {
    expect(unlisted(edited, 'u0 u1', 'wrote m.ts, dropped m.ts:12 (in handleSvcError, after its switch)\n')).toEqual({
      lost: [],
      dropped: 1,
      pruned: [],
    });
  });

  it('a mark is kept only as a word of its own, not inside a code such as Error.Bu2x', () => {
    expect(unlisted(edited, 'u0 u1 case "Error.Bu2x":', 'wrote m.ts\n').lost).toEqual(['u2']);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runInProcess as run } from '../support.js';

/**
 * The tables a generated file's header names are read only from inside the project: a header is text anyone can
 * commit, and `--check` runs on it in CI. Each refusal is one line naming the header's settings line, quoting
 * nothing of the file it points at, and the file the header points at is never read (its secret never printed).
 */
const SECRET = 'ghp_SECRETTOKEN-123';
const TABLE = {
  service: 'demo',
  codes: [{ code: 'FailedOperation', family: 'FailedOperation', scope: 'service', zh: '失败。' }],
};

let base: string;
let project: string;
beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'tce-header-paths-'));
  project = path.join(base, 'project');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(project, 'src'), { recursive: true });
  mkdirSync(path.join(project, 'tables'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(project, 'package.json'), '{}\n');
  writeFileSync(path.join(project, 'tables/t.json'), JSON.stringify(TABLE));
  writeFileSync(path.join(project, 'tables/secret.env'), `TOKEN=${SECRET}\n`);
  writeFileSync(path.join(outside, 'creds.json'), JSON.stringify({ aws_secret_access_key: SECRET }));
  writeFileSync(path.join(outside, 'real.json'), JSON.stringify({ ...TABLE, service: 'leak' }));
  symlinkSync(path.join(outside, 'real.json'), path.join(project, 'tables/link.json'));
  symlinkSync(path.join(project, 'tables/t.json'), path.join(project, 'tables/inside-link.json'));
  const first = await run(['--table', 'tables/t.json', '--out', 'src/h.ts'], project);
  if (first.status !== 0) throw new Error(first.stderr);
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

/** The generated file with its header naming `tables` instead. */
function namingTables(tables: readonly string[]): void {
  const file = path.join(project, 'src/h.ts');
  const text = readFileSync(file, 'utf8').replace(/"tables":\[[^\]]*\]/u, `"tables":${JSON.stringify(tables)}`);
  writeFileSync(file, text);
}

const ADVICE =
  "gen-handlers reads a header's tables only from inside the project (the folder of its package.json or git root): pass the table on the command line instead (--table <path>)";

describe('a table path in the header', () => {
  it.each([
    ['.. out of the project', '../../outside/creds.json', 'which is outside the project'],
    ['.. to a real table outside', '../../outside/real.json', 'which is outside the project'],
    ['a symbolic link out of the project', '../tables/link.json', 'which is a link to a file outside the project'],
    [
      'a file that is not a table by its extension',
      '../tables/secret.env',
      'which is not a table file (.json, .md, .markdown, .txt, .go or .py)',
    ],
  ])('%s is refused in one line that quotes none of it', async (_, spec, problem) => {
    namingTables([spec]);
    for (const args of [['--check', 'src/h.ts'], ['src/h.ts']]) {
      const result = await run(args, project);
      expect(result).toEqual({
        status: 2,
        stdout: '',
        stderr: `gen-handlers: src/h.ts:7: the header names the table "${spec}", ${problem}; ${ADVICE}\n`,
      });
    }
  });

  it('an absolute path is refused the same way', async () => {
    const spec = path.join(base, 'outside/creds.json');
    namingTables([spec]);
    const result = await run(['--check', 'src/h.ts'], project);
    expect(result.stderr).toBe(
      `gen-handlers: src/h.ts:7: the header names the table "${spec}", which is an absolute path; ${ADVICE}\n`,
    );
    expect(result.status).toBe(2);
  });

  it('a table inside the project, through a link inside it, is read; --table on the command line is the way out', async () => {
    namingTables(['../tables/inside-link.json']);
    expect(await run(['--check', 'src/h.ts'], project)).toMatchObject({ status: 1 });
    namingTables(['../../outside/real.json']);
    const given = await run(['--table', 'tables/t.json', 'src/h.ts'], project);
    expect(given).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(path.join(project, 'src/h.ts'), 'utf8')).not.toContain('leak');
  });
});

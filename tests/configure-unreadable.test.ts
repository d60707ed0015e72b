import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Linter } from 'eslint';

import plugin from '../src/index.js';

/**
 * A table the process may not read (EACCES; as root the tests cannot make one, so `readFileSync` is made to fail
 * as the kernel would): `configure()` returns a config instead of throwing, and linting reports the table on the
 * file instead of ESLint dying with "Oops! Something went wrong!".
 */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (String(file).endsWith('locked.json')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), {
        code: 'EACCES',
        syscall: 'open',
      });
    }
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tce-locked-'));
  writeFileSync(path.join(dir, 'locked.json'), '{}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an unreadable table', () => {
  it('does not make configure() throw, and is reported on the linted file', () => {
    const locked = path.join(dir, 'locked.json');
    const config = plugin.configure({ tables: [locked] });
    const messages = new Linter().verify('if (err.code === "InternalErorr") {}', [config], 'file.js');
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`)).toEqual([
      `1:1 tencentcloud-errors/no-impossible-error-code Invalid settings["tencentcloud-errors"].tables[0]: ${locked}: cannot read it (permission denied (EACCES)) (read as ${locked}). The tencentcloud-errors rules check nothing until it is fixed.`,
    ]);
  });
});

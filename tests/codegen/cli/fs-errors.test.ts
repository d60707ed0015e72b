import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { FIXTURES } from '../../support/paths.js';
import { runInProcess as run, tempFiles, tempProject as project } from '../support.js';

/**
 * File-system errors in words, never a raw errno or a stack trace. As root the tests cannot be denied anything, so
 * one `node:fs` function is made to fail as the kernel would, for paths that contain a given text.
 */
const failure = vi.hoisted((): { fn?: string; match?: string; code?: string } => ({}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const wrap = <
    K extends 'linkSync' | 'mkdirSync' | 'openSync' | 'readFileSync' | 'renameSync' | 'rmSync' | 'writeSync',
  >(
    name: K,
  ): (typeof fs)[K] =>
    ((...args: unknown[]) => {
      const [target] = args;
      if (
        failure.fn === name &&
        failure.code !== undefined &&
        (failure.match === undefined || (typeof target === 'string' && target.includes(failure.match)))
      ) {
        const syscall = {
          linkSync: 'link',
          mkdirSync: 'mkdir',
          openSync: 'open',
          readFileSync: 'open',
          renameSync: 'rename',
        }[name as string];
        throw Object.assign(new Error(`${failure.code}: raw text, ${syscall ?? 'write'} '${String(target)}'`), {
          code: failure.code,
          syscall: syscall ?? 'write',
          ...(typeof target === 'string' ? { path: target } : {}),
        });
      }
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    }) as (typeof fs)[K];
  const mocked = {
    ...fs,
    linkSync: wrap('linkSync'),
    mkdirSync: wrap('mkdirSync'),
    openSync: wrap('openSync'),
    readFileSync: wrap('readFileSync'),
    renameSync: wrap('renameSync'),
    rmSync: wrap('rmSync'),
    writeSync: wrap('writeSync'),
  };
  return { ...mocked, default: mocked };
});

function fail(fn: string, code: string, match?: string): void {
  Object.assign(failure, { fn, code, match });
}

afterEach(() => {
  for (const key of Object.keys(failure)) delete failure[key as keyof typeof failure];
});

describe('gen-handlers writing its module', () => {
  it.each([
    ['openSync', 'EACCES', '.errors.ts.', 'gen-handlers: cannot write out/errors.ts: permission denied (EACCES)\n'],
    [
      'openSync',
      'ENOENT',
      '.errors.ts.',
      'gen-handlers: cannot write out/errors.ts: no such file or folder (ENOENT)\n',
    ],
    [
      'openSync',
      'EROFS',
      '.errors.ts.',
      'gen-handlers: cannot write out/errors.ts: the file system is read-only (EROFS)\n',
    ],
    [
      'mkdirSync',
      'EEXIST',
      'out',
      'gen-handlers: cannot write out/errors.ts: something else already exists there (EEXIST)\n',
    ],
    [
      'writeSync',
      'ENOSPC',
      undefined,
      'gen-handlers: cannot write out/errors.ts: no space left on the device (ENOSPC)\n',
    ],
    // A new module is put in place with link(), which never replaces a file an editor created meanwhile.
    ['linkSync', 'EBUSY', '.errors.ts.', 'gen-handlers: cannot write out/errors.ts: the file is busy (EBUSY)\n'],
    ['linkSync', 'EISDIR', '.errors.ts.', 'gen-handlers: cannot write out/errors.ts: it is a folder (EISDIR)\n'],
  ])(
    '%s failing with %s: one line in words, exit 2, no file and no temporary file',
    async (fn, code, match, stderr) => {
      const p = project();
      try {
        fail(fn, code, match);
        expect(await run(['--family', 'AuthFailure', 'out/errors.ts'], p.dir)).toEqual({
          status: 2,
          stdout: '',
          stderr,
        });
        expect(tempFiles(p.dir)).toEqual([]);
        expect(
          readdirSync(p.dir)
            .filter((name) => name !== 'out')
            .sort(),
        ).toEqual(['package.json', 'tables']);
      } finally {
        p.cleanup();
      }
    },
  );

  it('an existing module it may not read', async () => {
    const p = project();
    try {
      p.write('errors.ts', '// mine\n');
      fail('readFileSync', 'EACCES', 'errors.ts');
      expect(await run(['errors.ts'], p.dir)).toEqual({
        status: 2,
        stdout: '',
        stderr: 'gen-handlers: cannot read errors.ts: permission denied (EACCES)\n',
      });
    } finally {
      p.cleanup();
    }
  });
});

describe('gen-handlers import writing its tables', () => {
  it('a page import onto a read-only file system', async () => {
    const p = project();
    try {
      p.write('demo.md', '| 错误码 | 说明 |\n|---|---|\n| FailedOperation.Demo | 演示。 |\n');
      fail('openSync', 'EROFS', '.demo.json.');
      expect(await run(['import', 'demo.md', '--service', 'demo', '--out', 'demo.json'], p.dir)).toEqual({
        status: 2,
        stdout: '',
        stderr: 'gen-handlers: cannot write demo.json: the file system is read-only (EROFS)\n',
      });
    } finally {
      p.cleanup();
    }
  });

  describe('the catalogue import', () => {
    const TREE = path.join(FIXTURES, 'sdk-tree');
    let out = '';
    beforeEach(() => {
      out = mkdtempSync(path.join(tmpdir(), 'tce-catalogue-fs-'));
    });
    afterEach(() => rmSync(out, { recursive: true, force: true }));
    const args = (): string[] => [
      'import',
      '--sdk-go',
      'zh',
      '--page',
      'widget-page.json',
      '--common',
      'common-codes.txt',
      '--common-descriptions',
      'common-descriptions.json',
      '--out-dir',
      path.relative(TREE, out),
    ];

    it('names the file it cannot write', async () => {
      fail('openSync', 'ENOSPC', '.index.json.');
      const result = await run(args(), TREE);
      expect(result.status).toBe(2);
      expect(result.stderr.split('\n').filter((line) => line.startsWith('gen-handlers:'))).toEqual([
        `gen-handlers: cannot write ${path.join(path.relative(TREE, out), 'catalogue/index.json')}: no space left on the device (ENOSPC)`,
      ]);
    });

    it('names a source it cannot read, relative to the folder it runs in', async () => {
      fail('readFileSync', 'EACCES', 'common-codes.txt');
      expect(await run(args(), TREE)).toEqual({
        status: 2,
        stdout: '',
        stderr: 'gen-handlers: cannot open common-codes.txt: permission denied (EACCES)\n',
      });
    });
  });
});

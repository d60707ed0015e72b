import { fileSystemProblem, processIO, reportProblem } from '../../../src/codegen/cli/io.js';
import { render } from '../../../src/shared/i18n.js';

describe('processIO.style: colour on a terminal only', () => {
  const stderr = process.stderr as { isTTY: boolean; hasColors?: () => boolean };
  const saved = { isTTY: stderr.isTTY, hasColors: stderr.hasColors };
  /** stderr as a terminal that has colours unless NO_COLOR (as tty.WriteStream#hasColors decides). */
  function terminal(): void {
    stderr.isTTY = true;
    stderr.hasColors = () => process.env['NO_COLOR'] === undefined;
  }
  afterEach(() => {
    Object.assign(stderr, saved);
    vi.unstubAllEnvs();
  });
  const red = (): string => processIO.style?.('stderr', ['bold', 'red'], 'gen-handlers:') ?? '';

  it('styles text for a terminal', () => {
    vi.stubEnv('FORCE_COLOR', undefined);
    terminal();
    expect(red()).toBe('\u001b[1m\u001b[31mgen-handlers:\u001b[39m\u001b[22m');
  });

  it('leaves it plain with NO_COLOR, or FORCE_COLOR=0, on a terminal', () => {
    terminal();
    vi.stubEnv('FORCE_COLOR', undefined);
    vi.stubEnv('NO_COLOR', '1');
    expect(red()).toBe('gen-handlers:');
    vi.stubEnv('NO_COLOR', undefined);
    vi.stubEnv('FORCE_COLOR', '0');
    expect(red()).toBe('gen-handlers:');
  });

  it('leaves it plain when piped, unless FORCE_COLOR', () => {
    stderr.isTTY = false;
    vi.stubEnv('FORCE_COLOR', undefined);
    expect(red()).toBe('gen-handlers:');
    vi.stubEnv('FORCE_COLOR', '1');
    expect(red()).toBe('\u001b[1m\u001b[31mgen-handlers:\u001b[39m\u001b[22m');
  });

  it('reportProblem writes one line, plain without a style', () => {
    let text = '';
    reportProblem({ cwd: '/', stdout: () => undefined, stderr: (t) => (text += t) }, 'x.ts is stale');
    expect(text).toBe('gen-handlers: x.ts is stale\n');
  });
});

describe('fileSystemProblem', () => {
  const errno = (code: string, syscall: string, file?: string): Error =>
    Object.assign(new Error(`${code}: raw`), { code, syscall, ...(file === undefined ? {} : { path: file }) });

  it.each([
    [errno('EACCES', 'open', '/work/p/data/codes.txt'), 'cannot open data/codes.txt: permission denied (EACCES)'],
    [errno('EROFS', 'mkdir', '/work/p/out'), 'cannot create the folder out: the file system is read-only (EROFS)'],
    [errno('ENOENT', 'scandir', '/work/sdk'), 'cannot list the folder ../sdk: no such file or folder (ENOENT)'],
    [errno('EBUSY', 'unlink', '/work/p/a.json'), 'cannot remove a.json: the file is busy (EBUSY)'],
    [errno('EIO', 'fdatasync'), 'fdatasync failed (EIO)'],
    [errno('EIO', 'fdatasync', '/work/p/a.json'), 'a.json: fdatasync failed (EIO)'],
  ])('%s → %s', (error, want) => {
    const problem = fileSystemProblem(error, '/work/p');
    expect(problem === undefined ? undefined : render(problem, 'en')).toBe(want);
  });

  it.each([
    [errno('EACCES', 'open', '/work/p/data/codes.txt'), '无法打开 data/codes.txt：permission denied (EACCES)'],
    [errno('EROFS', 'mkdir', '/work/p/out'), '无法创建文件夹 out：the file system is read-only (EROFS)'],
    [errno('EIO', 'fdatasync', '/work/p/a.json'), 'a.json：fdatasync failed (EIO)'],
  ])("in Chinese: %s → %s (the reason is the table room's, in English)", (error, want) => {
    const problem = fileSystemProblem(error, '/work/p');
    expect(problem === undefined ? undefined : render(problem, 'zh')).toBe(want);
  });

  it('is undefined for an error that is not a system call failing', () => {
    expect(fileSystemProblem(new Error('plain'), '/')).toBeUndefined();
    expect(fileSystemProblem(Object.assign(new TypeError('x'), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }), '/')).toBe(
      undefined,
    );
  });
});

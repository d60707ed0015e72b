import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT } from '../../support/paths.js';
import { runInProcess as run, tempProject as project } from '../support.js';

/**
 * What gen-handlers says to the mistakes people make at the command line: each message in full, its exit code, and
 * that nothing was written (the project folder holds only its tables/ folder, or what the test put there).
 */
async function refused(args: string[], files: Record<string, string> = {}) {
  const p = project();
  try {
    for (const [file, text] of Object.entries(files)) p.write(file, text);
    const result = await run(args, p.dir);
    return { ...result, files: readdirSync(p.dir).sort(), read: p.read };
  } finally {
    p.cleanup();
  }
}

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

const GAAP_FAMILIES =
  'ActionOffline, AuthFailure, DryRunOperation, FailedOperation, InternalError, InvalidAction, InvalidParameter, ' +
  'InvalidParameterValue, InvalidRequest, IpInBlacklist, IpNotInWhitelist, LimitExceeded, MissingParameter, ' +
  'NoSuchProduct, NoSuchVersion, RequestLimitExceeded, RequestSizeLimitExceeded, ResourceInUse, ' +
  'ResourceInsufficient, ResourceNotFound, ResourceUnavailable, ResponseSizeLimitExceeded, ServiceUnavailable, ' +
  'UnauthorizedOperation, UnknownParameter, UnsupportedOperation, UnsupportedProtocol, UnsupportedRegion';

describe('commands in place of a file', () => {
  it.each([[['help']], [['help', 'import']], [['--lang', 'en', 'help']]])(
    '%j prints the help and writes no file named help',
    async (args) => {
      const result = await refused(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        args[1] === 'import' ? /^Usage: gen-handlers import <source>/u : /^Usage: gen-handlers \[options\]/u,
      );
      expect(result.stderr).toBe('');
      expect(result.files).toEqual(['package.json', 'tables']);
    },
  );

  it('"help" lists the commands', async () => {
    const { stdout } = await refused(['help']);
    expect(stdout).toContain(
      '\nCommands:\n' +
        '  import <source>        import a Tencent Cloud error-code page or SDK file into a table JSON file (see below)\n' +
        "  help [import]          show this help (or the import command's)\n" +
        '  version                show the version\n',
    );
  });

  it.each([[['version']], [['x.ts', '--lang', 'en', 'version']]])(
    '%j prints the version and writes no file',
    async (args) => {
      const result = await refused(args);
      expect(result).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
      expect(result.files).toEqual(['package.json', 'tables']);
    },
  );

  it.each([
    [
      ['halp'],
      "gen-handlers: unknown command 'halp'. Did you mean 'help'? Run \"gen-handlers --help\" for the commands.\n",
    ],
    [
      ['verson'],
      "gen-handlers: unknown command 'verson'. Did you mean 'version'? Run \"gen-handlers --help\" for the commands.\n",
    ],
    [
      ['genrate'],
      'gen-handlers: unknown command \'genrate\'. The commands are help, import, version; a module to write needs a file name with an extension, e.g. genrate.ts. Run "gen-handlers --help" for the commands.\n',
    ],
    [
      ['--lang', 'en', 'import', 'page.md'],
      'gen-handlers: import is a command and comes first: gen-handlers import <source> [options]\n',
    ],
    [[''], 'gen-handlers: the file argument is empty: gen-handlers [options] <file>\n'],
  ])('%j is a usage error naming the word; nothing is written', async (args, stderr) => {
    const result = await refused(args);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr });
    expect(result.files).toEqual(['package.json', 'tables']);
  });

  it('a bare word that names an existing file is that file: one gen-handlers will not write, as it is no .ts', async () => {
    const result = await refused(['handlers'], { handlers: 'export const mine = 1;\n' });
    expect(result).toMatchObject({
      status: 2,
      stderr:
        'gen-handlers: handlers is not a TypeScript module: gen-handlers writes TypeScript (types, guards and handlers), so name it handlers.ts (or .mts, .cts, .tsx)\n',
    });
    expect(result.files).toEqual(['handlers', 'package.json', 'tables']);
  });
});

describe('options', () => {
  it.each([
    [
      ['--famly', 'FailedOperation'],
      "gen-handlers: unknown option '--famly'. Did you mean '--family'? Run \"gen-handlers --help\" for the options.\n",
    ],
    [
      ['--Check'],
      "gen-handlers: unknown option '--Check'. Did you mean '--check'? Run \"gen-handlers --help\" for the options.\n",
    ],
    [
      ['--famly=FailedOperation'],
      "gen-handlers: unknown option '--famly'. Did you mean '--family'? Run \"gen-handlers --help\" for the options.\n",
    ],
    [
      ['-family', 'FailedOperation'],
      "gen-handlers: unknown option '-family'. Did you mean '--family'? Run \"gen-handlers --help\" for the options.\n",
    ],
    [['--bogus'], 'gen-handlers: unknown option \'--bogus\'. Run "gen-handlers --help" for the options.\n'],
    [['-x'], 'gen-handlers: unknown option \'-x\'. Run "gen-handlers --help" for the options.\n'],
    [['-hx'], 'gen-handlers: unknown option \'-hx\'. Run "gen-handlers --help" for the options.\n'],
    [['--out'], 'gen-handlers: --out needs a value: --out <file>\n'],
    [['--out', ''], 'gen-handlers: --out needs a value, got an empty one: --out <file>\n'],
    [['--out='], 'gen-handlers: --out needs a value, got an empty one: --out <file>\n'],
    [['--out', '--check'], "gen-handlers: --out needs a value, got the option '--check': --out <file>\n"],
    [['--family', ''], 'gen-handlers: --family needs a value, got an empty one: --family <name>\n'],
    [['--table'], 'gen-handlers: --table needs a value: --table <name|path>\n'],
    [['--check=yes'], "gen-handlers: --check takes no value, got '--check=yes'\n"],
  ])('%j is a usage error: one line, exit 2, nothing written', async (args, stderr) => {
    const result = await refused(args);
    expect(result).toMatchObject({ status: 2, stdout: '', stderr });
    expect(result.files).toEqual(['package.json', 'tables']);
  });

  it.each([
    [
      ['import', 'page.md', '--sevice', 'demo'],
      "gen-handlers: unknown option '--sevice'. Did you mean '--service'? Run \"gen-handlers import --help\" for the options.\n",
    ],
    [['import', 'page.md', '--service'], 'gen-handlers: --service needs a value: --service <name>\n'],
    [
      ['import', '--sdk-go', 'sdk', '--out-dirr', 'data'],
      "gen-handlers: unknown option '--out-dirr'. Did you mean '--out-dir'? Run \"gen-handlers import --help\" for the options.\n",
    ],
    [['import', '--sdk-go', 'sdk', '--out-dir'], 'gen-handlers: --out-dir needs a value: --out-dir <dir>\n'],
  ])('import %j: the same manners', async (args, stderr) => {
    expect(await refused(args)).toMatchObject({ status: 2, stdout: '', stderr });
  });
});

describe('families', () => {
  it('an unknown family with a near spelling suggests it', async () => {
    expect(await refused(['--family', 'FailedOpration'])).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: unknown family "FailedOpration" (did you mean "FailedOperation"?) in table(s) gaap\n',
    });
  });

  it('an unknown family with none lists the families of the table', async () => {
    expect(await refused(['--family', 'Bogus'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `gen-handlers: unknown family "Bogus" in table(s) gaap; the families are ${GAAP_FAMILIES}\n`,
      files: ['package.json', 'tables'],
    });
  });

  it('of a table with many families, lists the nearest ten and the count', async () => {
    expect(await refused(['--table', 'cvm', '--family', 'Operation'])).toMatchObject({
      status: 2,
      stderr:
        'gen-handlers: unknown family "Operation" in table(s) cvm; the 10 nearest of its 78 families are ' +
        'DryRunOperation, FailedOperation, MutexOperation, OperationDenied, UnauthorizedOperation, ' +
        'UnsupportedOperation, OverQuota, InvalidAction, InvalidZone, NoSuchVersion\n',
    });
  });

  it('--family A,B says to repeat the flag', async () => {
    expect(await refused(['--family', 'FailedOperation,AuthFailure'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        "gen-handlers: --family 'FailedOperation,AuthFailure' is not one family; to give several, repeat the flag: --family FailedOperation --family AuthFailure\n",
      files: ['package.json', 'tables'],
    });
  });

  it('--action A,B says to repeat the flag', async () => {
    expect(await refused(['--table', 'gaap', '--action', 'CreateProxy,DescribeProxies'])).toMatchObject({
      status: 2,
      stderr:
        "gen-handlers: --action 'CreateProxy,DescribeProxies' is not one action; to give several, repeat the flag: --action CreateProxy --action DescribeProxies\n",
    });
  });
});

describe('--check', () => {
  it('on a missing file: one line naming the command that creates it, exit 1, no diff', async () => {
    expect(await refused(['--check', 'src/errors.ts'])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: 'gen-handlers: src/errors.ts does not exist; run "npx gen-handlers src/errors.ts" to create it\n',
      files: ['package.json', 'tables'],
    });
  });

  it('the command keeps the other flags, quoted for the shell', async () => {
    expect(
      await refused(['--table', 'tables/gaap.json', '--family', 'FailedOperation', '--check', '--out', 'my errors.ts']),
    ).toMatchObject({
      status: 1,
      stdout: '',
      stderr:
        'gen-handlers: my errors.ts does not exist; run "npx gen-handlers --table tables/gaap.json --family FailedOperation --out \'my errors.ts\'" to create it\n',
    });
  });
});

describe('a file that has the header but cannot be read as ours', () => {
  it('code above the header: names its line and says to move it, not to --force', async () => {
    const p = project();
    try {
      expect(await run(['--family', 'AuthFailure', 'errors.ts'], p.dir)).toMatchObject({ status: 0 });
      const edited = `// @ts-nocheck\n\nimport { audit } from './audit.js';\n${p.read('errors.ts')}`;
      p.write('errors.ts', edited);
      expect(await run(['errors.ts'], p.dir)).toEqual({
        status: 1,
        stdout: '',
        stderr:
          'gen-handlers: errors.ts:3: there is code above the gen-handlers header; move it below the header, where re-runs keep it\n',
      });
      expect(p.read('errors.ts')).toBe(edited);
    } finally {
      p.cleanup();
    }
  });

  it('a broken settings line: names its line and says to fix it', async () => {
    const p = project();
    try {
      expect(await run(['--family', 'AuthFailure', 'errors.ts'], p.dir)).toMatchObject({ status: 0 });
      const edited = p.read('errors.ts').replace('// gen-handlers-settings: {', '// gen-handlers-settings: {,');
      p.write('errors.ts', edited);
      expect(await run(['errors.ts'], p.dir)).toEqual({
        status: 1,
        stdout: '',
        stderr:
          'gen-handlers: errors.ts:7: the gen-handlers-settings line is not valid JSON; fix that line (or delete the file to start afresh)\n',
      });
      expect(p.read('errors.ts')).toBe(edited);
    } finally {
      p.cleanup();
    }
  });
});

describe('values that reach a message', () => {
  it('print no control character: ESC and a bidi override from an argument are shown as escapes', async () => {
    const result = await refused(['--table', 'gaap', '--family', 'Fail\u001B[31mRED\u202Eure']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `gen-handlers: unknown family "Fail\\u{001B}[31mRED\\u{202E}ure" in table(s) gaap; the families are ${GAAP_FAMILIES}\n`,
    );
  });
});

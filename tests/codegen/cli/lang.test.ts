import { CLI_MESSAGES } from '../../../src/codegen/cli/messages.js';
import { type Bilingual, placeholdersOf } from '../../../src/shared/i18n.js';
import { runInProcess as run, tempProject as project } from '../support.js';

/**
 * gen-handlers speaks `--lang`: every text of CLI_MESSAGES in English and Chinese with the same placeholders, the
 * English without Chinese and the Chinese without English, outside quoted words and the command line's own words
 * (options, file names, placeholders, names). A text added later in English only fails here until its Chinese is
 * written beside it.
 */

/** Chinese characters and Chinese punctuation. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;

/** `text` without quoted words ("…", '…', `…`), `<placeholders>` and `{{placeholders}}`. */
function unquoted(text: string): string {
  return text.replaceAll(/\{\{[^{}]*\}\}/gu, ' ').replaceAll(/"[^"\n]*"|'[^'\n]*'|`[^`\n]*`|<[^<>\n]*>/gu, ' ');
}

/**
 * Words written in a Chinese text as they are: a proper name (`Markdown`, `git`), and the command line's own words (its commands, the
 * values of `--lang`, the default table).
 */
const AS_WRITTEN = new Set(['Markdown', 'git', 'import', 'help', 'version', 'zh', 'en', 'gaap']);

/**
 * The English words of a Chinese text: Latin words outside quotes that are not the command line's (an option, a
 * path or file name, an environment variable: any word with `-`, `.`, `/`, `:`, `_`, `=` or a digit), not an
 * abbreviation (`API`, `SDK`), not a name (`TypeScript`) and not written as it is (AS_WRITTEN).
 */
function englishIn(text: string): string[] {
  return unquoted(text)
    .split(/[\s\p{Script=Han}\u3000-\u303f\uff00-\uffef()[\],;|…]+/u)
    .filter((word) => /[A-Za-z]/u.test(word))
    .filter(
      (word) =>
        !/[-./:_=*0-9]/u.test(word) &&
        !/^[A-Z]{2,}$/u.test(word) &&
        !/^[A-Z][a-z]+[A-Z]\w*$/u.test(word) &&
        !AS_WRITTEN.has(word),
    );
}

describe('CLI_MESSAGES', () => {
  const entries: [string, Bilingual][] = Object.entries(CLI_MESSAGES);

  it('has a Chinese text for every text', () => {
    expect(entries.filter(([, text]) => text.zh === undefined).map(([id]) => id)).toEqual([]);
  });

  it.each(entries)('%s: the same placeholders in both languages', (_, text) => {
    expect(placeholdersOf(text.zh ?? '')).toEqual(placeholdersOf(text.en));
  });

  it.each(entries)('%s: no Chinese in the English, no English in the Chinese', (_, text) => {
    expect(unquoted(text.en)).not.toMatch(CHINESE);
    expect(englishIn(text.zh ?? text.en)).toEqual([]);
  });

  it('the check of the Chinese finds English', () => {
    expect(englishIn('已写入 {{file}}, kept 1 body')).toEqual(['kept', 'body']);
    expect(englishIn("运行 --help 查看 'gen-handlers' TypeScript API data/gaap.json")).toEqual([]);
  });
});

describe('gen-handlers --lang zh', () => {
  it('writes, finds current and finds stale in Chinese', async () => {
    const p = project();
    try {
      const args = ['--table', 'tables/gaap.json', '--family', 'AuthFailure', '--lang', 'zh'];
      expect(await run([...args, '--out', 'errors.ts'], p.dir)).toEqual({
        status: 0,
        stdout: '已写入 errors.ts\n',
        stderr: '',
      });
      expect(await run(['--check', 'errors.ts', '--lang', 'zh'], p.dir)).toEqual({
        status: 0,
        stdout: 'errors.ts 已是最新\n',
        stderr: '',
      });
      // The table says something new of a code: the file's comment of it is stale.
      p.write('tables/gaap.json', p.read('tables/gaap.json').replace('"MFA error."', '"MFA failed."'));
      const stale = await run(['--check', 'errors.ts', '--lang', 'zh'], p.dir);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toBe('gen-handlers: errors.ts 已过期；运行 "npx gen-handlers errors.ts --lang zh" 更新它\n');
    } finally {
      p.cleanup();
    }
  });

  it.each([
    [
      ['--famly', 'X', '--lang', 'zh'],
      "gen-handlers: 未知选项 '--famly'。是否应为 '--family'？运行 \"gen-handlers --help\" 查看选项。\n",
    ],
    [
      ['--lang=zh', 'halp'],
      "gen-handlers: 未知命令 'halp'。是否应为 'help'？运行 \"gen-handlers --help\" 查看命令。\n",
    ],
    [
      ['--lang', 'zh', 'genrate'],
      'gen-handlers: 未知命令 \'genrate\'。命令有 help, import, version；要写入的模块需要带扩展名的文件名，如 genrate.ts。运行 "gen-handlers --help" 查看命令。\n',
    ],
    [
      ['--lang', 'zh', '--out', 'x.js'],
      'gen-handlers: --out x.js 不是 TypeScript 模块：gen-handlers 生成的是 TypeScript（类型、类型守卫和处理函数），请将其命名为 x.ts（或 .mts、.cts、.tsx）\n',
    ],
    [
      ['--lang', 'zh', '--family', 'A', '--action', 'B'],
      'gen-handlers: 请给出 --family 或 --action，不要同时给出（接口的处理函数已涵盖它记载的错误码）\n',
    ],
    [['--lang', 'zh', '--out'], 'gen-handlers: --out 需要一个值：--out <file>\n'],
    [
      ['import', '--lang', 'zh'],
      'gen-handlers: import 需要一个来源：gen-handlers import <page.md | errors.go | errorcodes.py>\n',
    ],
    [['--lang', 'zh', 'import'], 'gen-handlers: import 是命令，必须放在最前面：gen-handlers import <source> [选项]\n'],
    [
      ['import', '--lang', 'zh', '--out', 'a.json', '--out-dir', 'd', 'x.md'],
      'gen-handlers: 请使用 --out 或 --out-dir，不要同时使用\n',
    ],
    [['import', '--lang', 'zh', '--sdk-go', 'sdk'], 'gen-handlers: 目录导入需要 --out-dir <dir>（数据文件夹）\n'],
  ])('%j says so in Chinese', async (args, stderr) => {
    const p = project();
    try {
      expect(await run(args, p.dir)).toEqual({ status: 2, stdout: '', stderr });
    } finally {
      p.cleanup();
    }
  });

  it('prints the help in Chinese, options as they are written', async () => {
    const p = project();
    try {
      const { status, stdout } = await run(['help', '--lang', 'zh'], p.dir);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^用法：gen-handlers \[选项\] \[<file>\]\n/u);
      expect(stdout).toMatch(
        /\n {2}-h, --help +显示本帮助\n {2}-v, --version +显示版本\n\n退出码：0 完成或已是最新；/u,
      );
      expect(stdout).toMatch(
        /\n {6}--table <name\|path> +码表：内置名称、码表 \.json 文件、.*；可重复（默认：gaap）\n/u,
      );
      expect(stdout).toContain(
        '\n命令：\n  import <source>        将腾讯云错误码页面或 SDK 文件导入为码表 JSON 文件（见下文）\n',
      );
      expect(englishIn(stdout)).toEqual([]);
    } finally {
      p.cleanup();
    }
  });

  it('is English by default and with --lang en; an unknown --lang is said in English', async () => {
    const p = project();
    try {
      const help = await run(['help'], p.dir);
      expect(help.stdout).toMatch(/^Usage: gen-handlers \[options\] \[<file>\]\n/u);
      expect(unquoted(help.stdout)).not.toMatch(CHINESE);
      expect((await run(['help', '--lang', 'en'], p.dir)).stdout).toBe(help.stdout);
      expect(await run(['--lang', 'fr', '--family', 'A'], p.dir)).toEqual({
        status: 2,
        stdout: '',
        stderr: 'gen-handlers: --lang must be one of zh, en, got "fr"\n',
      });
    } finally {
      p.cleanup();
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { ROOT } from '../support/paths.js';

/**
 * Every example of docs/rules/*.md is linted as it is written, with the settings its page names, and gives exactly
 * the reports the page shows. A page names them in a comment before the code block:
 *
 *     <!-- example: {"settings": {"products": ["gaap"]}, "options": {"families": ["AuthFailure"]}} -->
 *
 * `settings` is `settings["tencentcloud-errors"]`, `options` the options of the page's rule (which alone is on, as
 * `"error"`), unless the code turns the rule on itself with an `/* eslint … *\/` comment, as ESLint reads it. The reports follow the code block
 * in a `text` block, `line:column  message` a line; no such block, no report. A line of the code marked ❌ has a
 * report; one marked ✅ has none. A block after `<!-- the first suggestion applied -->` is the example before it with
 * the first suggestion of its first report applied. Every other `js` or `ts` block is a configuration
 * (`export default …`).
 */

const DOCS = path.join(ROOT, 'docs/rules');
const PAGES = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .sort();

interface Example {
  readonly page: string;
  /** The line of the page where the code block starts. */
  readonly line: number;
  readonly language: 'js' | 'ts';
  readonly code: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly options: Readonly<Record<string, unknown>> | undefined;
  /** The reports the page shows, `line:column  message`. */
  readonly reports: readonly string[];
  /** The block after it that shows its first suggestion applied, if there is one. */
  readonly suggested: string | undefined;
}

interface Block {
  readonly line: number;
  readonly language: string;
  readonly code: string;
  /** The HTML comment right before the block, if any. */
  readonly marker: string | undefined;
}

/** The fenced blocks of a page, each with the HTML comment that precedes it (a blank line between). */
function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const match of markdown.matchAll(/(?:<!-- ((?:(?!-->)[^\n])*) -->\n\n)?```(\w*)\n([\s\S]*?)```\n/gu)) {
    const line = markdown.slice(0, match.index).split('\n').length + (match[1] === undefined ? 0 : 2);
    blocks.push({ line, language: match[2] ?? '', code: match[3] ?? '', marker: match[1] });
  }
  return blocks;
}

function examplesOf(page: string): { examples: Example[]; configurations: Block[] } {
  const blocks = blocksOf(readFileSync(path.join(DOCS, page), 'utf8'));
  const examples: Example[] = [];
  const configurations: Block[] = [];
  blocks.forEach((block, i) => {
    if (block.language !== 'js' && block.language !== 'ts') return;
    if (block.marker === 'the first suggestion applied') return;
    if (block.marker?.startsWith('example:') !== true) {
      configurations.push(block);
      return;
    }
    const { settings = {}, options } = JSON.parse(block.marker.slice('example:'.length)) as {
      settings?: Record<string, unknown>;
      options?: Record<string, unknown>;
    };
    const next = blocks[i + 1];
    const shown = next?.language === 'text' && next.marker === undefined ? next : undefined;
    const after = blocks[i + (shown === undefined ? 1 : 2)];
    examples.push({
      page,
      line: block.line,
      language: block.language,
      code: block.code,
      settings,
      options,
      reports: shown === undefined ? [] : shown.code.trimEnd().split('\n'),
      suggested: after?.marker === 'the first suggestion applied' ? after.code : undefined,
    });
  });
  return { examples, configurations };
}

function lint(example: Example): Linter.LintMessage[] {
  const rule = `tencentcloud-errors/${example.page.slice(0, -'.md'.length)}`;
  return new Linter().verify(
    example.code,
    [
      {
        files: ['**/*.js', '**/*.ts'],
        plugins: { 'tencentcloud-errors': plugin },
        languageOptions:
          example.language === 'ts'
            ? { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' }
            : { ecmaVersion: 'latest', sourceType: 'module' },
        settings: { 'tencentcloud-errors': example.settings },
        rules: example.code.includes(`/* eslint ${rule}:`)
          ? {}
          : { [rule]: example.options === undefined ? 'error' : ['error', example.options] },
      },
    ],
    `example.${example.language}`,
  );
}

const all = PAGES.map((page) => ({ page, ...examplesOf(page) }));

describe.each(all)('docs/rules/$page', ({ examples, configurations }) => {
  it('marks its examples; every other code block is a configuration', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const block of configurations) expect(block.code, `line ${block.line}`).toMatch(/^export default /mu);
  });

  it.each(examples.map((example) => [example.line, example] as const))(
    'the example at line %i gives the reports the page shows',
    (_, example) => {
      const messages = lint(example);
      expect(messages.map((m) => `${m.line}:${m.column}  ${m.message}`)).toEqual(example.reports);
      expect(messages.filter((m) => m.fatal === true)).toEqual([]);
      // ❌ marks a line with a report; ✅ a line without.
      const lines = example.code.split('\n');
      const reported = new Set(messages.map((m) => m.line));
      const wrong = lines.flatMap((text, i) =>
        (text.includes('❌') && !reported.has(i + 1)) || (text.includes('✅') && reported.has(i + 1))
          ? [`${i + 1}: ${text}`]
          : [],
      );
      expect(wrong).toEqual([]);
      if (example.suggested !== undefined) {
        const fix = messages[0]?.suggestions?.[0]?.fix;
        expect(fix).toBeDefined();
        if (fix === undefined) return;
        const applied = `${example.code.slice(0, fix.range[0])}${fix.text}${example.code.slice(fix.range[1])}`;
        expect(applied).toBe(example.suggested);
      }
    },
  );
});

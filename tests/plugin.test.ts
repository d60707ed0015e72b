import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter, type Rule } from 'eslint';

import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { ROOT } from './support/paths.js';

const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const ruleFiles = readdirSync(path.join(ROOT, 'src/rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();
const DOCS_URL = 'https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors/blob/main/docs/rules/';

describe('the plugin object', () => {
  it('has the name and version of package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it('exports every rule file of src/rules, sorted by name', () => {
    expect(Object.keys(plugin.rules)).toEqual(ruleFiles);
    expect(Object.keys(rules)).toEqual([...Object.keys(rules)].sort());
    for (const name of ruleFiles)
      expect(plugin.rules[name as keyof typeof rules], name).toBe(rules[name as keyof typeof rules]);
  });

  it("types its rules with ESLint's own types, under exactly the names of src/rules/index.ts", () => {
    // A type assertion: `npm run typecheck` fails when the names spelled out in src/index.ts drift from the rules.
    expectTypeOf(plugin.rules).toEqualTypeOf<Record<keyof typeof rules, Rule.RuleModule>>();
  });

  describe.each(ruleFiles)('rule %s', (name) => {
    const rule = rules[name as keyof typeof rules];
    const doc = path.join(ROOT, 'docs/rules', `${name}.md`);

    it('has a page in docs/rules/ with the generated header marker, and meta.docs.url points to it', () => {
      expect(existsSync(doc), doc).toBe(true);
      expect(readFileSync(doc, 'utf8')).toContain('<!-- end auto-generated rule header -->');
      expect(rule.meta.docs?.url).toBe(`${DOCS_URL}${name}.md`);
    });

    it('is named after its file and describes itself as the house style asks', () => {
      expect(rule.name).toBe(name);
      expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/u);
      // English under each id, a sentence with a capital and a full stop (or question mark); its Chinese under
      // `<id>:zh`, ending in the Chinese full stop or question mark.
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        expect(message, id).toMatch(id.endsWith(':zh') ? /[。？]$/u : /^[A-Z].*[.?]$/u);
      }
    });
  });

  it('configs.recommended registers the plugin as tencentcloud-errors, turns no-unknown-error-code and no-impossible-error-code on as errors and no-removed-action as a warning', () => {
    const { recommended } = plugin.configs;
    expect(recommended.name).toBe('tencentcloud-errors/recommended');
    expect(recommended.plugins['tencentcloud-errors']).toBe(plugin);
    expect(recommended.rules).toEqual({
      'tencentcloud-errors/no-impossible-error-code': 'error',
      'tencentcloud-errors/no-removed-action': 'warn',
      'tencentcloud-errors/no-unknown-error-code': 'error',
    });
  });

  it('every config turns on only rules of the plugin', () => {
    for (const [configName, config] of Object.entries(plugin.configs)) {
      for (const ruleId of Object.keys(config.rules)) {
        expect(ruleId.startsWith('tencentcloud-errors/'), `${configName}: ${ruleId}`).toBe(true);
        expect(ruleFiles, `${configName}: ${ruleId}`).toContain(ruleId.slice('tencentcloud-errors/'.length));
      }
    }
  });

  it('configs.recommended works as a flat config on its own', () => {
    const messages = new Linter().verify(
      'if (err.code === "InternalErorr") {}',
      [plugin.configs.recommended],
      'file.js',
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['tencentcloud-errors/no-unknown-error-code']);
  });
});

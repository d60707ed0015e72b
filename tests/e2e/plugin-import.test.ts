import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { FIXTURES, ROOT } from '../support/paths.js';

/**
 * What the built plugin loads, in a fresh Node.js process: every module resolved by `import` (through a resolve
 * hook) or loaded by `require()` (the CommonJS cache), reduced to package names. The generator's packages and the
 * Markdown parser must stay out of a lint run unless a Markdown table is configured.
 */
const RECORDER = `
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

const hooks = 'let port; export function initialize(data) { port = data.port; }' +
  'export async function resolve(specifier, context, next) { const result = await next(specifier, context);' +
  ' port.postMessage(result.url); return result; }';
const { port1, port2 } = new MessageChannel();
const urls = [];
const drained = new Promise((resolve) =>
  port1.on('message', (url) => (url === 'node:test' ? resolve() : urls.push(url))),
);
register('data:text/javascript,' + encodeURIComponent(hooks), { data: { port: port2 }, transferList: [port2] });

const [mode, tables] = process.argv.slice(1);
const { default: plugin } = await import(pathToFileURL('dist/index.js').href);
if (mode !== 'import') {
  const { Linter } = await import('eslint');
  const config = mode === 'preset' ? plugin.configs.strict : plugin.configure({ tables: [tables] });
  const messages = new Linter().verify("if (err.code === 'FailedOperation.WidgetSoldOt') {}", [config], 'a.js');
  if (messages.length !== 1) throw new Error(JSON.stringify(messages));
}
import.meta.resolve('node:test');
await drained;
port1.close();
const files = [...urls, ...Object.keys(createRequire(import.meta.url).cache)];
const packages = new Set(files.map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean));
process.stdout.write(JSON.stringify([...packages].sort()));
`;

/** The packages the rules must not load unless they need them: the generator's, TypeScript, the Markdown parser. */
const WATCHED = ['diff', 'markdown-it', 'ts-morph', 'typescript'];
/**
 * Loaded on first use only: eslint-scope for a module followed across files whose parser gives no scopes, jsonc-parser
 * for the line of a JSON problem or a table file. @typescript-eslint/scope-manager (some 185 modules, a third of the
 * plugin's load time) is never loaded: the rules use its types only.
 */
const ON_DEMAND = ['@typescript-eslint/scope-manager', 'eslint-scope', 'jsonc-parser'];
/** What ESLint loads itself to lint any file: not ours to keep out of a lint run. */
const ESLINTS_OWN = new Set(['eslint-scope']);

function loadedPackages(mode: 'import' | 'preset' | 'table', tables = ''): string[] {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', RECORDER, mode, tables], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the recorder failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

describe('what the built plugin loads (dist/index.js, fresh process)', () => {
  it('importing it loads the rule helpers and the table model, not the generator nor the Markdown parser', () => {
    const packages = loadedPackages('import');
    expect(packages).toContain('@typescript-eslint/utils');
    expect(packages).toContain('@typescript-eslint/types');
    expect(packages.filter((name) => WATCHED.includes(name) || ON_DEMAND.includes(name))).toEqual([]);
  });

  it('linting with a preset (zero config: the catalogue) loads none of them either', () => {
    const packages = loadedPackages('preset');
    expect(packages).toContain('eslint');
    expect(
      packages.filter((name) => (WATCHED.includes(name) || ON_DEMAND.includes(name)) && !ESLINTS_OWN.has(name)),
    ).toEqual([]);
  });

  it('a Markdown table in the settings loads the Markdown parser, and only that', () => {
    const packages = loadedPackages('table', path.join(FIXTURES, 'sdk/demo-error-codes.md'));
    expect(packages.filter((name) => WATCHED.includes(name))).toEqual(['markdown-it']);
  });
});

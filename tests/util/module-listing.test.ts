import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Linter, type Rule } from 'eslint';

import { resolveSettings } from '../../src/util/settings.js';

/**
 * Relative imports are resolved from each directory's listing, kept while the directory's mtime stays
 * (src/util/call-model/modules.ts): a sibling module added, renamed or removed between two lints of the same file in
 * one process (an editor's server) is seen on the next lint.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tce-listing-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ROUTE = [
  "import { client } from './clients';",
  'export async function read(image) {',
  '  try {',
  '    return await client.GeneralBasicOCR({ ImageBase64: image });',
  '  } catch (e) {',
  "    if (e.code === 'FailedOperation.ImageDecodeFailed') return null;",
  '    throw e;',
  '  }',
  '}',
].join('\n');
const CLIENTS = [
  "import * as tencentcloud from 'tencentcloud-sdk-nodejs';",
  'export const client = new tencentcloud.ocr.v20181119.Client({});',
].join('\n');

/** What `code`, linted as the file `name` of `dir`, is judged by. */
function consulted(name = 'route.js', code = ROUTE): readonly string[] | undefined {
  let found: readonly string[] | undefined;
  const rule: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      found = resolveSettings(context as unknown as Parameters<typeof resolveSettings>[0])?.consulted;
      return {};
    },
  };
  const messages = new Linter({ cwd: dir }).verify(
    code,
    [{ plugins: { test: { rules: { probe: rule } } }, rules: { 'test/probe': 'error' } }],
    path.join(dir, name),
  );
  expect(messages).toEqual([]);
  return found;
}

/** Past the file system's timestamp granularity, so that the next change gives the directory a new mtime. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

it('sees a sibling module added, renamed to another extension, and removed', async () => {
  writeFileSync(path.join(dir, 'route.js'), ROUTE);
  expect(consulted()).toEqual(['every product']);
  await tick();
  writeFileSync(path.join(dir, 'clients.js'), CLIENTS);
  expect(consulted()).toEqual(['ocr', 'common']);
  await tick();
  renameSync(path.join(dir, 'clients.js'), path.join(dir, 'clients.ts'));
  expect(consulted()).toEqual(['ocr', 'common']);
  await tick();
  rmSync(path.join(dir, 'clients.ts'));
  expect(consulted()).toEqual(['every product']);
});

it('follows a folder import to its index module, and lets it go when the folder goes', async () => {
  const code = ROUTE.replace("'./clients'", "'./sdk'");
  writeFileSync(path.join(dir, 'folder-route.js'), code);
  expect(consulted('folder-route.js', code)).toEqual(['every product']);
  await tick();
  mkdirSync(path.join(dir, 'sdk'));
  writeFileSync(path.join(dir, 'sdk', 'index.ts'), CLIENTS);
  expect(consulted('folder-route.js', code)).toEqual(['ocr', 'common']);
  await tick();
  rmSync(path.join(dir, 'sdk'), { recursive: true });
  expect(consulted('folder-route.js', code)).toEqual(['every product']);
});

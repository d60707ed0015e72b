import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ROOT } from '../support/paths.js';

/**
 * The README's quick start, as a new user meets it: the package packed as npm publishes it, installed with the
 * README's install line into a fresh `npm init -y` project, the README's files written verbatim, ESLint run.
 * Offline: the install takes the versions of this repository's package-lock.json from the npm cache `npm ci` filled.
 */

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const REPOSITORY = 'https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors';
/** This repository's package-lock.json: where and at which version each package is installed. */
const REPOSITORY_LOCK = (
  JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  }
).packages;

/** The message of the one report every setup gives on the README's example file. */
const MISSPELT =
  'Unknown Tencent Cloud error code "FailedOperation.ProxySellOt". Did you mean "FailedOperation.ProxySellOut" (The line is sold out or resources are insufficient; submit a ticket to apply.)?';

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly type?: string;
  readonly license?: string;
  readonly engines?: Record<string, string>;
  readonly bin?: Record<string, string>;
  readonly repository?: { readonly type: string; readonly url: string };
  readonly homepage?: string;
  readonly bugs?: { readonly url: string };
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { readonly optional?: boolean }>;
}

/** An entry of package-lock.json's `packages`. */
interface LockEntry extends Partial<PackageJson> {
  readonly resolved?: string;
  readonly integrity?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly peer?: boolean;
  readonly optional?: boolean;
}

/**
 * The README's quick-start blocks: each fenced block right after a `<!-- quick-start: <setup> <file> -->` marker,
 * keyed `<setup> <file>`; `<file>` is `install` for an install line.
 */
function quickStartBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of markdown.matchAll(/<!-- quick-start: (\S+) (\S+) -->\n\n```\w*\n([\s\S]*?)```\n/gu)) {
    const [, setup, file, text] = match as unknown as [string, string, string, string];
    blocks.set(`${setup} ${file}`, text);
  }
  return blocks;
}

/** The packages an install line names: `npm install --save-dev a b c` → a, b, c. */
function installedBy(line: string): string[] {
  const match = /^npm install --save-dev ((?:[\w@/.-]+ ?)+)\n$/u.exec(line);
  if (match === null) throw new Error(`not an install line: ${line}`);
  return (match[1] ?? '').trim().split(' ');
}

/** The packages a config or source file imports or requires, by package name. */
function importedBy(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from |require\()'([^']+)'/gu)].map((m) => m[1] ?? '');
  return specifiers.map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? '')));
}

/**
 * A package-lock.json for `devDependencies`, taken from this repository's lockfile: every package they need, at the
 * place and version this repository has it, so that `npm ci --offline` finds each in the cache. The plugin itself is
 * the packed tarball, with the dependencies its packed package.json declares.
 */
function lockFor(devDependencies: Record<string, string>, tarball: string, packed: PackageJson): object {
  const pluginPath = `node_modules/${packed.name}`;
  const plugin: LockEntry = {
    version: packed.version,
    resolved: devDependencies[packed.name],
    integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
    dev: true,
    license: packed.license,
    ...(packed.dependencies === undefined ? {} : { dependencies: packed.dependencies }),
    ...(packed.peerDependencies === undefined ? {} : { peerDependencies: packed.peerDependencies }),
    ...(packed.engines === undefined ? {} : { engines: packed.engines }),
    ...(packed.bin === undefined ? {} : { bin: packed.bin }),
  };
  const packages: Record<string, LockEntry> = {
    '': { name: 'quick-start', version: '1.0.0', devDependencies } as LockEntry,
    [pluginPath]: plugin,
  };
  // Node's lookup: the nearest node_modules/<name> from the dependent's folder up; for the project and the plugin
  // (this repository itself), the top-level node_modules/<name>.
  const locate = (from: string, name: string): string | undefined => {
    for (let at = from; ;) {
      if (REPOSITORY_LOCK[`${at}/node_modules/${name}`] !== undefined) return `${at}/node_modules/${name}`;
      const up = at.lastIndexOf('/node_modules/');
      if (up < 0) break;
      at = at.slice(0, up);
    }
    return REPOSITORY_LOCK[`node_modules/${name}`] === undefined ? undefined : `node_modules/${name}`;
  };
  const queue: string[] = [];
  const need = (from: string, entry: LockEntry): void => {
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const wanted: [name: string, optional: boolean][] = [
      ...Object.keys(entry.dependencies ?? {}).map((name): [string, boolean] => [name, false]),
      ...Object.keys(entry.optionalDependencies ?? {}).map((name): [string, boolean] => [name, true]),
      ...Object.keys(entry.peerDependencies ?? {}).map((name): [string, boolean] => [
        name,
        optionalPeers[name]?.optional === true,
      ]),
    ];
    for (const [name, optional] of wanted) {
      const found = locate(from, name);
      if (found === undefined) {
        if (optional) continue;
        throw new Error(`${from || 'the project'} needs ${name}, which package-lock.json does not have`);
      }
      if (packages[found] !== undefined || queue.includes(found)) continue;
      queue.push(found);
    }
  };
  need('', {
    dependencies: Object.fromEntries(
      Object.keys(devDependencies)
        .filter((n) => n !== packed.name)
        .map((n) => [n, '']),
    ),
  });
  need(pluginPath, plugin);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const entry = REPOSITORY_LOCK[next] as LockEntry;
    // Everything is a devDependency of the project here (JSON drops the undefined flags).
    packages[next] = { ...entry, dev: true, devOptional: undefined, peer: undefined };
    need(next, entry);
  }
  return { name: 'quick-start', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** The installed ESLint on a setup's folder: `file: line:column ruleId message` per report. */
function lint(project: string, setup: string): string[] {
  const result = spawnSync(
    process.execPath,
    [path.join(project, 'node_modules/eslint/bin/eslint.js'), '-f', 'json', '.'],
    { cwd: path.join(project, setup), encoding: 'utf8' },
  );
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint exited ${result.status}: ${result.stderr}`);
  const results = JSON.parse(result.stdout) as { filePath: string; messages: LintMessage[] }[];
  return results.flatMap(({ filePath, messages }) =>
    messages.map(
      (m) => `${path.relative(path.join(project, setup), filePath)}: ${m.line}:${m.column} ${m.ruleId} ${m.message}`,
    ),
  );
}

const blocks = quickStartBlocks(README);
let work: string;
let project: string;
let packedFiles: string[];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'tce-quick-start-'));
  // The package as npm publishes it (dist/ is built by `npm test` before vitest runs; --ignore-scripts keeps the
  // other e2e suites' dist/ in place).
  const [pack] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (pack === undefined) throw new Error('npm pack printed nothing');
  packedFiles = pack.files.map((f) => f.path).sort();
  const tarball = path.join(work, pack.filename);
  const packed = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], work)) as PackageJson;

  project = path.join(work, 'project');
  mkdirSync(project);
  run('npm', ['init', '-y'], project);
  // `npm install --save-dev <the README's packages>`, with this repository's versions; @types/node as well, which a
  // TypeScript app has (the declarations of /table and /codegen use Node's types).
  const devDependencies: Record<string, string> = {};
  for (const name of [...installedBy(blocks.get('typescript install') ?? ''), '@types/node']) {
    const version =
      name === packed.name ? `file:../${pack.filename}` : REPOSITORY_LOCK[`node_modules/${name}`]?.version;
    if (version === undefined) throw new Error(`the README installs ${name}, which package-lock.json does not have`);
    devDependencies[name] = version;
  }
  const packageJson = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ ...packageJson, devDependencies }, null, 2));
  writeFileSync(
    path.join(project, 'package-lock.json'),
    JSON.stringify(lockFor(devDependencies, tarball, packed), null, 2),
  );
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], project);

  for (const [key, text] of blocks) {
    const [setup, file] = key.split(' ') as [string, string];
    if (file === 'install') continue;
    mkdirSync(path.dirname(path.join(project, setup, file)), { recursive: true });
    writeFileSync(path.join(project, setup, file), text);
  }
  // configure() and the CI recipe run on the TypeScript example.
  for (const setup of ['configure', 'ci']) {
    mkdirSync(path.join(project, setup, 'src'), { recursive: true });
    writeFileSync(path.join(project, setup, 'src/proxy.ts'), blocks.get('typescript src/proxy.ts') ?? '');
  }
}, 120_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("the README's quick start, on the packed package", () => {
  it('has the setups this test runs, each with its config file, and install lines that cover their imports', () => {
    expect([...blocks.keys()]).toEqual([
      'typescript install',
      'javascript install',
      'typescript eslint.config.mjs',
      'typescript src/proxy.ts',
      'javascript eslint.config.mjs',
      'javascript src/proxy.js',
      'configure eslint.config.mjs',
      'ci eslint.config.mjs',
    ]);
    const typescript = installedBy(blocks.get('typescript install') ?? '');
    const javascript = installedBy(blocks.get('javascript install') ?? '');
    expect(typescript).toEqual(['eslint', 'eslint-plugin-tencentcloud-errors', 'typescript-eslint', 'typescript']);
    expect(javascript).toEqual(['eslint', 'eslint-plugin-tencentcloud-errors']);
    for (const setup of ['typescript', 'configure', 'ci']) {
      for (const name of importedBy(blocks.get(`${setup} eslint.config.mjs`) ?? '')) {
        expect(typescript, `${setup}: ${name}`).toContain(name);
      }
    }
    for (const name of importedBy(blocks.get('javascript eslint.config.mjs') ?? '')) {
      expect(javascript, `javascript: ${name}`).toContain(name);
    }
  });

  it('runs in the project npm init -y makes ("type": "commonjs" on npm 11 and later; .mjs is ESM in any)', () => {
    const packageJson = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as PackageJson;
    expect(packageJson.type === undefined || packageJson.type === 'commonjs').toBe(true);
  });

  it.each([
    ['typescript', 'src/proxy.ts', 'tencentcloud-errors/no-unknown-error-code'],
    ['javascript', 'src/proxy.js', 'tencentcloud-errors/no-unknown-error-code'],
    ['configure', 'src/proxy.ts', 'tencentcloud-errors/no-unknown-error-code'],
    ['ci', 'src/proxy.ts', 'tencentcloud-errors/no-unknown-error-code'],
  ])('%s: ESLint reports the misspelt code of %s, once', (setup, file, ruleId) => {
    expect(lint(project, setup)).toEqual([`${file}: 13:69 ${ruleId} ${MISSPELT}`]);
  });

  it('shows the report the TypeScript setup gives', () => {
    expect(README).toContain(`  13:69  error  ${MISSPELT}  tencentcloud-errors/no-unknown-error-code\n`);
  });
});

describe('the packed package', () => {
  it('ships LICENSE, NOTICE, the README, the build without source maps, and the data', () => {
    expect(packedFiles.filter((file) => !file.startsWith('dist/') && !file.startsWith('data/catalogue/'))).toEqual([
      'LICENSE',
      'NOTICE',
      'README.md',
      'data/common.json',
      'data/gaap.json',
      'package.json',
    ]);
    expect(packedFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(packedFiles).toContain('dist/index.d.ts');
    expect(packedFiles).toContain('data/catalogue/index.json');
  });

  it('names its repository, homepage and issue tracker', () => {
    const installed = path.join(project, 'node_modules', PACKAGE.name);
    const packed = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as PackageJson;
    expect([packed.repository, packed.homepage, packed.bugs]).toEqual([
      { type: 'git', url: `git+${REPOSITORY}.git` },
      `${REPOSITORY}#readme`,
      { url: `${REPOSITORY}/issues` },
    ]);
  });

  it('states the Node.js versions of its engines in the README', () => {
    expect(PACKAGE.engines?.node).toBe('^20.19.0 || ^22.13.0 || >=24');
    expect(README).toContain(`**Node.js** \`${PACKAGE.engines?.node}\``);
  });

  it('has README links that resolve: into the package, to a heading of the README, or to an absolute address', () => {
    const headings = new Set(
      [...README.matchAll(/^#+ (.+)$/gmu)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, '')
          .replaceAll(' ', '-'),
      ),
    );
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/gu)].map((m) => m[1] ?? '');
    const unresolved = targets.filter((target) =>
      /^https:\/\//u.test(target)
        ? false
        : target.startsWith('#')
          ? !headings.has(target.slice(1))
          : !packedFiles.includes(target.split('#')[0] ?? ''),
    );
    expect(unresolved).toEqual([]);
    expect(targets.filter((target) => !/^https:\/\//u.test(target))).toEqual([
      '#shared-settings',
      '#shared-settings',
      'NOTICE',
      'LICENSE',
      'NOTICE',
    ]);
  });

  it('declares only types from its dependencies and peer dependencies', () => {
    const installed = path.join(project, 'node_modules', PACKAGE.name);
    const declared = new Set([
      ...Object.keys(PACKAGE.dependencies ?? {}),
      ...Object.keys(PACKAGE.peerDependencies ?? {}),
    ]);
    const undeclared = new Set<string>();
    for (const file of readdirSync(path.join(installed, 'dist'), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.d.ts')) continue;
      // Comments quote code (`import plugin from 'eslint-plugin-tencentcloud-errors'`); only declarations count.
      const text = readFileSync(path.join(installed, 'dist', file), 'utf8')
        .replaceAll(/\/\*[\s\S]*?\*\//gu, '')
        .replaceAll(/\/\/.*$/gmu, '');
      for (const name of importedBy(text.replaceAll('"', "'").replaceAll("import('", "from '"))) {
        if (!name.startsWith('.') && !name.startsWith('node:') && !declared.has(name))
          undeclared.add(`${file}: ${name}`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });
});

describe('the packed type declarations', () => {
  /** A TypeScript ES module that uses the package's public types, strictly, with the libraries' types checked too. */
  const CONSUMER = [
    "import type { Linter } from 'eslint';",
    "import { defineConfig } from 'eslint/config';",
    "import tencentcloudErrors, { configs, configure, type ConfigureOptions, meta, rules } from 'eslint-plugin-tencentcloud-errors';",
    "import { generate } from 'eslint-plugin-tencentcloud-errors/codegen';",
    "import { loadTable } from 'eslint-plugin-tencentcloud-errors/table';",
    '',
    "const options: ConfigureOptions = { products: ['gaap'], families: ['FailedOperation'], lang: 'zh' };",
    'export const flat: Linter.Config[] = [tencentcloudErrors.configs.recommended, configs.strict, configure(options)];',
    "export const defined = defineConfig([tencentcloudErrors.configs.strict, tencentcloudErrors.configure({ tables: ['gaap'] })]);",
    "export const url: string | undefined = rules['no-unknown-error-code'].meta?.docs?.url;",
    'export const version: string = meta.version;',
    "export const codes: readonly string[] = loadTable('gaap').codes.map((entry) => entry.code);",
    'export const generator: typeof generate = generate;',
    '',
  ].join('\n');
  const TSCONFIG = {
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
    },
    files: ['consumer.mts'],
  };

  it.each([
    ['5.0.4', 'typescript-5.0'],
    ['7.0.2', 'typescript-7.0'],
  ])('compile with TypeScript %s (tsc --strict, no skipLibCheck)', (version, alias) => {
    const dir = path.join(project, 'types');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'consumer.mts'), CONSUMER);
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    const tsc = path.join(ROOT, 'node_modules', alias, 'bin/tsc');
    expect(run(process.execPath, [tsc, '--version'], dir).trim()).toBe(`Version ${version}`);
    const result = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});

import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import sdkPackage from 'tencentcloud-sdk-nodejs/package.json' with { type: 'json' };

import { startStandInGaap } from '../../examples/gaap-app/stand-in-server.js';
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

/** The packages an install line names: `npm install --save-dev a b c` (or `npm install a`) → a, b, c. */
function installedBy(line: string): string[] {
  const match = /^npm install (?:--save-dev )?((?:[\w@/.-]+ ?)+)\n$/u.exec(line);
  if (match === null) throw new Error(`not an install line: ${line}`);
  return (match[1] ?? '').trim().split(' ');
}

/** The packages a config or source file imports or requires, by package name. */
function importedBy(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from |require\()'([^']+)'/gu)].map((m) => m[1] ?? '');
  return specifiers.map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? '')));
}

/**
 * A package-lock.json for the project's `dependencies` and `devDependencies`, taken from this repository's lockfile:
 * every package they need, at the place and version this repository has it, so that `npm ci --offline` finds each in
 * the cache. The plugin itself is the packed tarball, with the dependencies its packed package.json declares.
 */
function lockFor(
  dependencies: Record<string, string>,
  devDependencies: Record<string, string>,
  tarball: string,
  packed: PackageJson,
): object {
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
    '': { name: 'quick-start', version: '1.0.0', dependencies, devDependencies } as LockEntry,
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
      [...Object.keys(dependencies), ...Object.keys(devDependencies)]
        .filter((n) => n !== packed.name)
        .map((n) => [n, '']),
    ),
  });
  need(pluginPath, plugin);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const entry = REPOSITORY_LOCK[next] as LockEntry;
    // Every package is marked as a devDependency's here, as npm recomputes the flags anyway (JSON drops the
    // undefined ones).
    packages[next] = { ...entry, dev: true, devOptional: undefined, peer: undefined };
    need(next, entry);
  }
  return { name: 'quick-start', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

function run(command: string, args: readonly string[], cwd: string): string {
  // npm is npm.cmd on Windows, which Node.js runs only through a shell.
  const shell = command === 'npm' && process.platform === 'win32';
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell });
}

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly suggestions?: readonly { readonly fix: { readonly range: [number, number]; readonly text: string } }[];
}

interface LintResult {
  readonly filePath: string;
  readonly source?: string;
  readonly messages: readonly LintMessage[];
}

/** The installed ESLint on a setup's folder, as JSON. */
function lintResults(project: string, setup: string): LintResult[] {
  const result = spawnSync(
    process.execPath,
    [path.join(project, 'node_modules/eslint/bin/eslint.js'), '-f', 'json', '.'],
    { cwd: path.join(project, setup), encoding: 'utf8' },
  );
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as LintResult[];
}

/** The installed ESLint's results on each setup's folder, linted once, before anything else is written there. */
const linted = new Map<string, LintResult[]>();

/** The installed ESLint on a setup's folder: `file: line:column ruleId message` per report. */
function lint(project: string, setup: string): string[] {
  if (!linted.has(setup)) linted.set(setup, lintResults(project, setup));
  return (linted.get(setup) ?? []).flatMap(({ filePath, messages }) =>
    messages.map(
      (m) => `${path.relative(path.join(project, setup), filePath)}: ${m.line}:${m.column} ${m.ruleId} ${m.message}`,
    ),
  );
}

/** `file`'s text with the first suggestion of its first report applied, as an editor applies it. */
function withFirstSuggestion(text: string, results: readonly LintResult[], file: string): string {
  const result = results.find((r) => r.filePath.endsWith(file));
  const fix = result?.messages[0]?.suggestions?.[0]?.fix;
  if (fix === undefined) throw new Error('no suggestion to apply');
  return `${text.slice(0, fix.range[0])}${fix.text}${text.slice(fix.range[1])}`;
}

/** The named imports of a source file from packages: `import { a } from 'p'`, `const { a } = require('p')`. */
function namedImports(text: string): [pkg: string, name: string][] {
  const found = [
    ...text.matchAll(/^import \{([^}]+)\} from '([^'.][^']*)';$/gmu),
    ...text.matchAll(/^const \{([^}]+)\} = require\('([^'.][^']*)'\);$/gmu),
  ];
  return found.flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map((name) => name.trim().replace(/^type /u, ''))
      .filter((name) => name !== '')
      .map((name): [string, string] => [m[2] ?? '', name.split(/\s+as\s+/u)[0] ?? '']),
  );
}

/**
 * Loaded with `node --require`, this points every client of the installed SDK at the stand-in server: the README's
 * code runs as written, and the real SDK signs, sends, reads the API 3.0 answer and throws what it throws; only the
 * address is another.
 */
const REDIRECT = `const { createRequire } = require('node:module');
const path = require('node:path');
const sdk = createRequire(path.join(process.cwd(), 'index.js'));
const { AbstractClient } = sdk('tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client');
const doRequest = AbstractClient.prototype.doRequest;
AbstractClient.prototype.doRequest = function (...args) {
  this.endpoint = process.env.STAND_IN_ENDPOINT;
  this.profile.httpProfile.protocol = 'http://';
  return doRequest.apply(this, args);
};
`;

/** Calls `createProxy` of each module named on its command line twice, and prints what each call returned or threw. */
const DRIVER = `const request = { ProjectId: 0, ProxyName: 'demo', AccessRegion: 'Guangzhou', RealServerRegion: 'NorthAmerica', Bandwidth: 10, Concurrent: 2 };
(async () => {
  for (const module of process.argv.slice(1)) {
    const { createProxy } = require(module);
    for (let i = 0; i < 2; i++) {
      try {
        console.log(JSON.stringify({ returned: await createProxy(request) }));
      } catch (err) {
        const { code, requestId, message } = err;
        console.log(JSON.stringify({ threw: err.constructor.name, code, requestId, message }));
      }
    }
  }
})();
`;

/** What a call of createProxy did. */
type Outcome = { returned: unknown } | { threw: string; code?: string; requestId?: string; message?: string };

/**
 * Runs `createProxy` of each of `modules` (paths in the project) twice, in one process, against a stand-in GAAP server
 * that answers each module's first CreateProxy with FailedOperation.ProxySellOut and its second with success; what
 * each call did, by module.
 */
async function runAgainstStandIn(project: string, modules: readonly string[]): Promise<Map<string, Outcome[]>> {
  const standIn = await startStandInGaap(
    modules.flatMap(() => [
      { action: 'CreateProxy', error: { code: 'FailedOperation.ProxySellOut', message: SOLD_OUT } },
      { action: 'CreateProxy', response: { InstanceId: 'link-0123abcd' } },
    ]),
  );
  try {
    const env = {
      ...process.env,
      STAND_IN_ENDPOINT: standIn.endpoint,
      TENCENTCLOUD_SECRET_ID: 'AKIDEXAMPLE',
      TENCENTCLOUD_SECRET_KEY: 'example-secret-key',
    };
    const paths = modules.map((module) => path.join(project, module));
    const result = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
      execFile(
        process.execPath,
        ['--require', './redirect.cjs', '-e', DRIVER, ...paths],
        { cwd: project, env, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ stdout, stderr, code: error === null ? 0 : (error.code as number) }),
      );
    });
    if (result.code !== 0) throw new Error(`the snippets exited ${result.code}: ${result.stderr}`);
    // What the real SDK sent: a signed request of each call, for the action and API version of the README's client.
    expect(standIn.requests.map((r) => [r.action, r.version, r.signed])).toEqual(
      modules.flatMap(() => [
        ['CreateProxy', '2018-05-29', true],
        ['CreateProxy', '2018-05-29', true],
      ]),
    );
    const outcomes = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Outcome);
    return new Map(modules.map((module, i) => [module, outcomes.slice(2 * i, 2 * i + 2)]));
  } finally {
    await standIn.close();
  }
}

/** The snippets run against the stand-in: the README's as written, and with ESLint's suggestion applied. */
const RUN = [
  'javascript/src/proxy.js',
  'javascript/src/proxy-fixed.js',
  'build/typescript/src/proxy-fixed.js',
  'build/generated/src/proxy.js',
] as const;

/** The stand-in's message for FailedOperation.ProxySellOut, as the API writes it. */
const SOLD_OUT = 'The line is sold out or resources are insufficient; submit a ticket to apply.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** `tsc --strict` on Node.js's module system, as the project's compilations run it. */
const STRICT = { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'] };

/** The project's tsconfig: strict, with `skipLibCheck` as `tsc --init` writes it. */
const TSCONFIG = {
  compilerOptions: {
    ...STRICT,
    skipLibCheck: true,
    rootDir: '.',
    outDir: 'build',
  },
  include: ['typescript/src', 'generated/src'],
};

const blocks = quickStartBlocks(README);
let work: string;
let project: string;
let packedFiles: string[];
let packedManifest: PackageJson & { readonly scripts?: Record<string, string> };
let manifestBefore: string;
let manifestAfter: string;
let tsc: { status: number | null; stdout: string };

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'tce-quick-start-'));
  // The package as npm publishes it, packed with its own scripts (prepack and postpack take `prepare` out of the
  // published package.json and put it back); dist/ is built by `npm test` before vitest runs.
  manifestBefore = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  manifestAfter = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  if (pack === undefined) throw new Error('npm pack printed nothing');
  packedFiles = pack.files.map((f) => f.path).sort();
  const tarball = path.join(work, pack.filename);
  packedManifest = JSON.parse(
    run('tar', ['-xzOf', pack.filename, 'package/package.json'], work),
  ) as typeof packedManifest;

  project = path.join(work, 'project');
  mkdirSync(project);
  run('npm', ['init', '-y'], project);
  // `npm install --save-dev <the README's packages>` and `npm install <the app's>`, with this repository's versions;
  // @types/node as well, which a TypeScript app has (the declarations of /table and /codegen use Node's types).
  const versionOf = (name: string): string => {
    const version =
      name === packedManifest.name ? `file:../${pack.filename}` : REPOSITORY_LOCK[`node_modules/${name}`]?.version;
    if (version === undefined) throw new Error(`the README installs ${name}, which package-lock.json does not have`);
    return version;
  };
  const of = (names: readonly string[]): Record<string, string> =>
    Object.fromEntries(names.map((name) => [name, versionOf(name)]));
  const dependencies = of(installedBy(blocks.get('app install') ?? ''));
  const devDependencies = of([...installedBy(blocks.get('typescript install') ?? ''), '@types/node']);
  const packageJson = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ ...packageJson, dependencies, devDependencies }, null, 2),
  );
  writeFileSync(
    path.join(project, 'package-lock.json'),
    JSON.stringify(lockFor(dependencies, devDependencies, tarball, packedManifest), null, 2),
  );
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], project);

  for (const [key, text] of blocks) {
    const [setup, file] = key.split(' ') as [string, string];
    if (file === 'install' || file === 'commands' || file === 'command') continue;
    mkdirSync(path.dirname(path.join(project, setup, file)), { recursive: true });
    writeFileSync(path.join(project, setup, file), text);
  }
  // configure() and the CI recipe run on the TypeScript example.
  for (const setup of ['configure', 'ci']) {
    mkdirSync(path.join(project, setup, 'src'), { recursive: true });
    writeFileSync(path.join(project, setup, 'src/proxy.ts'), blocks.get('typescript src/proxy.ts') ?? '');
  }
  // The generated guard, from the README's gen-handlers command, run with the installed bin from the setup's folder.
  const [command = '', bin = '', ...args] = (blocks.get('generated command') ?? '').trim().split(' ');
  const script = packedManifest.bin?.[bin];
  if (command !== 'npx' || script === undefined)
    throw new Error(`not an npx command of the package: ${command} ${bin}`);
  const installed = path.join(project, 'node_modules', packedManifest.name, script);
  run(process.execPath, [installed, ...args], path.join(project, 'generated'));
  // The quick start's code with the editor's suggestion applied, and the guard's with the misspelling.
  const typescript = blocks.get('typescript src/proxy.ts') ?? '';
  for (const setup of ['typescript', 'javascript', 'configure', 'ci']) lint(project, setup);
  const fixed = withFirstSuggestion(typescript, linted.get('typescript') ?? [], 'proxy.ts');
  writeFileSync(path.join(project, 'typescript/src/proxy-fixed.ts'), fixed);
  const guarded = blocks.get('generated src/proxy.ts') ?? '';
  writeFileSync(
    path.join(project, 'generated/src/proxy-misspelt.ts'),
    guarded.replace("'FailedOperation.ProxySellOut'", "'FailedOperation.ProxySellOt'"),
  );
  const javascript = blocks.get('javascript src/proxy.js') ?? '';
  writeFileSync(
    path.join(project, 'javascript/src/proxy-fixed.js'),
    withFirstSuggestion(javascript, linted.get('javascript') ?? [], 'proxy.js'),
  );
  // One strict compile of every TypeScript file (the SDK's declarations are a million lines: once is enough).
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(path.join(project, 'redirect.cjs'), REDIRECT);
  const compiled = spawnSync(process.execPath, [path.join(project, 'node_modules/typescript/bin/tsc'), '-p', '.'], {
    cwd: project,
    encoding: 'utf8',
  });
  tsc = { status: compiled.status, stdout: compiled.stdout };
}, 300_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("the README's quick start, on the packed package", () => {
  it('has the setups this test runs, each with its config file, and install lines that cover their imports', () => {
    expect([...blocks.keys()]).toEqual([
      'typescript install',
      'javascript install',
      'app install',
      'typescript eslint.config.mjs',
      'typescript src/proxy.ts',
      'javascript eslint.config.mjs',
      'javascript src/proxy.js',
      'configure eslint.config.mjs',
      'generated command',
      'generated src/proxy.ts',
      'ci eslint.config.mjs',
      'develop commands',
    ]);
    const typescript = installedBy(blocks.get('typescript install') ?? '');
    const javascript = installedBy(blocks.get('javascript install') ?? '');
    const app = installedBy(blocks.get('app install') ?? '');
    expect(typescript).toEqual(['eslint', 'eslint-plugin-tencentcloud-errors', 'typescript-eslint', 'typescript']);
    expect(javascript).toEqual(['eslint', 'eslint-plugin-tencentcloud-errors']);
    expect(app).toEqual(['tencentcloud-sdk-nodejs']);
    for (const setup of ['typescript', 'configure', 'ci']) {
      for (const name of importedBy(blocks.get(`${setup} eslint.config.mjs`) ?? '')) {
        expect(typescript, `${setup}: ${name}`).toContain(name);
      }
    }
    for (const name of importedBy(blocks.get('javascript eslint.config.mjs') ?? '')) {
      expect(javascript, `javascript: ${name}`).toContain(name);
    }
    // What the application's code imports, it installs.
    for (const key of ['typescript src/proxy.ts', 'javascript src/proxy.js', 'generated src/proxy.ts']) {
      for (const name of importedBy(blocks.get(key) ?? '').filter((n) => !n.startsWith('.'))) {
        expect(app, `${key}: ${name}`).toContain(name);
      }
    }
  });

  it('runs in the project npm init -y makes ("type": "commonjs" on npm 11 and later; .mjs is ESM in any)', () => {
    const packageJson = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as PackageJson;
    expect(packageJson.type === undefined || packageJson.type === 'commonjs').toBe(true);
  });

  it.each([
    ['typescript', 'src/proxy.ts', '16:63'],
    ['javascript', 'src/proxy.js', '16:22'],
    ['configure', 'src/proxy.ts', '16:63'],
    ['ci', 'src/proxy.ts', '16:63'],
  ])('%s: ESLint reports the misspelt code of %s, once, at %s', (setup, file, at) => {
    expect(lint(project, setup)).toEqual([`${file}: ${at} tencentcloud-errors/no-unknown-error-code ${MISSPELT}`]);
  });

  it('shows the report the TypeScript setup gives', () => {
    expect(README).toContain(`  16:63  error  ${MISSPELT}  tencentcloud-errors/no-unknown-error-code\n`);
  });

  it('installs the SDK this repository runs its tests on', () => {
    const installed = path.join(project, 'node_modules/tencentcloud-sdk-nodejs/package.json');
    expect((JSON.parse(readFileSync(installed, 'utf8')) as PackageJson).version).toBe(sdkPackage.version);
  });

  it('has every named import of its source files at run time, from require() and from import', () => {
    const wanted = ['typescript src/proxy.ts', 'javascript src/proxy.js', 'generated src/proxy.ts'].flatMap((key) =>
      namedImports(blocks.get(key) ?? ''),
    );
    expect(wanted).toEqual([
      ['tencentcloud-sdk-nodejs', 'gaap'],
      ['tencentcloud-sdk-nodejs', 'gaap'],
      ['tencentcloud-sdk-nodejs', 'gaap'],
    ]);
    const check = `const wanted = ${JSON.stringify(wanted)};
const missing = [];
(async () => {
  for (const [pkg, name] of wanted) {
    if (require(pkg)[name] === undefined) missing.push('require ' + pkg + ' ' + name);
    if (!(name in (await import(pkg)))) missing.push('import ' + pkg + ' ' + name);
  }
  console.log(JSON.stringify(missing));
})();`;
    expect(JSON.parse(run(process.execPath, ['-e', check], project))).toEqual([]);
  });

  it('type-checks under tsc --strict: the quick start, and the generated guard, where the misspelling is a type error', () => {
    const [error, ...more] = tsc.stdout.trim().split('\n');
    expect(more).toEqual([]);
    expect(error).toMatch(
      /^generated\/src\/proxy-misspelt\.ts\(17,29\): error TS2367: This comparison appears to be unintentional because the types '"FailedOperation\.ProxySellOut" \| "ActionOffline" \| .*' and '"FailedOperation\.ProxySellOt"' have no overlap\.$/u,
    );
    expect(tsc.status).toBe(2);
  });

  describe("run against the example's stand-in GAAP server, through the real SDK", () => {
    let ran: Map<string, Outcome[]>;
    beforeAll(async () => {
      ran = await runAgainstStandIn(project, RUN);
    });

    it('the JavaScript as written: the sold-out error is rethrown, what the SDK threw, as it threw it', () => {
      const [written, after] = ran.get('javascript/src/proxy.js') ?? [];
      expect(written).toMatchObject({
        threw: 'TencentCloudSDKHttpException',
        code: 'FailedOperation.ProxySellOut',
        message: SOLD_OUT,
      });
      expect((written as { requestId?: string }).requestId).toMatch(UUID);
      expect(after).toEqual({ returned: true });
    });

    it.each([
      ['the JavaScript with the suggestion applied', 'javascript/src/proxy-fixed.js'],
      ['the TypeScript with the suggestion applied, compiled', 'build/typescript/src/proxy-fixed.js'],
      [
        "the generated guard's example, compiled: isGaapError knows what the SDK throws",
        'build/generated/src/proxy.js',
      ],
    ])('%s: a sold-out region returns false', (_, module) => {
      expect(ran.get(module)).toEqual([{ returned: false }, { returned: true }]);
    });
  });

  it('shows the commands that set up a clone, and CI runs the test command on Node 20, 22 and 24, Linux and Windows', () => {
    expect(blocks.get('develop commands')).toBe(
      'npm ci && npm run example   # the example app: generate its handlers, lint it, run it against a stand-in GAAP server\n' +
        'npm ci && npm test          # build, type check, lint, docs check, dead exports, then every test project\n',
    );
    const workflow = readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(workflow).toContain('node-version: [20, 22, 24]');
    expect(workflow).toContain('os: [ubuntu-latest, windows-latest]');
    expect(workflow).toContain('      - run: npm ci\n      - run: npm test\n');
  });
});

describe('the packed package', () => {
  it("runs no install script (packing takes `prepare` out of its package.json and leaves this repository's as it was)", () => {
    const scripts = packedManifest.scripts ?? {};
    expect(['preinstall', 'install', 'postinstall', 'prepare'].filter((name) => name in scripts)).toEqual([]);
    expect(JSON.parse(manifestBefore)).toMatchObject({ scripts: { prepare: 'npm run build' } });
    expect(manifestAfter).toBe(manifestBefore);
  });

  it('ships LICENSE, NOTICE, the README, the build without source maps, and the data', () => {
    expect(packedFiles.filter((file) => !file.startsWith('dist/'))).toEqual([
      'LICENSE',
      'NOTICE',
      'README.md',
      'data/catalogue.pack',
      'data/common.json',
      'data/gaap.json',
      'package.json',
    ]);
    expect(packedFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(packedFiles).toContain('dist/index.d.ts');
  });

  it('ships the catalogue as one pack, not the folder, and leaves no pack in this repository', () => {
    expect(packedManifest).toMatchObject({
      files: ['dist', 'data/*.json', 'data/catalogue.pack', 'LICENSE', 'NOTICE'],
    });
    const installed = path.join(project, 'node_modules', PACKAGE.name, 'data');
    expect(readdirSync(installed).sort()).toEqual(['catalogue.pack', 'common.json', 'gaap.json']);
    expect(existsSync(path.join(ROOT, 'data/catalogue.pack'))).toBe(false);
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
      '#gen-handlers',
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
      ...STRICT,
      noEmit: true,
      skipLibCheck: false,
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

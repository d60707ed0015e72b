import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { FIXTURES } from '../support/paths.js';
import {
  lintRealShapes,
  type Manifest,
  manifestProblems,
  readManifest,
  REAL_SHAPES_DIR,
  realShapeFiles,
} from '../support/real-shapes.js';

/**
 * tests/fixtures/real-shapes/manifest.json is the ground truth the corpus is measured against
 * (scripts/lint-real-shapes.ts): every file listed and present, every shape declared and used, every call's line
 * naming its action, every planted mistake where it says and of the kind it says, checked against the catalogue.
 */
const manifest = readManifest();

/** A copy of the manifest with one file's entry changed. */
function withFile(file: string, change: (entry: Manifest['files'][string]) => object): Manifest {
  const entry = manifest.files[file];
  if (entry === undefined) throw new Error(`no ${file} in the manifest`);
  return { ...manifest, files: { ...manifest.files, [file]: { ...entry, ...change(entry) } } };
}

/** How many files and products a manifest covers, and how many of its files have a planted code mistake. */
function coverage(corpus: Manifest): { files: number; products: number; withCodeMistakes: number } {
  const entries = Object.values(corpus.files);
  return {
    files: entries.length,
    products: new Set(entries.flatMap((e) => e.products.map((p) => p.split('@')[0]))).size,
    withCodeMistakes: entries.filter((e) => e.mistakes.some((m) => m.kind !== 'partial-dispatch')).length,
  };
}

describe('the real-shapes manifest', () => {
  it('agrees with the corpus files and the catalogue', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('covers at least 45 files and 15 products, and plants mistakes in a minority of the files', () => {
    const { files, products, withCodeMistakes } = coverage(manifest);
    expect(files).toBeGreaterThanOrEqual(45);
    expect(products).toBeGreaterThanOrEqual(15);
    expect(withCodeMistakes).toBeLessThan(files / 2);
  });

  it('has files that every parser the script uses accepts', () => {
    expect(lintRealShapes(null).map((r) => `${r.file}:${r.line} ${r.message}`)).toEqual([]);
  });

  it('reports a file missing from the manifest, and a listed file that does not exist', () => {
    const files = { ...manifest.files, 'gone.ts': { shapes: [], products: [], calls: [], mistakes: [] } };
    delete (files as Record<string, unknown>)['toast.js'];
    expect(manifestProblems({ ...manifest, files })).toEqual([
      'toast.js: not in the manifest',
      'gone.ts: in the manifest, but no such file',
    ]);
  });

  it('reports an undeclared shape and a declared shape no file shows', () => {
    const vocabulary = { ...manifest.vocabulary, 'grpc-stub': 'client: a gRPC stub' };
    const broken = withFile('toast.js', (e) => ({ shapes: [...e.shapes, 'i18n-keys'] }));
    expect(manifestProblems({ ...broken, vocabulary })).toEqual([
      'toast.js: shape "i18n-keys" is not in the vocabulary',
      'vocabulary: no file shows shape "grpc-stub"',
    ]);
  });

  it('reports a product or an API version the catalogue does not have', () => {
    const broken = withFile('cdn-purge.cjs', () => ({ products: ['cos', 'cdn@2019-01-01'] }));
    expect(manifestProblems(broken)).toEqual([
      'cdn-purge.cjs: product "cos" is not in data/catalogue/index.json',
      'cdn-purge.cjs: cdn has no API version 2019-01-01',
    ]);
  });

  it('reports a call whose line does not name its action, and an action the API version does not have', () => {
    const broken = withFile('sms-driver-init.ts', (e) => ({
      calls: [
        { ...e.calls[0], line: 23 },
        { line: 22, product: 'ses', version: '2020-10-02', action: 'SendSms' },
      ],
    }));
    expect(manifestProblems(broken)).toEqual([
      'sms-driver-init.ts:23: the line does not name SendSms',
      'sms-driver-init.ts:22: ses@2020-10-02 has no action SendSms',
    ]);
  });

  it('reports a case typo that is a real code, and a typo that is a real code in another case', () => {
    const broken = withFile('sms-driver-init.ts', (e) => ({
      mistakes: [
        { ...e.mistakes[0], code: 'LimitExceeded.PhoneNumberDailyLimit' },
        { ...e.mistakes[0], kind: 'typo' },
      ],
    }));
    expect(manifestProblems(broken)).toEqual([
      'sms-driver-init.ts:31: the line does not hold LimitExceeded.PhoneNumberDailyLimit',
      'sms-driver-init.ts:31: LimitExceeded.PhoneNumberDailyLimit is a catalogue code, not a case-typo',
      'sms-driver-init.ts:31: LimitExceeded.PhoneNumberDailylimit differs from LimitExceeded.PhoneNumberDailyLimit in case only',
    ]);
  });

  it('reports an "impossible" code that the guarded action documents, and a wrong expected rule', () => {
    const broken = withFile('face-check.js', (e) => ({
      mistakes: [{ ...e.mistakes[0], action: 'CompareFace', expect: 'tencentcloud-errors/no-unknown-error-code' }],
    }));
    expect(manifestProblems(broken)).toEqual([
      'face-check.js:16: a impossible-for-action should be expected of tencentcloud-errors/no-impossible-error-code, not tencentcloud-errors/no-unknown-error-code',
      'face-check.js:16: CompareFace documents FailedOperation.FaceQualityNotQualified',
    ]);
  });

  it("reports another product's code that is the file's own, and a partial dispatch that is not on a switch or if", () => {
    const broken = withFile('sms-batch-notify.ts', (e) => ({
      mistakes: [
        { ...e.mistakes[0], code: 'FailedOperation.PhoneNumberInBlacklist', line: 31 },
        {
          line: 21,
          code: 'FailedOperation.PhoneNumberInBlacklist',
          kind: 'partial-dispatch',
          expect: 'tencentcloud-errors/exhaustive-error-handling',
          action: 'SendSms',
        },
      ],
    }));
    expect(manifestProblems(broken)).toEqual([
      'sms-batch-notify.ts:31: FailedOperation.PhoneNumberInBlacklist is a code of the product the file calls',
      "sms-batch-notify.ts:21: a partial dispatch's line holds no switch or if",
    ]);
  });

  it('reads the files: a line edited away from the manifest is reported', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'real-shapes-'));
    try {
      cpSync(REAL_SHAPES_DIR, dir, { recursive: true });
      const file = path.join(dir, 'asr-task.cjs');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace("'FailedOperation.ErrorDownfile'", "'FailedOperation.ErrorDownFile'"),
      );
      expect(realShapeFiles(dir)).toEqual(realShapeFiles());
      expect(manifestProblems(readManifest(dir), dir)).toEqual([
        'asr-task.cjs:16: the line does not hold FailedOperation.ErrorDownfile',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * tests/fixtures/real-shapes-holdout and -holdout-2 to -holdout-41 are held-out corpora in the same format, rebuilt
 * from other public code than the corpus above, for figures on code the rules were not developed against
 * (`npx tsx scripts/lint-real-shapes.ts tests/fixtures/real-shapes-holdout`). The later forty were written blind
 * (their writer read neither the rules nor their output) and plant a mistake in more of their files.
 */
describe.each([
  { name: 'real-shapes-holdout', minFiles: 25, minProducts: 12, mistakesInMinority: true },
  { name: 'real-shapes-holdout-2', minFiles: 15, minProducts: 15, mistakesInMinority: false },
  { name: 'real-shapes-holdout-3', minFiles: 15, minProducts: 15, mistakesInMinority: false },
  { name: 'real-shapes-holdout-4', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  { name: 'real-shapes-holdout-5', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  { name: 'real-shapes-holdout-6', minFiles: 15, minProducts: 10, mistakesInMinority: false },
  { name: 'real-shapes-holdout-7', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Mostly files that handle codes without calling the API, and traps: few products.
  { name: 'real-shapes-holdout-8', minFiles: 15, minProducts: 5, mistakesInMinority: true },
  // Four small projects of several modules each.
  { name: 'real-shapes-holdout-9', minFiles: 15, minProducts: 4, mistakesInMinority: true },
  // Mostly traps: other clouds' codes, Tencent services whose errors are no API codes, look-alikes.
  { name: 'real-shapes-holdout-10', minFiles: 15, minProducts: 8, mistakesInMinority: true },
  // Server frameworks: dependency injection, decorated servers, server actions, queue workers, edge workers.
  // Asked for three traps only: every other file calls the API.
  { name: 'real-shapes-holdout-11', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Older and plainer JavaScript: the 3.x SDK's callbacks, the async library, Bluebird, prototypes, gulp, Koa 1.
  { name: 'real-shapes-holdout-12', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Where the codes travel after the call: tests and mocks, error classes, settled results, tables, a monorepo.
  { name: 'real-shapes-holdout-13', minFiles: 15, minProducts: 7, mistakesInMinority: false },
  // Tencent Cloud API 3.0 without the SDK: hand-signed requests by fetch, axios, got, undici, ky and node:https.
  { name: 'real-shapes-holdout-14', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Codes in TypeScript's types and tables: unions, enums, `as const`, `satisfies`, zod, assertNever.
  { name: 'real-shapes-holdout-15', minFiles: 15, minProducts: 10, mistakesInMinority: false },
  // AI, speech and media apps: streamed chat, bots, job polling, moderation, VOD, live, TRTC.
  { name: 'real-shapes-holdout-16', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Operations tooling: paging inventories, rotations, certificates, DNS hooks, TKE/TCR, Pulumi, an operator.
  { name: 'real-shapes-holdout-17', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Data and messaging services: databases, queues, logs, search, migrations; NestJS, CLIs, provisioners.
  { name: 'real-shapes-holdout-18', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Resilience and error mapping: retry helpers, circuit breakers, limiters, job queues, Result types, mappers.
  { name: 'real-shapes-holdout-19', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Code split across modules: workspace packages, barrels, path aliases, service layers, routers and resolvers.
  { name: 'real-shapes-holdout-20', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Games, IoT and realtime backends: game rooms, voice, RTC, live, devices, MQTT, moderation of chat.
  { name: 'real-shapes-holdout-21', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Backends of the Chinese Node.js ecosystem: Egg.js, Midway, Koa, ThinkJS, mini-program and CloudBase functions.
  { name: 'real-shapes-holdout-22', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Security, identity and money: KMS, secrets, STS credentials, CAM, audit, WAF, Anti-DDoS, billing, tags.
  { name: 'real-shapes-holdout-23', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Tests and test doubles: Jest, Vitest, Mocha and sinon, node:test, AVA, msw and nock, beside the code they test.
  { name: 'real-shapes-holdout-24', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Build, deploy and CI glue: GitHub Actions, bundler plugins, site deployers, CLIs, Gulp and Grunt tasks.
  { name: 'real-shapes-holdout-25', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Full-stack frameworks' server code: Next.js, Nuxt, SvelteKit, Remix, Astro, Hono, tRPC.
  { name: 'real-shapes-holdout-26', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Batch, concurrency and streaming: pools, queues, streams, worker threads, chunked Promise.all.
  { name: 'real-shapes-holdout-27', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Desktop apps, chat bots and editor extensions: Electron IPC, VS Code, Telegram, Slack, Feishu, WeCom, a REPL.
  { name: 'real-shapes-holdout-28', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Multi-cloud abstraction layers: one provider interface, Tencent Cloud beside Aliyun, AWS, Huawei and Azure.
  { name: 'real-shapes-holdout-29', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Dependency-injection containers and ports and adapters: InversifyJS, TSyringe, TypeDI, Awilix.
  { name: 'real-shapes-holdout-30', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Observability and alerting: Cloud Monitor exporters, CLS alarms, health checks, on-call bridges, budgets.
  { name: 'real-shapes-holdout-31', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Endpoints and networks in enterprise deployments: regional, internal, intl and private hosts, proxies, VPC, CLB.
  { name: 'real-shapes-holdout-32', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // E-commerce and payments: captcha, OTP, KYC, invoices, receipts, moderation around checkout and orders.
  { name: 'real-shapes-holdout-33', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Clients known by their types: Nest providers, generic wrappers, typed registries, base classes, type aliases.
  { name: 'real-shapes-holdout-34', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // AI and LLM apps: MCP tool servers, LangChain tools, RAG, streamed chat, generation jobs polled, fallbacks.
  { name: 'real-shapes-holdout-35', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Edge runtimes: Workers, Deno, Bun, Vercel and EdgeOne functions, signing with WebCrypto, raw fetch mostly.
  { name: 'real-shapes-holdout-36', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // International and multi-region: the intl SDK and hosts, region failover, assumed roles, global sites.
  { name: 'real-shapes-holdout-37', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Media, live and moderation pipelines: queue workers, event callbacks, COS-triggered functions, polled jobs.
  { name: 'real-shapes-holdout-38', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Legacy and transpiled JavaScript: callbacks, 3.x request models, async.js, promisify, Babel and tsc output.
  { name: 'real-shapes-holdout-39', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // CMS and platform plugins: Strapi, Medusa, Directus, Payload and Keystone, site deployers refreshing caches.
  { name: 'real-shapes-holdout-40', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // GraphQL, RPC and realtime servers: Apollo data sources, Yoga, Pothos, gRPC, JSON-RPC, sockets, Nest resolvers.
  { name: 'real-shapes-holdout-41', minFiles: 15, minProducts: 12, mistakesInMinority: false },
])('the held-out manifest $name', ({ name, minFiles, minProducts, mistakesInMinority, minTraps = 4 }) => {
  const HOLDOUT_DIR = path.join(FIXTURES, name);
  const holdout = readManifest(HOLDOUT_DIR);
  const entries = Object.values(holdout.files);

  it('agrees with its files and the catalogue', () => {
    expect(manifestProblems(holdout, HOLDOUT_DIR)).toEqual([]);
  });

  it(`covers at least ${minFiles} files and ${minProducts} products, and plants code mistakes in ${mistakesInMinority ? 'a minority' : 'some'} of the files`, () => {
    const { files, products, withCodeMistakes } = coverage(holdout);
    expect(files).toBeGreaterThanOrEqual(minFiles);
    expect(products).toBeGreaterThanOrEqual(minProducts);
    expect(withCodeMistakes).toBeGreaterThan(0);
    if (mistakesInMinority) expect(withCodeMistakes).toBeLessThan(files / 2);
  });

  it(`has at least ${minTraps} files whose codes are not Tencent API codes and that plant no mistake`, () => {
    const notCodes = new Set([
      'other-cloud',
      'i18n-key',
      'unrelated-codes',
      'cos-xml',
      'payment-codes',
      'app-dotted-codes',
    ]);
    const silent = entries.filter((e) => e.shapes.some((s) => notCodes.has(s)) && e.mistakes.length === 0);
    expect(silent.length).toBeGreaterThanOrEqual(minTraps);
  });

  it('speaks the format of the development corpus: its mistake kinds, and its shapes in the same sense', () => {
    expect(holdout.mistakeKinds).toEqual(manifest.mistakeKinds);
    const shared = Object.keys(holdout.vocabulary).filter((shape) => Object.hasOwn(manifest.vocabulary, shape));
    expect(shared.length).toBeGreaterThan(0);
    for (const shape of shared) expect([shape, holdout.vocabulary[shape]]).toEqual([shape, manifest.vocabulary[shape]]);
  });

  it('has files that every parser the script uses accepts', () => {
    expect(lintRealShapes(null, HOLDOUT_DIR).map((r) => `${r.file}:${r.line} ${r.message}`)).toEqual([]);
  });
});

import path from 'node:path';

import { FIXTURES } from '../support/paths.js';
import { coverage, lintRealShapes, manifestProblems, readManifest } from '../support/real-shapes.js';

/** The development corpus's manifest (tests/repo/real-shapes-manifest.test.ts checks it), whose format they speak. */
const manifest = readManifest();

/**
 * tests/fixtures/real-shapes-holdout and -holdout-2 to -holdout-115 are held-out corpora in the same format, rebuilt
 * from other public code than the corpus above, for figures on code the rules were not developed against
 * (`npx tsx scripts/lint-real-shapes.ts tests/fixtures/real-shapes-holdout`). The later 114 were written
 * blind (their writer read neither the rules nor their output) and plant a mistake in more of their files.
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
  // Inventory, security-posture and compliance scanners: check registries, paged inventories, skips, SARIF.
  { name: 'real-shapes-holdout-42', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Integration-platform nodes: n8n, Node-RED, Backstage actions, Pipedream, Zapier, Raycast.
  { name: 'real-shapes-holdout-43', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Developer scripts and release automation: zx, Bun, Deno, test setup and teardown, release plugins, bots.
  { name: 'real-shapes-holdout-44', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Functional, reactive and iterator styles: fp-ts, Effect, neverthrow, RxJS, async generators, ts-pattern.
  { name: 'real-shapes-holdout-45', minFiles: 15, minProducts: 12, mistakesInMinority: false },
  // Test suites and their doubles: jest, vitest, mocha, node:test; module mocks, nock, msw, sinon, fake errors.
  { name: 'real-shapes-holdout-46', minFiles: 15, minProducts: 10, mistakesInMinority: false, minTraps: 3 },
  // Command-line tools: commander, yargs, oclif, cac, clipanion, zx, execa, prompts, ink, listr2.
  { name: 'real-shapes-holdout-47', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Multi-account operations: STS credentials, organization members, clients per account and region, fan-out.
  { name: 'real-shapes-holdout-48', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Billing and FinOps: bills, price inquiries, renewals, balance alerts, reapers, spot instances.
  { name: 'real-shapes-holdout-49', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Real-time communication backends: TRTC rooms, live streams, VOD, captcha, IM's REST API beside the cloud API.
  { name: 'real-shapes-holdout-50', minFiles: 15, minProducts: 10, mistakesInMinority: false, minTraps: 3 },
  // Data platforms and message queues: CKafka, TDMQ, DLC, EMR, Elasticsearch, Oceanus, WeData, plan/apply.
  { name: 'real-shapes-holdout-51', minFiles: 15, minProducts: 10, mistakesInMinority: false, minTraps: 3 },
  // Security operations: security groups, WAF, CFW, Anti-DDoS, SSM secrets, certificates, access keys, CWP, SIEM.
  { name: 'real-shapes-holdout-52', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Database operations: CDB backups and failovers, DTS jobs, TDSQL-C, PostgreSQL, MongoDB, Redis, runbooks, bots.
  { name: 'real-shapes-holdout-53', minFiles: 15, minProducts: 10, mistakesInMinority: false, minTraps: 3 },
  // IoT and edge back ends: IoT Explorer, IoT Hub, shadows, OTA, rules engines, MQTT bridges, fleet dashboards.
  { name: 'real-shapes-holdout-54', minFiles: 15, minProducts: 10, mistakesInMinority: false, minTraps: 3 },
  // Notification services: SES, SMS reviews and delivery, voice escalation, channel fallbacks, queues.
  { name: 'real-shapes-holdout-55', minFiles: 15, minProducts: 10, mistakesInMinority: false, minTraps: 3 },
  // Monorepos: workspace packages, Nx libs, path aliases, barrels re-exporting clients and error helpers.
  { name: 'real-shapes-holdout-56', minFiles: 15, minProducts: 10, mistakesInMinority: false, minTraps: 3 },
  // Class-heavy service layers: abstract bases, decorators, mixins, DI containers, a generated API wrapper.
  { name: 'real-shapes-holdout-57', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Online education: live classrooms, whiteboard, tutoring rooms, homework OCR, examinee checks, notices, moderation.
  { name: 'real-shapes-holdout-58', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Internal developer platforms: Backstage plugins, an admin server, approval-flow provisioners, a sandbox janitor.
  { name: 'real-shapes-holdout-59', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Game back ends: Colyseus rooms, Socket.IO and Fastify, voice, moderation, captcha, patch purges, a season job.
  { name: 'real-shapes-holdout-60', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Healthcare, insurance and government services: identity checks, OCR, e-signature, KMS, notices, audit trails.
  { name: 'real-shapes-holdout-61', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Automation platforms: n8n and Node-RED nodes, uptime-kuma providers, a webhook relay, an add-on, a Zapier app.
  { name: 'real-shapes-holdout-62', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Migration and sync tools: DNS zones, certificates, CDN configs, security groups, CAM users, plan and apply.
  { name: 'real-shapes-holdout-63', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Logistics and ride-hailing: waybill and plate OCR, driver face checks, voice and SMS, Kafka consumers, scaling.
  { name: 'real-shapes-holdout-64', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Multi-tenant SaaS: per-tenant client caches, STS per tenant, KMS, tenant domains and certificates, metering.
  { name: 'real-shapes-holdout-65', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Mobile app back ends: SMS and voice login, captcha, face checks, upload credentials, moderation, GraphQL and tRPC.
  { name: 'real-shapes-holdout-66', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // AI data and training platforms: TI-ONE, Hunyuan, speech, OCR pre-labelling, a vector database, GPU fleets.
  { name: 'real-shapes-holdout-67', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // E-commerce and marketing: SMS and email campaigns, coupons, flash sales, image audit and CDN, risk control.
  { name: 'real-shapes-holdout-68', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Serverless back ends: SCF handlers of API Gateway, COS, timer and CKafka triggers, role credentials, EdgeOne.
  { name: 'real-shapes-holdout-69', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Operations tooling: Prometheus exporters, Grafana back ends, commander, yargs and oclif CLIs, clean-up jobs.
  { name: 'real-shapes-holdout-70', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Full-stack web frameworks: Next.js, Nuxt, Remix, tRPC, NestJS and Fastify, with clients in each one's idiom.
  { name: 'real-shapes-holdout-71', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Legacy and enterprise Node: Express 3 and 4, Koa 1 generators, hapi, LoopBack, Sails globals, Bluebird.
  { name: 'real-shapes-holdout-72', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Data pipelines: BullMQ, Bee-Queue, Kafka and RabbitMQ consumers, streams, Temporal activities.
  { name: 'real-shapes-holdout-73', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Admin consoles and content platforms: Strapi, Directus, Payload, AdminJS, Keystone, Ghost, Medusa.
  { name: 'real-shapes-holdout-74', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // A company's wrapper library in a monorepo: facades, a Proxy client, decorators, mixins, a registry.
  { name: 'real-shapes-holdout-75', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Deno, Bun and edge runtimes: npm: specifiers, import maps, top-level await, Web Crypto signing.
  { name: 'real-shapes-holdout-76', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Desktop tools and editor extensions: Electron, VS Code, Raycast, Tauri sidecars, an ink CLI.
  { name: 'real-shapes-holdout-77', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // IoT and smart devices: gateway daemons, serverless rule handlers, an Awilix container, an ops CLI.
  { name: 'real-shapes-holdout-78', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Fintech and payments: neverthrow, fp-ts, Effect error channels, Inversify, tsyringe and NestJS providers.
  { name: 'real-shapes-holdout-79', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Media and live streaming: Egg.js services and an app-level client plugin, Midway.js providers, Fastify plugins.
  { name: 'real-shapes-holdout-80', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // WeChat mini-program and CloudBase back ends: cloud functions, older JavaScript, tcb admin scripts.
  { name: 'real-shapes-holdout-81', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // AI pipelines behind a provider layer: LangChain-style tools, OpenAI-compatible adapters, a provider registry.
  { name: 'real-shapes-holdout-82', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Production modules with their jest and vitest tests: mocked SDK packages, sinon stubs, nock, a local fake server.
  { name: 'real-shapes-holdout-83', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Kubernetes operators: reconcile loops, finalizers, a cert-manager DNS-01 solver, an external-dns provider.
  { name: 'real-shapes-holdout-84', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Infrastructure-as-code glue: Pulumi dynamic providers, CDKTF, Terraform external data, custom resources.
  { name: 'real-shapes-holdout-85', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Monitoring and incident tooling: an alarm webhook, on-call bots in Slack, Feishu and WeCom, runbooks.
  { name: 'real-shapes-holdout-86', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // A developer's own scripts: deploy and DDNS scripts, chat bots, a GitHub Action, Raycast and Alfred scripts.
  { name: 'real-shapes-holdout-87', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Mainland and international sites side by side: intl endpoints, the intl-en package, per-tenant site choice.
  { name: 'real-shapes-holdout-88', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Generated API clients, GraphQL resolvers, tRPC routers, zod handlers, koa-compose and Express middleware.
  { name: 'real-shapes-holdout-89', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Customer service and communication: event handlers keyed by type, an outbox relay, a dead-letter policy.
  { name: 'real-shapes-holdout-90', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Database and big-data operations: provisioning, backups and restores, task polling, retry tables.
  { name: 'real-shapes-holdout-91', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Game and real-time back ends on several runtimes: Deno, Bun, Workers-style and EdgeOne edge code, worker threads.
  { name: 'real-shapes-holdout-92', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Education platforms: Next.js route handlers and server actions, Nuxt server routes, a Remix resource route.
  { name: 'real-shapes-holdout-93', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Security, identity and compliance back ends in NestJS: dynamic modules, CQRS handlers, Bull and BullMQ processors.
  { name: 'real-shapes-holdout-94', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Desktop apps, command-line tools and editor extensions: Electron IPC handlers, oclif and commander commands, a VS
  // Code extension.
  { name: 'real-shapes-holdout-95', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Serverless and CloudBase tooling: service classes built with a product's name and API version, commonService,
  // ApiFactory, subclasses handed the product by super().
  { name: 'real-shapes-holdout-96', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // Data pipelines and scheduled jobs: queue consumers, cron-triggered SCF, p-retry and async-retry callbacks,
  // Promise.allSettled batches.
  { name: 'real-shapes-holdout-97', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // CloudBase projects: admin scripts, CLI commands, CI deploy scripts and cloud functions through CloudBase's own
  // packages and the SDK.
  { name: 'real-shapes-holdout-98', minFiles: 15, minProducts: 13, mistakesInMinority: false, minTraps: 3 },
  // Serverless Framework components: API tables over @tencent-sdk/capi, entity classes, legacy SDK callbacks, raw fetch
  // with TC3.
  { name: 'real-shapes-holdout-99', minFiles: 15, minProducts: 13, mistakesInMinority: false, minTraps: 3 },
  // Healthcare and public-service back ends: Koa, Hapi and Fastify, TypeDI decorators, Bull and BullMQ jobs, faceid,
  // ocr, ess.
  { name: 'real-shapes-holdout-100', minFiles: 15, minProducts: 13, mistakesInMinority: false, minTraps: 3 },
  // Media and live streaming: live, vod, mps, trtc, im callbacks, Apollo and GraphQL Yoga resolvers, Express error
  // middleware.
  { name: 'real-shapes-holdout-101', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Developer tools and AI assistants: a CLI, an MCP server and a chat-ops bot over CloudBase's manager-node, a
  // signing client of the project's own, CommonClient and raw https.
  { name: 'real-shapes-holdout-102', minFiles: 15, minProducts: 13, mistakesInMinority: false, minTraps: 3 },
  // Operations dashboards: Next.js and Nuxt admin panels, a Koa API, a Fastify gateway and scheduled jobs over CVM,
  // CLB, VPC, CDN, SSL, DNSPod, CAM, billing.
  { name: 'real-shapes-holdout-103', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Edge and alternative runtimes: EdgeOne Pages, a Cloudflare Worker, Next.js edge routes, Deno and Bun, signing
  // with Web Crypto.
  { name: 'real-shapes-holdout-104', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // E-commerce back ends: order SMS, email, captcha and risk control, moderation, seller KYC, invoice OCR.
  { name: 'real-shapes-holdout-105', minFiles: 15, minProducts: 13, mistakesInMinority: false, minTraps: 3 },
  // Multi-cloud abstraction layers: Tencent providers beside Aliyun, AWS and Huawei ones, a registry, error maps.
  { name: 'real-shapes-holdout-106', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // Older and plain-JavaScript code: CommonJS, callbacks and promise chains, Express 4 and Egg.js, ES5, cron scripts.
  { name: 'real-shapes-holdout-107', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // Multi-tenant SaaS: per-tenant keys and STS roles, client pools, a DI scope per request, audit records.
  { name: 'real-shapes-holdout-108', minFiles: 15, minProducts: 13, mistakesInMinority: false, minTraps: 3 },
  // Monorepos: a workspace package and path aliases, without the configs that map them.
  { name: 'real-shapes-holdout-109', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // Resilience layers around the calls: retry libraries, circuit breakers, rate limiters and queues.
  { name: 'real-shapes-holdout-110', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // Production modules beside their jest and vitest tests: mocked clients, fake SDK errors, response fixtures.
  { name: 'real-shapes-holdout-111', minFiles: 15, minProducts: 14, mistakesInMinority: false, minTraps: 3 },
  // Typed layers of full-stack frameworks: tRPC, GraphQL (Apollo, Pothos, NestJS), Remix loaders, SvelteKit, Astro, Hono, Elysia.
  { name: 'real-shapes-holdout-112', minFiles: 15, minProducts: 16, mistakesInMinority: false, minTraps: 3 },
  // IoT back ends: device provisioning and shadows, firmware jobs, MQTT bridges, telemetry, dashboards.
  { name: 'real-shapes-holdout-113', minFiles: 15, minProducts: 13, mistakesInMinority: false, minTraps: 3 },
  // Code of Chinese-speaking teams: Chinese comments and texts, pinyin names, Egg.js, Midway, NestJS, cloud functions.
  { name: 'real-shapes-holdout-114', minFiles: 15, minProducts: 12, mistakesInMinority: false, minTraps: 3 },
  // Scripts and automation: zx, Bun, Deno, GitHub Actions, Pulumi dynamic providers, Terraform external programs.
  { name: 'real-shapes-holdout-115', minFiles: 15, minProducts: 16, mistakesInMinority: false, minTraps: 3 },
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

import path from 'node:path';

import { FIXTURES } from '../support/paths.js';
import {
  lintRealShapes,
  type Manifest,
  readManifest,
  REAL_SHAPES_DIR,
  realShapeModels,
  type RealShapeOptions,
  type RealShapeReport,
  sameCall,
} from '../support/real-shapes.js';

/**
 * The real-shapes corpora (tests/fixtures/real-shapes/, and real-shapes-holdout with -2 to -33: the call shapes
 * of public code that calls Tencent Cloud, rebuilt in our own words; the held-out ones were written apart from the
 * call model, the later thirty-six blind)
 * linted with zero configuration, against their ground truth (manifest.json): the call model knows the products
 * and calls, but for the few the held-out corpus names below, and the presets report exactly the planted mistakes.
 * `npx tsx scripts/lint-real-shapes.ts [folder]` prints the same figures with the reports.
 */
const CORPORA = [
  {
    name: 'real-shapes',
    dir: REAL_SHAPES_DIR,
    unknownProducts: [],
    unknownCalls: [],
    // Calls no guard holds: each is made outside any try, catch callback or response check.
    unguardedCalls: [
      'cert-deploy-action.js:11 UploadCertificate',
      'deploy-function.mjs:28 CreateFunction',
      'staff-accounts.ts:26 AttachUserPolicy',
    ],
  },
  {
    name: 'real-shapes-holdout',
    dir: path.join(FIXTURES, 'real-shapes-holdout'),
    // An app's own signed client whose subclasses name the service in a class field (`qService = "dnspod"`).
    unknownProducts: ['dnspod-model.ts'],
    unknownCalls: ['dnspod-model.ts:17 DescribeRecord', 'dnspod-model.ts:22 ModifyRecord'],
    // Calls no guard holds: made in a catch body, or outside any try.
    unguardedCalls: [
      'cloudbase-login.ts:24 CreateEnv',
      'cloudbase-login.ts:25 DescribeEnvs',
      'dns-sync.cjs:14 CreateRecord',
      'face-enroll.js:50 CreatePerson',
      'scf-deploy.cjs:41 CreateFunction',
    ],
  },
  {
    name: 'real-shapes-holdout-2',
    dir: path.join(FIXTURES, 'real-shapes-holdout-2'),
    unknownProducts: [],
    unknownCalls: [],
    // Made in a catch body.
    unguardedCalls: ['cam-role-ops.ts:52 GetRole'],
    // The calls whose receiver's type names them first, with type information: without it, the member's name or
    // the file's one product does.
    knownByTypes: [
      'clb-tools/clb-handlers.ts:16 DescribeLoadBalancers',
      'clb-tools/clb-handlers.ts:32 DeleteLoadBalancer',
      'clb-tools/clb-handlers.ts:50 DescribeCertificateDetail',
      'cls-log-tools.ts:47 SearchLog',
      'cls-log-tools.ts:71 DescribeIndex',
    ],
  },
  {
    name: 'real-shapes-holdout-3',
    dir: path.join(FIXTURES, 'real-shapes-holdout-3'),
    unknownProducts: [],
    unknownCalls: [],
    // Made in a catch body; made in a wrapper that settles the error into `{ ok, code }`, read by another function
    // (the wrapper's own catch guards the calls of every caller, of two products); made outside any guard.
    unguardedCalls: [
      'aiart-tryon.js:73 ChangeClothes',
      'domain-dns-client.ts:56 CheckDomain',
      'untagged-scan.cjs:79 DescribeInstances',
    ],
    // An error settled into `{ ok, code }` by a wrapper and compared by a caller in another function is handled far
    // from its call.
    missedMistakes: ['domain-dns-client.ts:76 tencentcloud-errors/no-impossible-error-code'],
  },
  {
    name: 'real-shapes-holdout-4',
    dir: path.join(FIXTURES, 'real-shapes-holdout-4'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard, or in a function handed out, whose caller's guard is not followed.
    unguardedCalls: [
      'tts-dictation.cjs:28 TextToVoice',
      'tke-kubeconfig/clusters.ts:33 DescribeRegions',
      'cbs-snapshot-rotate.js:25 DescribeDisks',
      'cbs-snapshot-rotate.js:32 DescribeSnapshots',
      'cbs-snapshot-rotate.js:59 DescribeSnapshots',
    ],
  },
  {
    name: 'real-shapes-holdout-5',
    dir: path.join(FIXTURES, 'real-shapes-holdout-5'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard, in a catch body, or in a job whose rejection `Promise.allSettled` settles.
    unguardedCalls: [
      'scf-tagging.ts:25 GetUserAppId',
      'scf-tagging.ts:74 GetResources',
      'cloud-clients.ts:58 DescribeInstances',
      'rum-usage-guard.mjs:56 StopProject',
      'rum-usage-guard.mjs:62 StopProject',
      'tiw-transcode.ts:52 DescribeTranscode',
      'tiw-transcode.ts:73 DescribeTIWDailyUsage',
      'as-scaling.ts:27 DescribeAutoScalingGroups',
      'db-inventory.ts:18 DescribeDBInstances',
      'db-inventory.ts:29 DescribeDBInstances',
    ],
  },
  {
    name: 'real-shapes-holdout-6',
    dir: path.join(FIXTURES, 'real-shapes-holdout-6'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard, or handed to a wrapper that settles its error into a result (`settle(…)`) read elsewhere.
    unguardedCalls: ['privatedns/zone-tools.ts:34 DescribeVpcs', 'org-onboarding.ts:46 CreateOrganizationMember'],
  },
  {
    name: 'real-shapes-holdout-7',
    dir: path.join(FIXTURES, 'real-shapes-holdout-7'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard, or in a function a catch body calls.
    unguardedCalls: [
      'live-close.post.ts:33 DescribeLiveStreamState',
      'ssl-cert-action.js:39 DescribeCertificates',
      'ssl-cert-action.js:47 DescribeDomainsConfig',
    ],
  },
  {
    name: 'real-shapes-holdout-8',
    dir: path.join(FIXTURES, 'real-shapes-holdout-8'),
    unknownProducts: [],
    unknownCalls: [],
    // Handed to a retry wrapper whose own catch guards the calls of both its callers, of two products.
    unguardedCalls: [
      'server/moderation/tencent-moderation.ts:65 TextModeration',
      'server/moderation/tencent-moderation.ts:76 ImageModeration',
    ],
  },
  {
    name: 'real-shapes-holdout-9',
    dir: path.join(FIXTURES, 'real-shapes-holdout-9'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard, or handed to a wrapper of another module whose catch guards what all callers hand it.
    unguardedCalls: [
      'ddns-sync/record-service.ts:45 ModifyRecord',
      'sms-notify/send-code.js:17 SendSms',
      'snapshot-cron/snapshots.mjs:9 DescribeSnapshots',
    ],
  },
  {
    name: 'real-shapes-holdout-10',
    dir: path.join(FIXTURES, 'real-shapes-holdout-10'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard.
    unguardedCalls: ['ops/night-shutdown.mjs:39 DescribeInstances'],
  },
  {
    name: 'real-shapes-holdout-11',
    dir: path.join(FIXTURES, 'real-shapes-holdout-11'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard: their errors reach the framework's handler.
    unguardedCalls: [
      'midway/src/service/instance.service.ts:33 DescribeInstances',
      'fastify/routes/mail.ts:37 GetSendEmailStatus',
      'scf-snapshot/index.js:25 DescribeDisks',
      'scf-snapshot/index.js:54 DescribeSnapshots',
      'jobs/cert-renew.worker.ts:50 DescribeCertificate',
      'cli/clb-drain.mjs:40 DescribeTargets',
    ],
  },
  {
    name: 'real-shapes-holdout-12',
    dir: path.join(FIXTURES, 'real-shapes-holdout-12'),
    unknownProducts: [],
    unknownCalls: [],
    // Its promise is returned with no catch; its callers' chains handle other calls.
    unguardedCalls: ['gulp-scf/gulpfile.js:50 GetFunction'],
  },
  {
    name: 'real-shapes-holdout-13',
    dir: path.join(FIXTURES, 'real-shapes-holdout-13'),
    // Files the manifest gives no product where the model finds one: a test that mocks the SDK's package, and a
    // route that imports the module which builds the client and calls it.
    unknownProducts: ['shop/packages/cloud/test/sms.test.ts', 'shop/packages/api/src/routes/otp.ts'],
    unknownCalls: [],
    unguardedCalls: [
      // Made outside any guard.
      'ops/cvm-reaper.mjs:18 DescribeInstances',
      // Handed to p-retry, whose errors come back elsewhere.
      'media/src/transcode.ts:58 DescribeTaskDetail',
    ],
    // Settled by Promise.allSettled, whose results are judged by both its calls' actions: the code of the other
    // purge, read of the first call's result alone, passes.
    missedMistakes: ['ops/cdn-purge.mjs:36 tencentcloud-errors/no-impossible-error-code'],
  },
  {
    name: 'real-shapes-holdout-14',
    dir: path.join(FIXTURES, 'real-shapes-holdout-14'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [
      // An error settled into `{ ok, code }` and compared by the caller of the function that settles it.
      'mailer/send-mail.mjs:62 tencentcloud-errors/no-impossible-error-code',
    ],
  },
  {
    name: 'real-shapes-holdout-15',
    dir: path.join(FIXTURES, 'real-shapes-holdout-15'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [
      // Another product's code in an `as const` list consulted through a membership function (`isOneOf(LIST, code)`).
      'console/src/server/chat.ts:6 tencentcloud-errors/no-unknown-error-code',
    ],
  },
  {
    name: 'real-shapes-holdout-16',
    dir: path.join(FIXTURES, 'real-shapes-holdout-16'),
    unknownProducts: [],
    unknownCalls: [],
    // A stream's call made outside any guard.
    unguardedCalls: ['langchain-hunyuan/chat-model.ts:85 ChatCompletions'],
  },
  {
    name: 'real-shapes-holdout-17',
    dir: path.join(FIXTURES, 'real-shapes-holdout-17'),
    unknownProducts: [],
    unknownCalls: [],
    // Paging loops and reads made outside any guard.
    unguardedCalls: [
      'inventory/orphans.mjs:55 DescribeAddresses',
      'cleanup/tag-sweeper.ts:29 GetResources',
      'cleanup/tag-sweeper.ts:51 DescribeInstances',
      'k8s/tcr-image-gc.mjs:22 DescribeRepositories',
      'k8s/tcr-image-gc.mjs:31 DescribeImages',
      'pulumi/lighthouse-firewall.ts:54 DescribeFirewallRules',
    ],
  },
  {
    name: 'real-shapes-holdout-18',
    dir: path.join(FIXTURES, 'real-shapes-holdout-18'),
    unknownProducts: [],
    unknownCalls: [],
    // Reads, polls and paging loops made outside any guard (a drill's steps, a controller's Promise.all, a CLI's
    // commands).
    unguardedCalls: [
      'db-ops/cynos-drill.mjs:30 DescribeClusterDetail',
      'db-ops/cynos-drill.mjs:65 DescribeFlow',
      'db-ops/cynos-drill.mjs:69 DescribeClusterDetail',
      'dba-console/whitelist.service.ts:23 DescribeSecurityGroup',
      'dba-console/whitelist.service.ts:46 DescribeDBSecurityGroups',
      'dba-console/instances.controller.ts:42 DescribeDBInstances',
      'dba-console/instances.controller.ts:43 DescribeDBInstances',
      'dba-console/instances.controller.ts:44 DescribeDCDBInstances',
      'mq-provisioner/kafka.mjs:27 DescribeTopic',
      'mq-provisioner/kafka.mjs:62 CreatePartition',
      'mq-provisioner/pulsar.ts:25 DescribeTopics',
      'log-pipeline/es-maintenance.ts:24 DescribeInstances',
      'migrate/dts-cutover.ts:27 CreateMigrateCheckJob',
      'migrate/dts-cutover.ts:29 DescribeMigrationCheckJob',
      'migrate/dts-cutover.ts:65 DescribeMigrationDetail',
    ],
  },
  {
    name: 'real-shapes-holdout-19',
    dir: path.join(FIXTURES, 'real-shapes-holdout-19'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls made through a Bottleneck limiter (`limiter.wrap(fn)`, `limiter.schedule(() => …)`), whose errors its
    // `failed` event handler sees, which is not followed; and a paging generator's call outside any guard.
    unguardedCalls: [
      'media/tts-limiter.cjs:29 TextToVoice',
      'media/tts-limiter.cjs:47 CreateTtsTask',
      'edge/cdn-purge.ts:28 DescribePurgeQuota',
      'edge/cdn-purge.ts:70 DescribePurgeTasks',
      'edge/ssl.ts:72 DescribeCertificates',
    ],
    missedMistakes: [
      // A list of codes handed to a step helper, which tests the error of the call it is handed against it.
      'media/vod-pipeline.mjs:59 tencentcloud-errors/no-impossible-error-code',
    ],
  },
  {
    name: 'real-shapes-holdout-20',
    dir: path.join(FIXTURES, 'real-shapes-holdout-20'),
    // The module that builds CommonClients from a table of products (`ENDPOINTS[product]`) and calls none: its
    // clients are known where each is called (`common("tms")`), not in the module itself.
    unknownProducts: ['express-api/src/tencent/clients.cjs'],
    unknownCalls: [],
    // Made outside any guard.
    unguardedCalls: [
      'platform-ops/src/server/routers/infra.ts:15 DescribeInstances',
      'platform-ops/functions/cert-renew/index.ts:11 DescribeCertificates',
    ],
  },
  {
    name: 'real-shapes-holdout-21',
    dir: path.join(FIXTURES, 'real-shapes-holdout-21'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard (a CLI command's paging loop, among them).
    unguardedCalls: [
      'arena-server/leaderboard/season-reset.ts:42 CreateSnapshots',
      'fleet/cli/fleetctl.mjs:39 DescribeDevices',
      'stage/live/stream-control.ts:29 DescribeLiveStreamState',
    ],
  },
  {
    name: 'real-shapes-holdout-22',
    dir: path.join(FIXTURES, 'real-shapes-holdout-22'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-23',
    dir: path.join(FIXTURES, 'real-shapes-holdout-23'),
    unknownProducts: [],
    unknownCalls: [],
    // Paging loops and reads made outside any guard.
    unguardedCalls: [
      'antiddos/blackwhite-report.mjs:21 DescribeListBGPInstances',
      'antiddos/blackwhite-report.mjs:29 DescribeBlackWhiteIpList',
      'bastion/bh-offboard.mjs:22 DescribeUsers',
      'tag/inventory.ts:23 GetTagKeys',
      'waf/ip-blocklist.js:22 DescribeIpAccessControl',
    ],
  },
  {
    name: 'real-shapes-holdout-24',
    dir: path.join(FIXTURES, 'real-shapes-holdout-24'),
    // Tests that name the API host only in their msw and nock handlers, and call nothing.
    unknownProducts: ['vod-upload/upload.msw.test.ts', 'ses-mailer/receipts.nock.spec.cjs'],
    unknownCalls: [],
    // A retry made in the catch, and a read made outside any guard.
    unguardedCalls: [
      'vod-upload/upload.ts:34 ApplyUpload',
      'lighthouse-snapshots/snapshot-service.ts:41 DescribeSnapshots',
    ],
    missedMistakes: [
      // Another product's code handed to a test's error factory (`fail("…")`): no place of a code the rules read.
      'asr-transcribe/transcribe.test.mjs:38 tencentcloud-errors/no-unknown-error-code',
    ],
  },
  {
    name: 'real-shapes-holdout-25',
    dir: path.join(FIXTURES, 'real-shapes-holdout-25'),
    unknownProducts: [],
    unknownCalls: [],
    // A fallback made in a catch, and reads and paging made outside any guard.
    unguardedCalls: [
      'actions/scf-deploy/src/release.ts:36 CreateAlias',
      'astro/edgeone-integration.mjs:22 DescribeZones',
      'cli/tcb-hosting.mjs:28 DescribeEnvs',
      'cli/tcb-hosting.mjs:34 DescribeStaticStore',
      'gulp/gulpfile.cjs:30 DescribeRecordList',
    ],
  },
  {
    name: 'real-shapes-holdout-26',
    dir: path.join(FIXTURES, 'real-shapes-holdout-26'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-27',
    dir: path.join(FIXTURES, 'real-shapes-holdout-27'),
    unknownProducts: [],
    unknownCalls: [],
    // Paging loops outside any guard.
    unguardedCalls: [
      'fleet/rename-instances.ts:18 DescribeInstances',
      'fleet/snapshot-fanout.js:18 DescribeDisks',
      'fleet/lighthouse-snapshots.cjs:22 DescribeInstances',
    ],
  },
  {
    name: 'real-shapes-holdout-28',
    dir: path.join(FIXTURES, 'real-shapes-holdout-28'),
    unknownProducts: [],
    unknownCalls: [],
    // Reads made outside any guard.
    unguardedCalls: ['bots/discord-mc.ts:22 DescribeInstances', 'bots/dingtalk-ops.mjs:19 DescribeInstancesStatus'],
  },
  {
    name: 'real-shapes-holdout-29',
    dir: path.join(FIXTURES, 'real-shapes-holdout-29'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-30',
    dir: path.join(FIXTURES, 'real-shapes-holdout-30'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-31',
    dir: path.join(FIXTURES, 'real-shapes-holdout-31'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-32',
    dir: path.join(FIXTURES, 'real-shapes-holdout-32'),
    // Raw requests to a private-cloud host, which names no product.
    unknownProducts: ['raw/private-cloud.cjs'],
    unknownCalls: ['raw/private-cloud.cjs:45 DescribeSubnets', 'raw/private-cloud.cjs:59 DescribeVpcs'],
    unguardedCalls: [
      // Reads and paging made outside any guard.
      'netconf/credentials.ts:65 AssumeRole',
      // A catch around helpers that call two products: its actions are not one product's.
      'netconf/region-scan.ts:11 DescribeVpcs',
      'netconf/region-scan.ts:21 DescribeInstances',
      // Reads and paging made outside any guard.
      'network/vpc-manager.ts:29 DescribeVpcs',
      'network/vpc-manager.ts:53 DescribeSubnets',
      'network/security-groups.mjs:24 DescribeSecurityGroups',
      'compute/launch-templates.cjs:32 DescribeLaunchTemplates',
      'compute/launch-templates.cjs:64 ModifyLaunchTemplateDefaultVersion',
      'compute/cbs-disks.js:23 DescribeDisks',
      'iam/private-dns-bootstrap.mjs:33 DescribePrivateZoneList',
      'iam/private-dns-bootstrap.mjs:42 DescribePrivateZoneRecordList',
      'tke/node-pools.ts:106 DescribeClusterNodePools',
    ],
  },
  {
    name: 'real-shapes-holdout-33',
    dir: path.join(FIXTURES, 'real-shapes-holdout-33'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-34',
    dir: path.join(FIXTURES, 'real-shapes-holdout-34'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard (paging, a read before the try), or in a catch body.
    unguardedCalls: [
      'platform/compute/instance.repository.ts:22 DescribeInstances',
      'platform/network/lb-backends.ts:21 DescribeTargets',
      'secrets/secret.repository.ts:57 PutSecretValue',
      'ops/tke-clusters.service.ts:33 DescribeClusters',
      'ops/tcr-retention.mts:15 DescribeRepositories',
      'ops/tcr-retention.mts:20 DescribeImages',
      'ops/cdn-purge.mjs:38 DescribePurgeTasks',
      'ops/cert-sync.cjs:40 DescribeCertificates',
    ],
    // A client handed to a callback by a generic base class (`withRetry(label, (c) => c.GetSecretValue(…))`): the
    // file's one product names it without type information.
    knownByTypes: ['secrets/kms.envelope.ts:47 Decrypt', 'secrets/secret.repository.ts:23 GetSecretValue'],
  },
  {
    name: 'real-shapes-holdout-35',
    dir: path.join(FIXTURES, 'real-shapes-holdout-35'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any guard: a poll loop after the try.
    unguardedCalls: ['agents/fastify-asr.js:53 DescribeTaskStatus'],
  },
  {
    name: 'real-shapes-holdout-36',
    dir: path.join(FIXTURES, 'real-shapes-holdout-36'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-37',
    dir: path.join(FIXTURES, 'real-shapes-holdout-37'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any try, or in a method a catch calls.
    unguardedCalls: [
      'accounts/assume.mjs:73 GetCallerIdentity',
      'accounts/tag-sync.mjs:25 GetResources',
      'cdn/global-purge.ts:51 DescribePurgeTasks',
      'edge/teo-purge.mjs:36 CreatePurgeTask',
      'edge/teo-purge.mjs:41 DescribePurgeTasks',
      'certs/intl-cert-sync.ts:51 DescribeCertificates',
      'antiddos/ddos-blocklist.cjs:20 DescribeListBGPInstances',
      'clb/blue-green.ts:66 DescribeLoadBalancers',
      'network/eip-audit.mjs:24 DescribeRegions',
    ],
  },
  {
    name: 'real-shapes-holdout-38',
    dir: path.join(FIXTURES, 'real-shapes-holdout-38'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
  },
  {
    name: 'real-shapes-holdout-39',
    dir: path.join(FIXTURES, 'real-shapes-holdout-39'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      // TypeScript compiled to ES5: the catch is a case of the __generator state machine.
      'compiled/clb-weights.js:24 DescribeTargets',
      'compiled/clb-weights.js:61 ModifyTargetWeight',
      'compiled/scf-invoke.cjs:74 Invoke',
    ],
    missedMistakes: ['compiled/clb-weights.js:30 tencentcloud-errors/no-impossible-error-code'],
  },
  {
    name: 'real-shapes-holdout-40',
    dir: path.join(FIXTURES, 'real-shapes-holdout-40'),
    unknownProducts: [],
    unknownCalls: [],
    // Polled outside any try.
    unguardedCalls: ['vuepress-plugin-edgeone-purge/src/node/index.ts:64 DescribePurgeTasks'],
  },
  {
    name: 'real-shapes-holdout-41',
    dir: path.join(FIXTURES, 'real-shapes-holdout-41'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any try.
    unguardedCalls: ['jsonrpc/cvm-methods.js:31 DescribeInstances'],
  },
  {
    name: 'real-shapes-holdout-42',
    dir: path.join(FIXTURES, 'real-shapes-holdout-42'),
    // The manifest gives it no product; it calls a function of core/clients.ts that calls cvm's DescribeRegions.
    unknownProducts: ['scanner/core/registry.ts'],
    unknownCalls: [],
    // Made outside any try: paging loops, and DescribeRegions in the module that builds the clients.
    unguardedCalls: [
      'scanner/core/clients.ts:61 DescribeRegions',
      'scanner/checks/sg-open-ports.ts:14 DescribeSecurityGroups',
      'scanner/plugins/ckafka-public.cjs:39 DescribeInstancesDetail',
      'tools/clb-listener-audit.mjs:18 DescribeLoadBalancers',
    ],
  },
  {
    name: 'real-shapes-holdout-43',
    dir: path.join(FIXTURES, 'real-shapes-holdout-43'),
    unknownProducts: [],
    unknownCalls: [],
    // Made inside another call's catch, and polled outside any try.
    unguardedCalls: [
      'pipedream-tencent-cloud/actions/purge-cdn.mjs:52 PurgePathCache',
      'pipedream-tencent-cloud/actions/purge-cdn.mjs:62 DescribePurgeTasks',
    ],
  },
  {
    name: 'real-shapes-holdout-44',
    dir: path.join(FIXTURES, 'real-shapes-holdout-44'),
    unknownProducts: [],
    unknownCalls: [],
    // Made outside any try: polls, cleanups, lookups before the guarded call.
    unguardedCalls: [
      'e2e/infra/global-setup.ts:42 DescribeInstances',
      'test/vitest.global-setup.mjs:17 GetFunction',
      'cypress/plugins/clb-listener.js:63 DeleteListener',
      'scripts/deploy-edge.mjs:42 DescribePurgeTasks',
      'scripts/upload-demo.ts:46 DescribeTaskDetail',
      'generators/plopfile.mjs:40 DescribeLogsets',
    ],
  },
  {
    name: 'real-shapes-holdout-45',
    dir: path.join(FIXTURES, 'real-shapes-holdout-45'),
    unknownProducts: [],
    unknownCalls: [],
    // Where no handler of theirs is: a pipeline handed to a caller, paging generators, a call outside any try.
    unguardedCalls: [
      'fp/cvm/power.ts:23 DescribeInstances',
      'rx/clb-targets.ts:49 DescribeTargetHealth',
      'rx/clb-targets.ts:61 DeregisterTargets',
      'gen/tag-resources.mjs:21 GetTagKeys',
      'union/monitor-metrics.ts:48 DescribeBaseMetrics',
    ],
    // A code in an array handed to lodash/fp's includes: no rule reads it as a list of codes.
    missedMistakes: ['lodash-fp/cbs-attach.cjs:25 tencentcloud-errors/no-unknown-error-code'],
  },
  {
    name: 'real-shapes-holdout-46',
    dir: path.join(FIXTURES, 'real-shapes-holdout-46'),
    unknownProducts: [],
    unknownCalls: [],
    // Where no handler of theirs is: a paging loop, a test's hook outside any try, a test's expect(…).rejects.
    unguardedCalls: [
      'cvm/agent-pool.ts:22 DescribeInstances',
      'cls/search.smoke.test.ts:26 DescribeTopics',
      'cls/search.smoke.test.ts:69 SearchLog',
      'tcr/image-gc.ts:32 DescribeImages',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-47',
    dir: path.join(FIXTURES, 'real-shapes-holdout-47'),
    unknownProducts: [],
    unknownCalls: [],
    // Commands outside any try, whose errors the CLI framework's own handler prints.
    unguardedCalls: [
      'tcx/src/commands/lighthouse.ts:18 DescribeSnapshots',
      'yargs/cdn-refresh.mjs:99 DescribePurgeQuota',
      'oclif/src/commands/fn/deploy.ts:66 GetFunction',
      'oclif/src/commands/fn/deploy.ts:98 UpdateAlias',
      'cac/certs.ts:47 DescribeCertificates',
      'clipanion/redis.ts:49 DescribeInstances',
      'zx/mysql-backup.mjs:54 DescribeBackups',
      'prompts/ssh-pick.ts:23 DescribeRegions',
      'prompts/scale.ts:39 DescribeAutoScalingGroups',
      'prompts/cam-keys.mjs:21 ListUsers',
      'listr/purge-edge.ts:34 DescribeZones',
      'listr/purge-edge.ts:90 DescribePurgeTasks',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-48',
    dir: path.join(FIXTURES, 'real-shapes-holdout-48'),
    // A wiring file the manifest gives no product, whose imports build clients.
    unknownProducts: ['bin/nightly.ts'],
    unknownCalls: [],
    // A try that also awaits a method of an imported class which calls STS; calls outside any try.
    unguardedCalls: [
      'inventory/cvm-inventory.ts:47 DescribeInstances',
      'inventory/network.mjs:24 DescribeVpcs',
      'inventory/network.mjs:37 DescribeAddresses',
      'tags/tag-audit.ts:47 GetResources',
      'tags/tag-audit.ts:84 TagResources',
      'audit/kms-rotation.ts:35 ListKeys',
    ],
    missedMistakes: [
      'tags/tag-audit.ts:62 tencentcloud-errors/no-unknown-error-code',
      'tags/tag-audit.ts:94 tencentcloud-errors/no-impossible-error-code',
    ],
  },
  {
    name: 'real-shapes-holdout-49',
    dir: path.join(FIXTURES, 'real-shapes-holdout-49'),
    unknownProducts: [],
    unknownCalls: [],
    // Paging loops outside any try.
    unguardedCalls: [
      'finops/pay-unpaid-deals.ts:31 DescribeDealsByCond',
      'reaper/unattached-eips.mjs:25 DescribeAddresses',
      'renewals/lighthouse-renew.ts:27 DescribeInstances',
      'renewals/auto-renew-audit.ts:25 DescribeDisks',
      'renewals/auto-renew-audit.ts:57 DescribeDBInstances',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-50',
    dir: path.join(FIXTURES, 'real-shapes-holdout-50'),
    unknownProducts: [],
    unknownCalls: [],
    // Outside any try of theirs.
    unguardedCalls: ['nest/classroom/lcic.service.ts:38 LoginOriginId', 'express/live/callback.ts:36 ForbidLiveStream'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-51',
    dir: path.join(FIXTURES, 'real-shapes-holdout-51'),
    unknownProducts: [],
    unknownCalls: [],
    // Paging loops, a call in a catch, calls handed to a retry wrapper: outside any handler of theirs.
    unguardedCalls: [
      'kafka/retire-topics.mjs:19 DescribeTopicSubscribeGroup',
      'dlc/sql-runner.ts:54 SuspendResumeDataEngine',
      'emr/scale-workers.ts:31 DescribeInstances',
      'emr/scale-workers.ts:41 DescribeClusterNodes',
      'es/cluster-ops.ts:23 DescribeInstances',
      'es/cluster-ops.ts:41 DescribeInstanceOperations',
      'es/cluster-ops.ts:80 DescribeInstances',
      'oceanus/job-supervisor.ts:69 TriggerJobSavepoint',
      'wedata/rerun-failed.mjs:25 ListTaskInstances',
      'monitor/ckafka-lag-alarm.ts:22 DescribeConsumerGroup',
      'iac/apply.ts:33 ModifyTopicAttributes',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-52',
    dir: path.join(FIXTURES, 'real-shapes-holdout-52'),
    // A chat-ops entry point that makes no call: the model names the products of the factories it imports.
    unknownProducts: ['chatops/slash-command.ts'],
    unknownCalls: [],
    // Outside any try of theirs: in another call's catch, paging, listing before a change.
    unguardedCalls: [
      'waf/ip-blocklist.ts:63 CreateIpAccessControl',
      'waf/ip-blocklist.ts:112 DeleteIpAccessControlV2',
      'cfw/block-list.ts:69 DescribeBlockIgnoreList',
      'antiddos/blacklist.ts:37 DescribeDDoSBlackWhiteIpList',
      'secrets/ssm-rotate.ts:43 ListSecretVersionIds',
      'certs/clb-listener-cert.ts:44 DescribeListeners',
      'iam/ak-rotate.ts:27 ListAccessKeys',
      'edge/teo-ip-group.ts:23 DescribeSecurityIPGroup',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-53',
    dir: path.join(FIXTURES, 'real-shapes-holdout-53'),
    unknownProducts: [],
    unknownCalls: [],
    // Outside any try, handed to a retry wrapper, or in a try that also awaits a function handed in.
    unguardedCalls: [
      'mysql/ro-scaler.ts:60 DescribeRoGroups',
      'mysql/failover-drill.ts:63 DescribeDBSwitchRecords',
      'mysql/audit-export.cjs:26 DescribeAuditLogFiles',
      'mysql/audit-export.cjs:28 DeleteAuditLogFile',
      'mysql/audit-export.cjs:53 DescribeAuditLogFiles',
      'cynosdb/serverless-scheduler.ts:21 DescribeClusters',
      'dts/sync-bot.ts:33 DescribeSyncJobs',
      'dts/sync-bot.ts:65 PauseSyncJob',
      'dts/sync-bot.ts:76 ContinueSyncJob',
      'postgres/spec-change.ts:24 InquiryPriceUpgradeDBInstance',
      'postgres/spec-change.ts:33 DescribeMaintainTimeWindow',
      'postgres/spec-change.ts:66 DescribeDBInstanceAttribute',
      'mongodb/resize.ts:26 InquirePriceModifyDBInstanceSpec',
      'mongodb/resize.ts:63 DescribeAsyncRequestInfo',
      'redis/flush-bot.ts:36 DescribeTaskInfo',
      'redis/flush-bot.ts:75 ClearInstance',
      'sqlserver/restore-drill.ts:33 DescribeBackups',
      'sqlserver/restore-drill.ts:48 DescribeFlowStatus',
      'admin/db-admin.ts:12 DescribeDBInstances',
      'secrets/rotate-mysql-password.ts:47 GetSecretValue',
      'secrets/rotate-mysql-password.ts:82 DescribeAsyncRequestInfo',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-54',
    dir: path.join(FIXTURES, 'real-shapes-holdout-54'),
    unknownProducts: [],
    unknownCalls: [],
    // Paging loops outside any try.
    unguardedCalls: [
      'edge-gateway/batch-register.ts:69 DescribeMultiDevices',
      'dashboard/fleet-stats.ts:43 GetDeviceList',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-55',
    dir: path.join(FIXTURES, 'real-shapes-holdout-55'),
    unknownProducts: [],
    unknownCalls: [],
    // Top-level calls outside any try.
    unguardedCalls: ['mail/bounce-poller.mjs:70 CreateCustomBlacklist', 'mail/bounce-poller.mjs:90 DeleteBlackList'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-56',
    dir: path.join(FIXTURES, 'real-shapes-holdout-56'),
    unknownProducts: [],
    unknownCalls: [],
    // A poll outside any try.
    unguardedCalls: ['apps/ops/scripts/purge-edge.mjs:54 DescribePurgeTasks'],
    // A chain that goes on with a test of something else (isThrottled(err)) is not judged.
    missedMistakes: ['packages/cloud/src/ai/hunyuan.ts:50 tencentcloud-errors/exhaustive-error-handling'],
  },
  {
    name: 'real-shapes-holdout-57',
    dir: path.join(FIXTURES, 'real-shapes-holdout-57'),
    unknownProducts: [],
    // Calls of the generated wrapper's methods: the model takes them for calls of a wrapper.
    unknownCalls: [
      'services/tke/ClusterAccessService.ts:37 DescribeClusters',
      'services/tke/ClusterAccessService.ts:45 DescribeClusterKubeconfig',
      'services/tke/ClusterAccessService.ts:60 DescribeClusterInstances',
    ],
    // The wrapper's own calls (its callers guard them), and calls outside any try of theirs.
    unguardedCalls: [
      'generated/tke-api.generated.ts:95 DescribeClusters',
      'generated/tke-api.generated.ts:100 DescribeClusterKubeconfig',
      'generated/tke-api.generated.ts:105 DescribeClusterInstances',
      'generated/tke-api.generated.ts:110 DescribeClusterEndpoints',
      'services/cvm/CvmPowerService.ts:30 StartInstances',
      'services/cvm/CvmPowerService.ts:77 DescribeInstancesStatus',
      'services/cbs/CbsDiskService.ts:81 DescribeDisks',
      'services/dns/DnsRecordService.ts:55 ModifyRecord',
      'services/cdn/CdnPurger.ts:87 DescribePurgeTasks',
      'services/ssl/CertificateService.ts:34 DescribeCertificates',
      'services/cls/LogSearchService.ts:88 SearchLog',
      'services/scf/FunctionInvoker.ts:38 Invoke',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-58',
    dir: path.join(FIXTURES, 'real-shapes-holdout-58'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try.
    unguardedCalls: [
      'src/tutoring/CloudRecorder.ts:68 DescribeCloudRecording',
      'src/homework/HomeworkOcr.ts:49 QuestionSplitOCR',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-59',
    dir: path.join(FIXTURES, 'real-shapes-holdout-59'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try.
    unguardedCalls: [
      'apps/admin-server/src/routes/instances.ts:42 DescribeInstances',
      'apps/approval-worker/src/provisioners/iam.cjs:49 GetUser',
      'apps/approval-worker/src/provisioners/iam.cjs:72 ListPolicies',
      'apps/approval-worker/src/provisioners/network.ts:71 CreateSecurityGroup',
      'apps/approval-worker/src/provisioners/nodepool.ts:33 DescribeClusterNodePools',
    ],
    // A bare family code as a key of a code table handed to a helper that indexes it by the code.
    missedMistakes: ['apps/admin-server/src/routes/instances.ts:21 tencentcloud-errors/no-unknown-error-code'],
  },
  {
    name: 'real-shapes-holdout-60',
    dir: path.join(FIXTURES, 'real-shapes-holdout-60'),
    unknownProducts: [],
    unknownCalls: [],
    // A call handed to a retry wrapper that catches nothing, and calls outside any try.
    unguardedCalls: [
      'src/rooms/VoiceLobbyRoom.ts:44 DescribeRoomInfo',
      'src/leaderboard/redisAdmin.ts:32 DescribeInstances',
      'jobs/season-end/snapshotTables.ts:49 CreateBackup',
      'jobs/season-end/snapshotTables.ts:58 DescribeTasks',
      'tools/opsctl.cjs:43 DescribePurgeTasks',
      'tools/opsctl.cjs:58 DescribeRoomInformation',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-61',
    dir: path.join(FIXTURES, 'real-shapes-holdout-61'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-62',
    dir: path.join(FIXTURES, 'real-shapes-holdout-62'),
    // A Node-RED node whose client the runtime hands over from a config node that no import links to.
    unknownProducts: ['node-red-contrib-tencentcloud/nodes/tencent-lighthouse.js'],
    unknownCalls: [
      'node-red-contrib-tencentcloud/nodes/tencent-lighthouse.js:56 StartInstances',
      'node-red-contrib-tencentcloud/nodes/tencent-lighthouse.js:73 StopInstances',
      'node-red-contrib-tencentcloud/nodes/tencent-lighthouse.js:88 RebootInstances',
    ],
    unguardedCalls: [],
    missedMistakes: [
      'node-red-contrib-tencentcloud/nodes/tencent-lighthouse.js:77 tencentcloud-errors/exhaustive-error-handling',
    ],
  },
  {
    name: 'real-shapes-holdout-63',
    dir: path.join(FIXTURES, 'real-shapes-holdout-63'),
    unknownProducts: [],
    unknownCalls: [],
    // Paging and polling, a retry inside a catch, calls handed to a retry wrapper that catches nothing.
    unguardedCalls: [
      'src/cdn/copy-domain-config.ts:34 DescribeDomainsConfig',
      'src/cdn/copy-domain-config.ts:80 UpdateDomainConfig',
      'src/certs/targets/clb.ts:57 DescribeTaskStatus',
      'src/certs/targets/edgeone.ts:30 DescribeAccelerationDomains',
      'src/dns/private-zones.ts:46 DescribePrivateZoneList',
      'src/dns/private-zones.ts:56 DescribePrivateZoneRecordList',
      'src/dns/zone-apply.ts:62 CreateRecord',
      'src/dns/zone-apply.ts:74 ModifyRecord',
      'src/iam/cam-mirror.ts:71 ListUsers',
      'src/iam/cam-mirror.ts:85 ListAttachedUserPolicies',
      'src/iam/cam-policies.mjs:21 ListPolicies',
      'src/iam/cam-policies.mjs:34 ListPolicies',
      'src/iam/cam-policies.mjs:97 GetPolicy',
      'src/network/sg-copy.ts:63 DescribeSecurityGroups',
      'src/network/sg-copy.ts:106 DescribeSecurityGroups',
      'src/tagging/mark-migrated.ts:63 GetResources',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-64',
    dir: path.join(FIXTURES, 'real-shapes-holdout-64'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-65',
    dir: path.join(FIXTURES, 'real-shapes-holdout-65'),
    unknownProducts: [],
    unknownCalls: [],
    // A try that also awaits a function of another module which may call the API (it reports to CLS).
    unguardedCalls: ['src/metering/billing-sync.ts:71 DescribeAccountBalance'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-66',
    dir: path.join(FIXTURES, 'real-shapes-holdout-66'),
    // A router that makes no call of its own: the model gives it the products of the services it calls.
    unknownProducts: ['src/trpc/routers/upload.router.ts'],
    unknownCalls: [],
    // A call of the removed ModerateText, which no table has.
    unguardedCalls: ['src/moderation/text-moderation.ts:63 ModerateText'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-67',
    dir: path.join(FIXTURES, 'real-shapes-holdout-67'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try, and one of the removed ChatPro.
    unguardedCalls: [
      'src/training/tioneTrainingService.ts:123 DescribeTrainingTasks',
      'src/training/notebookLifecycle.ts:34 DescribeNotebooks',
      'src/datasets/labelingJobs.ts:77 DescribeAnnotatedTaskList',
      'src/llm/hunyuanBatchGenerate.ts:42 ChatPro',
      'src/llm/lkeapKnowledge.ts:80 RunRerank',
      'src/vector/vdbAdmin.ts:31 DescribeInstances',
      'src/vector/vdbAdmin.ts:40 DescribeInstanceNodes',
      'src/fleet/gpuFleet.ts:78 DescribeInstancesStatus',
      'src/fleet/haiWorkstations.ts:21 DescribeInstances',
      'src/scheduler/jobScheduler.ts:103 DescribeTrainingTasks',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-68',
    dir: path.join(FIXTURES, 'real-shapes-holdout-68'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-69',
    dir: path.join(FIXTURES, 'real-shapes-holdout-69'),
    unknownProducts: [],
    unknownCalls: [],
    // A poll outside any try, and a call made in a catch, which no try guards.
    unguardedCalls: [
      'sam-app/functions/deploy-hook/index.ts:63 GetFunction',
      'sam-app/functions/deploy-hook/index.ts:89 CreateAlias',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-70',
    dir: path.join(FIXTURES, 'real-shapes-holdout-70'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try, two of them handed to a retry wrapper that all the project's jobs share.
    unguardedCalls: [
      'src/cli/cdn-purge.cjs:94 DescribePurgeQuota',
      'src/cli/commands/cert/deploy.ts:61 DescribeCertificates',
      'src/cli/commands/cert/deploy.ts:68 DeployCertificateInstance',
      'src/exporters/lighthouse-traffic.ts:58 DescribeInstances',
      'src/jobs/clb-orphan-sweeper.ts:53 DescribeTargets',
      'src/jobs/tcr-image-gc.ts:38 DescribeImages',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-71',
    dir: path.join(FIXTURES, 'real-shapes-holdout-71'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-72',
    dir: path.join(FIXTURES, 'real-shapes-holdout-72'),
    // A module that binds two methods of its client into an object kept in a Map, called elsewhere.
    unknownProducts: ['lib/tencent/promisified.ts'],
    unknownCalls: ['lib/tencent/promisified.ts:30 CreateBackup', 'lib/tencent/promisified.ts:31 DescribeBackups'],
    // Calls a Koa 1 generator yields outside any try.
    unguardedCalls: [
      'apps/koa-legacy/jobs/snapshot-cron.ts:29 DescribeSnapshots',
      'apps/koa-legacy/jobs/snapshot-cron.ts:77 DescribeDisks',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-73',
    dir: path.join(FIXTURES, 'real-shapes-holdout-73'),
    unknownProducts: [],
    unknownCalls: [],
    // A try that also awaits the heartbeat function Kafka hands the handler, which may call the API unseen.
    unguardedCalls: ['src/consumers/kafka/invoice-ocr.consumer.ts:67 VatInvoiceOCR'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-74',
    dir: path.join(FIXTURES, 'real-shapes-holdout-74'),
    unknownProducts: [],
    unknownCalls: [],
    // A call outside any try.
    unguardedCalls: ['strapi/providers/upload-tencent-vod/index.ts:77 ApplyUpload'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-75',
    dir: path.join(FIXTURES, 'real-shapes-holdout-75'),
    // A file that only uses the library's facades: the model gives it the products of the calls they make.
    unknownProducts: ['apps/notifier/src/otp.ts'],
    unknownCalls: [],
    // Calls outside any try; the facades' calls go through a base class's wrapper shared by several products.
    unguardedCalls: [
      'packages/tc-kit/src/facades/SslFacade.ts:64 DescribeCertificates',
      'packages/tc-kit/src/facades/SslFacade.ts:78 HostCertificate',
      'apps/ops-api/src/jobs/fleet-scaler.ts:27 DescribeInstances',
      'apps/ops-api/src/jobs/snapshot-rotation.ts:41 DescribeSnapshots',
      'apps/ops-api/src/jobs/lb-drain.ts:26 DescribeTargets',
      'apps/ops-api/src/jobs/lb-drain.ts:59 DeregisterTargets',
      'apps/media-worker/src/transcode.ts:54 DescribeTaskDetail',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-76',
    dir: path.join(FIXTURES, 'real-shapes-holdout-76'),
    unknownProducts: [],
    unknownCalls: [],
    // A call made in a catch, and one of the removed ChatStd, which no table has.
    unguardedCalls: ['deno/scripts/renew-cert.ts:52 DescribeCertificates', 'bun/src/routes/chat.ts:32 ChatStd'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-77',
    dir: path.join(FIXTURES, 'real-shapes-holdout-77'),
    unknownProducts: [],
    unknownCalls: [],
    // A call outside any try.
    unguardedCalls: ['electron-lighthouse-panel/src/main/ipc/firewall.ts:75 DescribeFirewallRules'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-78',
    dir: path.join(FIXTURES, 'real-shapes-holdout-78'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-79',
    dir: path.join(FIXTURES, 'real-shapes-holdout-79'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    // A chain of one handling branch beside a conditional one (code === X && retries < 3) is no dispatch, by design.
    missedMistakes: ['src/billing/reconcile-export.ts:77 tencentcloud-errors/exhaustive-error-handling'],
  },
  {
    name: 'real-shapes-holdout-80',
    dir: path.join(FIXTURES, 'real-shapes-holdout-80'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try.
    unguardedCalls: [
      'egg-live/app/service/record.js:96 DescribeLiveRecordTemplates',
      'midway-vod/src/service/mps-workflow.service.ts:139 DescribeTaskDetail',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-81',
    dir: path.join(FIXTURES, 'real-shapes-holdout-81'),
    unknownProducts: [],
    unknownCalls: [],
    // A promise chain whose catch also takes the errors of another API (wx-server-sdk's), and a call outside any try.
    unguardedCalls: [
      'cloudfunctions/checkImage/index.js:34 ImageModeration',
      'cloudfunctions/videoPost/index.js:19 DescribeMediaInfos',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-82',
    dir: path.join(FIXTURES, 'real-shapes-holdout-82'),
    unknownProducts: [],
    unknownCalls: [],
    // A retry made in the first call's catch.
    unguardedCalls: ['src/adapters/openai/lkeap-embeddings.adapter.ts:59 GetEmbedding'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-83',
    dir: path.join(FIXTURES, 'real-shapes-holdout-83'),
    // Tests that mock the cdn package, or intercept the cls host, and drive the module that calls it: the model
    // gives them that product, where the manifest lists none.
    unknownProducts: ['test/unit/cdn-purger.test.js', 'test/integration/cls-search.nock.test.ts'],
    unknownCalls: [],
    // Calls outside any try.
    unguardedCalls: ['src/compute/cvm-scaler.ts:38 DescribeInstances', 'src/cdn/purger.ts:78 DescribePurgeTasks'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-84',
    dir: path.join(FIXTURES, 'real-shapes-holdout-84'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try, made in a catch, or handed to a retry wrapper.
    unguardedCalls: [
      'src/autoscaler/lifecycle-hook.ts:90 DescribeAutoScalingGroups',
      'src/controllers/tag-sync.ts:39 GetResources',
      'src/external-dns/privatedns-provider.ts:52 DescribePrivateZoneList',
      'src/external-dns/privatedns-provider.ts:68 DescribePrivateZoneRecordList',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-85',
    dir: path.join(FIXTURES, 'real-shapes-holdout-85'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try, made in a catch, or handed to a retry wrapper.
    unguardedCalls: [
      'pulumi/providers/scf-function.ts:146 UpdateFunctionConfiguration',
      'pulumi/providers/cam-role.ts:83 GetRole',
      'pulumi/providers/cam-role.ts:86 UpdateAssumeRolePolicy',
      'pulumi/providers/cam-role.ts:111 UpdateAssumeRolePolicy',
      'pulumi/providers/ssm-secret.ts:59 UpdateSecret',
      'pulumi/providers/ssm-secret.ts:93 UpdateSecret',
      'pulumi/providers/ssm-secret.ts:96 UpdateDescription',
      'pulumi/providers/security-group.ts:71 DescribeSecurityGroups',
      'pulumi/providers/security-group.ts:129 ModifySecurityGroupAttribute',
      'pulumi/providers/dnspod-record.ts:98 ModifyRecord',
      'cdktf/lookups/keypair.ts:30 DescribeKeyPairs',
      'cdktf/prereqs/cls-logset.ts:29 DescribeLogsets',
      'cdktf/prereqs/cls-logset.ts:37 DescribeTopics',
      'cdktf/escape-hatches/clb-custom-config.ts:35 DescribeCustomizedConfigList',
      'cdktf/escape-hatches/clb-custom-config.ts:48 AddCustomizedConfig',
      'functions/custom-resources/ssl-certificate.ts:32 DescribeCertificates',
      'functions/custom-resources/kms-key.ts:35 ListKeyDetail',
      'functions/custom-resources/kms-key.ts:38 ListKeyDetail',
      'functions/custom-resources/kms-key.ts:95 UpdateAlias',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-86',
    dir: path.join(FIXTURES, 'real-shapes-holdout-86'),
    unknownProducts: [],
    unknownCalls: [],
    // Polls outside any try.
    unguardedCalls: [
      'bots/slack/app.ts:31 DescribeInstancesStatus',
      'runbooks/restart-cdb.ts:48 DescribeAsyncRequestInfo',
      'runbooks/redis-failover.ts:34 DescribeTaskInfo',
      'runbooks/tat-exec.ts:83 DescribeInvocationTasks',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-87',
    dir: path.join(FIXTURES, 'real-shapes-holdout-87'),
    // A bot that awaits the methods of a class of a sibling module that call Hunyuan: the model gives it hunyuan,
    // where the manifest lists none.
    unknownProducts: ['bot/telegram/index.ts'],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-88',
    dir: path.join(FIXTURES, 'real-shapes-holdout-88'),
    unknownProducts: [],
    unknownCalls: [],
    // A call made in a catch.
    unguardedCalls: ['src/edge/cert-rollout.ts:52 DescribeCertificates'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-89',
    dir: path.join(FIXTURES, 'real-shapes-holdout-89'),
    // A module that makes the generated clients and calls none of them names no product of its own.
    unknownProducts: ['graphql/context.ts'],
    // Methods of clients generated from an API spec (this.ocr.generalBasicOCR(…), cdn.PurgeUrlsCache(…)): a catch
    // around one knows its action, but the call is made in the generated module.
    unknownCalls: [
      'services/cdn-purge.service.ts:47 PurgeUrlsCache',
      'services/cdn-purge.service.ts:61 DescribePurgeTasks',
      'services/receipt-scan.service.ts:37 GeneralBasicOCR',
      'services/receipt-scan.service.ts:58 BizLicenseOCR',
    ],
    // Calls in generated methods without a try, handed to Express's next, outside any try, or made in a catch.
    unguardedCalls: [
      'express/legacy-routes.cjs:66 InvokeFunction',
      'generated/tencentcloud/CdnApi.ts:72 PurgeUrlsCache',
      'generated/tencentcloud/CdnApi.ts:77 PushUrlsCache',
      'generated/tencentcloud/CdnApi.ts:82 DescribePurgeTasks',
      'generated/tencentcloud/SmsApi.ts:89 SendSms',
      'generated/tencentcloud/SmsApi.ts:94 PullSmsSendStatus',
      'generated/tencentcloud/SmsApi.ts:99 DescribeSmsTemplateList',
      'graphql/resolvers/media.resolver.ts:55 DescribeMediaInfos',
      'trpc/routers/moderation.router.ts:47 TextModeration',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-90',
    dir: path.join(FIXTURES, 'real-shapes-holdout-90'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try.
    unguardedCalls: [
      'jobs/handlers/recording-transcribed.ts:80 ParseWords',
      'ccc/seat-sync.ts:52 DescribeSeatUserList',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-91',
    dir: path.join(FIXTURES, 'real-shapes-holdout-91'),
    unknownProducts: [],
    unknownCalls: [],
    // Task polls outside any try, and calls handed to a retry wrapper.
    unguardedCalls: [
      'mysql/readonly-scaling.ts:83 DescribeAsyncRequestInfo',
      'mysql/param-templates.ts:80 DescribeAsyncRequestInfo',
      'slowlog/pg-slowlog.mjs:36 DescribeDBSlowlogs',
      'postgres/pg-fleet.ts:84 DescribeDBInstances',
      'postgres/pg-backup-restore.ts:58 DescribeBaseBackups',
      'mongo/mongo-backup.cjs:51 DescribeAsyncRequestInfo',
      'mongo/mongo-backup.cjs:60 DescribeDBBackups',
      'mongo/mongo-backup.cjs:80 DescribeBackupDownloadTask',
      'redis/redis-backups.ts:57 DescribeTaskInfo',
      'redis/redis-backups.ts:75 DescribeInstanceBackups',
      'redis/redis-capacity.ts:34 DescribeInstances',
      'warehouse/olap-clusters.ts:59 DescribeInstanceState',
      'warehouse/olap-clusters.ts:72 ScaleOutInstance',
      'warehouse/olap-clusters.ts:83 DescribeInstanceState',
      'warehouse/oceanus-jobs.ts:87 DescribeJobs',
      'ops/dts-migration.ts:46 DescribeMigrationCheckJob',
      'ops/dts-migration.ts:78 DescribeMigrationDetail',
      'ops/db-health.ts:74 DescribeDBDiagReportTasks',
      'ops/db-health.ts:83 CreateDBDiagReportUrl',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-92',
    dir: path.join(FIXTURES, 'real-shapes-holdout-92'),
    unknownProducts: [],
    unknownCalls: [],
    // A call of the removed VoiceFilter, which no table has.
    unguardedCalls: ['src/voice/gme-rooms.ts:99 VoiceFilter'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-93',
    dir: path.join(FIXTURES, 'real-shapes-holdout-93'),
    unknownProducts: [],
    unknownCalls: [],
    // A call of the removed FormulaOCR, which no table has.
    unguardedCalls: ['apps/web/app/api/homework/scan/route.ts:55 FormulaOCR'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-94',
    dir: path.join(FIXTURES, 'real-shapes-holdout-94'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try, and one made in a catch.
    unguardedCalls: [
      'src/identity/commands/offboard-employee.handler.ts:48 ListAccessKeys',
      'src/secrets/secret-rotation.worker.ts:61 DescribeAsyncRequestInfo',
      'src/certificates/certificate-renewal.processor.ts:77 DescribeCertificates',
      'src/certificates/certificate-renewal.processor.ts:108 DescribeHostDeployRecordDetail',
      'src/certificates/clb-certificate.deployer.ts:35 DescribeLoadBalancerListByCertId',
      'src/edge/security-group-sync.cjs:23 DescribeSecurityGroupPolicies',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-95',
    dir: path.join(FIXTURES, 'real-shapes-holdout-95'),
    unknownProducts: [],
    unknownCalls: [],
    // Calls outside any try.
    unguardedCalls: [
      'cli/bin/lh-snapshot.cjs:88 DescribeSnapshots',
      'cli/scripts/edge-purge.mjs:72 DescribePurgeTasks',
      'cli/src/commands/ssl/rotate.ts:90 DescribeCertificates',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-96',
    dir: path.join(FIXTURES, 'real-shapes-holdout-96'),
    // Its service classes were taught to the call model after its blind first lint (see its manifest); the calls no
    // guard knows are outside any try, or made in a catch.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'packages/manager/src/function/function-service.ts:79 ListFunctions',
      'packages/manager/src/function/function-service.ts:124 UpdateFunctionCode',
      'packages/manager/src/function/function-service.ts:150 DeleteFunction',
      'packages/manager/src/function/function-service.ts:157 DescribeVpcs',
      'packages/manager/src/function/function-service.ts:162 DescribeSubnets',
      'packages/manager/src/env/env-service.ts:43 DescribeEnvs',
      'packages/manager/src/env/env-service.ts:48 DescribeEnvs',
      'packages/manager/src/env/env-service.ts:58 CheckTcbService',
      'packages/manager/src/env/env-service.ts:135 ModifyEnv',
      'packages/manager/src/env/env-service.ts:139 DescribeAuthDomains',
      'packages/manager/src/env/env-service.ts:164 DeleteAuthDomain',
      'packages/manager/src/cam/cam-service.ts:33 DescribeRoleList',
      'packages/manager/src/cam/cam-service.ts:37 GetRole',
      'packages/manager/src/cam/cam-service.ts:90 DeleteRole',
      'packages/cli/src/commands/lowcode/apps.ts:41 DescribeApps',
      'packages/cli/src/commands/lowcode/apps.ts:51 CheckDeployApp',
      'packages/cli/src/commands/lowcode/apps.ts:61 DeployApp',
      'packages/cli/src/commands/lowcode/apps.ts:87 DescribeKnowledgeSetList',
      'packages/cli/src/commands/lowcode/apps.ts:92 DeleteKnowledgeSet',
      'packages/cli/src/commands/env/list.ts:68 DescribeEnvLimit',
      'packages/cli/src/commands/run/deploy.ts:60 DescribeCloudRunDeployRecord',
      'packages/cli/src/commands/hosting/refresh-cdn.mjs:82 DescribePurgeTasks',
      'packages/cli/src/commands/hosting/refresh-cdn.mjs:96 DescribePurgeQuota',
      'packages/components/src/apigw/service-entity.ts:93 ModifyService',
      'packages/components/src/apigw/service-entity.ts:140 UnReleaseService',
      'packages/components/src/apigw/service-entity.ts:141 DeleteService',
      'packages/components/src/cynosdb/serverless-db.ts:48 DescribeServerlessInstanceSpecs',
      'packages/components/src/cynosdb/serverless-db.ts:131 IsolateCluster',
      'packages/components/src/cynosdb/serverless-db.ts:140 OfflineCluster',
      'packages/components/src/cls/log-reader.ts:40 DescribeLogsets',
      'packages/components/src/cls/log-reader.ts:72 DescribeTopics',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-97',
    dir: path.join(FIXTURES, 'real-shapes-holdout-97'),
    // The calls no guard knows are outside any try, made in a catch, or handed to p-retry or the retry helper.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'src/jobs/snapshots/daily-snapshots.ts:40 DescribeDisks',
      'src/jobs/snapshots/daily-snapshots.ts:57 CreateSnapshot',
      'src/jobs/snapshots/prune-snapshots.cjs:38 DescribeSnapshots',
      'src/jobs/cls-export/search-to-ndjson.mjs:44 SearchLog',
      'src/jobs/cls-export/legacy-async-search.ts:47 CreateAsyncSearchTask',
      'src/consumers/tdmq-backlog-watch.ts:55 SendCmqMsg',
      'src/jobs/backup/redis-backup.cjs:52 DescribeTaskInfo',
      'src/jobs/backup/redis-backup.cjs:63 DescribeInstanceBackups',
    ],
    missedMistakes: ['src/consumers/tdmq-backlog-watch.ts:23 tencentcloud-errors/no-unknown-error-code'],
  },
  {
    name: 'real-shapes-holdout-98',
    dir: path.join(FIXTURES, 'real-shapes-holdout-98'),
    // Its shared static service clients were taught to the call model after its blind first lint (see its manifest);
    // the calls no guard knows are outside any try, or made in a catch.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'src/services/env.service.ts:44 DescribeEnvs',
      'src/services/env.service.ts:68 DescribeEnvLimit',
      'src/services/env.service.ts:88 CreatePostpayPackage',
      'src/services/function.service.ts:104 DescribeSubnets',
      'src/commands/env/domain.ts:19 DescribeAuthDomains',
      'scripts/ci/deploy-hosting.cjs:41 DescribeStaticStore',
      'scripts/ci/deploy-hosting.cjs:47 CreateStaticStore',
      'scripts/ci/deploy-hosting.cjs:52 DescribeStaticStore',
      'scripts/admin/provision-env.ts:66 GetUser',
      'scripts/admin/provision-env.ts:106 DescribeEnvs',
      'scripts/admin/db-acl.mjs:27 DescribeDatabaseACL',
      'scripts/admin/db-acl.mjs:51 ModifySafeRule',
      'cloudfunctions/cert-renew/index.ts:39 DescribeCertificates',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-99',
    dir: path.join(FIXTURES, 'real-shapes-holdout-99'),
    // Taught its entities' request({ Action }) after its blind first lint (see its manifest). DescribeService is called
    // on a parameter named apig, which names no product.
    unknownProducts: [],
    unknownCalls: ['legacy/tencent-utils.js:82 DescribeService'],
    unguardedCalls: [
      'legacy/tag-sync.cjs:35 DescribeResourceTagsByResourceIds',
      'scripts/deploy-code.mjs:56 GetFunction',
      'scripts/deploy-code.mjs:71 PublishVersion',
      'src/modules/apigw/entities/service.ts:85 CreateService',
      'src/modules/cdn/index.ts:62 DescribeDomains',
      'src/modules/cdn/index.ts:81 UpdateDomainConfig',
      'src/modules/cls/index.ts:48 DescribeLogsets',
      'src/modules/cynosdb/utils.ts:63 DescribeServerlessInstanceSpecs',
      'src/modules/cynosdb/utils.ts:155 DescribeClusterInstanceGrps',
      'src/modules/cynosdb/utils.ts:170 DescribeClusterInstanceGrps',
      'src/modules/cynosdb/utils.ts:178 IsolateCluster',
      'src/modules/cynosdb/utils.ts:182 OfflineCluster',
      'src/modules/dns/record.ts:62 ModifyRecord',
      'src/modules/postgresql/index.ts:158 IsolateDBInstances',
      'src/modules/postgresql/index.ts:161 DestroyDBInstance',
      'src/modules/scf/entities/function.ts:116 UpdateFunctionConfiguration',
      'src/modules/ssl/certificate.ts:53 DescribeCertificates',
      'src/modules/vpc/utils.ts:29 DescribeVpcs',
      'src/modules/vpc/utils.ts:34 DescribeSubnets',
      'src/modules/vpc/utils.ts:39 CreateVpc',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-100',
    dir: path.join(FIXTURES, 'real-shapes-holdout-100'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-101',
    dir: path.join(FIXTURES, 'real-shapes-holdout-101'),
    // The two calls no guard knows are made in a catch.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: ['src/cdn/purge-playlists.ts:46 PurgeUrlsCache', 'src/cdn/purge-playlists.ts:47 PurgeUrlsCache'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-102',
    dir: path.join(FIXTURES, 'real-shapes-holdout-102'),
    // The one call no guard knows is made outside any guard.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: ['packages/cli/src/commands/logs/tail.ts:28 GetFunction'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-103',
    dir: path.join(FIXTURES, 'real-shapes-holdout-103'),
    // The four calls no guard knows are made outside any guard (one in a catch).
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'apps/admin-next/pages/api/cvm/instances.ts:100 StopInstances',
      'apps/admin-nuxt/server/api/cdn/purge.post.ts:75 DisableCaches',
      'apps/admin-nuxt/server/api/dns/records.post.ts:40 ModifyRecord',
      'services/gateway/src/routes/lighthouse.ts:37 DescribeInstances',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-104',
    dir: path.join(FIXTURES, 'real-shapes-holdout-104'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-105',
    dir: path.join(FIXTURES, 'real-shapes-holdout-105'),
    // The two calls no guard knows are made outside any guard.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: ['src/finance/invoice-ocr.ts:66 BusInvoiceOCR', 'src/admin/cdn-refresh.ts:58 DescribePurgeTasks'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-106',
    dir: path.join(FIXTURES, 'real-shapes-holdout-106'),
    // The six calls no guard knows are made outside any guard.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'src/cdn/providers/tencent-cdn.provider.ts:80 DescribePurgeTasks',
      'src/certs/providers/tencent-ssl.provider.ts:30 DescribeCertificates',
      'src/speech/providers/tencent-tts.provider.mjs:50 CreateTtsTask',
      'src/speech/providers/tencent-tts.provider.mjs:53 DescribeTtsTaskStatus',
      'src/storage/providers/tencent-sts-credentials.ts:94 GetFederationToken',
      'src/storage/providers/tencent-vod.provider.ts:40 ApplyUpload',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-107',
    dir: path.join(FIXTURES, 'real-shapes-holdout-107'),
    // The two calls no guard knows are made outside any guard.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'egg-media/app/schedule/cert_expiry.ts:38 DescribeCertificates',
      'egg-media/app/service/cdn.ts:61 DescribePurgeTasks',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-108',
    dir: path.join(FIXTURES, 'real-shapes-holdout-108'),
    // SendEmail's .catch also guards the STS call its client pool makes: no one action.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: ['src/notify/mail-channel.ts:30 SendEmail'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-109',
    dir: path.join(FIXTURES, 'real-shapes-holdout-109'),
    // The alias and the workspace package have no config in the corpus: the modules they name are not read (the
    // billing job's signing helper is read from the fields it is handed, the tts route's client from its name).
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: ['apps/cli/src/commands/instances.ts:32 DescribeInstances'],
    missedMistakes: ['apps/api/src/dns/dns.service.ts:69 tencentcloud-errors/exhaustive-error-handling'],
  },
  {
    name: 'real-shapes-holdout-110',
    dir: path.join(FIXTURES, 'real-shapes-holdout-110'),
    // An opossum breaker's fire(…) is not read as calling the action the breaker wraps.
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: ['src/compute/cvm-power.ts:57 StopInstances', 'src/mq/tdmq-publisher.ts:29 SendMessages'],
    missedMistakes: ['src/mq/tdmq-publisher.ts:58 tencentcloud-errors/exhaustive-error-handling'],
  },
  {
    name: 'real-shapes-holdout-111',
    dir: path.join(FIXTURES, 'real-shapes-holdout-111'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: ['src/infra/cam-audit.ts:21 ListUsers'],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-112',
    dir: path.join(FIXTURES, 'real-shapes-holdout-112'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'apps/console/app/routes/api.newsletter.ts:18 GetEmailIdentity',
      'apps/admin/src/routes/cdn/+page.server.ts:34 DescribePurgeTasks',
      'services/edge/src/routes/lighthouse.ts:31 DescribeInstances',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-113',
    dir: path.join(FIXTURES, 'real-shapes-holdout-113'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-114',
    dir: path.join(FIXTURES, 'real-shapes-holdout-114'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'admin/src/service/cert.service.ts:65 DescribeCertificates',
      'admin/src/task/lighthouse.task.ts:41 DescribeInstances',
    ],
    missedMistakes: [],
  },
  {
    name: 'real-shapes-holdout-115',
    dir: path.join(FIXTURES, 'real-shapes-holdout-115'),
    unknownProducts: [],
    unknownCalls: [],
    unguardedCalls: [
      'actions/ssl-deploy/src/main.ts:35 DescribeCertificates',
      'scripts/bun/snapshot-data-disks.ts:28 DescribeDisks',
      'scripts/zx/lighthouse-firewall.mjs:30 DescribeFirewallRules',
      'scripts/zx/purge-cdn.mjs:73 DescribePurgeTasks',
    ],
    missedMistakes: [],
  },
];

const UNKNOWN = 'tencentcloud-errors/no-unknown-error-code';
const IMPOSSIBLE = 'tencentcloud-errors/no-impossible-error-code';
const EXHAUSTIVE = 'tencentcloud-errors/exhaustive-error-handling';
const REMOVED = 'tencentcloud-errors/no-removed-action';
/** The rules of the recommended preset. */
const RECOMMENDED = [UNKNOWN, IMPOSSIBLE, REMOVED];

/** The reports of the rules, as `file:line rule`, sorted; a dispatch reported for several families counts once. */
function found(reports: readonly RealShapeReport[], rules: readonly string[]): string[] {
  const lines = reports
    .filter((r) => r.ruleId !== null && rules.includes(r.ruleId))
    .map((r) => `${r.file}:${r.line} ${r.ruleId}`);
  return [...new Set(lines)].sort();
}

type Corpus = (typeof CORPORA)[number];

/**
 * What the call model knows of a corpus, and a preset's reports on it, each made once per corpus and options and
 * shared by the tests that ask: with type information, each costs a TypeScript program with the SDK's declarations.
 */
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}
const modelsOf = (dir: string, options: RealShapeOptions): ReturnType<typeof realShapeModels> =>
  once(`models ${dir} ${String(options.typed)}`, () => realShapeModels(dir, options));
const reportsOf = (preset: 'recommended' | 'strict', dir: string, options: RealShapeOptions): RealShapeReport[] =>
  once(`${preset} ${dir} ${String(options.typed)}`, () => lintRealShapes(preset, dir, options));

describe.each(CORPORA)('the $name corpus, zero config', (corpus) => {
  corpusChecks(corpus, {});
});

/**
 * The corpora that hold TypeScript linted again with type information (its TS files parsed with a program, the
 * per-product SDK packages they import as installed: see lintRealShapes), as a type-aware config lints them: the
 * model knows the same calls, the receiver's type names the ones listed first, and the presets report the same.
 */
describe.each(CORPORA.filter((corpus) => 'knownByTypes' in corpus))(
  'the $name corpus, zero config, with type information',
  (corpus) => {
    corpusChecks(corpus, { typed: true });

    it('every TS file is parsed with type information, which names the calls listed', () => {
      const models = modelsOf(corpus.dir, { typed: true });
      const ts = [...models].filter(([file]) => /\.[cm]?tsx?$/u.test(file));
      expect(ts.length).toBeGreaterThan(0);
      expect(ts.filter(([, model]) => !model.typed).map(([file]) => file)).toEqual([]);
      const byTypes = [...models].flatMap(([file, model]) =>
        model.calls.filter((call) => call.via === 'types').map((call) => `${file}:${call.startLine} ${call.action}`),
      );
      expect(byTypes).toEqual('knownByTypes' in corpus ? corpus.knownByTypes : []);
    });
  },
);

function corpusChecks(corpus: Corpus, options: RealShapeOptions): void {
  const { dir, unknownProducts, unknownCalls, unguardedCalls } = corpus;
  const missed = new Set('missedMistakes' in corpus ? corpus.missedMistakes : []);
  const manifest: Manifest = readManifest(dir);
  const files = Object.entries(manifest.files);

  /** The planted mistakes a rule should report, as `file:line rule`, sorted: all but the ones the corpus lists as missed. */
  function planted(rules: readonly string[]): string[] {
    return files
      .flatMap(([file, entry]) =>
        entry.mistakes
          .filter((m) => m.expect !== null && rules.includes(m.expect))
          .map((m) => `${file}:${m.line} ${m.expect}`),
      )
      .filter((mistake) => !missed.has(mistake))
      .sort();
  }

  it('the call model knows the products of every file and the product and action of every call', () => {
    const models = modelsOf(dir, options);
    const bare = (name: string): string => name.split('@')[0] ?? name;
    const productsMissed = files
      .filter(([file, entry]) => {
        const known = new Set((models.get(file)?.products ?? []).map(bare));
        return entry.products.length === 0 ? known.size > 0 : entry.products.some((p) => !known.has(bare(p)));
      })
      .map(([file]) => file);
    const callsMissed = files.flatMap(([file, entry]) =>
      entry.calls
        .filter((call) => !(models.get(file)?.calls ?? []).some((m) => sameCall(m, call)))
        .map((call) => `${file}:${call.line} ${call.action}`),
    );
    expect(productsMissed).toEqual(unknownProducts);
    expect(callsMissed).toEqual(unknownCalls);
  });

  it('a guard that knows its action holds every known call the corpus guards', () => {
    const models = modelsOf(dir, options);
    const notGuarded = files.flatMap(([file, entry]) =>
      entry.calls
        .filter((call) => (models.get(file)?.calls ?? []).some((m) => sameCall(m, call) && !m.guardKnowsAction))
        .map((call) => `${file}:${call.line} ${call.action}`),
    );
    expect(notGuarded).toEqual(unguardedCalls);
  });

  it('recommended reports exactly the planted mistakes of its rules', () => {
    const reports = reportsOf('recommended', dir, options);
    expect(reports.filter((r) => r.ruleId === null)).toEqual([]);
    expect(found(reports, RECOMMENDED)).toEqual(planted(RECOMMENDED));
    expect(reports.filter((r) => r.ruleId === EXHAUSTIVE)).toEqual([]);
  });

  it('strict reports every partial dispatch and nothing else, and the same mistakes as recommended', () => {
    const reports = reportsOf('strict', dir, options);
    expect(found(reports, [EXHAUSTIVE])).toEqual(planted([EXHAUSTIVE]));
    expect(found(reports, RECOMMENDED)).toEqual(planted(RECOMMENDED));
  });
}

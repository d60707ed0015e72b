import { Linter, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';

import { callModel } from '../../src/util/call-model/model.js';

/** What the call model infers for a file, read by a probe rule when the file is linted. */
function productsOf(code: string, filename = 'file.js'): readonly string[] {
  const found: (readonly string[])[] = [];
  const rule: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      found.push(callModel(context as never, undefined).products);
      return {};
    },
  };
  const messages = new Linter().verify(
    code,
    [
      { plugins: { test: { rules: { probe: rule } } }, rules: { 'test/probe': 'error' } },
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    ],
    filename,
  );
  expect(messages).toEqual([]);
  expect(found).toHaveLength(1);
  return found[0] ?? [];
}

describe('callModel: products', () => {
  it.each([
    {
      pattern: 'a namespace import of the SDK and a client',
      given: 'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nnew tencentcloud.gaap.v20180529.Client({});',
      want: ['gaap@2018-05-29'],
    },
    {
      pattern: 'a default import of the SDK and a client',
      given:
        'import tencentcloud from "tencentcloud-sdk-nodejs";\nconst client = new tencentcloud.cvm.v20170312.Client({});',
      want: ['cvm@2017-03-12'],
    },
    {
      pattern: 'require of the SDK and its client class',
      given:
        'const tencentcloud = require("tencentcloud-sdk-nodejs");\nconst CvmClient = tencentcloud.cvm.v20170312.Client;',
      want: ['cvm@2017-03-12'],
    },
    {
      pattern: 'a client made through an alias of its class',
      given:
        'const tencentcloud = require("tencentcloud-sdk-nodejs");\nconst C = tencentcloud.ocr.v20181119.Client;\nconst client = new C({});',
      want: ['ocr@2018-11-19'],
    },
    {
      pattern: 'a product imported by name, no version named',
      given: 'import { cvm } from "tencentcloud-sdk-nodejs";\nexport const sdk = cvm;',
      want: ['cvm'],
    },
    {
      pattern: "a version's models, with no client",
      given:
        'const tencentcloud = require("tencentcloud-sdk-nodejs");\nconst models = tencentcloud.scf.v20180416.Models;',
      want: ['scf@2018-04-16'],
    },
    {
      pattern: 'require made by createRequire in an ES module',
      given:
        'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nconst tc = require("tencentcloud-sdk-nodejs-tat");\nexport const Client = tc.tat.v20201028.Client;',
      want: ['tat@2020-10-28'],
    },
    {
      pattern: "Deno's npm: specifier, and a CDN's URL, with a version",
      given:
        'import * as a from "npm:tencentcloud-sdk-nodejs-ccc@4.0.3";\nimport b from "https://esm.sh/tencentcloud-sdk-nodejs@4.1.0";\nnew a.ccc.v20200210.Client({});\nnew b.cvm.v20170312.Client({});',
      want: ['ccc@2020-02-10', 'cvm@2017-03-12'],
    },
    {
      pattern: "a version's member read with a constant key",
      given:
        'const tencentcloud = require("tencentcloud-sdk-nodejs");\nconst V = "v20170312";\nconst C = tencentcloud.cvm[V].Client;\nnew C({});',
      want: ['cvm@2017-03-12'],
    },
    {
      pattern: 'a CommonClient whose host a function of another module builds from a product name',
      given:
        'import { CommonClient } from "tencentcloud-sdk-nodejs-common";\nimport { cloudApiHostOf } from "./config.js";\nconst PRODUCT = "monitor";\nnew CommonClient(cloudApiHostOf(env, PRODUCT), "2018-07-24", {});',
      want: ['monitor@2018-07-24'],
    },
    {
      pattern: 'a product destructured from require, then its client',
      given: 'const { cvm } = require("tencentcloud-sdk-nodejs");\nnew cvm.v20170312.Client({});',
      want: ['cvm@2017-03-12'],
    },
    {
      pattern: 'a product renamed in destructuring',
      given: 'const { ocr: o } = require("tencentcloud-sdk-nodejs");\nnew o.v20181119.Client({});',
      want: ['ocr@2018-11-19'],
    },
    {
      pattern: 'require(…).product',
      given: 'const cvm = require("tencentcloud-sdk-nodejs").cvm;',
      want: ['cvm'],
    },
    {
      pattern: 'a product destructured from a dynamic import',
      given: 'const { cvm } = await import("tencentcloud-sdk-nodejs");\nnew cvm.v20170312.Client({});',
      want: ['cvm@2017-03-12'],
    },
    {
      pattern: "a product's own package, imported",
      given: 'import * as sdk from "tencentcloud-sdk-nodejs-cvm";',
      want: ['cvm'],
    },
    {
      pattern: "a product's own package, required, and its client",
      given: 'const tencentcloud = require("tencentcloud-sdk-nodejs-cvm");\nnew tencentcloud.cvm.v20170312.Client({});',
      want: ['cvm@2017-03-12'],
    },
    {
      pattern: 'a deep path into the SDK',
      given: 'import { Client } from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_client";',
      want: ['gaap@2018-05-29'],
    },
    {
      pattern: "a deep path into a product's own package",
      given:
        'const { Client } = require("tencentcloud-sdk-nodejs-gaap/tencentcloud/services/gaap/v20180529/gaap_client");',
      want: ['gaap@2018-05-29'],
    },
    {
      pattern: 'a deep path to a product without a version',
      given: 'import { sms } from "tencentcloud-sdk-nodejs/tencentcloud/services/sms";',
      want: ['sms'],
    },
    {
      pattern: 'CommonClient from tencentcloud-sdk-nodejs-common',
      given:
        'import { CommonClient } from "tencentcloud-sdk-nodejs-common";\nnew CommonClient("gaap.tencentcloudapi.com", "2018-05-29", {});',
      want: ['gaap@2018-05-29'],
    },
    {
      pattern: 'CommonClient destructured from the main package',
      given:
        'const { CommonClient } = require("tencentcloud-sdk-nodejs");\nnew CommonClient("tmt.tencentcloudapi.com", "2018-03-21", {});',
      want: ['tmt@2018-03-21'],
    },
    {
      pattern: 'CommonClient as a member of the common package (as examples/gaap-app does)',
      given:
        'import tencentcloud from "tencentcloud-sdk-nodejs-common";\nnew tencentcloud.CommonClient(`gaap.tencentcloudapi.com`, "2018-05-29", {});',
      want: ['gaap@2018-05-29'],
    },
    {
      pattern: 'CommonClient with a regional host and a version that is not a literal',
      given:
        'import { CommonClient } from "tencentcloud-sdk-nodejs-common";\nnew CommonClient("cvm.ap-guangzhou.tencentcloudapi.com", version, {});',
      want: ['cvm'],
    },
    {
      pattern: 'CommonClient with the host and the version in fields of the class',
      given:
        'import { CommonClient } from "tencentcloud-sdk-nodejs-common";\nclass Vod {\n  host = "vod.tencentcloudapi.com";\n  version = "2018-07-17";\n  client = new CommonClient(this.host, this.version, {});\n}',
      want: ['vod@2018-07-17'],
    },
    {
      pattern: 'CommonClient with the version in a field that a method sets again',
      given:
        'import { CommonClient } from "tencentcloud-sdk-nodejs-common";\nclass Vod {\n  version = "2018-07-17";\n  client = new CommonClient("vod.tencentcloudapi.com", this.version, {});\n  pin(version) { this.version = version; }\n}',
      want: ['vod'],
    },
    {
      pattern: 'two products, each with a client',
      given:
        'import { ocr, tmt } from "tencentcloud-sdk-nodejs";\nnew ocr.v20181119.Client({});\nnew tmt.v20180321.Client({});',
      want: ['ocr@2018-11-19', 'tmt@2018-03-21'],
    },
    {
      pattern: 'a package import and a client of another product',
      given:
        'import * as sdk from "tencentcloud-sdk-nodejs-asr";\nimport { CommonClient } from "tencentcloud-sdk-nodejs-common";\nnew CommonClient("sms.tencentcloudapi.com", "2021-01-11", {});',
      want: ['asr', 'sms@2021-01-11'],
    },
    {
      pattern: 'a version the catalogue does not have: the newest it has',
      given: 'const tencentcloud = require("tencentcloud-sdk-nodejs");\nnew tencentcloud.es.v20990101.Client({});',
      want: ['es@2025-01-01'],
    },
    {
      pattern: 'an older version of a product with several',
      given: 'const tencentcloud = require("tencentcloud-sdk-nodejs");\nnew tencentcloud.es.v20180416.Client({});',
      want: ['es@2018-04-16'],
    },
  ])('$pattern', ({ given, want }) => {
    expect(productsOf(given)).toEqual(want);
  });

  it.each([
    {
      pattern: 'a type-only import of a deep path (TypeScript)',
      given:
        'import type { Client } from "tencentcloud-sdk-nodejs-asr/tencentcloud/services/asr/v20190614/asr_client";\nexport function f(c: Client) { return c; }',
      want: ['asr@2019-06-14'],
    },
    {
      pattern: 'import = require (TypeScript)',
      given: 'import sdk = require("tencentcloud-sdk-nodejs");\nconst client = new sdk.ocr.v20181119.Client({});',
      want: ['ocr@2018-11-19'],
    },
    {
      pattern: "a service class of another package built with a product's name and one of its API versions",
      given:
        'import { CloudService } from "@acme/cloud-manager";\n' +
        'export const scf = new CloudService(context, "scf", "2018-04-16");',
      want: ['scf@2018-04-16'],
    },
    {
      pattern: "a factory's client handed a product and a version, sending an action by call({ Action })",
      given:
        'export const envs = (app) =>\n' +
        '  app.commonService("tcb", "2018-06-08").call({ Action: "DescribeEnvs", Param: {} });',
      want: ['tcb@2018-06-08'],
    },
    {
      pattern: 'a table of callers a factory makes from a product and one of its versions, which the file never calls',
      given:
        'import { createApiTable } from "@acme/components";\n' +
        'export default createApiTable({ service: "scf", version: "2018-04-16", actions: ["GetFunction"] });',
      want: ['scf@2018-04-16'],
    },
    {
      pattern: 'a client class behind `as` and `!` (TypeScript)',
      given:
        'const tencentcloud = require("tencentcloud-sdk-nodejs") as any;\nconst client = new (tencentcloud!).tmt.v20180321.Client({});',
      want: ['tmt@2018-03-21'],
    },
  ])('$pattern', ({ given, want }) => {
    expect(productsOf(given, 'file.ts')).toEqual(want);
  });

  it.each([
    {
      why: 'a client passed in as a parameter',
      given:
        'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nexport function describe(client) { return client.DescribeInstances({}); }',
    },
    {
      why: 'a parameter that shadows the SDK import',
      given:
        'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nexport function make(tencentcloud) { return new tencentcloud.cvm.v20170312.Client({}); }',
    },
    {
      why: 'an unrelated package named tencentcloud-foo',
      given: 'const tc = require("tencentcloud-foo");\nnew tc.cvm.v20170312.Client({});',
    },
    {
      why: 'a CommonClient with a host that is not a literal',
      given:
        'import { CommonClient } from "tencentcloud-sdk-nodejs-common";\nnew CommonClient(host, "2018-05-29", {});',
    },
    {
      why: "a CommonClient that is not the SDK's",
      given: 'class CommonClient {}\nnew CommonClient("gaap.tencentcloudapi.com", "2018-05-29", {});',
    },
    {
      why: 'an API host in a string, with no client',
      given: 'const endpoint = "cvm.tencentcloudapi.com";',
    },
    {
      why: 'the SDK imported, no product named',
      given: 'import * as tencentcloud from "tencentcloud-sdk-nodejs";\nexport { tencentcloud };',
    },
    {
      why: 'product names the catalogue does not have',
      given:
        'import { notaproduct } from "tencentcloud-sdk-nodejs";\nimport sdk from "tencentcloud-sdk-nodejs-notaproduct";\nnew CommonClient("notaproduct.tencentcloudapi.com", "2020-01-01", {});',
    },
    {
      why: 'a member of the SDK computed at run time',
      given: 'const tencentcloud = require("tencentcloud-sdk-nodejs");\nnew tencentcloud[name].v20170312.Client({});',
    },
    {
      why: 'a CommonClient whose host a function builds from two product names, or a function not named for a host',
      given:
        'import { CommonClient } from "tencentcloud-sdk-nodejs-common";\nnew CommonClient(hostOf("monitor", "cvm"), "2018-07-24", {});\nnew CommonClient(pick("monitor"), "2018-07-24", {});',
    },
    {
      why: 'a service class handed a date that is none of the API versions of the product it names',
      given: 'export const scf = new CloudService(context, "scf", "2019-01-01");',
    },
    {
      why: 'a service class handed two products and a version',
      given: 'export const pair = new CloudService("scf", "cvm", "2017-03-12");',
    },
    {
      why: 'a helper handed a product, a version and an action',
      given: 'export const sent = new Request("scf", "2018-04-16", "ListFunctions");',
    },
    {
      why: 'a require of a module that is not createRequire',
      given:
        'const require = makeLoader();\nconst tencentcloud = require("tencentcloud-sdk-nodejs");\nnew tencentcloud.cvm.v20170312.Client({});',
    },
    {
      why: 'no mention of Tencent Cloud at all',
      given: 'import { cvm } from "some-other-sdk";\nnew cvm.v20170312.Client({});',
    },
  ])('nothing for $why', ({ given }) => {
    expect(productsOf(given)).toEqual([]);
  });
});

/** The calls the call model finds in a file, as `table action`. */
function callsOf(code: string): readonly string[] {
  const found: string[][] = [];
  const rule: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      found.push(callModel(context as never, undefined).calls.map((call) => `${call.table} ${call.action}`));
      return {};
    },
  };
  const messages = new Linter().verify(
    code,
    [{ plugins: { test: { rules: { probe: rule } } }, rules: { 'test/probe': 'error' } }],
    'file.js',
  );
  expect(messages).toEqual([]);
  return found[0] ?? [];
}

describe("callModel: a service class's client", () => {
  it('sends actions by request("Action") and call({ Action }); its own methods only where the product has them', () => {
    expect(
      callsOf(`import { CloudService } from '@acme/cloud-manager';
const service = new CloudService({}, 'ocr', '2018-11-19');
await service.Warm();
await service.request('GeneralBasicOCR', {});
await service.call({ Action: 'TextDetect', Param: {} });
await service.IDCardOCR({});`),
    ).toEqual(['ocr@2018-11-19 GeneralBasicOCR', 'ocr@2018-11-19 TextDetect', 'ocr@2018-11-19 IDCardOCR']);
  });
});

describe("callModel: @cloudbase/cloud-api's client", () => {
  it('is sent at the version the library pins for the service, whatever version the options name', () => {
    expect(
      callsOf(`import { CloudApiService } from '@cloudbase/cloud-api';
const vpc = new CloudApiService({ service: 'vpc', version: '2099-01-01' });
await vpc.request('DescribeVpcs');
const ocr = CloudApiService.getInstance({ service: 'ocr', version: '2018-11-19' });
await ocr.request({ action: 'GeneralBasicOCR', data: {} });
const unpinned = new CloudApiService({ service: 'ocr' });
await unpinned.request('TextDetect');`),
    ).toEqual(['vpc@2017-03-12 DescribeVpcs', 'ocr@2018-11-19 GeneralBasicOCR', 'ocr TextDetect']);
  });
});

describe("callModel: @cloudbase/manager-node's common service", () => {
  it("is of the service named (tcb when none), at the version named or else the package's own", () => {
    expect(
      callsOf(`import CloudBase from '@cloudbase/manager-node';
const manager = new CloudBase({ envId: 'env' });
await manager.commonService().call({ Action: 'DescribeEnvs', Param: {} });
await manager.commonService('lowcode').call({ Action: 'DescribeDataSourceList', Param: {} });
await CloudBase.init({}).commonService('ocr', '2018-11-19').call({ Action: 'GeneralBasicOCR', Param: {} });
await manager.commonService('cam').call({ Action: 'GetUserAppId', Param: {} });`),
    ).toEqual([
      'tcb@2018-06-08 DescribeEnvs',
      'lowcode@2021-01-08 DescribeDataSourceList',
      'ocr@2018-11-19 GeneralBasicOCR',
      'cam GetUserAppId',
    ]);
  });
});

import { familyOf } from '../../src/table/grammar.js';
import { stringifyTableJson, type TableJson } from '../../src/table/json.js';

const WORDS = [
  'Account',
  'Action',
  'Address',
  'Bandwidth',
  'Bucket',
  'Certificate',
  'Cluster',
  'Concurrency',
  'Config',
  'Disk',
  'Domain',
  'Endpoint',
  'Gateway',
  'Group',
  'Host',
  'Image',
  'Instance',
  'Key',
  'Listener',
  'Limit',
  'Node',
  'Policy',
  'Port',
  'Project',
  'Protocol',
  'Proxy',
  'Quota',
  'Region',
  'Resource',
  'Route',
  'Rule',
  'Scalar',
  'Secret',
  'Server',
  'Snapshot',
  'Status',
  'Subnet',
  'Tag',
  'Task',
  'Template',
  'Token',
  'Version',
  'Volume',
  'Zone',
  'Already',
  'Not',
  'Invalid',
  'Exceeded',
  'Existed',
  'Running',
  'Stopped',
  'Locked',
  'Expired',
  'Busy',
  'Missing',
  'Duplicated',
];

/** A small deterministic PRNG (mulberry32), so every run builds the same table. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic table of `size` distinct codes over `families` families, the same for the same arguments. */
function syntheticTable(size: number, families = 200, seed = 42): TableJson {
  const random = prng(seed);
  const pick = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'Word';
  const familyNames = new Set<string>();
  while (familyNames.size < families) familyNames.add(`${pick()}${pick()}Error${familyNames.size}`);
  const familyList = [...familyNames];
  const codes = new Set<string>();
  while (codes.size < size) {
    const family = familyList[Math.floor(random() * familyList.length)] ?? 'Family';
    const parts = 2 + Math.floor(random() * 3);
    let rest = '';
    for (let i = 0; i < parts; i++) rest += pick();
    codes.add(`${family}.${rest}${Math.floor(random() * 100)}`);
  }
  return {
    service: 'synthetic',
    codes: [...codes].map((code) => ({
      code,
      family: familyOf(code),
      scope: 'service',
      zh: `错误 ${code}`,
      en: `Error ${code}`,
    })),
  };
}

export function syntheticTableJson(size: number, families?: number, seed?: number): string {
  return stringifyTableJson(syntheticTable(size, families, seed));
}

/**
 * `count` TypeScript files that call Tencent Cloud the way applications do, built from the catalogue's per-action
 * lists: each makes a client of one product (an SDK client or a CommonClient), calls one to three of its actions
 * in a `try`, a `.catch` or the SDK's callback, and handles some of the codes they document in a switch or an
 * if-else chain. The same files every run (seeded).
 */
export function syntheticGuardedSources(
  count: number,
  products: readonly { product: string; version: string; actions: ReadonlyMap<string, readonly string[] | null> }[],
  seed = 7,
): { file: string; text: string }[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const usable = products
    .map(({ product, version, actions }) => ({
      product,
      version,
      actions: [...actions].filter((entry): entry is [string, readonly string[]] => (entry[1]?.length ?? 0) > 1),
    }))
    .filter((entry) => entry.actions.length > 0);
  const sources: { file: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const { product, version, actions } = pick(usable);
    const shape = random();
    // A try block may hold several calls; a .catch or a callback guards one.
    const calls = Array.from({ length: shape < 0.6 ? 1 + Math.floor(random() * 3) : 1 }, () => pick(actions));
    const codes = [...new Set(calls.flatMap(([, list]) => [pick(list), pick(list)]))];
    const common = random() < 0.3;
    const client = common
      ? `const client = new CommonClient("${product}.tencentcloudapi.com", "${version}", {});`
      : `const client = new tencentcloud.${product}.v${version.replaceAll('-', '')}.Client({});`;
    const call = ([action]: readonly [string, unknown]): string =>
      common ? `client.request("${action}", request)` : `client.${action}(request)`;
    const dispatch =
      random() < 0.5
        ? [
            '    switch (e.code) {',
            ...codes.map((code, n) => `      case '${code}':\n        return report(${n});`),
            '      default:\n        throw e;',
            '    }',
          ].join('\n')
        : `    ${codes.map((code, n) => `if (e.code === '${code}') return report(${n});`).join('\n    else ')}\n    throw e;`;
    const body =
      shape < 0.6
        ? `  try {\n${calls.map((c) => `    await ${call(c)};`).join('\n')}\n  } catch (e) {\n${dispatch}\n  }`
        : shape < 0.9
          ? `  return ${call(calls[0] as [string, unknown])}.catch((e) => {\n${dispatch}\n  });`
          : `  client.${(calls[0] as [string, unknown])[0]}(request, (e, res) => {\n    if (!e) return report(res);\n${dispatch}\n  });`;
    const text = [
      common
        ? 'import { CommonClient } from "tencentcloud-sdk-nodejs-common";'
        : 'import * as tencentcloud from "tencentcloud-sdk-nodejs";',
      client,
      'declare function report(value: unknown): unknown;',
      `export async function step${i}(request: object): Promise<unknown> {`,
      body,
      '  return undefined;',
      '}',
      '',
    ].join('\n');
    sources.push({ file: `app/${product}/step${i}.ts`, text });
  }
  return sources;
}

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

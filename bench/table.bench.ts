import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { distance } from 'fastest-levenshtein';

import { CodeIndex, loadIndex, loadTable } from '../src/table/index.js';
import { syntheticTableJson } from '../tests/support/synthetic.js';
import { compare, heading } from './harness.js';

/** A full linear scan: what nearest() would cost without its index. */
function linearNearest(codes: readonly string[], text: string): string[] {
  const query = text.toLowerCase();
  const k = Math.max(1, Math.floor(query.length / 4));
  return codes
    .map((code) => ({ code, d: distance(query, code.toLowerCase()) }))
    .filter((c) => c.d <= k)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => c.code);
}

export default async function tableBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tce-bench-'));
  try {
    const bigFile = path.join(dir, 'synthetic.json');
    writeFileSync(bigFile, syntheticTableJson(100_000));
    const gaapFile = new URL('../data/gaap.json', import.meta.url);

    heading('table: load (loadIndex vs JSON.parse + new Set of the same file)');
    const rawLoad = (file: string | URL) => () => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { codes: { code: string }[] };
      return new Set(json.codes.map((c) => c.code));
    };
    await compare(
      'table',
      ['load the gaap page table (69 codes)', () => loadIndex([fileURLToPath(gaapFile)])],
      ['JSON.parse + Set, gaap', rawLoad(gaapFile)],
      { repeat: 20 },
    );
    await compare(
      'table',
      ['load synthetic (100,000 codes)', () => loadIndex([bigFile])],
      ['JSON.parse + Set, 100,000', rawLoad(bigFile)],
      { samples: 5 },
    );

    const gaap = loadIndex([fileURLToPath(gaapFile)]);
    const big = new CodeIndex([loadTable(bigFile)]);
    const bigCodes = big.entries.map((e) => e.code);
    const gaapCodes = gaap.entries.map((e) => e.code);
    const bigSet = new Set(bigCodes);
    const probe = bigCodes[54_321] ?? '';
    const typo = `${probe.slice(0, 12)}${probe.slice(13)}`;
    big.nearest(typo); // build the spelling index once, as the first miss in a lint run does

    // 1,000 lookups per sample (half hits, half near-misses), so the timer resolution does not dominate.
    const probes = bigCodes.filter((_, i) => i % 200 === 0).flatMap((code) => [code, `${code}x`]);
    heading('table: membership, 1,000 lookups (index.has vs Set.has)');
    await compare(
      'table',
      ['has(), 100,000 codes', () => probes.filter((p) => big.has(p)).length],
      ['Set.has, 100,000 codes', () => probes.filter((p) => bigSet.has(p)).length],
      { repeat: 20 },
    );

    heading('table: nearest() (index vs a full linear edit-distance scan)');
    await compare(
      'table',
      ['nearest(), gaap', () => gaap.nearest('FailedOperation.ProxyStatusNotInRunning')],
      ['linear scan, gaap', () => linearNearest(gaapCodes, 'FailedOperation.ProxyStatusNotInRunning')],
      { repeat: 20 },
    );
    await compare(
      'table',
      ['nearest(), 100,000 codes', () => big.nearest(typo)],
      ['linear scan, 100,000 codes', () => linearNearest(bigCodes, typo)],
      { samples: 5 },
    );
    await compare(
      'table',
      [
        'first nearest() on a new index (builds the trigram index), 100,000 codes',
        () => new CodeIndex(big.tables).nearest(typo),
      ],
      ['linear scan, 100,000 codes', () => linearNearest(bigCodes, typo)],
      { samples: 3 },
    );
    await compare(
      'table',
      ['nearest() of an unrelated string, 100,000 codes', () => big.nearest('React.Fragment')],
      ['linear scan, 100,000 codes', () => linearNearest(bigCodes, 'React.Fragment')],
      { samples: 5 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

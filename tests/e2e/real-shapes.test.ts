import {
  lintRealShapes,
  type Manifest,
  readManifest,
  realShapeModels,
  type RealShapeReport,
  sameCall,
} from '../support/real-shapes.js';

/**
 * The real-shapes corpus (tests/fixtures/real-shapes/: the call shapes of public code that calls Tencent Cloud,
 * rebuilt in our own words) linted with zero configuration, against its ground truth (manifest.json): the call
 * model knows every file's products and every call's product and action, and the presets report exactly the
 * planted mistakes. `npx tsx scripts/lint-real-shapes.ts` prints the same figures with the reports.
 */
const manifest: Manifest = readManifest();
const files = Object.entries(manifest.files);

/** The planted mistakes a rule should report, as `file:line rule`, sorted (a dispatch once per line). */
function planted(rules: readonly string[]): string[] {
  return files
    .flatMap(([file, entry]) =>
      entry.mistakes
        .filter((m) => m.expect !== null && rules.includes(m.expect))
        .map((m) => `${file}:${m.line} ${m.expect}`),
    )
    .sort();
}

/** The reports of the rules, as `file:line rule`, sorted; a dispatch reported for several families counts once. */
function found(reports: readonly RealShapeReport[], rules: readonly string[]): string[] {
  const lines = reports
    .filter((r) => r.ruleId !== null && rules.includes(r.ruleId))
    .map((r) => `${r.file}:${r.line} ${r.ruleId}`);
  return [...new Set(lines)].sort();
}

const UNKNOWN = 'tencentcloud-errors/no-unknown-error-code';
const IMPOSSIBLE = 'tencentcloud-errors/no-impossible-error-code';
const EXHAUSTIVE = 'tencentcloud-errors/exhaustive-error-handling';

describe('the real-shapes corpus, zero config', () => {
  it('the call model knows the products of every file and the product and action of every call', () => {
    const models = realShapeModels();
    const bare = (name: string): string => name.split('@')[0] ?? name;
    const unknownProducts = files
      .filter(([file, entry]) => {
        const known = new Set((models.get(file)?.products ?? []).map(bare));
        return entry.products.length === 0 ? known.size > 0 : entry.products.some((p) => !known.has(bare(p)));
      })
      .map(([file]) => file);
    const unknownCalls = files.flatMap(([file, entry]) =>
      entry.calls
        .filter((call) => !(models.get(file)?.calls ?? []).some((m) => sameCall(m, call)))
        .map((call) => `${file}:${call.line} ${call.action}`),
    );
    expect(unknownProducts).toEqual([]);
    expect(unknownCalls).toEqual([]);
  });

  it('recommended reports exactly the planted mistakes of its rules', () => {
    const reports = lintRealShapes('recommended');
    expect(reports.filter((r) => r.ruleId === null)).toEqual([]);
    expect(found(reports, [UNKNOWN, IMPOSSIBLE])).toEqual(planted([UNKNOWN, IMPOSSIBLE]));
    expect(reports.filter((r) => r.ruleId === EXHAUSTIVE)).toEqual([]);
  });

  it('strict reports every partial dispatch and nothing else, and the same mistakes as recommended', () => {
    const reports = lintRealShapes('strict');
    expect(found(reports, [EXHAUSTIVE])).toEqual(planted([EXHAUSTIVE]));
    expect(found(reports, [UNKNOWN, IMPOSSIBLE])).toEqual(planted([UNKNOWN, IMPOSSIBLE]));
  });
});

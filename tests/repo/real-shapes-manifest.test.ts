import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  coverage,
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

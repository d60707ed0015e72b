import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { FIXTURES } from '../support/paths.js';

/**
 * Realistic multi-product application code, written for this test (tests/fixtures/real-world/): OCR, SMS, TMT, ASR,
 * CVM through CommonClient, GAAP codes newer than its error-code page, a shared retry list, i18n keys, prefix
 * checks. Eight planted mistakes, each marked `planted:` where it stands, in seven of the files, and one call of an
 * action its product has since dropped (TMT's TextTranslate). With zero config (the recommended preset, no settings)
 * the rules must report exactly these: precision and recall 100%.
 */
const DIR = path.join(FIXTURES, 'real-world');

function lintFile(file: string, preset: 'recommended' | 'strict' = 'recommended'): string[] {
  const text = readFileSync(path.join(DIR, file), 'utf8');
  const languageOptions = file.endsWith('.ts')
    ? { parser: tsParser }
    : { sourceType: text.includes('require(') ? ('commonjs' as const) : ('module' as const) };
  return new Linter()
    .verify(text, [{ files: ['**/*.js', '**/*.ts'], languageOptions }, plugin.configs[preset]], file)
    .map((m) => `${file}:${m.line} ${m.ruleId ?? 'fatal'} ${m.message}`);
}

describe('realistic multi-product code, zero config', () => {
  const files = readdirSync(DIR).sort();
  const reports = files.flatMap((file) => lintFile(file));

  it('lints eight files', () => {
    expect(files).toEqual([
      'asr-callback.js',
      'cvm-common-client.ts',
      'gaap-proxy.ts',
      'messages.ts',
      'ocr-invoice.ts',
      'retry.ts',
      'sms-sender.js',
      'translate.ts',
    ]);
  });

  it('reports exactly the planted mistakes and the dropped action', () => {
    expect(reports).toEqual([
      'asr-callback.js:10 tencentcloud-errors/no-unknown-error-code Tencent Cloud error code "FailedOperation.NoFreeAmount" belongs to TMT; this file calls ASR.',
      'cvm-common-client.ts:13 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "InvalidInstanceId.NotFond". Did you mean "InvalidInstanceId.NotFound" (No instance found.)?',
      'gaap-proxy.ts:18 tencentcloud-errors/no-impossible-error-code Tencent Cloud error code "FailedOperation.CertificateIsUsing" is not one CreateProxy can return (GAAP documents 29 codes for it).',
      'gaap-proxy.ts:20 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "FailedOperation.ProxySelOut". Did you mean "FailedOperation.ProxySellOut" (The line is sold out or resources are insufficient; submit a ticket to apply.)?',
      'ocr-invoice.ts:18 tencentcloud-errors/no-unknown-error-code Tencent Cloud error code "FailedOperation.DownloadError" belongs to BDA, HUNYUAN, VCG and VTC; this file calls OCR. Did you mean "FailedOperation.DownLoadError"?',
      'retry.ts:2 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "InternalEror". Did you mean "InternalError" (Internal error.)?',
      'sms-sender.js:11 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "LimitExceeded.PhoneNumberDailyLimt". Did you mean "LimitExceeded.PhoneNumberDailyLimit" (The number of SMS messages delivered to a single mobile number on the current day exceeds the set…)?',
      'translate.ts:9 tencentcloud-errors/no-removed-action Tencent Cloud API action "TextTranslate" was removed from TMT\'s API in tencentcloud-sdk-go v1.3.130, 2026-07-08.',
      'translate.ts:15 tencentcloud-errors/no-unknown-error-code Tencent Cloud error code "FailedOperation.UserHasNoAmount" belongs to ASR; this file calls TMT.',
    ]);
  });
});

describe('realistic multi-product code, strict preset', () => {
  it('reports the planted mistakes, and the two dispatches that handle part of what their action can return', () => {
    const reports = readdirSync(DIR)
      .sort()
      .flatMap((file) => lintFile(file, 'strict'))
      .filter((report) => report.includes('exhaustive-error-handling'));
    expect(reports).toEqual([
      'gaap-proxy.ts:12 tencentcloud-errors/exhaustive-error-handling This switch handles family "FailedOperation" but misses 4 of the 8 codes of it that CreateProxy can return: "FailedOperation.DuplicatedRequest", "FailedOperation.ProxySellOut", "FailedOperation.TagResourcesFailed", "FailedOperation.UnTagResourcesFailed".',
      'ocr-invoice.ts:17 tencentcloud-errors/exhaustive-error-handling This switch handles family "FailedOperation" but misses 8 of the 9 codes of it that VatInvoiceOCR can return: "FailedOperation.DownLoadError", "FailedOperation.EmptyImageError", "FailedOperation.ImageBlur", "FailedOperation.ImageDecodeFailed", "FailedOperation.ImageNoText" and 3 more.',
    ]);
  });
});

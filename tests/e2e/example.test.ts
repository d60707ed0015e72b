import { readFileSync } from 'node:fs';

import * as prettier from 'prettier';

import { runExample } from '../../examples/gaap-app/run.js';

describe('npm run example', () => {
  it('generates the handlers, lints the app with the rules and dispatches real SDK errors', async () => {
    const lines: string[] = [];
    const before = readFileSync(
      new URL('../../examples/gaap-app/src/create-proxy-errors.generated.ts', import.meta.url),
      'utf8',
    );
    const result = await runExample((line) => lines.push(line));
    const output = lines.join('\n');

    // 1. The generated file: printed, and re-running kept the hand-written bodies byte for byte.
    expect(output).toContain('generated file: examples/gaap-app/src/create-proxy-errors.generated.ts');
    expect(readFileSync(result.generated, 'utf8')).toBe(before);
    expect(before.match(/Hand-written: gen-handlers keeps this body/gu)).toHaveLength(3);
    expect(before).toContain(
      '// gen-handlers-settings: {"tables":["gaap"],"actions":["CreateProxy"],"lang":"en","format":2}',
    );
    expect(before).toContain('return handleGaapCommonError(error as GaapError<typeof info.code>);');
    expect(before).not.toContain("case 'FailedOperation.ActionIsDoing':");
    // The return type written for the handler whose bodies return advice is kept too.
    expect(before).toContain(
      'export function handleCreateProxyError(error: GaapError<CreateProxyErrorCode | GaapCommonErrorCode>): string {\n',
    );
    // Laid out by the repository's Prettier with its options (single quotes, 120 columns), which finds it formatted.
    expect(before).toContain("    case 'FailedOperation.ProxySellOut':\n");
    const options = await prettier.resolveConfig(result.generated, { editorconfig: true });
    expect(await prettier.check(before, { ...options, filepath: result.generated })).toBe(true);

    // 2. The rules' findings, with suggestions where they have them, only in the file of deliberate mistakes.
    expect(result.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([
      ['src/mistakes.ts', 8, 'tencentcloud-errors/no-unknown-error-code'],
      ['src/mistakes.ts', 21, 'tencentcloud-errors/no-impossible-error-code'],
      ['src/mistakes.ts', 34, 'tencentcloud-errors/exhaustive-error-handling'],
    ]);
    const [unknown, impossible, perAction] = result.findings;
    expect(unknown?.message).toContain('"FailedOperation.ProxyStatusNotInRuning"');
    expect(unknown?.suggestions[0]).toContain("'FailedOperation.ProxyStatusNotInRuning'");
    expect(impossible?.message).toBe(
      'Tencent Cloud error code "FailedOperation.CertificateIsUsing" is not one CreateProxy can return (GAAP documents 29 codes for it).',
    );
    expect(perAction?.message).toBe(
      'This switch handles family "AuthFailure" but misses 1 of the 2 codes of it that DescribeProxies can return: "AuthFailure.NotEnterpriseAuthorization".',
    );
    expect(perAction?.suggestions).toEqual([
      `Add a case for each missing "AuthFailure" code, rethrowing until it is handled. (line 38: case 'AuthFailure.NotEnterpriseAuthorization': …)`,
    ]);
    expect(output).toContain('suggestion: ');

    // CONTRIBUTING.md shows what it prints, but for the stand-in's port and the request IDs.
    const contributing = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
    const shown = /<!-- npm run example -->\n\n```text\n([\s\S]*?)```\n/u.exec(contributing)?.[1];
    const printed = output
      .replaceAll(/127\.0\.0\.1:\d+/gu, '127.0.0.1:PORT')
      .replaceAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gu, '<request id>');
    expect(`${printed}\n`).toBe(shown);

    // 3. The real SDK threw TencentCloudSDKHttpException; the generated guards and handlers dispatched it.
    const byCode = new Map(result.outcomes.map((o) => [o.code, o.outcome]));
    const handled = result.outcomes.filter((o) => o.outcome.status === 'handled').map((o) => o.code);
    expect(handled).toEqual([
      'FailedOperation.ProxySellOut',
      'FailedOperation.AccountBalanceInsufficient',
      'InvalidParameterValue.InvalidBandwidth',
    ]);
    expect(byCode.get('FailedOperation.ProxySellOut')?.detail).toMatch(
      /^sold out: retry in another access region \(request [0-9a-f-]{36}\)$/u,
    );
    // The per-action handler: FailedOperation.ActionIsDoing is not a code CreateProxy documents (nor a common code),
    // so isCreateProxyError does not catch it; AuthFailure.SignatureFailure is a common code CreateProxy does not
    // list, so its default hands it to handleGaapCommonError, whose untouched skeleton case rethrows the SDK's own
    // exception.
    for (const code of ['FailedOperation.ActionIsDoing', 'AuthFailure.SignatureFailure']) {
      const outcome = byCode.get(code);
      expect(outcome?.status).toBe('rethrown');
      expect((outcome?.error as Error).constructor.name).toBe('TencentCloudSDKHttpException');
      expect((outcome?.error as { code?: string }).code).toBe(code);
    }
    expect(byCode.get(undefined)).toMatchObject({ status: 'created', detail: 'created link-0123abcd' });
  });
});

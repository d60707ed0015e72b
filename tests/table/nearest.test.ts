import { CodeIndex, loadIndex } from '../../src/table/index.js';
import { parseTableJson } from '../../src/table/json.js';
import { GAAP_PAGE_TABLE } from '../support/gaap-page.js';
import { syntheticTableJson } from '../support/synthetic.js';

describe('nearest()', () => {
  const gaap = loadIndex([GAAP_PAGE_TABLE]);

  it.each([
    ['FailedOperation.ProxyStatusNotInRunning', 'FailedOperation.ProxyStatusNotInRuning'],
    ['failedoperation.limitnumofdomains', 'FailedOperation.LimitNumofDomains'],
    ['FailedOperation.LimitNumOfDomains', 'FailedOperation.LimitNumofDomains'],
    ['FailedOperation.ProxySelOut', 'FailedOperation.ProxySellOut'],
    ['InternalEror', 'InternalError'],
    ['INTERNALERROR', 'InternalError'],
    ['InvalidParameterValue.InvalidTag', 'InvalidParameterValue.InvalidTags'],
    ['AuthFailure.SignatureExpired', 'AuthFailure.SignatureExpire'],
  ])('puts the table spelling first for %s', (typo, best) => {
    expect(gaap.nearest(typo)[0]).toBe(best);
  });

  it('returns the closest codes best first, at most three by default', () => {
    expect(gaap.nearest('FailedOperation.ProxyStatusNotInRunning')).toEqual([
      'FailedOperation.ProxyStatusNotInRuning',
      'FailedOperation.GroupStatusNotInRuning',
      'FailedOperation.InstanceStatusNotInRuning',
    ]);
    expect(gaap.nearest('FailedOperation.ProxyStatusNotInRunning', 1)).toEqual([
      'FailedOperation.ProxyStatusNotInRuning',
    ]);
  });

  it('lets a case-only difference win over a closer-looking edit', () => {
    const index = new CodeIndex([
      {
        service: 'demo',
        origin: 'demo',
        digest: '',
        codes: ['Foo.Abcd', 'Foo.abce'].map((code) => ({
          code,
          family: 'Foo',
          scope: 'service',
          description: { zh: code },
        })),
      },
    ]);
    expect(index.nearest('Foo.abcd')).toEqual(['Foo.Abcd', 'Foo.abce']);
  });

  it.each([
    'React.Fragment',
    'ENOENT',
    'Throttling.User',
    'DNS.0312',
    'type.googleapis.com/google.rpc.ErrorInfo',
    'hello world',
    '',
  ])('finds nothing for the unrelated %j', (text) => {
    expect(gaap.nearest(text)).toEqual([]);
  });

  it('finds the same answers as a full scan on a 100,000-code table', async () => {
    const { distance } = await import('fastest-levenshtein');
    const { codes } = parseTableJson(syntheticTableJson(100_000), 'synthetic.json');
    const index = new CodeIndex([{ service: 'synthetic', origin: 'synthetic', digest: '', codes }]);
    expect(index.size).toBe(100_000);
    const all = codes.map((c) => c.code);
    const probes = [all[17], all[4242], all[99_999], all[50_000]].map((code, i) => {
      const text = code ?? '';
      // One deletion, one substitution, one case change, one insertion.
      return (
        [text.slice(0, 20) + text.slice(21), `${text.slice(0, -3)}x${text.slice(-2)}`, text.toUpperCase(), `${text}s`][
          i
        ] ?? ''
      );
    });
    for (const probe of probes) {
      const folded = probe.toLowerCase();
      const k = Math.max(1, Math.floor(folded.length / 4));
      const scan = all
        .map((code, id) => ({ code, id, d: distance(folded, code.toLowerCase()), e: distance(probe, code) }))
        .filter((c) => c.d <= k)
        .sort((a, b) => a.d - b.d || a.e - b.e || a.id - b.id)
        .slice(0, 3)
        .map((c) => c.code);
      expect(scan.length).toBeGreaterThan(0);
      expect(index.nearest(probe)).toEqual(scan);
    }
  });
});

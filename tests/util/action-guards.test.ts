import { actionsText, guardedCodes } from '../../src/util/index.js';

describe('actionsText', () => {
  it.each<[string[], 'en' | 'zh', string]>([
    [['CreateProxy'], 'en', 'CreateProxy'],
    [['CreateProxy', 'DestroyProxies'], 'en', 'CreateProxy or DestroyProxies'],
    [['A', 'B', 'C', 'D'], 'en', 'A, B, C or D'],
    [['A', 'B', 'C', 'D', 'E'], 'en', 'A, B, C or 2 more actions'],
    [['CreateProxy'], 'zh', 'CreateProxy'],
    [['CreateProxy', 'DestroyProxies'], 'zh', 'CreateProxy 或 DestroyProxies'],
    [['A', 'B', 'C', 'D'], 'zh', 'A、B、C 或 D'],
    [['A', 'B', 'C', 'D', 'E'], 'zh', 'A、B、C 或其他 2 个操作'],
  ])('%j in %s → %s', (actions, lang, want) => {
    expect(actionsText(actions, lang)).toBe(want);
  });
});

describe('guardedCodes', () => {
  it('is the union of what the guarded actions document', () => {
    const known = guardedCodes({ range: [0, 0], table: 'gaap', actions: ['CreateProxy', 'DestroyProxies'] });
    expect(known?.table.service).toBe('gaap');
    expect(known?.documented.size).toBe(34);
    expect(known?.documented.has('FailedOperation.ProxySellOut')).toBe(true);
    expect(known?.documented.has('FailedOperation.ActionIsDoing')).toBe(true);
    expect(known?.documented.has('FailedOperation.CertificateIsUsing')).toBe(false);
  });

  it('is unknown when an action is unknown, has no list, or the table cannot be loaded', () => {
    expect(guardedCodes({ range: [0, 0], table: 'gaap', actions: ['CreateProxy', 'CreateWidget'] })).toBeUndefined();
    expect(guardedCodes({ range: [0, 0], table: 'aca', actions: ['GetDrugIndications'] })).toBeUndefined();
    expect(guardedCodes({ range: [0, 0], table: 'nosuchproduct', actions: ['CreateProxy'] })).toBeUndefined();
  });
});

import { actionsText, guardedCodes } from '../../src/util/index.js';

describe('actionsText', () => {
  it.each([
    [['CreateProxy'], 'CreateProxy'],
    [['CreateProxy', 'DestroyProxies'], 'CreateProxy or DestroyProxies'],
    [['A', 'B', 'C', 'D'], 'A, B, C or D'],
    [['A', 'B', 'C', 'D', 'E'], 'A, B, C or 2 more actions'],
  ])('%j → %s', (actions, want) => {
    expect(actionsText(actions)).toBe(want);
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

import type { CodeTable, TableHistory } from '../../src/table/index.js';
import { loadTable, shippedCatalogue } from '../../src/table/load.js';
import { removalData, removedAction, removedCode } from '../../src/util/index.js';

/** Facts of tencentcloud-sdk-go's history (docs/tables.md, "The history"), as the shipped catalogue records them. */
describe('removedCode', () => {
  const tmt = [loadTable('tmt')];

  it('tells which API version dropped a code, in which release', () => {
    const removed = removedCode(tmt, 'UnsupportedOperation.TextTooLong');
    expect(removed?.table.service).toBe('tmt');
    expect(removed?.removal.in).toEqual({ version: 'v1.3.130', date: '2026-07-08', order: 1628 });
    expect(removalData(removed!)).toEqual({ api: "TMT's API", release: 'v1.3.130', date: '2026-07-08' });
    expect(removalData(removed!, 'zh')).toEqual({ api: 'TMT 的 API', release: 'v1.3.130', date: '2026-07-08' });
  });

  it('knows nothing of a current code, nor of one the product never had', () => {
    expect(removedCode(tmt, 'FailedOperation.NoFreeAmount')).toBeUndefined();
    expect(removedCode(tmt, 'FailedOperation.ProxySellOut')).toBeUndefined();
  });

  it('is no removal where another API version of the products still has the code', () => {
    // SMS 2019-07-11 renamed the code in v1.0.191; SMS 2021-01-11 never had it. With CVM, nothing changes.
    const sms2019 = loadTable('sms@2019-07-11');
    expect(removedCode([sms2019], 'InvalidParameterValue.SdkAppidNotExist')?.removal.renamedTo).toBe(
      'InvalidParameterValue.SdkAppIdNotExist',
    );
    expect(
      removedCode([loadTable('sms'), sms2019, loadTable('cvm')], 'InvalidParameterValue.SdkAppidNotExist')?.table
        .version,
    ).toBe('2019-07-11');
    expect(removedCode([sms2019], 'InvalidParameterValue.SdkAppIdNotExist')).toBeUndefined();
  });

  it('names the API version of a product that has several', () => {
    const es = shippedCatalogue().versionTables('es');
    const removed = removedCode(es, 'FailedOperation.UnsupportResetScaledownAndModifyDisk');
    expect(removalData(removed!)).toEqual({ api: "ES's API (2018-04-16)", release: 'v1.0.667', date: '2023-05-30' });
    expect(removalData(removed!, 'zh').api).toBe('ES 的 API（2018-04-16）');
  });
});

describe('removedAction', () => {
  it('tells which API version dropped an action; a current one is no removal', () => {
    const tmt = [loadTable('tmt')];
    expect(removedAction(tmt, 'TextTranslate')?.removal.in.version).toBe('v1.3.130');
    expect(removedAction(tmt, 'LanguageDetect')?.removal.in).toEqual({
      version: 'v1.3.55',
      date: '2026-03-13',
      order: 1553,
    });
    expect(removedAction(tmt, 'ImageTranslateLLM')).toBeUndefined();
    expect(removedAction(tmt, 'CreateProxy')).toBeUndefined();
  });

  it('reads no history for an action a table still has', () => {
    const unread = (): never => {
      throw new Error('history read');
    };
    const history: TableHistory = {
      code: unread,
      action: unread,
      removedCodes: unread,
      removedActions: unread,
    };
    const table: CodeTable = {
      service: 'widget',
      origin: 'widget',
      digest: '',
      codes: [],
      actions: new Map([['CreateWidget', null]]),
      history,
    };
    expect(removedAction([table], 'CreateWidget')).toBeUndefined();
    expect(() => removedAction([table], 'DeleteWidget')).toThrow('history read');
  });
});

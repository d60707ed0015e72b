import { familyNames, moduleNames, prefixOf } from '../../../src/codegen/ir/names.js';

describe('identifiers', () => {
  it.each([
    [['gaap'], 'Gaap'],
    [['cvm'], 'Cvm'],
    [['gaap', 'cvm'], 'GaapCvm'],
    [['tke2'], 'Tke2'],
    [['9lives'], 'Tc9lives'],
    [[], 'Tencentcloud'],
  ])('service(s) %j → prefix %s', (services, want) => {
    expect(prefixOf(services)).toBe(want);
  });

  it('names the module-wide declarations after the service', () => {
    expect(moduleNames(['gaap'])).toMatchObject({
      codeType: 'GaapErrorCode',
      codeList: 'GAAP_ERROR_CODES',
      isCode: 'isGaapErrorCode',
      error: 'GaapError',
      errorInfoOf: 'gaapErrorInfo',
    });
    expect(moduleNames(['gaap', 'cvm']).codeList).toBe('GAAP_CVM_ERROR_CODES');
  });

  it('names a family as the issue spells it', () => {
    expect(familyNames(['FailedOperation'], moduleNames(['gaap'])).get('FailedOperation')).toEqual({
      codeType: 'GaapFailedOperationCode',
      isError: 'isGaapFailedOperationError',
      handler: 'handleGaapFailedOperation',
    });
  });

  it('makes odd family names valid identifiers and resolves collisions deterministically', () => {
    const families = ['failedOperation', 'FailedOperation', 'Error', 'Error_2', 'auth_failure', 'Bad-Name', '错误'];
    const names = familyNames(families, moduleNames(['gaap']));
    const handlers = Object.fromEntries(families.map((f) => [f, names.get(f)?.handler]));
    expect(handlers).toEqual({
      // Code-point order decides who gets the plain name: 'FailedOperation' < 'failedOperation'.
      FailedOperation: 'handleGaapFailedOperation',
      failedOperation: 'handleGaapFailedOperation_2',
      // 'GaapErrorCode' is the union of every code, so the family Error needs a suffix.
      Error: 'handleGaapError_2',
      Error_2: 'handleGaapError_2_2',
      auth_failure: 'handleGaapAuth_failure',
      'Bad-Name': 'handleGaapBadName',
      错误: 'handleGaapFamily',
    });
    const all = [...names.values()].flatMap((n) => Object.values(n));
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/u);
    expect(familyNames([...families].reverse(), moduleNames(['gaap']))).toEqual(names);
  });
});

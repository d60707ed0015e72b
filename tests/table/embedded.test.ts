import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { embeddedTableNames, loadIndex, loadTable, tableDigest, TableError } from '../../src/table/index.js';
import { isEmbeddedSpec, shippedCatalogue } from '../../src/table/load.js';
import { ROOT } from '../support/paths.js';

const DATA = path.join(ROOT, 'data');

describe('the shipped catalogue', () => {
  it('records the SDK releases it was imported from, and holds every product of the SDK', () => {
    const index = shippedCatalogue().index();
    expect(index.sdk).toEqual([
      { name: 'tencentcloud-sdk-go', version: '1.3.166', commit: '144f6c8d39e410da77a70472f1416e9903740593' },
      { name: 'tencentcloud-sdk-go-intl-en', version: '3.0.1474', commit: 'badc16e87d32730bcf830deeaefcaaf0039395d8' },
    ]);
    expect(index.pages).toEqual({ gaap: 'gaap.json' });
    expect(index.counts).toEqual({
      products: 258,
      apiVersions: 296,
      codes: 16944,
      distinctCodes: 11868,
      codesWithEnglish: 9423,
      actions: 15210,
      actionsWithList: 15057,
      actionCodes: 136028,
      commonCodes: 38,
    });
    expect(shippedCatalogue().products()).toHaveLength(258);
    expect(index.products['es']).toEqual(['2018-04-16', '2025-01-01']);
  });

  it('stays within its size budget (6 MB unpacked)', () => {
    const dir = path.join(DATA, 'catalogue');
    const bytes =
      readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0) +
      statSync(path.join(DATA, 'common.json')).size;
    expect(bytes).toBeLessThan(6_000_000);
  });
});

describe('embedded names', () => {
  it('gaap is the page, the SDK and the common codes: 115 codes', () => {
    const gaap = loadTable('gaap');
    expect(gaap).toMatchObject({ service: 'gaap', version: '2018-05-29', origin: 'gaap' });
    expect(gaap.codes).toHaveLength(115);
    const byProvenance = new Map<string, number>();
    for (const { provenance } of gaap.codes)
      byProvenance.set(provenance ?? '', (byProvenance.get(provenance ?? '') ?? 0) + 1);
    expect(Object.fromEntries(byProvenance)).toEqual({ both: 54, page: 15, sdk: 34, common: 12 });
    expect(gaap.codes.filter((e) => e.scope === 'common')).toHaveLength(38);
  });

  it('keeps the page-only GAAP codes, marked absent from the current SDK, with our English', () => {
    const entry = loadIndex(['gaap']).get('FailedOperation.LimitNumofDomains');
    expect(entry).toEqual({
      code: 'FailedOperation.LimitNumofDomains',
      family: 'FailedOperation',
      scope: 'service',
      description: { zh: '域名的数量超过限制。', en: 'The number of domain names exceeds the limit.' },
      provenance: 'page',
    });
  });

  it('gives every GAAP action its codes', () => {
    const actions = loadTable('gaap').actions;
    expect(actions?.size).toBe(102);
    expect(actions?.get('CreateProxy')).toHaveLength(29);
    expect(actions?.get('DescribeProxies')).toEqual([
      'AuthFailure',
      'AuthFailure.NotEnterpriseAuthorization',
      'AuthFailure.UnauthorizedOperation',
      'FailedOperation',
      'FailedOperation.UserNotConfirmProtocol',
      'InternalError',
      'InvalidParameter',
      'InvalidParameterValue',
      'MissingParameter',
      'ResourceNotFound',
      'ResourceUnavailable',
      'ResourceUnavailable.AccountViolation',
      'UnknownParameter',
    ]);
  });

  it('loads a product at a named API version; the bare name is the newest', () => {
    expect(loadTable('cvm@2017-03-12')).toMatchObject({ service: 'cvm', version: '2017-03-12' });
    expect(loadTable('cvm').version).toBe('2017-03-12');
    expect(loadTable('es').version).toBe('2025-01-01');
    expect(loadTable('es@2018-04-16').codes.filter((e) => e.scope === 'service').length).toBeGreaterThan(200);
    expect(loadIndex(['cvm']).has('InvalidInstanceId.NotFound')).toBe(true);
  });

  it('loads the common table: the 38 current common codes, each with Chinese and English', () => {
    const common = loadTable('common');
    expect(common.codes).toHaveLength(38);
    expect(common.codes.every((e) => e.scope === 'common' && e.description.en !== undefined)).toBe(true);
    expect(common.codes.find((e) => e.code === 'ActionOffline')?.description).toEqual({
      zh: '接口已下线。',
      en: 'The API has been taken offline.',
    });
  });

  it('lists common, the products and product@version names; all are embedded specs', () => {
    const names = embeddedTableNames();
    expect(names).toHaveLength(1 + 258 + 296);
    expect(names).toContain('common');
    expect(names).toContain('gaap');
    expect(names).toContain('gaap@2018-05-29');
    expect(names.every(isEmbeddedSpec)).toBe(true);
    expect(isEmbeddedSpec('cvm@2017-03-12')).toBe(true);
    expect(isEmbeddedSpec('tables/cvm.json')).toBe(false);
  });

  it('digests the product file bytes', () => {
    const bytes = readFileSync(path.join(DATA, 'catalogue', 'gaap.json'));
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(tableDigest('gaap')).toBe(expected);
    expect(tableDigest('gaap@2018-05-29')).toBe(expected);
    expect(loadTable('gaap').digest).toBe(expected);
  });

  it.each([
    [
      'gaaap',
      'gaaap: unknown embedded table "gaaap" (did you mean "gaap"? the catalogue has 258 products and "common"; a table file must end in .json or .md)',
    ],
    ['cvm@2099-01-01', 'cvm@2099-01-01: cvm has no API version "2099-01-01" (it has "2017-03-12")'],
  ])('names an unknown table without listing the catalogue: %s', (spec, message) => {
    expect(() => loadTable(spec)).toThrow(TableError);
    expect(() => loadTable(spec)).toThrow(message);
    expect(() => tableDigest(spec)).toThrow(message);
  });
});

describe('25 products sampled at random (seeded), each with a real code and a one-letter typo of it', () => {
  // Sampled once by a seeded script; the codes and typos are written out here, not computed.
  it.each([
    ['advisor', 'InternalError.DependsDb', 'InternarError.DependsDb'],
    ['anicloud', 'UnsupportedRegion', 'UnsspportedRegion'],
    ['api', 'DryRunOperation', 'DryRuyOperation'],
    ['bh', 'UnauthorizedOperation.NoPermission', 'UnarthorizedOperation.NoPermission'],
    ['ca', 'InvalidFilter', 'InvaliwFilter'],
    ['captcha', 'UnauthorizedOperation.Unauthorized', 'UnauthorizedOperation.Unauthohized'],
    ['ccc', 'LimitExceeded.BasePackageExpired', 'LimitExceeded.BasePahkageExpired'],
    ['cdwdoris', 'UnknownParameter', 'UnqnownParameter'],
    ['chdfs', 'FailedOperation.AccessGroupBound', 'FailedOperatifn.AccessGroupBound'],
    ['cloudapp', 'InternalError.FailToSign', 'InternalError.FaivToSign'],
    ['cngw', 'InternalError.QueryError', 'IntxrnalError.QueryError'],
    ['ctsdb', 'AuthFailure', 'AukhFailure'],
    ['ecc', 'ResourceNotFound.ServerNameNotExistInLicenseError', 'ResourceNjtFound.ServerNameNotExistInLicenseError'],
    ['ess', 'InvalidParameter.AuthorizationType', 'InvalidParameter.AuthorizatienType'],
    ['irp', 'OperationDenied', 'OperafionDenied'],
    ['live', 'InvalidParameter.DomainIsLimited', 'InvalidParbmeter.DomainIsLimited'],
    ['omics', 'InvalidParameterValue.TableDataTypeLengthMismatch', 'InvalidParameterValue.TableDataTypeLengtxMismatch'],
    ['partners', 'UnsupportedOperation', 'UnsupportedOperatibn'],
    ['tag', 'FailedOperation.ProjectNumExceed', 'FaileeOperation.ProjectNumExceed'],
    ['tdai', 'AuthFailure', 'AuthFrilure'],
    ['tiia', 'FailedOperation.NoBodyInPhoto', 'FailedOperatzon.NoBodyInPhoto'],
    ['tse', 'ResourceUnavailable.NotPurchased', 'ResourceUnaxailable.NotPurchased'],
    [
      'vod',
      'ResourceNotFound.IncrementalMigrationStrategyNotFound',
      'ResourceNotFound.IncrementalMigrationStrateguNotFound',
    ],
    ['wss', 'InternalError.DomainInternalError', 'InternaoError.DomainInternalError'],
    ['yunsou', 'FailedOperation.UploadDataApiFail', 'FailedOperation.UploadDataApiFaiu'],
  ])('%s knows %s and suggests it first for %s', (product, code, typo) => {
    const index = loadIndex([product]);
    expect(index.has(code)).toBe(true);
    expect(index.has(typo)).toBe(false);
    expect(index.nearest(typo)[0]).toBe(code);
  });
});

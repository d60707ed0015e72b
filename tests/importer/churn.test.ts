import { rmSync } from 'node:fs';

import { buildCatalogue } from '../../src/importer/catalogue-build.js';
import { apiChurn, formatChanges, formatChurn, monthsBefore, productChanges } from '../../src/importer/churn.js';
import { Catalogue } from '../../src/table/catalogue.js';
import { historyInputs, writeCatalogue } from '../support/history-catalogue.js';

describe('monthsBefore', () => {
  it.each([
    ['2026-08-21', 6, '2026-02-21'],
    ['2026-08-21', 12, '2025-08-21'],
    ['2026-08-31', 6, '2026-02-28'],
    ['2024-08-31', 6, '2024-02-29'],
    ['2026-03-15', 6, '2025-09-15'],
  ])('%s minus %i months is %s', (date, months, want) => {
    expect(monthsBefore(date, months)).toBe(want);
  });
});

/**
 * The fixture history (tests/support/history-catalogue.ts): widget 2021-01-01 over v1.0.0 (2023-05-01), v1.1.0
 * (2023-10-01) and v1.2.0 (2024-03-01). The windows end at v1.2.0: 6 months after 2023-09-01, 12 after 2023-03-01.
 */
describe('apiChurn', () => {
  let dir = '';
  let catalogue: Catalogue;
  beforeAll(() => {
    dir = writeCatalogue(buildCatalogue(historyInputs()));
    catalogue = new Catalogue(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("counts each product's gains and losses in each window, v1.0.0's arrivals in 12 months only", () => {
    expect(apiChurn(catalogue)).toEqual({
      newest: { version: 'v1.2.0', date: '2024-03-01', order: 2 },
      starts: ['2023-09-01', '2023-03-01'],
      products: [
        {
          product: 'widget',
          // v1.0.0: 5 codes (FailedOperation, …WidgetSoldout, InternalError, LimitExceeded.Old, ResourceNotFound.Widget)
          // and 3 actions; v1.1.0: +WidgetSoldOut −WidgetSoldout −Old, +UploadWidgetImage −RetireWidget; v1.2.0: +WidgetQuota.
          codes: { added: [2, 7], removed: [2, 2] },
          actions: { added: [1, 4], removed: [1, 1] },
        },
      ],
      productCount: 3,
    });
  });

  it("lists one product's changes by release, then kind and name", () => {
    const changes = productChanges(catalogue, 'widget', '2023-09-01');
    expect(formatChanges('widget', changes, '2023-09-01')).toBe(
      `widget: 6 changes after 2023-09-01
  2023-10-01 v1.1.0  - action RetireWidget (2021-01-01)
  2023-10-01 v1.1.0  + action UploadWidgetImage (2021-01-01)
  2023-10-01 v1.1.0  + code FailedOperation.WidgetSoldOut (2021-01-01)
  2023-10-01 v1.1.0  - code FailedOperation.WidgetSoldout (2021-01-01)
  2023-10-01 v1.1.0  - code LimitExceeded.Old (2021-01-01)
  2024-03-01 v1.2.0  + code LimitExceeded.WidgetQuota (2021-01-01)
`,
    );
  });

  it('prints what it covers and a Markdown table', () => {
    expect(formatChurn(apiChurn(catalogue)!, 'tencentcloud-sdk-go')).toBe(
      `API changes in the 6 and 12 months up to tencentcloud-sdk-go v1.2.0 (2024-03-01), the newest release in the
catalogue's history: after 2023-09-01 and after 2023-03-01. The windows end at that release, not today, so the
report is the same on any day. 1 of 3 products changed in the 12 months:

| product | codes, 6 months | codes, 12 months | actions, 6 months | actions, 12 months |
| --- | --- | --- | --- | --- |
| widget | +2 −2 | +7 −2 | +1 −1 | +4 −1 |
`,
    );
  });
});

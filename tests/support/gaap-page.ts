import path from 'node:path';

import { ROOT } from './paths.js';

/**
 * The GAAP table made from the seed error-code page alone (69 codes), as a table file. Suites that test the rules'
 * and the generator's mechanics on GAAP data use it rather than the embedded `gaap` (the page ∪ the SDK ∪ the
 * common codes), so that their expected messages do not change each time the catalogue is refreshed from the SDK.
 */
export const GAAP_PAGE_TABLE = path.join(ROOT, 'data', 'gaap.json');

/** Shared settings naming the page table. */
export const GAAP_PAGE_SETTINGS = { 'tencentcloud-errors': { tables: [GAAP_PAGE_TABLE] } };

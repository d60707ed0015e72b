import { readFileSync } from 'node:fs';
import path from 'node:path';

import { importPageToJson, parseEnglishDescriptions } from '../../src/importer/import.js';
import { loadIndex, loadTable } from '../../src/table/index.js';
import { parseCodePage } from '../../src/table/markdown.js';
import { GAAP_PAGE_TABLE } from '../support/gaap-page.js';
import { ROOT } from '../support/paths.js';

const PAGE = 'data/sources/gaap-error-codes.md';
const ENGLISH = 'data/sources/gaap.en.json';
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

describe('the GAAP page table (data/gaap.json; the embedded gaap adds the SDK and the common codes)', () => {
  const index = loadIndex([GAAP_PAGE_TABLE]);

  it('holds exactly the 69 distinct codes of the seed page', () => {
    const pageCodes = new Set(parseCodePage(read(PAGE), PAGE).map((row) => row.entry.code));
    expect(pageCodes.size).toBe(69);
    expect(index.size).toBe(69);
    expect(new Set(index.entries.map((e) => e.code))).toEqual(pageCodes);
  });

  it('is what the importer makes of the page (data/gaap.json cannot drift from its source)', () => {
    const fresh = importPageToJson(read(PAGE), PAGE, {
      service: 'gaap',
      version: '2018-05-29',
      source: 'sources/gaap-error-codes.md',
      english: parseEnglishDescriptions(read(ENGLISH), ENGLISH),
    });
    expect(fresh).toBe(read('data/gaap.json'));
  });

  it('gives every code a non-empty Chinese and English description without Markdown syntax', () => {
    for (const { code, description } of index.entries) {
      expect(description.zh.trim(), code).not.toBe('');
      expect(description.en?.trim(), code).toBeTruthy();
      for (const text of [description.zh, description.en ?? '']) {
        expect(text, code).not.toMatch(/\[[^\]]*\]\(|\*\*|__|`|<[a-z/]|^#|\|/u);
      }
    }
  });

  it('turns the CAM link of AuthFailure.UnauthorizedOperation into plain text', () => {
    expect(index.get('AuthFailure.UnauthorizedOperation')?.description.zh).toBe(
      '请求未授权。请参考 CAM 文档对鉴权的说明。',
    );
  });

  it('has the family sizes of the page', () => {
    expect(index.codesOf('FailedOperation')).toHaveLength(32);
    expect(index.codesOf('FailedOperation')).toContain('FailedOperation');
    expect(index.codesOf('AuthFailure')).toHaveLength(7);
    // The page lists the bare InvalidParameterValue in both tables: 14 rows, 13 distinct codes.
    const rows = read(PAGE)
      .split('\n')
      .filter((line) => line.startsWith('| InvalidParameterValue'));
    expect(rows).toHaveLength(14);
    expect(index.codesOf('InvalidParameterValue')).toHaveLength(13);
  });

  it('keeps one entry for a code in both tables: scope common, the common description', () => {
    const entry = index.get('FailedOperation');
    expect(entry).toEqual({
      code: 'FailedOperation',
      family: 'FailedOperation',
      scope: 'common',
      description: { zh: '操作失败。', en: 'The operation failed.' },
    });
    expect(index.get('UnsupportedOperation')?.description.zh).toBe('操作不支持。');
    expect(index.get('FailedOperation.ProxySellOut')?.scope).toBe('service');
  });

  it('answers membership, families and sorted family codes', () => {
    expect(index.has('FailedOperation.ProxySellOut')).toBe(true);
    expect(index.has('failedoperation.proxysellout')).toBe(false);
    expect(index.familyOf('FailedOperation.ProxySellOut')).toBe('FailedOperation');
    expect(index.familyOf('InternalError')).toBe('InternalError');
    expect(index.families()).toEqual([...index.families()].sort());
    expect(index.families()).toContain('InternalError');
    expect(index.families()).toHaveLength(new Set(index.entries.map((e) => e.family)).size);
    const codes = index.codesOf('InvalidParameterValue');
    expect(codes[0]).toBe('InvalidParameterValue');
    expect(codes).toEqual([...codes].sort());
    expect(index.codesOf('NoSuchFamily')).toEqual([]);
  });

  it('loads the page directly with the same codes, scopes and Chinese descriptions', () => {
    const fromPage = loadTable(PAGE, { cwd: ROOT });
    const fromJson = loadTable(GAAP_PAGE_TABLE);
    expect(fromPage.service).toBe('gaap');
    expect(fromJson.version).toBe('2018-05-29');
    expect(
      fromPage.codes.map(({ code, family, scope, description }) => ({ code, family, scope, zh: description.zh })),
    ).toEqual(
      fromJson.codes.map(({ code, family, scope, description }) => ({ code, family, scope, zh: description.zh })),
    );
    expect(fromJson.digest).toMatch(/^[0-9a-f]{64}$/u);
  });
});

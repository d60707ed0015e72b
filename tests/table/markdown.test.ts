import { TableError } from '../../src/table/index.js';
import { tableOfBytes } from '../../src/table/load.js';

/**
 * The error-code page reader: tables wherever the page puts them are read (a block quote, a list item) or refused
 * with a line (an HTML table), never skipped; a page cut short is refused; a page that is no error-code page echoes
 * nothing of itself.
 */
function read(text: string): string[] | string {
  try {
    return tableOfBytes(Buffer.from(text, 'utf8'), 'page.md').codes.map(
      (c) => `${c.code} ${c.scope} ${c.description.zh}`,
    );
  } catch (error) {
    if (error instanceof TableError) return error.message;
    throw error;
  }
}

const TABLE = '| 错误码 | 说明 |\n|---|---|\n| FailedOperation | 操作失败。 |\n';

describe('tables anywhere in the page are read', () => {
  it.each([
    [
      'in a block quote',
      `${TABLE}\n> | 错误码 | 说明 |\n> |---|---|\n> | FailedOperation.Quoted | 引用。 |\n`,
      ['FailedOperation service 操作失败。', 'FailedOperation.Quoted service 引用。'],
    ],
    [
      'in a list item',
      `${TABLE}\n- 列表：\n\n  | 错误码 | 说明 |\n  |---|---|\n  | FailedOperation.Listed | 列表。 |\n`,
      ['FailedOperation service 操作失败。', 'FailedOperation.Listed service 列表。'],
    ],
    [
      'under a heading of common codes, in a quote',
      `### 公共错误码\n\n> | Error Code | Description |\n> |---|---|\n> | AuthFailure | **认证**失败，见 [CAM](https://example.com)。 |\n`,
      ['AuthFailure common 认证失败，见 CAM。'],
    ],
    [
      'cells with inline code, HTML and an image',
      '| 错误码 | 说明 |\n|---|---|\n| `FailedOperation` | <b>失败</b> ![图](x.png)。 |\n',
      ['FailedOperation service 失败 图。'],
    ],
  ])('%s', (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('what a page cannot hold is refused with its line', () => {
  it.each([
    [
      'an HTML table',
      `${TABLE}\n<table><tr><th>错误码</th><th>说明</th></tr>\n<tr><td>FailedOperation.Html</td><td>网页。</td></tr></table>\n`,
      'page.md:5: an HTML table; write the codes as a Markdown table with the columns 错误码 | 说明',
    ],
    [
      'a row cut in its description',
      '| 错误码 | 说明 |\n|---|---|\n| FailedOperation | 操作失败。 |\n| LimitExceeded | 超',
      'page.md:4: this row does not end with "|" as the header row does; is the page cut short?',
    ],
    [
      'a header row without its |---| line',
      `${TABLE}\n### 业务错误码\n\n| 错误码 | 说明 |\n`,
      'page.md:7: a line that starts with "|" but belongs to no table (a table needs a header row, a |---|---| line under it and its rows); is the page cut short?',
    ],
    [
      'a page that ends with a heading',
      `${TABLE}\n### 业务错`,
      'page.md:5: the page ends with this heading and nothing under it; is it cut short?',
    ],
    [
      'a header row and no codes',
      '| 错误码 | 说明 |\n|---|---|\n',
      'page.md:1: the error-code table has a header row but no codes',
    ],
    [
      'a row without a description',
      '| 错误码 | 说明 |\n|---|---|\n| FailedOperation |\n',
      'page.md:3: the description of "FailedOperation" is empty',
    ],
    [
      'a second table with other columns, on an error-code page',
      `${TABLE}\n| 参数 | 类型 |\n|---|---|\n| Name | String |\n`,
      'page.md:5: table has the columns "参数 | 类型"; expected "错误码 | 说明" (error code, description)',
    ],
  ])('%s', (_, text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a Markdown file that is no error-code page', () => {
  it.each([
    [
      'a table of secrets: its columns are not echoed',
      '# Notes\n\n| Password | Value |\n|---|---|\n| hunter2 | yes |\n',
      'page.md:3: this table has no "错误码 | 说明" columns, and no table of the file has them: is it an error-code page?',
    ],
    [
      'no table at all: named by its last line',
      '# Notes\n\nhunter2\n',
      'page.md:3: the page ends here without an error-code table (expected a Markdown table with the columns "错误码 | 说明")',
    ],
    [
      'an empty file',
      '',
      'page.md:1: the page ends here without an error-code table (expected a Markdown table with the columns "错误码 | 说明")',
    ],
  ])('%s', (_, text, want) => {
    expect(read(text)).toBe(want);
  });
});

import path from 'node:path';

import { formatWarning, readSdkTree } from '../../src/importer/sdk-tree.js';
import { TableError } from '../../src/table/table-error.js';
import { FIXTURES } from '../support/paths.js';

const TREE = path.join(FIXTURES, 'sdk-tree');
const ZH = path.join(TREE, 'zh', 'tencentcloud');
const EN = path.join(TREE, 'en', 'tencentcloud');

describe('readSdkTree', () => {
  const tree = readSdkTree(path.join(TREE, 'zh'));

  it('finds the tencentcloud folder, the SDK release and every product version in code-point order', () => {
    expect(tree.root).toBe(ZH);
    expect(tree.sdkVersion).toBe('9.8.7');
    expect(tree.apiVersions.map((v) => `${v.product}@${v.version}`)).toEqual([
      'broken@2023-03-03',
      'hollow@2022-02-02',
      'widget@2020-01-01',
      'widget@2021-01-01',
    ]);
  });

  it('reads the codes of errors.go with the comment lines above each, joined', () => {
    const widget = tree.apiVersions.find((v) => v.product === 'widget' && v.version === '2021-01-01');
    expect(widget?.codes).toEqual([
      { code: 'FailedOperation', description: '操作失败。', line: 9 },
      { code: 'FailedOperation.WidgetSoldOut', description: '部件已售罄， 请稍后再试。', line: 13 },
      { code: 'InternalError', description: '内部错误。', line: 16 },
      { code: 'LimitExceeded.WidgetQuota', description: '部件数量超过限制。', line: 19 },
      { code: 'ResourceNotFound.Widget', description: '部件不存在。', line: 22 },
    ]);
  });

  it('reads each action of client.go once, with its code list or null when it has none', () => {
    const widget = tree.apiVersions.find((v) => v.product === 'widget' && v.version === '2021-01-01');
    expect(widget?.actions).toEqual([
      { name: 'DescribeWidgets', codes: null, line: 7 },
      {
        name: 'CreateWidget',
        codes: [
          'ResourceNotFound.Widget',
          'LimitExceeded.WidgetQuota',
          'FailedOperation.WidgetSoldOut',
          'InternalError',
        ],
        line: 25,
      },
      { name: 'UploadWidgetImage', codes: ['InternalError'], line: 46 },
    ]);
  });

  it('keeps going past an empty errors.go, a malformed, repeated or undescribed code and an unknown action code', () => {
    expect(tree.warnings.map(formatWarning)).toEqual([
      `${ZH}/broken/v20230303/client.go:12: Fix lists "ResourceNotFound.Ghost", which errors.go lacks; skipped`,
      `${ZH}/broken/v20230303/errors.go:9: skipped the code "InternalError.", which is not of the form Family or Family.Segment (letters, digits, "_" and "-", separated by single dots); 1 action list in client.go drop it too`,
      `${ZH}/broken/v20230303/errors.go:15: skipped a second "InternalError.Backend" (first on line 12)`,
      `${ZH}/broken/v20230303/errors.go:17: no description comment above "MissingParameter.Name"; the code stands in for its description`,
      `${ZH}/hollow/v20220202/errors.go: no error codes: hollow 2022-02-02 has no codes of its own`,
    ]);
    const broken = tree.apiVersions.find((v) => v.product === 'broken');
    expect(broken?.codes.map((c) => c.code)).toEqual(['InternalError.Backend', 'MissingParameter.Name']);
    expect(broken?.actions).toEqual([{ name: 'Fix', codes: ['InternalError.Backend'], line: 12 }]);
    expect(tree.apiVersions.find((v) => v.product === 'hollow')).toEqual({
      product: 'hollow',
      version: '2022-02-02',
      codes: [],
      actions: [{ name: 'Ping', codes: null, line: 7 }],
    });
  });

  it('reads the English twin without action lists, an empty comment meaning no English rather than a warning', () => {
    const english = readSdkTree(EN, { actions: false, warnUndescribed: false });
    expect(english.sdkVersion).toBe('3.2.1');
    expect(english.warnings).toEqual([]);
    const widget = english.apiVersions.find((v) => v.version === '2021-01-01');
    expect(widget?.actions).toEqual([]);
    expect(widget?.codes.map((c) => [c.code, c.description])).toEqual([
      ['FailedOperation', 'The operation failed.'],
      ['FailedOperation.WidgetSoldOut', 'The widget is sold out; try again later.'],
      ['InternalError', ''],
      ['ResourceNotFound.Widget', 'The widget does not exist.'],
    ]);
  });

  it('refuses a folder that is not an SDK checkout, naming it', () => {
    const dir = path.join(FIXTURES, 'tables');
    expect(() => readSdkTree(dir)).toThrow(TableError);
    expect(() => readSdkTree(dir)).toThrow(
      `${dir}: not a tencentcloud-sdk-go checkout (expected a tencentcloud/ folder with common/ in it)`,
    );
  });
});

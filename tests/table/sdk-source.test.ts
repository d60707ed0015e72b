import { type CodeTable, loadTable } from '../../src/table/index.js';
import { FIXTURES } from '../support/paths.js';

const cwd = `${FIXTURES}sdk`;
const GO = 'tencentcloud/demo/v20200101/errors.go';
const PY = 'tencentcloud/demo/v20200101/errorcodes.py';
const codesOf = (table: CodeTable) => table.codes;

describe('SDK error-code files', () => {
  it('read a Go errors.go and a Python errorcodes.py as the same table as the equivalent page', () => {
    const page = loadTable('demo-error-codes.md', { cwd });
    const go = loadTable(GO, { cwd });
    const python = loadTable(PY, { cwd });
    expect(codesOf(go)).toEqual(codesOf(page));
    expect(codesOf(python)).toEqual(codesOf(page));
    expect(codesOf(page)).toHaveLength(5);
    expect(go.codes[1]).toEqual({
      code: 'FailedOperation.WidgetSoldOut',
      family: 'FailedOperation',
      scope: 'service',
      description: { zh: '部件已售罄， 请稍后再试。' },
    });
  });

  it('take the service and API version from the SDK path', () => {
    expect(loadTable(GO, { cwd })).toMatchObject({ service: 'demo', version: '2020-01-01' });
    expect(loadTable(PY, { cwd })).toMatchObject({ service: 'demo', version: '2020-01-01' });
    expect(loadTable('demo-error-codes.md', { cwd }).service).toBe('demo');
  });

  it.each([
    ['bad/space.go', 'bad/space.go:2: the code "Failed Operation" contains white space'],
    ['bad/no-comment.py', 'bad/no-comment.py:1: no description comment above "FailedOperation"'],
    [
      'bad/empty.py',
      "bad/empty.py: no error codes found (expected lines such as NAME = 'Family.Code' with a comment above)",
    ],
  ])('name the file and line of a problem: %s', (spec, message) => {
    expect(() => loadTable(spec, { cwd })).toThrow(message);
  });
});

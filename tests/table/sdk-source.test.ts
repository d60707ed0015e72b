import { type CodeTable, loadTable, TableError } from '../../src/table/index.js';
import { tableOfBytes } from '../../src/table/load.js';
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
    ['bad/space.go', 'bad/space.go:5: the code "Failed Operation" contains white space'],
    ['bad/no-comment.py', 'bad/no-comment.py:1: no description comment above "FailedOperation"'],
    [
      'bad/empty.py',
      "bad/empty.py:1: the file ends here without an error code (expected constants such as NAME = 'Family.Code' with a comment above)",
    ],
  ])('name the file and line of a problem: %s', (spec, message) => {
    expect(() => loadTable(spec, { cwd })).toThrow(message);
  });
});

/** The codes a text gives as the named SDK file, or the message it is refused with. */
function read(file: string, text: string): string[] | string {
  try {
    return tableOfBytes(Buffer.from(text, 'utf8'), file).codes.map((c) => `${c.code} ${c.description.zh}`);
  } catch (error) {
    if (error instanceof TableError) return error.message;
    throw error;
  }
}

const ERRORS_GO = 'tencentcloud/demo/v20200101/errors.go';
const ERRORCODES_PY = 'tencentcloud/demo/v20200101/errorcodes.py';
const GO_HEAD = 'package v20200101\n\nconst (\n\t// 操作失败。\n\tFAILEDOPERATION = "FailedOperation"\n)\n';
const GO_EXPECTED = 'expected NAME = "Family.Code" (a constant set to a code string); this';
const PY_EXPECTED = "expected NAME = 'Family.Code' (a constant set to a code string); this";

describe('the errors.go reader parses, it does not guess', () => {
  it.each([
    [
      'a code inside a block comment is no code',
      `${GO_HEAD}\n/*\n\t// 旧的。\n\tOLD = "FailedOperation.Old"\n*/\n`,
      ['FailedOperation 操作失败。'],
    ],
    [
      'a constant line inside a string is no code',
      'package v1\n\nconst (\n\t// 说明：写作 `X = "FailedOperation.InString"`。\n\tFAILEDOPERATION = "FailedOperation"\n)\n',
      ['FailedOperation 说明：写作 `X = "FailedOperation.InString"`。'],
    ],
    [
      'a raw string and a comment after the constant',
      'package v1\n\nconst (\n\t// 甲。\n\tA = `FailedOperation.A` // note\n\t// 乙。\n\tB = "FailedOperation.B"; // semicolon\n)\n',
      ['FailedOperation.A 甲。', 'FailedOperation.B 乙。'],
    ],
    [
      'a const declaration of its own, and two const blocks',
      'package v1\n\n// 甲。\nconst A = "FailedOperation.A"\n\nconst (\n\t// 乙。\n\tB = "FailedOperation.B"\n)\n\nconst (\n\t// 丙。\n\tC = "FailedOperation.C"\n)\n',
      ['FailedOperation.A 甲。', 'FailedOperation.B 乙。', 'FailedOperation.C 丙。'],
    ],
    [
      'a code in a map literal',
      `${GO_HEAD}\nvar m = map[string]string{\n\t// 映射。\n\tKEY: "FailedOperation.InMap",\n}\n`,
      `${ERRORS_GO}:8: ${GO_EXPECTED} line declares a variable, which an errors.go does not`,
    ],
    [
      'a code in func init()',
      `${GO_HEAD}\nfunc init() {\n\t// 初始化。\n\tX = "FailedOperation.InInit"\n}\n`,
      `${ERRORS_GO}:8: ${GO_EXPECTED} line declares a function, which an errors.go does not`,
    ],
    [
      'a constant set to another one',
      'package v1\n\nconst (\n\t// 操作失败。\n\tFAILEDOPERATION = "FailedOperation"\n\t// 别名。\n\tALIAS = FAILEDOPERATION\n)\n',
      `${ERRORS_GO}:7: ${GO_EXPECTED} constant is set to another name, not to a code string`,
    ],
    [
      'iota',
      'package v1\n\nconst (\n\t// 数。\n\tN = iota\n)\n',
      `${ERRORS_GO}:5: ${GO_EXPECTED} constant is set to another name, not to a code string`,
    ],
    [
      'a constant that repeats the one above',
      'package v1\n\nconst (\n\t// 甲。\n\tA = "FailedOperation.A"\n\tB\n)\n',
      `${ERRORS_GO}:6: ${GO_EXPECTED} constant has no value of its own`,
    ],
    [
      'a concatenation',
      'package v1\n\nconst (\n\t// 甲。\n\tA = "FailedOperation" + ".A"\n)\n',
      `${ERRORS_GO}:5: ${GO_EXPECTED} constant is set to an expression, not to one code string`,
    ],
    [
      'two names in one spec',
      'package v1\n\nconst (\n\t// 甲。\n\tA, B = "FailedOperation.A", "FailedOperation.B"\n)\n',
      `${ERRORS_GO}:5: ${GO_EXPECTED} line declares several names at once`,
    ],
    [
      'a name not in capitals',
      'package v1\n\nconst (\n\t// 甲。\n\tsecretToken = "ghp_x"\n)\n',
      `${ERRORS_GO}:5: ${GO_EXPECTED} name is not in capitals, as the SDK writes its error-code constants`,
    ],
    [
      'no package clause',
      'const (\n\t// 甲。\n\tA = "FailedOperation.A"\n)\n',
      `${ERRORS_GO}:1: ${GO_EXPECTED} file does not start with a package clause`,
    ],
  ])('%s', (_, text, want) => {
    expect(read(ERRORS_GO, text)).toEqual(want);
  });

  it.each([
    [
      'a const block without its )',
      'package v1\n\nconst (\n\t// 甲。\n\tA = "FailedOperation.A"\n',
      3,
      'the "(" opened here is not closed; is the file cut short?',
    ],
    [
      'a block comment without its */',
      `${GO_HEAD}\n/* licence\n`,
      8,
      'the /* comment opened here is not closed; is the file cut short?',
    ],
    [
      'a string without its closing quote',
      'package v1\n\nconst (\n\t// 甲。\n\tA = "FailedOperation.A\n)\n',
      5,
      'the string opened here is not closed; is the file cut short?',
    ],
    [
      'a raw string without its backquote',
      'package v1\n\nconst (\n\t// 甲。\n\tA = `FailedOperation.A\n)\n',
      5,
      'the raw string opened here is not closed; is the file cut short?',
    ],
    ['a ) that closes nothing', `${GO_HEAD})\n`, 7, 'a ")" that closes nothing'],
    [
      'a } where a ( is open',
      'package v1\n\nconst (\n\t// 甲。\n\tA = "FailedOperation.A"\n}\n',
      6,
      'a "}" where the "(" of line 3 is still open',
    ],
  ])('%s: an error at the line it opened on', (_, text, line, reason) => {
    expect(read(ERRORS_GO, text)).toBe(`${ERRORS_GO}:${line}: ${reason}`);
  });
});

describe('the errorcodes.py reader reads module-level assignments only', () => {
  it.each([
    [
      'a triple-quoted string that holds an assignment',
      '"""\nOLD = \'FailedOperation.Old\'\n"""\n\n# 操作失败。\nFAILEDOPERATION = \'FailedOperation\'\n',
      ['FailedOperation 操作失败。'],
    ],
    [
      'a u prefix, double quotes and a trailing comment',
      '# 甲。\nA = u"FailedOperation.A"  # note\n',
      ['FailedOperation.A 甲。'],
    ],
    [
      'a code under if False:',
      "# 操作失败。\nFAILEDOPERATION = 'FailedOperation'\nif False:\n    # 假的。\n    NOT_REAL = 'FailedOperation.NotReal'\n",
      `${ERRORCODES_PY}:3: ${PY_EXPECTED} line is not an assignment`,
    ],
    [
      'an indented assignment',
      "# 甲。\nA = 'FailedOperation.A'\n  # 乙。\n  B = 'FailedOperation.B'\n",
      `${ERRORCODES_PY}:4: ${PY_EXPECTED} line is indented: only module-level assignments are read`,
    ],
    [
      'a constant set to another name',
      "# 操作失败。\nFAILEDOPERATION = 'FailedOperation'\n# 别名。\nALIAS = FAILEDOPERATION\n",
      `${ERRORCODES_PY}:4: ${PY_EXPECTED} constant is set to another name, not to a code string`,
    ],
    [
      'an f-string',
      "# 甲。\nA = f'FailedOperation.{x}'\n",
      `${ERRORCODES_PY}:2: ${PY_EXPECTED} string has a prefix the SDK never writes`,
    ],
    [
      'an import',
      "import os\n# 甲。\nA = 'FailedOperation.A'\n",
      `${ERRORCODES_PY}:1: ${PY_EXPECTED} line is not an assignment`,
    ],
    [
      'a lower-case name holding a secret',
      "# 甲。\naws_secret_access_key = 'AKIAEXAMPLE'\n",
      `${ERRORCODES_PY}:2: ${PY_EXPECTED} name is not in capitals, as the SDK writes its error-code constants`,
    ],
    [
      'a description with no code under it at the end',
      "# 甲。\nA = 'FailedOperation.A'\n\n# 乙",
      `${ERRORCODES_PY}:4: ${PY_EXPECTED} comment is the last line, with no code under it; is the file cut short?`,
    ],
    [
      'a string without its closing quote',
      "# 甲。\nA = 'FailedOperation.A\n",
      `${ERRORCODES_PY}:2: the string opened here is not closed; is the file cut short?`,
    ],
    [
      'a triple-quoted string without its end',
      "# 甲。\nA = 'FailedOperation.A'\n'''\nB = 'x'\n",
      `${ERRORCODES_PY}:3: the string opened here is not closed; is the file cut short?`,
    ],
    [
      'a bracket without its end',
      "# 甲。\nA = ('FailedOperation.A'\n",
      `${ERRORCODES_PY}:2: the "(" opened here is not closed; is the file cut short?`,
    ],
  ])('%s', (_, text, want) => {
    expect(read(ERRORCODES_PY, text)).toEqual(want);
  });
});

import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { TableError } from '../../src/table/index.js';

/**
 * What a file gets when its call model throws (the model is replaced by one that throws what the file names): an
 * error reading the catalogue is the package's, and says to reinstall it; any other error is a defect of the
 * plugin, and says to report it. Either way the file is reported once, on line 1, and left unchecked; the lint run
 * goes on to the next file.
 */
vi.mock('../../src/util/call-model/model.js', () => ({
  callModel(context: { readonly sourceCode: { readonly text: string } }): never {
    const { text } = context.sourceCode;
    if (text.includes('table-error')) throw new TableError('/pkg/data/catalogue/index.json', 3, 'bad JSON');
    if (text.includes('system-error')) {
      throw Object.assign(new Error("EACCES: permission denied, open '/pkg/data/catalogue/index.json'"), {
        code: 'EACCES',
        syscall: 'open',
      });
    }
    throw new TypeError("Cannot read properties of undefined (reading 'forEach')");
  },
}));

function lint(code: string): string[] {
  return new Linter()
    .verify(code, [plugin.configs.strict], 'file.js')
    .map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.message}`);
}

const FIX = 'The tencentcloud-errors rules check nothing until it is fixed.';

describe('a call model that throws', () => {
  it('on a defect of the plugin, says so and where to report it', () => {
    expect(lint('// any-error\nif (err.code === "InternalErorr") {}')).toEqual([
      `1:1 tencentcloud-errors/exhaustive-error-handling The tencentcloud-errors call model failed on this file (TypeError: Cannot read properties of undefined (reading 'forEach')); please report it at https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors/issues. ${FIX}`,
    ]);
  });

  it('on a damaged catalogue file, names it and says to reinstall', () => {
    expect(lint('// table-error')).toEqual([
      `1:1 tencentcloud-errors/exhaustive-error-handling The tencentcloud-errors catalogue cannot be read (reinstall the package): /pkg/data/catalogue/index.json:3: bad JSON. ${FIX}`,
    ]);
  });

  it('on a catalogue file the system cannot read, names it and says to reinstall', () => {
    expect(lint('// system-error')).toEqual([
      `1:1 tencentcloud-errors/exhaustive-error-handling The tencentcloud-errors catalogue cannot be read (reinstall the package): EACCES: permission denied, open '/pkg/data/catalogue/index.json'. ${FIX}`,
    ]);
  });
});

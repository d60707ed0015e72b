import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { TableError } from '../../src/table/index.js';

/**
 * What a file gets when building its call model throws: the model's first step (`createUnit`) is replaced by one
 * that throws what the file's text names. An error reading the catalogue is the package's, and says to reinstall
 * it; any other error is a defect of the plugin: the file gets the empty model, one report saying to report the
 * defect, and the lint run goes on, whichever rule asks for the model first. Where the settings name the file's
 * products or tables, its codes are still checked against them.
 */
vi.mock('../../src/util/call-model/values.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/util/call-model/values.js')>()),
  createUnit({ ast }: { readonly ast: { readonly comments?: readonly { readonly value: string }[] } }): never {
    const marker = ast.comments?.[0]?.value.trim();
    if (marker === 'table-error') throw new TableError('/pkg/data/catalogue/index.json', 3, 'bad JSON');
    if (marker === 'system-error') {
      throw Object.assign(new Error("EACCES: permission denied, open '/pkg/data/catalogue/index.json'"), {
        code: 'EACCES',
        syscall: 'open',
      });
    }
    throw new TypeError("Cannot read properties of undefined (reading 'forEach')");
  },
}));

const CALL = `import * as tencentcloud from "tencentcloud-sdk-nodejs";
const client = new tencentcloud.car.v20220110.Client({});
client.DestroySession({}).catch((e) => e.code === "ResourceNotFound.SessionNotFound");
`;

function lint(code: string, settings: Record<string, unknown> = {}): string[] {
  return new Linter()
    .verify(code, [plugin.configs.strict, { settings: { 'tencentcloud-errors': settings } }], 'file.js')
    .map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(no rule)'} ${m.message}`);
}

const FIX = 'The tencentcloud-errors rules check nothing until it is fixed.';
const TABLES_ONLY = 'Its codes are still checked against the tables, but no rule knows which call a code comes from.';

describe('a call model that fails to build', () => {
  it('on a defect of the plugin, says so and where to report it', () => {
    expect(lint(`// any other error\n${CALL}`)).toEqual([
      `1:1 tencentcloud-errors/exhaustive-error-handling The tencentcloud-errors call model failed on this file (TypeError: Cannot read properties of undefined (reading 'forEach')); please report it at https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors/issues. ${FIX}`,
    ]);
  });

  it.each([
    ['products', { products: ['car'] }],
    ['tables', { tables: ['car', 'common'] }],
  ])(
    'with the %s setting (the rules ask for the model themselves), says so once and checks the codes',
    (_, settings) => {
      const failed = `1:1 tencentcloud-errors/exhaustive-error-handling The tencentcloud-errors call model failed on this file (TypeError: Cannot read properties of undefined (reading 'forEach')); please report it at https://github.com/tencentcloud-errors/eslint-plugin-tencentcloud-errors/issues. ${TABLES_ONLY}`;
      // The empty model knows no guard, so the impossible code goes unreported; the lint run is not stopped.
      expect(lint(`// any other error\n${CALL}`, settings)).toEqual([failed]);
      expect(lint(`// any other error\n${CALL}if (e.code === "ResourceNotFound.NoIdel") {}\n`, settings)).toEqual([
        failed,
        '5:16 tencentcloud-errors/no-unknown-error-code Unknown Tencent Cloud error code "ResourceNotFound.NoIdel". Did you mean "ResourceNotFound.NoIdle" (No available concurrency quota.)?',
      ]);
    },
  );

  it('on a damaged catalogue file, names it and says to reinstall', () => {
    expect(lint(`// table-error\n${CALL}`)).toEqual([
      `1:1 tencentcloud-errors/exhaustive-error-handling The tencentcloud-errors catalogue cannot be read (reinstall the package): /pkg/data/catalogue/index.json:3: bad JSON. ${FIX}`,
    ]);
  });

  it('on a catalogue file the system cannot read, names it and says to reinstall', () => {
    expect(lint(`// system-error\n${CALL}`)).toEqual([
      `1:1 tencentcloud-errors/exhaustive-error-handling The tencentcloud-errors catalogue cannot be read (reinstall the package): EACCES: permission denied, open '/pkg/data/catalogue/index.json'. ${FIX}`,
    ]);
  });
});

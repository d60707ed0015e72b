import * as codegen from '../../src/codegen/index.js';
import * as plugin from '../../src/index.js';
import * as table from '../../src/table/index.js';

/** The public modules export what their docs describe (README, docs/tables.md, docs/gen-handlers.md), no more. */
describe('public API', () => {
  it('eslint-plugin-tencentcloud-errors: the plugin, its parts and configure()', () => {
    expect(Object.keys(plugin).sort()).toEqual(['configs', 'configure', 'default', 'meta', 'rules']);
  });

  it('eslint-plugin-tencentcloud-errors/table: docs/tables.md "Programmatic API"', () => {
    expect(Object.keys(table).sort()).toEqual([
      'CodeIndex',
      'TableError',
      'embeddedTableNames',
      'familyOf',
      'isWellFormedCode',
      'loadIndex',
      'loadTable',
      'loadTables',
      'tableDigest',
    ]);
  });

  it('eslint-plugin-tencentcloud-errors/codegen: docs/gen-handlers.md "Programmatic API"', () => {
    expect(Object.keys(codegen).sort()).toEqual(['generate']);
  });
});

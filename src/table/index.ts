// The public API of `eslint-plugin-tencentcloud-errors/table`, as docs/tables.md ("Programmatic API") describes it.
// The plugin's own code imports the modules of this folder directly.
export { CodeIndex } from './code-index.js';
export { familyOf, isWellFormedCode } from './grammar.js';
export { embeddedTableNames, loadIndex, type LoadOptions, loadTable, loadTables, tableDigest } from './load.js';
export { TableError } from './table-error.js';
export type {
  CodeDescription,
  CodeEntry,
  CodeProvenance,
  CodeScope,
  CodeTable,
  Lifecycle,
  Removal,
  SdkRelease,
  TableHistory,
} from './types.js';

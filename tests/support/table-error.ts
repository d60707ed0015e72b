import { loadTable, TableError } from '../../src/table/index.js';

/** The message of the TableError that loading `spec` (relative to `cwd`) throws; fails the test if it loads. */
export function tableErrorMessage(spec: string, cwd: string): string {
  try {
    loadTable(spec, { cwd });
  } catch (error) {
    expect(error).toBeInstanceOf(TableError);
    return (error as Error).message;
  }
  throw new Error(`loading ${spec} did not fail`);
}

import { fileURLToPath } from 'node:url';

/** The repository root, for tests that read its files. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded on first use: the returned function loads `specifier` with `require()` on its first call (the
 * callers are synchronous) and gives the same module after. For the packages a lint run needs only on some paths
 * (tests/e2e/plugin-import.test.ts records which stay out of a plain run). The caller states the module's type.
 */
export function lazyRequire(specifier: string): () => unknown {
  let loaded: unknown;
  return () => {
    loaded ??= require(specifier);
    return loaded;
  };
}

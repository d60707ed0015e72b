import type * as ScopeManager from '@typescript-eslint/scope-manager';
import type * as TypescriptEstree from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

import { lazyRequire } from '../../shared/lazy-require.js';
import type { Parser } from './modules.js';

/*
 * A TypeScript module imported from a file whose own parser cannot read it: ESLint's default parser, linting a `.js`
 * file that imports `./clients.js`, which is `clients.ts` (TypeScript's ESM spelling), or `../clients`. Such a module
 * is read with typescript-eslint's parser (its tree and its scopes), loaded on first use: most lint runs never need it,
 * and a project without TypeScript cannot load it (the module is then not followed, as before).
 */

const estree = lazyRequire('@typescript-eslint/typescript-estree') as () => typeof TypescriptEstree;
const scopes = lazyRequire('@typescript-eslint/scope-manager') as () => typeof ScopeManager;

/** The options the call model hands a parser (see parseUnit in modules.ts), as far as this one reads them. */
interface ModuleParseOptions {
  readonly sourceType?: 'module' | 'commonjs';
  readonly filePath?: string;
  readonly ecmaFeatures?: { readonly jsx?: boolean };
}

/** The extensions of a TypeScript module, which another parser than typescript-eslint's may not read. */
const TYPESCRIPT_MODULE = /\.(?:[mc]?ts|tsx)$/u;

/** Whether `file` is a TypeScript module. */
export function isTypescriptModule(file: string): boolean {
  return TYPESCRIPT_MODULE.test(file) && !file.endsWith('.d.ts');
}

/**
 * typescript-eslint's parser, as the call model calls a parser: the tree with ranges and locations, and its scopes as
 * typescript-eslint analyses them. Throws what the parser throws (a syntax error; `typescript` not installed).
 */
export const typescriptParser: Parser = {
  parseForESLint(text: string, options?: unknown) {
    const { sourceType = 'module', filePath, ecmaFeatures } = (options ?? {}) as ModuleParseOptions;
    const ast = estree().parse(text, {
      range: true,
      loc: true,
      comment: false,
      tokens: false,
      jsx: ecmaFeatures?.jsx === true,
      ...(filePath === undefined ? {} : { filePath }),
    });
    const scopeManager = scopes().analyze(ast, {
      sourceType: sourceType === 'commonjs' ? 'script' : 'module',
      globalReturn: sourceType === 'commonjs',
    });
    return { ast, scopeManager, visitorKeys };
  },
};

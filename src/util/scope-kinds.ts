import type * as ScopeManager from '@typescript-eslint/scope-manager';
import type { DefinitionType as Definition, ScopeType as Scope } from '@typescript-eslint/scope-manager';

import { lazyRequire } from '../shared/lazy-require.js';

/*
 * What the rules use of @typescript-eslint/scope-manager at run time. Importing it loads all of it, some 180 modules
 * (a scope per TypeScript lib), which a lint run with ESLint's own parser never needs: that is a third of the cost of
 * loading the plugin. So the enum members the rules compare with are written here by value (each checked against
 * the enum's type), and `analyze` loads the package on its first call (a module followed across files).
 */

/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- the point of this module: each string is the enum
   member's value (the `satisfies` checks it against the member's type), asserted to the member without loading the
   enum's module. */

/** The members of scope-manager's `DefinitionType` that the rules compare definitions with. */
export const DefinitionType = {
  CatchClause: 'CatchClause' satisfies `${Definition.CatchClause}` as Definition.CatchClause,
  ClassName: 'ClassName' satisfies `${Definition.ClassName}` as Definition.ClassName,
  FunctionName: 'FunctionName' satisfies `${Definition.FunctionName}` as Definition.FunctionName,
  ImportBinding: 'ImportBinding' satisfies `${Definition.ImportBinding}` as Definition.ImportBinding,
  Parameter: 'Parameter' satisfies `${Definition.Parameter}` as Definition.Parameter,
  TSEnumName: 'TSEnumName' satisfies `${Definition.TSEnumName}` as Definition.TSEnumName,
  Variable: 'Variable' satisfies `${Definition.Variable}` as Definition.Variable,
} as const;

/** The members of scope-manager's `ScopeType` that the rules compare scopes with. */
export const ScopeType = {
  functionExpressionName:
    'function-expression-name' satisfies `${Scope.functionExpressionName}` as Scope.functionExpressionName,
} as const;

/* eslint-enable @typescript-eslint/no-unsafe-enum-assignment */

const scopeManager = lazyRequire('@typescript-eslint/scope-manager') as () => typeof ScopeManager;

/** scope-manager's `analyze`, the package loaded on the first call. */
export function analyze(...args: Parameters<typeof ScopeManager.analyze>): ReturnType<typeof ScopeManager.analyze> {
  return scopeManager().analyze(...args);
}

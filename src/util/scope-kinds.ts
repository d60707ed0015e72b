import type { DefinitionType as Definition, ScopeType as Scope } from '@typescript-eslint/scope-manager';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as EslintScope from 'eslint-scope';

import { lazyRequire } from '../shared/lazy-require.js';

/*
 * What the rules use of scope analysis at run time. Importing @typescript-eslint/scope-manager loads all of it, some
 * 180 modules (a scope per TypeScript lib), which the rules never need at run time: that would be a third of the cost
 * of loading the plugin. So the enum members the rules compare with are written here by value (each checked against
 * the enum's type). `analyze` is for a module followed across files whose parser gives no scopes (ESLint's default
 * parser, espree): it loads eslint-scope, the analyser ESLint itself runs on such a parser's trees, on first call.
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

const eslintScope = lazyRequire('eslint-scope') as () => typeof EslintScope;

/**
 * The scopes of a tree from a parser that gives none, as ESLint analyses them (eslint-scope, with the tree's own
 * visitor keys). @typescript-eslint/scope-manager is not for these trees: it reads members only typescript-eslint's
 * parser writes (`decorators` of every parameter), and throws on a function with a parameter.
 */
export function analyze(
  ast: TSESTree.Program,
  {
    sourceType,
    childVisitorKeys,
  }: {
    readonly sourceType: 'module' | 'commonjs';
    readonly childVisitorKeys: Readonly<Record<string, readonly string[] | undefined>>;
  },
): TSESLint.Scope.ScopeManager {
  return eslintScope().analyze(ast as never, {
    // eslint-scope only asks whether the code is ES2015 or later.
    ecmaVersion: 2022,
    sourceType,
    nodejsScope: sourceType === 'commonjs',
    ignoreEval: true,
    childVisitorKeys: childVisitorKeys as never,
    fallback: 'iteration',
  }) as unknown as TSESLint.Scope.ScopeManager;
}

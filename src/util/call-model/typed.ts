import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { apiVersionOf } from '../../table/table-name.js';
import type { ClientTarget } from './values.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The SDK's declaration files of a client: `…/services/<product>/<vYYYYMMDD>/<product>_client.d.ts`. */
const CLIENT_DECLARATION = /[/\\]services[/\\]([a-z][a-z0-9]*)[/\\](v\d{8})[/\\][a-z0-9_]+_client\.(?:d\.ts|ts|js)$/u;

/** The part of TypeScript's API read here, typed structurally so that the rules never load TypeScript themselves. */
interface Checker {
  getTypeAtLocation(node: unknown): { getSymbol(): SymbolLike | undefined; aliasSymbol?: SymbolLike };
}
interface SymbolLike {
  readonly declarations?: readonly { getSourceFile(): { readonly fileName: string } }[];
}
interface Services {
  readonly program?: { getTypeChecker(): Checker } | null;
  readonly esTreeNodeToTSNodeMap?: { get(node: unknown): unknown };
}

const checkers = new WeakMap<object, Checker>();

/**
 * With type information (a `parserOptions.project` or `projectService`), the SDK client an expression's type is:
 * its class's declaration under `…/services/<product>/<version>/`. Reaches what syntax cannot: a client passed
 * through parameters, returned from another file, kept in a container. `undefined` without type information.
 */
export function typedClient(context: RuleContext, node: TSESTree.Node): ClientTarget | undefined {
  const services = context.sourceCode.parserServices as Services | undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  if (program === undefined || program === null || map === undefined) return undefined;
  let checker = checkers.get(program);
  if (checker === undefined) {
    checker = program.getTypeChecker();
    checkers.set(program, checker);
  }
  const tsNode = map.get(node);
  if (tsNode === undefined) return undefined;
  const type = checker.getTypeAtLocation(tsNode);
  for (const symbol of [type.getSymbol(), type.aliasSymbol]) {
    for (const declaration of symbol?.declarations ?? []) {
      const match = CLIENT_DECLARATION.exec(declaration.getSourceFile().fileName);
      const version = match?.[2] === undefined ? undefined : apiVersionOf(match[2]);
      if (match?.[1] !== undefined && version !== undefined) return { product: match[1], version };
    }
  }
  return undefined;
}

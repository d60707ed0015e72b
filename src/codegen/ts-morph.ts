import { createRequire } from 'node:module';

import type * as TsMorph from 'ts-morph';

/*
 * ts-morph, loaded with `require`. It is a CommonJS package: an ES `import` of it has Node.js lex its source (and
 * what it re-exports) for export names before it runs, a sixth of a gen-handlers run, which `require` does not.
 * The generator takes ts-morph's values from here and its types with `import type` from 'ts-morph' (erased), so
 * lint allows no other import of it in src/codegen.
 */
const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const { CodeBlockWriter, printStructure, StructureKind, VariableDeclarationKind } = tsMorph;

export const { Project } = tsMorph;
export type Project = TsMorph.Project;

/** The TypeScript compiler ts-morph bundles. */
export const { ts } = tsMorph;

/** The compiler's types the generator names, from ts-morph's declarations (`ts` above is their value). */
// eslint-disable-next-line @typescript-eslint/no-namespace -- types merged with the value of the same name
export declare namespace ts {
  export type BindingName = TsMorph.ts.BindingName;
  export type Block = TsMorph.ts.Block;
  export type CommentRange = TsMorph.ts.CommentRange;
  export type CompilerOptions = TsMorph.ts.CompilerOptions;
  export type Diagnostic = TsMorph.ts.Diagnostic;
  export type DiagnosticWithLocation = TsMorph.ts.DiagnosticWithLocation;
  export type Expression = TsMorph.ts.Expression;
  export type FunctionDeclaration = TsMorph.ts.FunctionDeclaration;
  export type JsxChild = TsMorph.ts.JsxChild;
  export type Node = TsMorph.ts.Node;
  export type NodeArray<T extends Node> = TsMorph.ts.NodeArray<T>;
  export type SourceFile = TsMorph.ts.SourceFile;
  export type Statement = TsMorph.ts.Statement;
}

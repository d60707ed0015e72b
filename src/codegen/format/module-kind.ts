import { ts } from '../ts-morph.js';

/** Whether a generated module is TSX (its file ends in `.tsx`), where the user's code may hold JSX. */
export function isTsx(file: string): boolean {
  return /\.tsx$/iu.test(file);
}

/** The text of a generated module (or a part of it) parsed as TypeScript, or as TSX. */
export function parseModule(text: string, tsx: boolean, setParentNodes: boolean): ts.SourceFile {
  return ts.createSourceFile(
    tsx ? 'module.tsx' : 'module.ts',
    text,
    ts.ScriptTarget.Latest,
    setParentNodes,
    tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

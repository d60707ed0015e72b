import { Project, ts } from '../ts-morph.js';

/**
 * The options a module is checked under: the strict ones docs/gen-handlers.md promises the generated module
 * compiles with, no library beyond ES2022, nothing resolved from disk (ts-morph's in-memory file system, with its
 * own copy of the TypeScript libraries). An import of another module of the user's does not resolve, the same
 * way before and after, so it cancels out.
 */
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  noEmit: true,
  skipLibCheck: true,
};
/** One project for the whole process: the libraries are parsed once. */
let project: Project | undefined;

/**
 * The diagnostics of each text, checked as two modules of one program (a generated module always exports, so
 * their declarations do not meet): the libraries are bound and merged once for both.
 */
function diagnostics(...texts: string[]): ts.Diagnostic[][] {
  project ??= new Project({ useInMemoryFileSystem: true, compilerOptions: OPTIONS });
  const current = project;
  const files = texts.map((text, i) =>
    current.createSourceFile(`/gen-handlers/module${i}.ts`, text, { overwrite: true }),
  );
  const program = current.getProgram().compilerObject;
  const result = files.map((file) => [
    ...program.getSyntacticDiagnostics(file.compilerNode),
    ...program.getSemanticDiagnostics(file.compilerNode),
  ]);
  for (const file of files) current.removeSourceFile(file);
  return result;
}

const messageOf = (d: ts.Diagnostic): string => ts.flattenDiagnosticMessageText(d.messageText, ' ');

/**
 * The TypeScript errors of `after` that `before` does not have, each as its message and where it is in `after`
 * (`line N: "the line"`). Errors are matched by code and message, not by place, since kept code moves; an error
 * `before` has as many times as `after` is not new.
 */
export function newErrors(before: string, after: string): string[] {
  const [was = [], now = []] = diagnostics(before, after);
  const old = new Map<string, number>();
  for (const d of was) {
    const key = `${d.code} ${messageOf(d)}`;
    old.set(key, (old.get(key) ?? 0) + 1);
  }
  const lines = after.split('\n');
  const found: string[] = [];
  for (const d of now) {
    const key = `${d.code} ${messageOf(d)}`;
    const count = old.get(key) ?? 0;
    if (count > 0) {
      old.set(key, count - 1);
      continue;
    }
    const line =
      d.file === undefined || d.start === undefined ? undefined : d.file.getLineAndCharacterOfPosition(d.start).line;
    const source = line === undefined ? '' : (lines[line] ?? '').trim();
    const shown = source.length > 60 ? `${source.slice(0, 59)}…` : source;
    found.push(
      line === undefined
        ? messageOf(d)
        : `${messageOf(d)} (line ${line + 1} of the new text: ${JSON.stringify(shown)})`,
    );
  }
  return found;
}

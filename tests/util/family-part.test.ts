import { familyPartSubject } from '../../src/util/index.js';
import { probe } from '../support/probe.js';

/** The source text of what `familyPartSubject` takes the family part of, for the argument of `probe(X)`. */
function subjectOf(code: string): string | undefined {
  const found = probe(code, (argument, context) => {
    const subject = familyPartSubject(argument, context);
    return subject === undefined ? undefined : context.sourceCode.getText(subject);
  });
  expect(found).toHaveLength(1);
  return found[0];
}

describe('familyPartSubject: x of x.split(".")[0]', () => {
  it.each([
    { given: 'probe(err.code.split(".")[0]);', want: 'err.code' },
    { given: "probe(code.split('.')['0']);", want: 'code' },
    { given: 'probe(code.split(".", 1)[0]);', want: 'code' },
    { given: 'probe((code as string).split(".")[0]!);', want: 'code as string' },
    { given: 'probe(err?.code?.split(".")[0]);', want: 'err?.code' },
    { given: 'const DOT = ".";\nprobe(code.split(DOT)[0]);', want: 'code' },
    { given: 'probe(code["split"](".")[0]);', want: 'code' },
  ])('$given: $want', ({ given, want }) => {
    expect(subjectOf(given)).toBe(want);
  });

  it.each([
    { given: 'probe(code.split(".")[1]);', why: 'another element' },
    { given: 'probe(code.split("-")[0]);', why: 'another separator' },
    { given: 'probe(code.split(sep)[0]);', why: 'a separator not known' },
    { given: 'probe(code.split(".").at(0));', why: 'at(), not an element read' },
    { given: 'probe(code.split(".")[i]);', why: 'a dynamic element' },
    { given: 'probe(code.slice(".")[0]);', why: 'another method' },
    { given: 'probe(code[0]);', why: 'no split' },
  ])('$given: nothing ($why)', ({ given }) => {
    expect(subjectOf(given)).toBeUndefined();
  });
});

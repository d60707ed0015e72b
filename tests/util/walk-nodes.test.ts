import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type SourceCode } from 'eslint';

import { eachNode, walkNodes } from '../../src/util/walk-nodes.js';

const CODE = [
  'import * as tencentcloud from "tencentcloud-sdk-nodejs";',
  'const client = new tencentcloud.gaap.v20180529.Client({});',
  'export async function run(request) {',
  '  try {',
  '    return await client.CreateProxy(request);',
  '  } catch (e) {',
  "    if (e.code === 'FailedOperation.ProxySellOut') return `sold out ${e.requestId}`;",
  '    throw e;',
  '  }',
  '}',
].join('\n');

/** The SourceCode ESLint made to lint CODE, after its rules ran (so after its traversal). */
function linted(): SourceCode {
  const linter = new Linter();
  linter.verify(CODE, [{ rules: {} }], 'file.js');
  return linter.getSourceCode();
}

const describeNode = (node: TSESTree.Node): string => `${node.type}@${node.range[0]}`;

describe('eachNode', () => {
  const sourceCode = linted();
  const ast = sourceCode.ast as unknown as TSESTree.Program;
  const walked: string[] = [];
  walkNodes([ast], sourceCode.visitorKeys, (node) => {
    walked.push(describeNode(node));
    return true;
  });

  it('visits, from the steps of ESLint’s traversal, every node walkNodes visits, in the same order', () => {
    const seen: string[] = [];
    eachNode({ ast, visitorKeys: sourceCode.visitorKeys, traverse: () => sourceCode.traverse() }, (node) =>
      seen.push(describeNode(node)),
    );
    expect(walked.length).toBeGreaterThan(40);
    expect(seen).toEqual(walked);
  });

  it('reads ESLint 9.0’s steps too (`type: "visit"`, no `kind`), skipping leaving steps and code-path calls', () => {
    const steps: unknown[] = [];
    for (const step of sourceCode.traverse() as Iterable<{ phase?: number; target: unknown; args: unknown[] }>) {
      steps.push(
        step.phase === undefined
          ? { type: 'call', target: step.target, args: step.args }
          : { type: 'visit', target: step.target, phase: step.phase, args: step.args },
      );
    }
    const seen: string[] = [];
    eachNode({ ast, visitorKeys: sourceCode.visitorKeys, traverse: () => steps }, (node) =>
      seen.push(describeNode(node)),
    );
    expect(seen).toEqual(walked);
    // The steps are what it reads: given only the first five, it visits the nodes they enter and no other.
    const fewer: string[] = [];
    eachNode({ ast, visitorKeys: sourceCode.visitorKeys, traverse: () => steps.slice(0, 5) }, (node) =>
      fewer.push(describeNode(node)),
    );
    expect(fewer.length).toBeGreaterThan(0);
    expect(fewer).toEqual(walked.slice(0, fewer.length));
  });

  it('walks the tree itself where the file has no traversal (a module parsed on its own)', () => {
    const seen: string[] = [];
    eachNode({ ast, visitorKeys: sourceCode.visitorKeys }, (node) => seen.push(describeNode(node)));
    expect(seen).toEqual(walked);
  });
});

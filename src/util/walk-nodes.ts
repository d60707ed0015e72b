import type { TSESTree } from '@typescript-eslint/utils';

/** A parser's visitor keys: for each node type, the properties that hold its child nodes. */
type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * Visits each of `roots` and every node under them, each node before its children, in source order, without
 * recursion (so a deeply nested file cannot overflow the stack). `visit` returns whether to visit the node's
 * children.
 */
export function walkNodes(
  roots: readonly TSESTree.Node[],
  visitorKeys: VisitorKeys,
  visit: (node: TSESTree.Node) => boolean,
): void {
  const stack = [...roots].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!visit(node)) continue;
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k] ?? ''];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item: unknown = child[i];
          if (isNode(item)) stack.push(item);
        }
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
}

/** Whether a value found under a node's visitor keys is a node. */
function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** What `eachNode` reads of ESLint's SourceCode. */
interface TraversedFile {
  readonly ast: TSESTree.Program;
  readonly visitorKeys: VisitorKeys;
  /** ESLint's traversal of the file (ESLint 9 and 10), which it makes before any rule is created and keeps. */
  readonly traverse?: () => Iterable<unknown>;
}

/**
 * Calls `visit` on every node of a linted file, each before its children, in source order: from the steps ESLint
 * took to traverse the file, which it keeps, where it has them; else by `walkNodes`. Reading the steps is an array
 * walk, where `walkNodes` reads every visitor key of every node, a quarter of the call model's time on small files.
 * A step that enters a node has `phase` 1 and the node as `target` (ESLint 9.0's steps and later ones alike); the
 * others (leaving a node; code-path events, whose target is the event's name) are skipped.
 */
export function eachNode(file: TraversedFile, visit: (node: TSESTree.Node) => void): void {
  if (typeof file.traverse !== 'function') {
    walkNodes([file.ast], file.visitorKeys, (node) => {
      visit(node);
      return true;
    });
    return;
  }
  // A node's `type` is read once, by `visit`: reading it here too, on nodes of every shape, cost as much again.
  for (const step of file.traverse() as Iterable<{ readonly phase?: unknown; readonly target?: unknown }>) {
    if (step.phase === 1 && typeof step.target === 'object') visit(step.target as TSESTree.Node);
  }
}

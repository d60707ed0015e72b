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

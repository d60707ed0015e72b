import { AST_NODE_TYPES } from '@typescript-eslint/types';

import type { Quote } from '../shared/quote-string.js';
import type { StringLiteralNode } from './string-literal.js';

/** The quote a string literal is written with: `` ` `` for a template literal, else the quote its source starts with. */
export function literalQuote(node: StringLiteralNode): Quote {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return '`';
  return node.raw.startsWith('"') ? '"' : "'";
}

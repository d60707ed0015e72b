export { createRule, type PluginDocs } from './create-rule.js';
export { errorCodeExpressionKey, isErrorCodeExpression } from './error-code-expression.js';
export { isGlobalReference } from './global-reference.js';
export { staticPropertyName } from './property-name.js';
export {
  DEFAULT_CODE_PROPERTIES,
  DEFAULT_TABLES,
  type ResolvedSettings,
  resolveSettings,
  SETTINGS_KEY,
} from './settings.js';
export { isStringLiteralNode, type StringLiteralNode, stringLiteralValue } from './string-literal.js';
export { outermostWrapper, unwrapExpression } from './unwrap-expression.js';

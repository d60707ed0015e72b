export {
  type ActionGuard,
  actionGuards,
  actionsText,
  commonCodes,
  guardedCodes,
  guardKey,
  MAX_CACHED_GUARDS,
} from './action-guards.js';
export { codeContamination, visibleText } from './code-contamination.js';
export { type CodeNode, codeNodeText, codePlaceListeners, type CodeRole } from './code-places.js';
export { aliasTarget, constInitializer } from './const-initializer.js';
export { constantLiteral } from './constant-literal.js';
export { createRule } from './create-rule.js';
export { describeValue } from './describe-value.js';
export { entryComment } from './entry-comment.js';
export { errorCodeExpressionKey, isErrorCodeExpression } from './error-code-expression.js';
export { errorObjectName } from './error-object.js';
export { type FamilyGap, familyGaps, type FamilySource } from './family-gaps.js';
export { genHandlersActionCommand, genHandlersCommand } from './gen-handlers-command.js';
export { isI18nKeyText, isTranslationArgument } from './i18n-key.js';
export { listCodes } from './list-codes.js';
export { literalQuote } from './literal-quote.js';
export { staticPropertyName } from './property-name.js';
export { type ResolvedSettings, resolveSettings } from './settings.js';
export { isStringLiteralNode, type StringLiteralNode, stringLiteralValue } from './string-literal.js';
export { unwrapExpression } from './unwrap-expression.js';
export { walkNodes } from './walk-nodes.js';

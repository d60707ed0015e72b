import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';

import { calleeName, staticPropertyName } from './property-name.js';
import { DefinitionType } from './scope-kinds.js';
import { unwrapExpression } from './unwrap-expression.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Whether `text` is shaped like a translation key rather than a code: dotted, with a last segment that starts with
 * a lower-case letter (`"InternalError.title"`, `"ResourceNotFound.description"`). Tencent Cloud codes are
 * PascalCase segments; the catalogue's four exceptions (`"MissingParameter.cmq"`…) are codes, so a rule asks this
 * only about text that is not.
 */
export function isI18nKeyText(text: string): boolean {
  const dot = text.lastIndexOf('.');
  if (dot === -1) return false;
  const first = text.charCodeAt(dot + 1);
  return first >= 0x61 && first <= 0x7a; // a-z
}

/**
 * The functions whose arguments are translation keys or texts: i18next, react-i18next, vue-i18n (`t`, `$t`, `tc`,
 * `te`), react-intl and FormatJS (`formatMessage`), i18n-node (`__`), called plainly or as a method (`i18n.t`,
 * `this.$t`, `intl.formatMessage`).
 */
const TRANSLATION_FUNCTIONS = new Set(['t', '$t', 'tc', '$tc', 'te', '$te', 'formatMessage', '$formatMessage', '__']);

/** Calls that return a translation function, whatever it is then named (`const { t: tr } = useTranslation()`). */
const TRANSLATION_HOOKS = new Set(['useTranslation', 'useTranslations', 'getTranslations', 'useI18n', 'getFixedT']);

/** JSX attributes that hold a translation key: `<Trans i18nKey="…">`, `<FormattedMessage id="…">`. */
const KEY_ATTRIBUTES = new Set(['i18nKey']);

/**
 * Whether `node` (a literal) sits in an argument of a translation call (`t("ResourceNotFound.description")`,
 * `intl.formatMessage({ id: "…" })`, `t(ok ? "A.b" : "C.d")`), in an `i18nKey` attribute, or in the `id` of a
 * `<FormattedMessage>`: a key or a text, never a code. The search stops at the enclosing statement or function.
 */
export function isTranslationArgument(node: TSESTree.Node, context: RuleContext): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.CallExpression:
        if (parent.callee !== child && isTranslationFunction(parent.callee, context)) return true;
        break;
      case AST_NODE_TYPES.JSXAttribute:
        return isKeyAttribute(parent);
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.Program:
        return false;
      default:
        if (parent.type.endsWith('Statement') || parent.type.endsWith('Declaration')) return false;
    }
  }
  return false;
}

/** Whether `callee` is a translation function by name, or a variable given one by a translation hook. */
function isTranslationFunction(callee: TSESTree.Node, context: RuleContext): boolean {
  const expression = unwrapExpression(callee);
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(expression);
    return name !== undefined && TRANSLATION_FUNCTIONS.has(name);
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) return false;
  if (TRANSLATION_FUNCTIONS.has(expression.name)) return true;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== DefinitionType.Variable || definition.node.init === null) return false;
  const init = unwrapExpression(definition.node.init);
  const call = init.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(init.argument) : init;
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const hookName = calleeName(call.callee);
  return hookName !== undefined && TRANSLATION_HOOKS.has(hookName);
}

function isKeyAttribute(attribute: TSESTree.JSXAttribute): boolean {
  if (attribute.name.type !== AST_NODE_TYPES.JSXIdentifier) return false;
  const { name } = attribute.name;
  if (KEY_ATTRIBUTES.has(name)) return true;
  const element = attribute.parent;
  return (
    name === 'id' && element.name.type === AST_NODE_TYPES.JSXIdentifier && element.name.name === 'FormattedMessage'
  );
}

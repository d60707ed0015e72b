import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Codes of other clouds are not Tencent Cloud's, though some are spelt alike (Alibaba Cloud's `Throttling.User`,
 * `OperationDenied.DBStatus`, `EntityAlreadyExists.Role.Policy`). Two signs tell them apart: a file that imports
 * another cloud's SDK (and calls no Tencent Cloud product), and a group of codes — a table, a list, a switch, a
 * chain of comparisons — most of whose codes are of families no Tencent Cloud product has.
 */

/** Imports of other clouds' SDKs: Alibaba Cloud, AWS, Google Cloud, Azure, Huawei Cloud, Baidu, Volcengine, Qiniu… */
const OTHER_CLOUD_IMPORT =
  /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'](?:@alicloud\/|aliyun-|@aliyun|ali-oss|@aws-sdk\/|aws-sdk|@google-cloud\/|googleapis|@azure\/|@huaweicloud\/|huaweicloud|@baiducloud\/|baidubce|@volcengine\/|qiniu|ucloud|jdcloud|ksyun)/u;

/** Whether a file's text imports another cloud's SDK. */
export function importsOtherCloud(text: string): boolean {
  return OTHER_CLOUD_IMPORT.test(text);
}

/**
 * The group a literal used as a code belongs to: the object, array, `new Map`/`new Set` or enum it is listed in, the
 * switch it is a case of, or the whole if-else chain or `||`/`&&` chain it is compared in; `undefined` for a
 * literal on its own.
 */
export function codeGroup(node: TSESTree.Node): TSESTree.Node | undefined {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.SwitchStatement:
      case AST_NODE_TYPES.TSEnumBody:
        return parent;
      case AST_NODE_TYPES.LogicalExpression: {
        let root: TSESTree.Node = parent;
        while (root.parent.type === AST_NODE_TYPES.LogicalExpression) root = root.parent;
        return root.parent.type === AST_NODE_TYPES.IfStatement && root.parent.test === root
          ? ifChainTop(root.parent)
          : root;
      }
      case AST_NODE_TYPES.IfStatement:
        return parent.test === child ? ifChainTop(parent) : undefined;
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.TSEnumMember:
      case AST_NODE_TYPES.SwitchCase:
      case AST_NODE_TYPES.MemberExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** The first `if` of the if-else chain `statement` is part of. */
function ifChainTop(statement: TSESTree.IfStatement): TSESTree.IfStatement {
  let top = statement;
  while (top.parent.type === AST_NODE_TYPES.IfStatement && top.parent.alternate === top) top = top.parent;
  return top;
}

import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { placeholdersOf } from '../../src/shared/i18n.js';

/**
 * Every message of every rule in both languages (the `lang` setting): each message id has its Chinese, with the same
 * placeholders; the English says nothing in Chinese and the Chinese nothing in English, outside the quoted codes and
 * names. A message id added later fails here until its Chinese is written (src/util/create-rule.ts) and a case below
 * reports it.
 */

type RuleName = keyof typeof rules;

/** Chinese characters and Chinese punctuation. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;

/** `text` without what may be in any language: "quoted" codes and names, `code`. */
function unquoted(text: string): string {
  return text.replaceAll(/"[^"]*"/gu, ' ').replaceAll(/`[^`]*`/gu, ' ');
}

/**
 * The Latin words of a Chinese message outside quotes that are not names: a product (`GAAP`, `CVM@2017-03-12`), an
 * action (`CreateProxy`), a code point (`U+FF0E`) is a name; anything else is English.
 */
function englishIn(text: string): string[] {
  const NAME = /^(?:[A-Z][A-Z0-9]*(?:@\d{4}-\d{2}-\d{2})?|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|U\+[0-9A-F]{4,6})$/u;
  return [...unquoted(text).matchAll(/[A-Za-z][\w@+-]*/gu)].map((m) => m[0]).filter((word) => !NAME.test(word));
}

describe('the message templates', () => {
  describe.each(Object.keys(rules) as RuleName[])('%s', (name) => {
    const messages: Record<string, string> = rules[name].meta.messages;
    const english = Object.keys(messages).filter((id) => !id.endsWith(':zh'));

    it('has a Chinese text for every message id, and no Chinese text of an id that has no English', () => {
      expect(english.filter((id) => messages[`${id}:zh`] === undefined)).toEqual([]);
      expect(
        Object.keys(messages).filter((id) => id.endsWith(':zh') && messages[id.slice(0, -':zh'.length)] === undefined),
      ).toEqual([]);
    });

    it.each(english)('%s: the same placeholders in both languages', (id) => {
      expect(placeholdersOf(messages[`${id}:zh`] ?? '')).toEqual(placeholdersOf(messages[id] ?? ''));
    });

    it.each(english)('%s: no Chinese in the English text, no Latin letter in the Chinese outside quotes', (id) => {
      const withoutPlaceholders = (text: string): string => text.replaceAll(/\{\{[^{}]*\}\}/gu, ' ');
      expect(withoutPlaceholders(messages[id] ?? '')).not.toMatch(CHINESE);
      expect(unquoted(withoutPlaceholders(messages[`${id}:zh`] ?? ''))).not.toMatch(/[A-Za-z]/u);
    });
  });
});

/** One report as the case expects it: where, its message id and text, and the texts of its suggestions. */
interface Report {
  readonly at: string;
  readonly messageId: string;
  readonly message: string;
  readonly suggestions?: readonly { readonly messageId: string; readonly desc: string }[];
}

interface Case {
  readonly rule: RuleName;
  readonly options?: readonly unknown[];
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly code: string;
  readonly en: readonly Report[];
  readonly zh: readonly Report[];
}

/** At least one report of every message id of every rule, in English and in Chinese. */
const CASES: readonly Case[] = [
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['gaap'] },
    code: "if (err.code === 'FailedOperation.ProxySellOt') {}",
    en: [
      {
        at: '1:18',
        messageId: 'unknownCode',
        message:
          'Unknown Tencent Cloud error code "FailedOperation.ProxySellOt". Did you mean "FailedOperation.ProxySellOut" (The line is sold out or resources are insufficient; submit a ticket to apply.)?',
        suggestions: [
          {
            messageId: 'replaceWithCode',
            desc: 'Replace with "FailedOperation.ProxySellOut" (The line is sold out or resources are insufficient; submit a ticket to apply.).',
          },
        ],
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'unknownCode:zh',
        message:
          '未知的腾讯云错误码 "FailedOperation.ProxySellOt"。是否应为 "FailedOperation.ProxySellOut"（线路售罄或者资源不足，请提工单申请。）？',
        suggestions: [
          {
            messageId: 'replaceWithCode:zh',
            desc: '替换为 "FailedOperation.ProxySellOut"（线路售罄或者资源不足，请提工单申请。）。',
          },
        ],
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['gaap'] },
    code: "if (err.code === 'FailedOperation.NothingLikeAnyCodeAtAll') {}",
    en: [
      {
        at: '1:18',
        messageId: 'unknownCodeInFamily',
        message:
          'Unknown Tencent Cloud error code "FailedOperation.NothingLikeAnyCodeAtAll" (checked against GAAP and the common codes; add a product with the "products" setting).',
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'unknownCodeInFamily:zh',
        message:
          '未知的腾讯云错误码 "FailedOperation.NothingLikeAnyCodeAtAll"（已对照 GAAP 和公共错误码检查；可用 "products" 设置添加产品）。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { tables: ['gaap'] },
    code: "if (err.code === 'FailedOperation.NothingLikeAnyCodeAtAll') {}",
    en: [
      {
        at: '1:18',
        messageId: 'unknownCodeInFamily',
        message:
          'Unknown Tencent Cloud error code "FailedOperation.NothingLikeAnyCodeAtAll" (checked against gaap; add a table with the "tables" setting).',
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'unknownCodeInFamily:zh',
        message:
          '未知的腾讯云错误码 "FailedOperation.NothingLikeAnyCodeAtAll"（已对照 "gaap" 检查；可用 "tables" 设置添加码表）。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    code: "if (err.code === 'FailedOperation.NothingLikeAnyCodeAtAll') {}",
    en: [
      {
        at: '1:18',
        messageId: 'unknownCodeInFamily',
        message:
          'Unknown Tencent Cloud error code "FailedOperation.NothingLikeAnyCodeAtAll" (checked against every product).',
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'unknownCodeInFamily:zh',
        message: '未知的腾讯云错误码 "FailedOperation.NothingLikeAnyCodeAtAll"（已对照所有产品检查）。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    options: [{ reportUnknownFamilies: true }],
    settings: { products: ['gaap'] },
    code: "if (err.code === 'Throttling.User') {}",
    en: [
      {
        at: '1:18',
        messageId: 'unknownCodeOfUnknownFamily',
        message:
          'Unknown Tencent Cloud error code "Throttling.User": the family "Throttling" is unknown (checked against GAAP and the common codes; add a product with the "products" setting).',
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'unknownCodeOfUnknownFamily:zh',
        message:
          '未知的腾讯云错误码 "Throttling.User"：错误码族 "Throttling" 未知（已对照 GAAP 和公共错误码检查；可用 "products" 设置添加产品）。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['ocr'] },
    code: "if (err.code === 'FailedOperation.DownloadError') {}",
    en: [
      {
        at: '1:18',
        messageId: 'otherProductCode',
        message:
          'Tencent Cloud error code "FailedOperation.DownloadError" belongs to BDA, HUNYUAN, VCG and VTC; this file calls OCR. Did you mean "FailedOperation.DownLoadError"?',
        suggestions: [
          {
            messageId: 'replaceWithCode',
            desc: 'Replace with "FailedOperation.DownLoadError" (Failed to download the file.).',
          },
        ],
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'otherProductCode:zh',
        message:
          '腾讯云错误码 "FailedOperation.DownloadError" 属于 BDA、HUNYUAN、VCG 和 VTC；此文件调用的产品：OCR。是否应为 "FailedOperation.DownLoadError"？',
        suggestions: [
          { messageId: 'replaceWithCode:zh', desc: '替换为 "FailedOperation.DownLoadError"（文件下载失败。）。' },
        ],
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['tmt'] },
    code: "if (err.code === 'FailedOperation.UserHasNoAmount') {}",
    en: [
      {
        at: '1:18',
        messageId: 'otherProductCodeNoMatch',
        message: 'Tencent Cloud error code "FailedOperation.UserHasNoAmount" belongs to ASR; this file calls TMT.',
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'otherProductCodeNoMatch:zh',
        message: '腾讯云错误码 "FailedOperation.UserHasNoAmount" 属于 ASR；此文件调用的产品：TMT。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['ocr'] },
    code: "if (err.code === 'AuthFailure') {}",
    en: [
      {
        at: '1:18',
        messageId: 'familyNameAsCode',
        message:
          'Tencent Cloud error code "AuthFailure" belongs to ACA, AF, AFC, AGS and 114 more products; this file calls OCR, whose errors carry one of the family\'s 8 codes instead ("AuthFailure.…"): `startsWith("AuthFailure.")` tests for them all.',
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'familyNameAsCode:zh',
        message:
          '腾讯云错误码 "AuthFailure" 属于 ACA、AF、AFC、AGS 和其他 114 个产品；此文件调用的产品（OCR）的错误带的是该错误码族的 8 个错误码之一（"AuthFailure.…"）：用 `startsWith("AuthFailure.")` 可以全部判断。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['gaap'] },
    code: "if (err.code === ' FailedOperation．ProxySellOut') {}",
    en: [
      {
        at: '1:18',
        messageId: 'contaminatedCode',
        message:
          'Tencent Cloud error code " FailedOperation．ProxySellOut" has leading white space and the full-width "．" (U+FF0E) for "."; written plainly it is "FailedOperation.ProxySellOut".',
        suggestions: [
          {
            messageId: 'replaceWithCode',
            desc: 'Replace with "FailedOperation.ProxySellOut" (The line is sold out or resources are insufficient; submit a ticket to apply.).',
          },
        ],
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'contaminatedCode:zh',
        message:
          '腾讯云错误码 " FailedOperation．ProxySellOut" 含有开头的空白和全角字符 "．"（U+FF0E，应为 "."）；正确写法是 "FailedOperation.ProxySellOut"。',
        suggestions: [
          {
            messageId: 'replaceWithCode:zh',
            desc: '替换为 "FailedOperation.ProxySellOut"（线路售罄或者资源不足，请提工单申请。）。',
          },
        ],
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['gaap'] },
    code: "if (err.code === ' InternalError') {}",
    en: [
      {
        at: '1:18',
        messageId: 'contaminatedCode',
        message:
          'Tencent Cloud error code " InternalError" has leading white space; written plainly it is "InternalError".',
        suggestions: [{ messageId: 'replaceWithCode', desc: 'Replace with "InternalError" (Internal error.).' }],
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'contaminatedCode:zh',
        message: '腾讯云错误码 " InternalError" 含有开头的空白；正确写法是 "InternalError"。',
        suggestions: [{ messageId: 'replaceWithCode:zh', desc: '替换为 "InternalError"（内部错误。）。' }],
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['gaap'] },
    code: "if (err.code.startsWith('AuthFailur.')) {}",
    en: [
      {
        at: '1:25',
        messageId: 'unknownFamily',
        message: 'Unknown Tencent Cloud error-code family "AuthFailur". Did you mean "AuthFailure"?',
        suggestions: [{ messageId: 'replaceWithFamily', desc: 'Replace with "AuthFailure.".' }],
      },
    ],
    zh: [
      {
        at: '1:25',
        messageId: 'unknownFamily:zh',
        message: '未知的腾讯云错误码族 "AuthFailur"。是否应为 "AuthFailure"？',
        suggestions: [{ messageId: 'replaceWithFamily:zh', desc: '替换为 "AuthFailure."。' }],
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    options: [{ reportUnknownFamilies: true }],
    settings: { products: ['gaap'] },
    code: "if (err.code.startsWith('Throttling.')) {}",
    en: [
      {
        at: '1:25',
        messageId: 'unknownFamilyNoMatch',
        message:
          'Unknown Tencent Cloud error-code family "Throttling" (checked against GAAP and the common codes; add a product with the "products" setting).',
      },
    ],
    zh: [
      {
        at: '1:25',
        messageId: 'unknownFamilyNoMatch:zh',
        message: '未知的腾讯云错误码族 "Throttling"（已对照 GAAP 和公共错误码检查；可用 "products" 设置添加产品）。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['gaap'] },
    code: "if (err.code.startsWith('FailedOperation.Nope')) {}",
    en: [
      {
        at: '1:25',
        messageId: 'unknownPrefix',
        message:
          'No Tencent Cloud error code starts with "FailedOperation.Nope" (checked against GAAP and the common codes; add a product with the "products" setting).',
      },
    ],
    zh: [
      {
        at: '1:25',
        messageId: 'unknownPrefix:zh',
        message:
          '没有以 "FailedOperation.Nope" 开头的腾讯云错误码（已对照 GAAP 和公共错误码检查；可用 "products" 设置添加产品）。',
      },
    ],
  },
  {
    rule: 'exhaustive-error-handling',
    options: [{ families: ['AuthFailure'] }],
    settings: { products: ['gaap'] },
    code: "switch (err.code) {\n  case 'AuthFailure.TokenFailure':\n    break;\n}",
    en: [
      {
        at: '1:1',
        messageId: 'missingCodes',
        message:
          'This switch handles family "AuthFailure" but misses 9 of its 10 codes: "AuthFailure", "AuthFailure.InvalidAuthorization", "AuthFailure.InvalidSecretId", "AuthFailure.MFAFailure", "AuthFailure.NotEnterpriseAuthorization" and 4 more.',
        suggestions: [
          {
            messageId: 'addMissingCases',
            desc: 'Add a case for each missing "AuthFailure" code, rethrowing until it is handled.',
          },
        ],
      },
    ],
    zh: [
      {
        at: '1:1',
        messageId: 'missingCodes:zh',
        message:
          '此 `switch` 语句处理了错误码族 "AuthFailure"，但缺少其 10 个错误码中的 9 个："AuthFailure"、"AuthFailure.InvalidAuthorization"、"AuthFailure.InvalidSecretId"、"AuthFailure.MFAFailure"、"AuthFailure.NotEnterpriseAuthorization" 及其他 4 个。',
        suggestions: [
          {
            messageId: 'addMissingCases:zh',
            desc: '为错误码族 "AuthFailure" 缺少的每个错误码添加一个 `case`，在写好处理之前重新抛出错误。',
          },
        ],
      },
    ],
  },
  {
    rule: 'exhaustive-error-handling',
    options: [{ families: ['LimitExceeded'] }],
    settings: { products: ['gaap'] },
    code: "if (err.code === 'LimitExceeded.TagQuota') {\n  a();\n} else if (err.code === 'LimitExceeded.Domain') {\n  b();\n}",
    en: [
      {
        at: '1:1',
        messageId: 'missingCodes',
        message: 'This if-else chain handles family "LimitExceeded" but misses 1 of its 3 codes: "LimitExceeded".',
        suggestions: [
          {
            messageId: 'addMissingBranches',
            desc: 'Add an else-if branch for each missing "LimitExceeded" code, rethrowing until it is handled.',
          },
        ],
      },
    ],
    zh: [
      {
        at: '1:1',
        messageId: 'missingCodes:zh',
        message: '此 `if-else` 链处理了错误码族 "LimitExceeded"，但缺少其 3 个错误码中的 1 个："LimitExceeded"。',
        suggestions: [
          {
            messageId: 'addMissingBranches:zh',
            desc: '为错误码族 "LimitExceeded" 缺少的每个错误码添加一个 `else if` 分支，在写好处理之前重新抛出错误。',
          },
        ],
      },
    ],
  },
  {
    rule: 'exhaustive-error-handling',
    options: [{ families: ['FailedOperation'] }],
    settings: { products: ['gaap'] },
    code: "switch (err.code) {\n  case 'FailedOperation.ProxySellOut':\n    break;\n}",
    en: [
      {
        at: '1:1',
        messageId: 'missingManyCodes',
        message:
          'This switch handles family "FailedOperation" but misses 46 of its 47 codes: "FailedOperation", "FailedOperation.AccountBalanceInsufficient", "FailedOperation.ActionIsDoing", "FailedOperation.ActionOperateTooQuickly", "FailedOperation.BelongDifferentGroup" and 41 more; too many to insert here: generate an exhaustive handler with "npx gen-handlers --table gaap --family FailedOperation".',
      },
    ],
    zh: [
      {
        at: '1:1',
        messageId: 'missingManyCodes:zh',
        message:
          '此 `switch` 语句处理了错误码族 "FailedOperation"，但缺少其 47 个错误码中的 46 个："FailedOperation"、"FailedOperation.AccountBalanceInsufficient"、"FailedOperation.ActionIsDoing"、"FailedOperation.ActionOperateTooQuickly"、"FailedOperation.BelongDifferentGroup" 及其他 41 个；缺少的太多，无法在此插入：请用 "npx gen-handlers --table gaap --family FailedOperation" 生成完整的处理函数。',
      },
    ],
  },
  {
    rule: 'exhaustive-error-handling',
    options: [{ families: ['*'], scope: 'action' }],
    code: "import { gaap } from 'tencentcloud-sdk-nodejs';\nconst client = new gaap.v20180529.Client({});\nclient.CreateProxy({}).catch((e) => {\n  switch (e.code) {\n    case 'FailedOperation.ProxySellOut':\n      break;\n  }\n});",
    en: [
      {
        at: '4:3',
        messageId: 'missingActionCodes',
        message:
          'This switch handles family "FailedOperation" but misses 7 of the 8 codes of it that CreateProxy can return: "FailedOperation.AccountBalanceInsufficient", "FailedOperation.DuplicatedRequest", "FailedOperation.LimitNumofListener", "FailedOperation.TagResourcesFailed", "FailedOperation.UnTagResourcesFailed" and 2 more.',
        suggestions: [
          {
            messageId: 'addMissingCases',
            desc: 'Add a case for each missing "FailedOperation" code, rethrowing until it is handled.',
          },
        ],
      },
    ],
    zh: [
      {
        at: '4:3',
        messageId: 'missingActionCodes:zh',
        message:
          '此 `switch` 语句处理了错误码族 "FailedOperation"，但在 CreateProxy 可能返回的该族 8 个错误码中缺少 7 个："FailedOperation.AccountBalanceInsufficient"、"FailedOperation.DuplicatedRequest"、"FailedOperation.LimitNumofListener"、"FailedOperation.TagResourcesFailed"、"FailedOperation.UnTagResourcesFailed" 及其他 2 个。',
        suggestions: [
          {
            messageId: 'addMissingCases:zh',
            desc: '为错误码族 "FailedOperation" 缺少的每个错误码添加一个 `case`，在写好处理之前重新抛出错误。',
          },
        ],
      },
    ],
  },
  {
    rule: 'exhaustive-error-handling',
    options: [{ families: ['*'], scope: 'action' }],
    code: "import { cvm } from 'tencentcloud-sdk-nodejs';\nconst client = new cvm.v20170312.Client({});\nclient.TerminateInstances({}).catch((e) => {\n  switch (e.code) {\n    case 'UnsupportedOperation.InstanceChargeType':\n      break;\n  }\n});",
    en: [
      {
        at: '4:3',
        messageId: 'missingManyActionCodes',
        message:
          'This switch handles family "UnsupportedOperation" but misses 22 of the 23 codes of it that TerminateInstances can return: "UnsupportedOperation.InstanceMixedPricingModel", "UnsupportedOperation.InstanceStateBanning", "UnsupportedOperation.InstanceStateEnterRescueMode", "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate", "UnsupportedOperation.InstanceStateExitRescueMode" and 17 more; too many to insert here: generate an exhaustive handler with "npx gen-handlers --table cvm@2017-03-12 --action TerminateInstances".',
      },
    ],
    zh: [
      {
        at: '4:3',
        messageId: 'missingManyActionCodes:zh',
        message:
          '此 `switch` 语句处理了错误码族 "UnsupportedOperation"，但在 TerminateInstances 可能返回的该族 23 个错误码中缺少 22 个："UnsupportedOperation.InstanceMixedPricingModel"、"UnsupportedOperation.InstanceStateBanning"、"UnsupportedOperation.InstanceStateEnterRescueMode"、"UnsupportedOperation.InstanceStateEnterServiceLiveMigrate"、"UnsupportedOperation.InstanceStateExitRescueMode" 及其他 17 个；缺少的太多，无法在此插入：请用 "npx gen-handlers --table cvm@2017-03-12 --action TerminateInstances" 生成完整的处理函数。',
      },
    ],
  },
  {
    rule: 'exhaustive-error-handling',
    options: [{ families: ['FailedOpration'] }],
    settings: { tables: ['gaap'] },
    code: 'export {};',
    en: [
      {
        at: '1:1',
        messageId: 'unknownFamily',
        message:
          'Option "families" names "FailedOpration", which is not a family of the configured tables (did you mean "FailedOperation"?).',
      },
    ],
    zh: [
      {
        at: '1:1',
        messageId: 'unknownFamily:zh',
        message: '选项 "families" 中的 "FailedOpration" 不是所配置码表的错误码族（是否应为 "FailedOperation"？）。',
      },
    ],
  },
  {
    rule: 'exhaustive-error-handling',
    options: [{ families: ['Throttling'] }],
    code: 'export {};',
    en: [
      {
        at: '1:1',
        messageId: 'unknownFamily',
        message: 'Option "families" names "Throttling", which is not a family of any product.',
      },
    ],
    zh: [
      {
        at: '1:1',
        messageId: 'unknownFamily:zh',
        message: '选项 "families" 中的 "Throttling" 不是任何产品的错误码族。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['tmt'] },
    code: "if (err.code === 'UnsupportedOperation.TextTooLong') {}",
    en: [
      {
        at: '1:18',
        messageId: 'removedCode',
        message:
          'Tencent Cloud error code "UnsupportedOperation.TextTooLong" was removed from TMT\'s API in tencentcloud-sdk-go v1.3.130, 2026-07-08.',
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'removedCode:zh',
        message:
          '腾讯云错误码 "UnsupportedOperation.TextTooLong" 已于 `tencentcloud-sdk-go v1.3.130`（2026-07-08）从 TMT 的 API 中删除。',
      },
    ],
  },
  {
    rule: 'no-unknown-error-code',
    settings: { products: ['sms@2019-07-11'] },
    code: "if (err.code === 'InvalidParameterValue.SdkAppidNotExist') {}",
    en: [
      {
        at: '1:18',
        messageId: 'renamedCode',
        message:
          'Tencent Cloud error code "InvalidParameterValue.SdkAppidNotExist" was removed from SMS\'s API (2019-07-11) in tencentcloud-sdk-go v1.0.191, 2021-06-22: renamed to "InvalidParameterValue.SdkAppIdNotExist".',
        suggestions: [
          {
            messageId: 'replaceWithCode',
            desc: 'Replace with "InvalidParameterValue.SdkAppIdNotExist" (SdkAppId 不存在。).',
          },
        ],
      },
    ],
    zh: [
      {
        at: '1:18',
        messageId: 'renamedCode:zh',
        message:
          '腾讯云错误码 "InvalidParameterValue.SdkAppidNotExist" 已于 `tencentcloud-sdk-go v1.0.191`（2021-06-22）从 SMS 的 API（2019-07-11） 中删除：已改名为 "InvalidParameterValue.SdkAppIdNotExist"。',
        suggestions: [
          {
            messageId: 'replaceWithCode:zh',
            desc: '替换为 "InvalidParameterValue.SdkAppIdNotExist"（SdkAppId 不存在。）。',
          },
        ],
      },
    ],
  },
  {
    rule: 'no-removed-action',
    code: "import { tmt } from 'tencentcloud-sdk-nodejs';\nconst client = new tmt.v20180321.Client({});\nclient.TextTranslate({});",
    en: [
      {
        at: '3:8',
        messageId: 'removedAction',
        message:
          'Tencent Cloud API action "TextTranslate" was removed from TMT\'s API in tencentcloud-sdk-go v1.3.130, 2026-07-08.',
      },
    ],
    zh: [
      {
        at: '3:8',
        messageId: 'removedAction:zh',
        message: '腾讯云接口 "TextTranslate" 已于 `tencentcloud-sdk-go v1.3.130`（2026-07-08）从 TMT 的 API 中删除。',
      },
    ],
  },
  {
    rule: 'no-impossible-error-code',
    code: "import { gaap } from 'tencentcloud-sdk-nodejs';\nconst client = new gaap.v20180529.Client({});\nclient.CreateProxy({}).catch((e) => e.code === 'FailedOperation.CertificateIsUsing');",
    en: [
      {
        at: '3:48',
        messageId: 'impossibleCode',
        message:
          'Tencent Cloud error code "FailedOperation.CertificateIsUsing" is not one CreateProxy can return (GAAP documents 29 codes for it).',
      },
    ],
    zh: [
      {
        at: '3:48',
        messageId: 'impossibleCode:zh',
        message:
          '腾讯云错误码 "FailedOperation.CertificateIsUsing" 不是 CreateProxy 可能返回的错误码（GAAP 为其记载了 29 个错误码）。',
      },
    ],
  },
  {
    rule: 'no-impossible-error-code',
    code: "import { gaap } from 'tencentcloud-sdk-nodejs';\nconst client = new gaap.v20180529.Client({});\nasync function f() {\n  try {\n    await client.CreateProxy({});\n    await client.DestroyProxies({});\n  } catch (e) {\n    if (e.code === 'FailedOperation.CertificateIsUsing') f();\n  }\n}",
    en: [
      {
        at: '8:20',
        messageId: 'impossibleCodeOfActions',
        message:
          'Tencent Cloud error code "FailedOperation.CertificateIsUsing" is not one CreateProxy or DestroyProxies can return (GAAP documents 34 codes for them).',
      },
    ],
    zh: [
      {
        at: '8:20',
        messageId: 'impossibleCodeOfActions:zh',
        message:
          '腾讯云错误码 "FailedOperation.CertificateIsUsing" 不是 CreateProxy 或 DestroyProxies 可能返回的错误码（GAAP 为它们共记载了 34 个错误码）。',
      },
    ],
  },
];

/**
 * A suggestion's text without the code description it ends with: a description is the table's text, in Chinese
 * where the table has no English (SMS 2019-07-11 has none), and may be either language.
 */
function withoutDescription({ messageId, desc }: { readonly messageId: string; readonly desc: string }): string {
  return messageId === 'replaceWithCode' ? desc.replace(/ \([^()]*\)\.$/u, '.') : desc;
}

function lint({ rule, options = [], settings = {}, code }: Case, lang: 'en' | 'zh'): Report[] {
  const messages = new Linter().verify(
    code,
    [
      {
        plugins: { 'tencentcloud-errors': plugin },
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        settings: { 'tencentcloud-errors': { ...settings, lang } },
        rules: { [`tencentcloud-errors/${rule}`]: ['error', ...options] },
      },
    ],
    'file.js',
  );
  return messages.map((m) => ({
    at: `${m.line}:${m.column}`,
    messageId: m.messageId ?? '',
    message: m.message,
    ...(m.suggestions === undefined
      ? {}
      : { suggestions: m.suggestions.map((s) => ({ messageId: s.messageId ?? '', desc: s.desc })) }),
  }));
}

describe('the messages as reported', () => {
  it.each(CASES.map((testCase) => [testCase.code, testCase] as const))('%s', (_, testCase) => {
    expect(lint(testCase, 'en')).toEqual(testCase.en);
    expect(lint(testCase, 'zh')).toEqual(testCase.zh);
  });

  it('cover every message id of every rule, in both languages', () => {
    const all = (Object.keys(rules) as RuleName[]).flatMap((name) => Object.keys(rules[name].meta.messages));
    const reported = new Set(
      CASES.flatMap((testCase) =>
        [...testCase.en, ...testCase.zh].flatMap((report) => [
          report.messageId,
          ...(report.suggestions ?? []).map((suggestion) => suggestion.messageId),
        ]),
      ),
    );
    expect(all.filter((id) => !reported.has(id))).toEqual([]);
  });

  const reports = CASES.flatMap((testCase) => testCase.zh.map((report) => [report.message, report] as const));
  it.each(reports)('in Chinese: %s', (_, report) => {
    for (const text of [report.message, ...(report.suggestions ?? []).map((s) => s.desc)]) {
      expect(englishIn(text), text).toEqual([]);
    }
  });

  const english = CASES.flatMap((testCase) => testCase.en.map((report) => [report.message, report] as const));
  it.each(english)('in English: %s', (_, report) => {
    for (const text of [report.message, ...(report.suggestions ?? []).map((s) => withoutDescription(s))]) {
      expect(unquoted(text), text).not.toMatch(CHINESE);
    }
  });
});

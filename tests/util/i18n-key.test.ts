import type { TSESTree } from '@typescript-eslint/utils';

import { isI18nKeyText, isTranslationArgument } from '../../src/util/index.js';
import { probe } from '../support/probe.js';

describe('isI18nKeyText', () => {
  it.each([
    { given: 'InternalError.title', want: true },
    { given: 'ResourceNotFound.description', want: true },
    { given: 'errors.InternalError.hint', want: true },
    { given: 'InternalError', want: false },
    { given: 'FailedOperation.ProxySellOut', want: false },
    { given: 'ResourceNotFound.description.Title', want: false },
    { given: 'InternalError.', want: false },
    { given: 'InternalError.9', want: false },
  ])('$given: $want', ({ given, want }) => {
    expect(isI18nKeyText(given)).toBe(want);
  });
});

/** For each string literal `"X…"` of `code` (those starting with X), whether it sits in a translation call. */
function inTranslation(code: string): boolean[] {
  return probe(
    code,
    (node, context) => isTranslationArgument(node as TSESTree.StringLiteral, context),
    'Literal[value=/^X/]',
    'file.tsx',
  );
}

describe('isTranslationArgument', () => {
  it.each([
    { given: 't("X.a");', want: [true], why: 't()' },
    { given: 'i18n.t("X.a", { defaultValue: "X.b" });', want: [true, true], why: 'i18n.t() and its options' },
    { given: 'this.$t(ok ? "X.a" : "X.b");', want: [true, true], why: '$t() of vue-i18n, both branches' },
    { given: 'intl.formatMessage({ id: "X.a" });', want: [true], why: "react-intl's formatMessage" },
    { given: '__("X.a");', want: [true], why: "i18n-node's __" },
    { given: 'const { t: tr } = useTranslation(); tr("X.a");', want: [true], why: 'a t renamed from useTranslation()' },
    { given: 'const tr = useTranslations("errors"); tr("X.a");', want: [true], why: "next-intl's useTranslations()" },
    {
      given: 'async function f() { const tr = await getTranslations(); tr("X.a"); }',
      want: [true],
      why: 'an awaited hook',
    },
    { given: 'const e = <Trans i18nKey="X.a" />;', want: [true], why: 'an i18nKey attribute' },
    { given: 'const e = <FormattedMessage id={"X.a"} />;', want: [true], why: "a FormattedMessage's id" },
  ])('$given: yes ($why)', ({ given, want }) => {
    expect(inTranslation(given)).toEqual(want);
  });

  it.each([
    { given: 'log("X.a");', why: 'another function' },
    { given: 't.is("X.a");', why: 'a method of t' },
    { given: 'const tr = make(); tr("X.a");', why: 'a function that no hook made' },
    { given: 'if (t) { const s = "X.a"; }', why: 'a statement inside a block, not an argument' },
    { given: 't(() => { const s = "X.a"; });', why: 'a callback: the search stops at the function' },
    { given: 'const e = <div id="X.a" />;', why: 'the id of another element' },
    { given: 'const o = { t: "X.a" };', why: 'a property named t' },
  ])('$given: no ($why)', ({ given }) => {
    expect(inTranslation(given)).toEqual([false]);
  });
});

import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

import { isI18nKeyText, isTranslationArgument } from '../../src/util/index.js';

type Context = Parameters<typeof isTranslationArgument>[1];

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
  const found: boolean[] = [];
  const rule: Rule.RuleModule = {
    meta: { schema: [] },
    create: (context) => ({
      Literal(node: Rule.Node) {
        const literal = node as unknown as TSESTree.Literal;
        if (typeof literal.value === 'string' && literal.value.startsWith('X')) {
          found.push(isTranslationArgument(literal, context as unknown as Context));
        }
      },
    }),
  };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { test: { rules: { probe: rule } } },
        rules: { 'test/probe': 'error' },
      },
    ],
    'file.tsx',
  );
  expect(messages).toEqual([]);
  return found;
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

import type { TSESTree } from '@typescript-eslint/utils';

import { loadTable, shippedCatalogue } from '../../src/table/load.js';
import { calledAction, removalData, removedAction, removedCode } from '../../src/util/index.js';
import { probe } from '../support/probe.js';

/** Facts of tencentcloud-sdk-go's history (docs/tables.md, "The history"), as the shipped catalogue records them. */
describe('removedCode', () => {
  const tmt = [loadTable('tmt')];

  it('tells which API version dropped a code, in which release', () => {
    const removed = removedCode(tmt, 'UnsupportedOperation.TextTooLong');
    expect(removed?.table.service).toBe('tmt');
    expect(removed?.removal.in).toEqual({ version: 'v1.3.130', date: '2026-07-08', order: 1628 });
    expect(removalData(removed!)).toEqual({ api: "TMT's API", release: 'v1.3.130', date: '2026-07-08' });
  });

  it('knows nothing of a current code, nor of one the product never had', () => {
    expect(removedCode(tmt, 'FailedOperation.NoFreeAmount')).toBeUndefined();
    expect(removedCode(tmt, 'FailedOperation.ProxySellOut')).toBeUndefined();
  });

  it('is no removal where another API version of the products still has the code', () => {
    // SMS 2019-07-11 renamed the code in v1.0.191; SMS 2021-01-11 never had it. With CVM, nothing changes.
    const sms2019 = loadTable('sms@2019-07-11');
    expect(removedCode([sms2019], 'InvalidParameterValue.SdkAppidNotExist')?.removal.renamedTo).toBe(
      'InvalidParameterValue.SdkAppIdNotExist',
    );
    expect(
      removedCode([loadTable('sms'), sms2019, loadTable('cvm')], 'InvalidParameterValue.SdkAppidNotExist')?.table
        .version,
    ).toBe('2019-07-11');
    expect(removedCode([sms2019], 'InvalidParameterValue.SdkAppIdNotExist')).toBeUndefined();
  });

  it('names the API version of a product that has several', () => {
    const es = shippedCatalogue().versionTables('es');
    const removed = removedCode(es, 'FailedOperation.UnsupportResetScaledownAndModifyDisk');
    expect(removalData(removed!)).toEqual({ api: "ES's API (2018-04-16)", release: 'v1.0.667', date: '2023-05-30' });
  });
});

describe('removedAction', () => {
  it('tells which API version dropped an action; a current one is no removal', () => {
    const tmt = [loadTable('tmt')];
    expect(removedAction(tmt, 'TextTranslate')?.removal.in.version).toBe('v1.3.130');
    expect(removedAction(tmt, 'LanguageDetect')?.removal.in).toEqual({
      version: 'v1.3.55',
      date: '2026-03-13',
      order: 1553,
    });
    expect(removedAction(tmt, 'ImageTranslateLLM')).toBeUndefined();
    expect(removedAction(tmt, 'CreateProxy')).toBeUndefined();
  });
});

describe('calledAction', () => {
  /** What calledAction finds in each `…(…)` call of `code` whose callee is a member, taking every name. */
  function found(code: string): (string | undefined)[] {
    return probe(
      code,
      (node, context) => {
        const call = calledAction(context, node as TSESTree.CallExpression, () => true);
        return call === undefined ? undefined : `${call.name} @${call.node.range.join('-')}`;
      },
      'CallExpression[callee.type="MemberExpression"]',
    );
  }

  it('reads an action method and CommonClient.request with a literal action', () => {
    expect(found('client.TextTranslate({});\nclient.request("TextTranslate", {});')).toEqual([
      'TextTranslate @7-20',
      'TextTranslate @41-56',
    ]);
  });

  it('passes over other names, dynamic ones, and names the file defines itself', () => {
    expect(
      found(
        'list.map(f);\nclient.request(action, {});\nclient["Text" + "Translate"]({});\nclass T { TextTranslate() {} }\nt.TextTranslate();',
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('asks `wanted` before it reads the file for its own names', () => {
    const asked: string[] = [];
    probe(
      'client.TextTranslate({});\nclient.Describe({});',
      (node, context) =>
        calledAction(context, node as TSESTree.CallExpression, (name) => {
          asked.push(name);
          return false;
        }),
      'CallExpression',
    );
    expect(asked).toEqual(['TextTranslate', 'Describe']);
  });
});

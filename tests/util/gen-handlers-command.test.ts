import { genHandlersActionCommand, genHandlersCommand } from '../../src/util/index.js';

describe('genHandlersCommand', () => {
  it.each<{ name: string; consulted: string[]; scopedToProducts: boolean; want: string }>([
    {
      name: 'the products a file calls, without common',
      consulted: ['tmt', 'cvm@2017-03-12', 'common'],
      scopedToProducts: true,
      want: 'npx gen-handlers --table tmt --table cvm@2017-03-12 --family FailedOperation',
    },
    {
      name: 'common when it is all there is',
      consulted: ['common'],
      scopedToProducts: true,
      want: 'npx gen-handlers --table common --family FailedOperation',
    },
    {
      name: 'configured tables: names as they are, files under the folder relative to it, quoted where a shell would split them',
      consulted: ['gaap', '/project/tables/my table.json', 'rel/demo.json', '/elsewhere/t.json', "/project/it's.md"],
      scopedToProducts: false,
      want: `npx gen-handlers --table gaap --table 'tables/my table.json' --table rel/demo.json --table /elsewhere/t.json --table 'it'\\''s.md' --family FailedOperation`,
    },
    {
      name: 'a file named like a parent folder is still under it; the folder itself is not a file under it',
      consulted: ['/project/..demo.json', '/project', '/projects/x.json'],
      scopedToProducts: false,
      want: 'npx gen-handlers --table ..demo.json --table /project --table /projects/x.json --family FailedOperation',
    },
    {
      name: 'control characters are shown, not sent to the terminal',
      consulted: ['/project/\u001B[31mred.json'],
      scopedToProducts: false,
      want: "npx gen-handlers --table '\\u{001B}[31mred.json' --family FailedOperation",
    },
  ])('$name', ({ consulted, scopedToProducts, want }) => {
    expect(genHandlersCommand({ consulted, scopedToProducts }, 'FailedOperation', '/project')).toBe(want);
  });
});

describe('genHandlersActionCommand', () => {
  it('names the table and each action with its own flag', () => {
    expect(genHandlersActionCommand('gaap@2018-05-29', ['CreateProxy', 'DestroyProxies'])).toBe(
      'npx gen-handlers --table gaap@2018-05-29 --action CreateProxy --action DestroyProxies',
    );
  });
});

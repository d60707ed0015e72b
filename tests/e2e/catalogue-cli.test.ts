import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { FIXTURES, ROOT } from '../support/paths.js';

const BIN = path.join(ROOT, 'dist/codegen/cli/bin.js');
const TREE = path.join(FIXTURES, 'sdk-tree');

function run(args: string[], cwd = TREE): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, 'import', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fixture import from `sdk` (the SDK flags), into `out`. */
function importFrom(sdk: readonly string[], out: string, extra: readonly string[]) {
  const sources = ['--page', 'widget-page.json', '--common', 'common-codes.txt'];
  return run([...sdk, ...sources, '--common-descriptions', 'common-descriptions.json', '--out-dir', out, ...extra]);
}

/** The fixture import from the checkouts, into `out`. */
function importInto(out: string, ...extra: string[]) {
  const sdk = ['--sdk-go', 'zh', '--sdk-go-en', 'en', '--sdk-go-commit', '0123456789abcdef0123456789abcdef01234567'];
  return importFrom(sdk, out, extra);
}

const ZH = path.join(TREE, 'zh', 'tencentcloud');

describe('gen-handlers import --sdk-go', () => {
  let out = '';
  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), 'tce-catalogue-cli-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('imports every product, prints the figures, and each warning as one file:line: reason line on stderr', () => {
    const result = importInto(out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'tencentcloud-sdk-go 9.8.7: 3 products, 4 API versions, 10 codes (7 distinct), 6 actions (4 with a code list), 8 action-code pairs',
        'tencentcloud-sdk-go-intl-en 3.2.1: 2 API versions',
        'catalogue: 3 products, 4 API versions, 12 codes (9 distinct, 6 with English), 6 actions (4 with a code list), 8 action-code pairs, 4 common codes; 5 warnings',
        `${out}: 6 files, 6 written, 0 unchanged, 0 removed`,
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      [
        `${ZH}/broken/v20230303/client.go:12: Fix lists "ResourceNotFound.Ghost", which errors.go lacks; skipped`,
        `${ZH}/broken/v20230303/errors.go:9: skipped the code "InternalError.", which is not of the form Family or Family.Segment (letters, digits, "_" and "-", separated by single dots); 1 action list in client.go drop it too`,
        `${ZH}/broken/v20230303/errors.go:15: skipped a second "InternalError.Backend" (first on line 12)`,
        `${ZH}/broken/v20230303/errors.go:17: no description comment above "MissingParameter.Name"; the code stands in for its description`,
        `${ZH}/hollow/v20220202/errors.go: no error codes: hollow 2022-02-02 has no codes of its own`,
        '',
      ].join('\n'),
    );
    expect(readdirSync(path.join(out, 'catalogue')).sort()).toEqual([
      'broken.json',
      'codes.txt',
      'hollow.json',
      'index.json',
      'widget.json',
    ]);
    expect(JSON.parse(readFileSync(path.join(out, 'common.json'), 'utf8'))).toMatchObject({
      table: 'common',
      source: path.relative(out, path.join(TREE, 'common-codes.txt')),
    });
  });

  it('is reproducible: a second run writes nothing and --check passes', () => {
    importInto(out);
    const before = readFileSync(path.join(out, 'catalogue', 'widget.json'), 'utf8');
    expect(importInto(out).stdout).toContain(`${out}: 6 files, 0 written, 6 unchanged, 0 removed\n`);
    expect(readFileSync(path.join(out, 'catalogue', 'widget.json'), 'utf8')).toBe(before);
    expect(importInto(out, '--check')).toMatchObject({ status: 0 });
  });

  it('--check names a stale and a left-over file and exits 1; a real run rewrites one and removes the other', () => {
    importInto(out);
    writeFileSync(path.join(out, 'catalogue', 'widget.json'), '{}\n');
    cpSync(path.join(out, 'catalogue', 'hollow.json'), path.join(out, 'catalogue', 'gone.json'));
    const check = importInto(out, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      `${path.join(out, 'catalogue/widget.json')} is stale: re-run the catalogue import\n`,
    );
    expect(check.stderr).toContain(`${path.join(out, 'catalogue/gone.json')} is not part of the catalogue any more\n`);
    expect(importInto(out).stdout).toContain(`${out}: 6 files, 1 written, 5 unchanged, 1 removed\n`);
    expect(existsSync(path.join(out, 'catalogue', 'gone.json'))).toBe(false);
  });

  it('refuses bad usage with one line and exit 2', () => {
    expect(run(['--sdk-go', 'zh'])).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: the catalogue import needs --out-dir <dir> (the data folder)\n',
    });
    expect(run(['--sdk-go', 'zh', '--sdk-go-commit', 'HEAD', '--out-dir', out])).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: --sdk-go-commit must be a hexadecimal commit id, got "HEAD"\n',
    });
    expect(run(['--sdk-go', '.', '--out-dir', out])).toMatchObject({
      status: 2,
      stderr: `gen-handlers: ${TREE}: not a tencentcloud-sdk-go checkout (expected a tencentcloud/ folder with common/ in it)\n`,
    });
  });
});

/**
 * A git repository in tencentcloud-sdk-go's shape, made from the fixture tree: `release v9.8.6` has
 * `LimitExceeded.WidgetQuotas` and an action `RetireWidget`; a commit between releases changes nothing of the API;
 * `release v9.8.7` is the fixture tree, which spells the code `LimitExceeded.WidgetQuota` and has no `RetireWidget`.
 */
function sdkRepository(dir: string): { first: string } {
  const git = (args: string[], date: string): string => {
    const result = spawnSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  const widget = path.join(dir, 'tencentcloud', 'widget', 'v20210101');
  const retire = [
    '',
    '// RetireWidget',
    '// 停产部件。',
    '//',
    '// 可能返回的错误码:',
    '//  INTERNALERROR = "InternalError"',
    '//  LIMITEXCEEDED_WIDGETQUOTAS = "LimitExceeded.WidgetQuotas"',
    'func (c *Client) RetireWidget(request *RetireWidgetRequest) (response *RetireWidgetResponse, err error) {',
    '    return',
    '}',
    '',
  ].join('\n');
  git(['init', '-q', '-b', 'main'], '2024-01-01T10:00:00+08:00');
  cpSync(path.join(TREE, 'zh', 'tencentcloud'), path.join(dir, 'tencentcloud'), { recursive: true });
  for (const name of ['errors.go', 'client.go']) {
    const file = path.join(widget, name);
    const text = readFileSync(file, 'utf8').replaceAll('LimitExceeded.WidgetQuota"', 'LimitExceeded.WidgetQuotas"');
    writeFileSync(file, name === 'client.go' ? text + retire : text.replace('WIDGETQUOTA =', 'WIDGETQUOTAS ='));
  }
  git(['add', '-A'], '2024-01-01T10:00:00+08:00');
  git(['commit', '-q', '-m', 'release v9.8.6'], '2024-01-01T10:00:00+08:00');
  const first = git(['rev-parse', 'HEAD'], '2024-01-01T10:00:00+08:00');
  writeFileSync(path.join(dir, 'README.md'), 'SDK\n');
  git(['add', '-A'], '2024-02-01T10:00:00+08:00');
  git(['commit', '-q', '-m', 'doc: a readme'], '2024-02-01T10:00:00+08:00');
  cpSync(path.join(TREE, 'zh', 'tencentcloud', 'widget'), path.join(dir, 'tencentcloud', 'widget'), {
    recursive: true,
  });
  git(['add', '-A'], '2024-03-05T23:30:00+08:00');
  git(['commit', '-q', '-m', 'release v9.8.7'], '2024-03-05T23:30:00+08:00');
  return { first };
}

describe('gen-handlers import --sdk-go <git repository>', () => {
  let out = '';
  let repo = '';
  let first = '';
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'tce-sdk-repo-'));
    ({ first } = sdkRepository(repo));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), 'tce-catalogue-cli-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  /** The fixture import, from the repository rather than the checkout. */
  function importRepo(...extra: string[]) {
    return importFrom(['--sdk-go', repo], out, extra);
  }

  it('reads the tree of HEAD and the history up to it, and records the commit', () => {
    const result = importRepo();
    expect(result.status).toBe(0);
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    expect(result.stdout).toBe(
      [
        'tencentcloud-sdk-go 9.8.7: 3 products, 4 API versions, 10 codes (7 distinct), 6 actions (4 with a code list), 8 action-code pairs',
        'catalogue: 3 products, 4 API versions, 12 codes (9 distinct, 4 with English), 6 actions (4 with a code list), 8 action-code pairs, 4 common codes; 5 warnings',
        'history: 2 releases; 1 codes and 1 actions removed from the API versions, 1 renames',
        `${out}: 10 files, 10 written, 0 unchanged, 0 removed`,
        '',
      ].join('\n'),
    );
    expect(result.stderr.split('\n')[0]).toBe(
      `${repo}/.git@${head.slice(0, 12)}/tencentcloud/broken/v20230303/client.go:12: Fix lists "ResourceNotFound.Ghost", which errors.go lacks; skipped`,
    );
    expect(readFileSync(path.join(out, 'catalogue', 'index.json'), 'utf8')).toContain(
      `{"name":"tencentcloud-sdk-go","version":"9.8.7","commit":"${head}"}`,
    );
    expect(readFileSync(path.join(out, 'catalogue', 'history', 'releases.json'), 'utf8')).toContain(
      '\n    ["v9.8.6","2024-01-01"],\n    ["v9.8.7","2024-03-05"]\n',
    );
    const widget = readFileSync(path.join(out, 'catalogue', 'history', 'widget.json'), 'utf8');
    expect(widget).toContain(
      '\n        {"code":"LimitExceeded.WidgetQuotas","zh":"部件数量超过限制。","since":0,"removed":1,"renamedTo":"LimitExceeded.WidgetQuota"}\n',
    );
    expect(widget).toContain('\n        "RetireWidget": {"since":0,"removed":1,"codes":[4,7]}\n');
  });

  it('refuses a commit the repository does not have, in one line', () => {
    expect(importRepo('--sdk-go-commit', 'deadbeef')).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `gen-handlers: ${repo}/.git: the repository has no commit "deadbeef"\n`,
    });
  });

  it('reads an earlier commit when asked, with the history up to it', () => {
    const result = importRepo('--sdk-go-commit', first);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'history: 1 releases; 0 codes and 0 actions removed from the API versions, 0 renames\n',
    );
    expect(readFileSync(path.join(out, 'catalogue', 'widget.json'), 'utf8')).toContain('"LimitExceeded.WidgetQuotas"');
  });
});

describe('gen-handlers import --drift', () => {
  it('compares two tables', () => {
    const result = run(['--drift', 'widget-page.json', 'zh/tencentcloud/widget/v20210101/errors.go']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(
      `widget-page.json vs zh/tencentcloud/widget/v20210101/errors.go: widget-page.json (4 codes) and zh/tencentcloud/widget/v20210101/errors.go (5 codes) share 2
only in widget-page.json (2):
  AuthFailure.SignatureFailure  签名错误。 — Signature error.
  FailedOperation.WidgetRetired  部件已停产。 — The widget is no longer made.
only in zh/tencentcloud/widget/v20210101/errors.go (3):
  InternalError  内部错误。
  LimitExceeded.WidgetQuota  部件数量超过限制。
  ResourceNotFound.Widget  部件不存在。
`,
    );
  });

  it('compares a product page with the SDK in the shipped catalogue', () => {
    const result = run(['--drift', 'gaap'], ROOT);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toBe(
      'gaap@2018-05-29: the error-code page (69 codes) and tencentcloud-sdk-go 1.3.166 (88 codes) share 54',
    );
    expect(result.stdout).toContain('\nonly in the error-code page (15):\n');
    expect(result.stdout).toContain('\nonly in tencentcloud-sdk-go 1.3.166 (34):\n');
    expect(result.stdout).toContain('\n  FailedOperation.LimitNumofDomains  ');
  });

  it('alone, reports the products whose API moved most in the 6 and 12 months up to the newest release', () => {
    const result = run(['--drift', '--top', '2'], ROOT);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout.split('\n').slice(0, 6)).toEqual([
      'API changes in the 6 and 12 months up to tencentcloud-sdk-go v1.3.166 (2026-08-21), the newest release in the',
      "catalogue's history: after 2026-02-21 and after 2025-08-21. The windows end at that release, not today, so the",
      'report is the same on any day. 141 of 258 products changed in the 12 months; the 2 that changed most:',
      '',
      '| product | codes, 6 months | codes, 12 months | actions, 6 months | actions, 12 months |',
      '| --- | --- | --- | --- | --- |',
    ]);
    // CSIP 2022-11-21 had 348 actions in v1.3.164 (2026-08-19), 568 in v1.3.165 and 610 in v1.3.166.
    expect(result.stdout).toContain('\n| csip | +25 −0 | +25 −0 | +531 −0 | +531 −0 |\n');
  });

  it("with --changes, lists one product's changes in the 12 months, as the SDK's git log has them", () => {
    const result = run(['--drift', '--changes', 'tmt'], ROOT);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    // v1.3.51 (719dd98117) added a code; v1.3.55 (425b895ea5) dropped six actions and eight codes; v1.3.71 added a
    // code that v1.3.130 (cab4944198) dropped with seven more and TextTranslate.
    expect(result.stdout).toBe(`tmt: 25 changes after 2025-08-21
  2026-03-02 v1.3.51  + code FailedOperation.DecodeErr (2018-03-21)
  2026-03-13 v1.3.55  - action FileTranslate (2018-03-21)
  2026-03-13 v1.3.55  - action GetFileTranslate (2018-03-21)
  2026-03-13 v1.3.55  - action ImageTranslate (2018-03-21)
  2026-03-13 v1.3.55  - action LanguageDetect (2018-03-21)
  2026-03-13 v1.3.55  - action SpeechTranslate (2018-03-21)
  2026-03-13 v1.3.55  - action TextTranslateBatch (2018-03-21)
  2026-03-13 v1.3.55  - code FailedOperation (2018-03-21)
  2026-03-13 v1.3.55  - code FailedOperation.InsertErr (2018-03-21)
  2026-03-13 v1.3.55  - code FailedOperation.SubmissionLimitReached (2018-03-21)
  2026-03-13 v1.3.55  - code FailedOperation.TooManyWaitProcess (2018-03-21)
  2026-03-13 v1.3.55  - code FailedOperation.UserHasNoFreeAmount (2018-03-21)
  2026-03-13 v1.3.55  - code InvalidParameter.DuplicatedSessionIdAndSeq (2018-03-21)
  2026-03-13 v1.3.55  - code InvalidParameter.SeqIntervalTooLarge (2018-03-21)
  2026-03-13 v1.3.55  - code UnsupportedOperation.AudioDurationExceed (2018-03-21)
  2026-04-03 v1.3.71  + code FailedOperation.RequestHunYuanErr (2018-03-21)
  2026-07-08 v1.3.130  - action TextTranslate (2018-03-21)
  2026-07-08 v1.3.130  - code FailedOperation.LanguageRecognitionErr (2018-03-21)
  2026-07-08 v1.3.130  - code FailedOperation.RequestAiLabErr (2018-03-21)
  2026-07-08 v1.3.130  - code FailedOperation.RequestHunYuanErr (2018-03-21)
  2026-07-08 v1.3.130  - code InternalError.ErrorGetRoute (2018-03-21)
  2026-07-08 v1.3.130  - code InvalidParameterValue (2018-03-21)
  2026-07-08 v1.3.130  - code LimitExceeded.LimitedAccessFrequency (2018-03-21)
  2026-07-08 v1.3.130  - code RequestLimitExceeded.UinLimitExceeded (2018-03-21)
  2026-07-08 v1.3.130  - code UnsupportedOperation.TextTooLong (2018-03-21)
`);
  });

  it('refuses --changes without --drift, and a bad --top, in one line', () => {
    expect(run(['--changes', 'tmt', '--sdk-go', 'zh'])).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: --changes goes with --drift\n',
    });
    expect(run(['--drift', '--top', 'many'], ROOT)).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: --top must be a whole number above 0, got "many"\n',
    });
  });

  it('refuses a product without a page', () => {
    expect(run(['--drift', 'cvm'], ROOT)).toMatchObject({
      status: 2,
      stderr: 'gen-handlers: cvm: the catalogue has no error-code page for this product; compare two tables\n',
    });
  });
});

import { distance } from 'fastest-levenshtein';

import { familyOf } from '../table/grammar.js';
import { maxEditDistance } from '../table/spelling.js';
import { TableError } from '../table/table-error.js';
import { eachLineStartingWith, git, gitBytes, readBlobs } from './git-repo.js';
import { declaredAction, readSdkFiles, readVersionFiles, type SdkFiles, type SdkTree } from './sdk-tree.js';

/**
 * The history of tencentcloud-sdk-go's API, read from its git repository: for every API version of the tree being
 * imported, when each code (`errors.go`) and each action (`client.go`) first appeared in a release and, for those the
 * tree no longer has, the last release that had them and each removed action's last list of codes.
 *
 * The repository has one commit per release on its first-parent line (`release v1.3.130`, `release 3.0.233` before
 * v1); a commit between releases belongs to the next release, the one that shipped it. What a release had is what its
 * commit's tree had, so a code added and dropped again between two releases is in none.
 *
 * Only a few git commands run, none of which checks a tree out: the list of commits; the commits that changed each
 * `errors.go` (whose new texts are read, small files); and the `client.go` diffs cut to their `func (c *Client) X(`
 * lines (these files are large: reading every version of them would be 2.6 GB). A removed action's last list is read
 * from the `client.go` of the last release that had it.
 */

/** A release of the SDK: its name as its commit gives it (`v1.3.130`), the commit date (yyyy-mm-dd), the commit. */
interface SdkRelease {
  readonly name: string;
  readonly date: string;
  readonly commit: string;
}

/** When a code or action was in an API version's releases: indexes into `SdkHistory.releases`. */
export interface ItemHistory {
  /** The first release that had it. */
  since: number;
  /** The release of its latest arrival: `since`, or a later one for what was dropped and came back. */
  arrived: number;
  /** For what the last release read does not have: the first release without it (the one before had it). */
  removed: number | undefined;
}

interface CodeHistory extends ItemHistory {
  /** Its description in the last release that had it. */
  description: string;
}

interface ActionHistory extends ItemHistory {
  /** For a removed action: the codes its last release listed for it (`null`: none listed). */
  lastCodes: readonly string[] | null;
}

/** One API version's history. */
export interface VersionHistory {
  readonly product: string;
  readonly version: string;
  /** Every code some release of the version had. */
  readonly codes: Map<string, CodeHistory>;
  /** Every action some release of the version had. */
  readonly actions: Map<string, ActionHistory>;
}

export interface SdkHistory {
  /** Oldest first. */
  readonly releases: readonly SdkRelease[];
  /** By `product@version`. */
  readonly versions: ReadonlyMap<string, VersionHistory>;
}

/** The subject of a release commit: `release v1.3.130`, `release 3.0.233`. */
const RELEASE = /^release (v?\d+(?:\.\d+)+)\s*$/u;
const ERRORS_OR_CLIENT = /^tencentcloud\/([a-z][a-z0-9]*)\/(v\d{8})\/(errors|client)\.go$/u;

/** An API version of the tree, as tracked: `tmt@2018-03-21` ↔ `tencentcloud/tmt/v20180321`. */
interface Tracked {
  readonly key: string;
  readonly product: string;
  readonly version: string;
  readonly dir: string;
}

/** One commit of the first-parent line, with what it changed of the tracked versions. */
export interface CommitChanges {
  readonly commit: string;
  /** Committer date, yyyy-mm-dd. */
  readonly date: string;
  readonly subject: string;
  /** The new codes (with descriptions) of each `errors.go` the commit changed; empty for a deleted one. */
  readonly errors: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The actions each changed `client.go` declares anew (`+func`) and no more (`-func`). */
  readonly actions: ReadonlyMap<string, { readonly added: ReadonlySet<string>; readonly dropped: ReadonlySet<string> }>;
}

/**
 * Replays the commits, oldest first, into releases and each version's history. Commits after the last release
 * commit make one more release, named `unreleased <short commit>`, so that the history ends where the tree does.
 */
export function replayHistory(
  commits: readonly CommitChanges[],
  keys: readonly { readonly key: string; readonly product: string; readonly version: string }[],
): SdkHistory {
  const releases: SdkRelease[] = [];
  const versions = new Map<string, VersionHistory>();
  for (const { key, product, version } of keys)
    versions.set(key, { product, version, codes: new Map(), actions: new Map() });
  /** The working state: codes (with descriptions) and actions of each version after the commits so far. */
  const codesNow = new Map<string, ReadonlyMap<string, string>>();
  const actionsNow = new Map<string, Set<string>>();
  /** The state at the last release. */
  const codesReleased = new Map<string, ReadonlySet<string>>();
  const actionsReleased = new Map<string, ReadonlySet<string>>();
  const touched = new Set<string>();

  commits.forEach((c, i) => {
    for (const [key, codes] of c.errors) {
      codesNow.set(key, codes);
      touched.add(key);
    }
    for (const [key, { added, dropped }] of c.actions) {
      const now = actionsNow.get(key) ?? new Set<string>();
      for (const name of dropped) now.delete(name);
      for (const name of added) now.add(name);
      actionsNow.set(key, now);
      touched.add(key);
    }
    const name = RELEASE.exec(c.subject)?.[1];
    const last = i === commits.length - 1;
    if (name === undefined && !last) return;
    const r = releases.length;
    releases.push({ name: name ?? `unreleased ${c.commit.slice(0, 12)}`, date: c.date, commit: c.commit });
    for (const key of touched) {
      const history = versions.get(key);
      if (history === undefined) continue;
      const codes = codesNow.get(key) ?? new Map<string, string>();
      settle(history.codes, codesReleased.get(key) ?? new Set(), new Set(codes.keys()), r, (code) => ({
        description: codes.get(code) ?? '',
      }));
      for (const [code, description] of codes) {
        const entry = history.codes.get(code);
        if (entry !== undefined) entry.description = description;
      }
      codesReleased.set(key, new Set(codes.keys()));
      const actions = new Set(actionsNow.get(key) ?? []);
      settle(history.actions, actionsReleased.get(key) ?? new Set(), actions, r, () => ({ lastCodes: null }));
      actionsReleased.set(key, actions);
    }
    touched.clear();
  });
  return { releases, versions };
}

/** Records what release `r` added and dropped: `before` had, `after` has. */
function settle<T extends ItemHistory>(
  items: Map<string, T>,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  r: number,
  extra: (name: string) => Omit<T, keyof ItemHistory>,
): void {
  for (const name of after) {
    if (before.has(name)) continue;
    const item = items.get(name);
    if (item === undefined) {
      items.set(name, { since: r, arrived: r, removed: undefined, ...extra(name) } as T);
    } else {
      item.arrived = r;
      item.removed = undefined;
    }
  }
  for (const name of before) {
    const item = items.get(name);
    if (!after.has(name) && item !== undefined) item.removed = r;
  }
}

/**
 * The renames of an API version, removed code → its new spelling: a code of the same family that the release which
 * dropped the removed one added, spelt closely (the part after the family within the "did you mean" distance of the
 * removed one's, case aside; family codes without a dot take part in none), and still there. Each removed code takes
 * its closest such code and each such code is the rename of its closest removed code only; a tie makes no rename.
 */
export function renamesOf(history: VersionHistory): Map<string, string> {
  const added = new Map<number, string[]>();
  for (const [code, item] of history.codes) {
    if (item.removed !== undefined || !code.includes('.')) continue;
    const list = added.get(item.arrived) ?? [];
    list.push(code);
    added.set(item.arrived, list);
  }
  /** Each removed code's closest candidate, then each candidate's closest removed code. */
  const best = new Map<string, Closest>();
  for (const [code, item] of history.codes) {
    if (item.removed === undefined || !code.includes('.')) continue;
    const rest = restOf(code);
    const limit = maxEditDistance(rest.length);
    let closest: Closest | undefined;
    for (const other of added.get(item.removed) ?? []) {
      if (familyOf(other) !== familyOf(code)) continue;
      const folded = distance(rest.toLowerCase(), restOf(other).toLowerCase());
      if (folded <= limit) closest = closer(closest, { name: other, folded, exact: distance(rest, restOf(other)) });
    }
    if (closest !== undefined && !closest.tie) best.set(code, closest);
  }
  const back = new Map<string, Closest>();
  for (const [code, { name, folded, exact }] of best)
    back.set(name, closer(back.get(name), { name: code, folded, exact }));
  const renames = new Map<string, string>();
  for (const [code, { name }] of best) {
    const winner = back.get(name);
    if (winner !== undefined && !winner.tie && winner.name === code) renames.set(code, name);
  }
  return renames;
}

interface Closest {
  readonly name: string;
  readonly folded: number;
  readonly exact: number;
  readonly tie?: boolean;
}

/** The closer of two candidates (case-folded distance, then exact); equal ones make a tie. */
function closer(a: Closest | undefined, b: Closest): Closest {
  if (a === undefined || b.folded < a.folded || (b.folded === a.folded && b.exact < a.exact)) return b;
  return b.folded === a.folded && b.exact === a.exact ? { ...a, tie: true } : a;
}

/** What follows the family: `FailedOperation.ProxySellOut` → `ProxySellOut`. */
function restOf(code: string): string {
  return code.slice(code.indexOf('.') + 1);
}

/* ------------------------------------------------------------------ reading the repository */

/**
 * Reads the history of the tree's API versions from the SDK's git repository, up to `commit` (the tree's). Throws a
 * TableError when git fails.
 */
export function readSdkHistory(gitDir: string, commit: string, tree: SdkTree): SdkHistory {
  const tracked = tree.apiVersions.map((v): Tracked => ({
    key: `${v.product}@${v.version}`,
    product: v.product,
    version: v.version,
    dir: `tencentcloud/${v.product}/v${v.version.replaceAll('-', '')}`,
  }));
  const byDir = new Map(tracked.map((t) => [t.dir, t]));
  const keyOf = (file: string): string | undefined => {
    const match = ERRORS_OR_CLIENT.exec(file);
    return match === null ? undefined : byDir.get(`tencentcloud/${match[1] ?? ''}/${match[2] ?? ''}`)?.key;
  };

  const commits = git(gitDir, ['log', '--first-parent', '--reverse', '--format=%H%x09%cI%x09%s', commit])
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [hash = '', date = '', ...subject] = line.split('\t');
      return { commit: hash, date: date.slice(0, 10), subject: subject.join('\t') };
    });
  const errors = errorsChanges(gitDir, commit, keyOf);
  const actions = actionChanges(gitDir, commit, keyOf);
  const history = replayHistory(
    commits.map((c) => ({
      ...c,
      errors: errors.get(c.commit) ?? new Map(),
      actions: actions.get(c.commit) ?? new Map(),
    })),
    tracked,
  );
  readLastLists(gitDir, history, tracked);
  return history;
}

/** The codes of each `errors.go` after each commit that changed it, by commit, then version. */
function errorsChanges(
  gitDir: string,
  commit: string,
  keyOf: (file: string) => string | undefined,
): Map<string, Map<string, ReadonlyMap<string, string>>> {
  const log = git(gitDir, [
    'log',
    '--first-parent',
    '--reverse',
    '--no-renames',
    '--name-status',
    '--format=%x00%H',
    commit,
    '--',
    // One pattern: git matches it faster than a list of the 296 files (the others are left out below).
    'tencentcloud/*/*/errors.go',
  ]);
  const changed: { commit: string; file: string; key: string; deleted: boolean }[] = [];
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      current = line.slice(1);
      continue;
    }
    const [status = '', file = ''] = line.split('\t');
    const key = keyOf(file);
    if (key !== undefined && /^[AMD]$/u.test(status))
      changed.push({ commit: current, file, key, deleted: status === 'D' });
  }
  const blobs = readBlobs(
    gitDir,
    changed.filter((c) => !c.deleted).map((c) => `${c.commit}:${c.file}`),
  );
  const byCommit = new Map<string, Map<string, ReadonlyMap<string, string>>>();
  for (const c of changed) {
    const text = c.deleted ? undefined : blobs.get(`${c.commit}:${c.file}`);
    const codes = new Map<string, string>();
    if (text !== undefined) {
      for (const { code, description } of readVersionFiles(text, undefined).codes) codes.set(code, description);
    }
    const changes = byCommit.get(c.commit) ?? new Map<string, ReadonlyMap<string, string>>();
    changes.set(c.key, codes);
    byCommit.set(c.commit, changes);
  }
  return byCommit;
}

/** The actions each commit declared anew and no more in each `client.go`, from the diffs' `func` lines. */
function actionChanges(
  gitDir: string,
  commit: string,
  keyOf: (file: string) => string | undefined,
): Map<string, Map<string, { added: Set<string>; dropped: Set<string> }>> {
  const diff = gitBytes(gitDir, [
    'log',
    '--first-parent',
    '--reverse',
    '--no-renames',
    '-p',
    '-U0',
    '--format=%x00%H',
    commit,
    '--',
    'tencentcloud/*/*/client.go',
  ]);
  const byCommit = new Map<string, Map<string, { added: Set<string>; dropped: Set<string> }>>();
  let changes = new Map<string, { added: Set<string>; dropped: Set<string> }>();
  let file: { added: Set<string>; dropped: Set<string> } | undefined;
  eachLineStartingWith(diff, ['\0', 'diff --git ', '+func (c *Client) ', '-func (c *Client) '], (line) => {
    if (line.startsWith('\0')) {
      changes = new Map();
      byCommit.set(line.slice(1), changes);
      file = undefined;
    } else if (line.startsWith('diff --git ')) {
      const key = keyOf(line.slice(line.lastIndexOf(' b/') + 3));
      file = key === undefined ? undefined : { added: new Set(), dropped: new Set() };
      if (key !== undefined && file !== undefined) changes.set(key, file);
    } else {
      const action = declaredAction(line.slice(1));
      if (action !== undefined && file !== undefined) (line.startsWith('+') ? file.added : file.dropped).add(action);
    }
  });
  return byCommit;
}

/** Fills in each removed action's last list, from the `client.go` and `errors.go` of the last release that had it. */
function readLastLists(gitDir: string, history: SdkHistory, tracked: readonly Tracked[]): void {
  const wanted = new Map<string, { dir: string; actions: ActionHistory[]; names: string[] }>();
  for (const t of tracked) {
    for (const [name, action] of history.versions.get(t.key)?.actions ?? []) {
      if (action.removed === undefined || action.removed === 0) continue;
      const commit = history.releases[action.removed - 1]?.commit ?? '';
      const at = `${commit}:${t.dir}`;
      const entry = wanted.get(at) ?? { dir: t.dir, actions: [], names: [] };
      entry.actions.push(action);
      entry.names.push(name);
      wanted.set(at, entry);
    }
  }
  const names = [...wanted.keys()].flatMap((at) => [`${at}/errors.go`, `${at}/client.go`]);
  const blobs = readBlobs(gitDir, names);
  for (const [at, { actions, names: actionNames }] of wanted) {
    const client = blobs.get(`${at}/client.go`);
    const lists = new Map(
      readVersionFiles(blobs.get(`${at}/errors.go`) ?? '', client).actions.map((a) => [a.name, a.codes]),
    );
    actions.forEach((action, i) => {
      action.lastCodes = lists.get(actionNames[i] ?? '') ?? null;
    });
  }
}

/* ------------------------------------------------------------------ the tree at a commit */

/**
 * The files of the SDK at `commit` of its git repository, for readSdkFiles: the `errors.go` and `client.go` of every
 * API version and `common/http/request.go`, read with one `git cat-file --batch` (45 MB at v1.3.166), nothing else.
 */
function gitTreeFiles(gitDir: string, commit: string): SdkFiles {
  const root = `${gitDir}@${commit.slice(0, 12)}/tencentcloud`;
  const listed = git(gitDir, ['ls-tree', '-r', '-z', '--name-only', commit, '--', 'tencentcloud'])
    .split('\0')
    .filter((file) => file !== '');
  const dirs = new Map<string, Set<string>>();
  for (const file of listed) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const names = dirs.get(dir) ?? new Set<string>();
      names.add(parts[i] ?? '');
      dirs.set(dir, names);
    }
  }
  const wanted = listed.filter((file) => ERRORS_OR_CLIENT.test(file) || file === 'tencentcloud/common/http/request.go');
  const blobs = readBlobs(
    gitDir,
    wanted.map((file) => `${commit}:${file}`),
  );
  const files = new Set(listed);
  /** `<root>/x/y` → `tencentcloud/x/y`. */
  const inTree = (name: string): string => `tencentcloud${name.slice(root.length)}`;
  const missing = (name: string): Error => Object.assign(new Error(`${name}: not in the tree`), { code: 'ENOENT' });
  return {
    root,
    join: (...parts) => parts.join('/'),
    exists: (name) => files.has(inTree(name)) || dirs.has(inTree(name)),
    isDirectory: (name) => dirs.has(inTree(name)),
    entries: (name) => {
      const names = dirs.get(inTree(name));
      if (names === undefined) throw missing(name);
      return [...names];
    },
    read: (name) => {
      const text = blobs.get(`${commit}:${inTree(name)}`);
      if (text === undefined) throw missing(name);
      return text;
    },
  };
}

/** Reads the SDK tree at `commit` of its git repository, as readSdkTree reads a checkout. */
export function readSdkCommit(
  gitDir: string,
  commit: string,
  options: Parameters<typeof readSdkFiles>[2] = {},
): SdkTree {
  return readSdkFiles(gitTreeFiles(gitDir, commit), gitDir, options);
}

/** The full commit id of a revision (`HEAD`, a tag, a short id) of the repository. */
export function resolveCommit(gitDir: string, revision: string): string {
  try {
    return git(gitDir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).trim();
  } catch (error) {
    if (error instanceof TableError && error.reason.startsWith('git rev-parse failed')) {
      throw new TableError(gitDir, undefined, `the repository has no commit "${revision}"`);
    }
    throw error;
  }
}

// `npm pack` and `npm publish` run this as `prepack` (strip) and `postpack` (restore): the published package.json has
// no `prepare` script, so installing the package runs no script of ours (npm 11 lists a `prepare` of a package
// installed from a tarball or git among the install scripts to approve). In a clone, `npm ci` still runs `prepare`,
// which builds dist/. npm reads the manifest it packs after `prepack`, so the tarball gets the stripped one.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
/** The manifest as it was before `strip`, until `restore` puts it back. */
const KEPT = '.package.json.prepack';

/** Writes `text` to `file` through a rename, so a reader never sees half a file. */
function writeAtomic(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

const [command] = process.argv.slice(2);
if (command === 'strip') {
  const text = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(text);
  if (manifest.scripts?.prepare === undefined) process.exit(0);
  writeFileSync(KEPT, text);
  delete manifest.scripts.prepare;
  writeAtomic(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
} else if (command === 'restore') {
  let kept;
  try {
    kept = readFileSync(KEPT, 'utf8');
  } catch {
    process.exit(0);
  }
  writeAtomic(MANIFEST, kept);
  rmSync(KEPT);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}

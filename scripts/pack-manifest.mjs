// `npm pack` and `npm publish` run this as `prepack` (strip) and `postpack` (restore): the published package.json has
// no `prepare` script, so installing the package runs no script of ours (npm 11 lists a `prepare` of a package
// installed from a tarball or git among the install scripts to approve). In a clone, `npm ci` still runs `prepare`,
// which builds dist/. npm reads the manifest it packs after `prepack`, so the tarball gets the stripped one.
//
// `strip` also writes data/catalogue.pack from data/catalogue/ (with the built dist/table/pack.js) and has the packed
// manifest ship the pack instead of the folder: 518 small files cost 5 MiB of disk blocks in an install, the pack
// under 1 MiB. `restore` removes the pack; the repository keeps the folder, which is what reviews diff.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
/** The manifest as it was before `strip`, until `restore` puts it back. */
const KEPT = '.package.json.prepack';
const FOLDER = 'data/catalogue';
const PACK = 'data/catalogue.pack';

/** Writes `text` to `file` through a rename, so a reader never sees half a file. */
function writeAtomic(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** Writes the pack of the catalogue folder (atomically, through a rename). */
async function writeCataloguePack() {
  const reader = new URL('../dist/table/pack.js', import.meta.url);
  if (!existsSync(reader)) {
    console.error('pack-manifest: dist/table/pack.js is missing; run `npm run build` first');
    process.exit(1);
  }
  const { writePack } = await import(reader.href);
  writePack(FOLDER, PACK);
}

const [command] = process.argv.slice(2);
if (command === 'strip') {
  await writeCataloguePack();
  const text = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(text);
  const files = manifest.files.map((entry) => (entry === FOLDER ? PACK : entry));
  const stripped = manifest.scripts?.prepare === undefined && !manifest.files.includes(FOLDER);
  if (stripped) process.exit(0);
  writeFileSync(KEPT, text);
  delete manifest.scripts?.prepare;
  manifest.files = files;
  writeAtomic(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
} else if (command === 'restore') {
  rmSync(PACK, { force: true });
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

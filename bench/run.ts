import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Runs every `bench/*.bench.ts` section in name order. Each section prints its comparisons as
 * ratios against a baseline measured in the same run; absolute times are context only.
 * `npm run bench -- table` runs only the sections whose file name contains "table".
 */
const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv.slice(2);
const sections = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filter.length === 0 || filter.some((f) => name.includes(f)))
  .sort();

console.log(`node ${process.version}, ${sections.length} section(s); ratios are subject / baseline (lower is faster)`);
for (const name of sections) {
  const section = (await import(new URL(name, import.meta.url).href)) as { default: () => Promise<void> };
  await section.default();
}

// Loads the embedded GAAP table through the built package and prints its families and counts.
import { loadIndex } from 'eslint-plugin-tencentcloud-errors/table';

const index = loadIndex(['gaap']);
const [table] = index.tables;
console.log(`table ${table.origin}: service ${table.service}, API ${table.version}, ${index.size} codes, sha256 ${table.digest.slice(0, 12)}`);
for (const family of index.families()) {
  const codes = index.codesOf(family);
  console.log(`  ${family.padEnd(24)} ${String(codes.length).padStart(3)}`);
}
console.log(`nearest("FailedOperation.ProxyStatusNotInRunning") → ${index.nearest('FailedOperation.ProxyStatusNotInRunning').join(', ')}`);

// Adds lock-file entries for rollup's native binaries of other platforms.
// Why: the npm registry reachable from our machines does not carry those packages, so `npm install` leaves them
// out of package-lock.json and `npm ci` then refuses the lock as out of sync. An entry marked optional with its
// os/cpu is skipped on every other platform without being fetched, and still installs where it belongs.
// Run after any `npm install` that rewrites the lock: `node scripts/lock-platform-binaries.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const rollup = lock.packages['node_modules/rollup'];

let added = 0;
for (const [name, version] of Object.entries(rollup.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const [os, cpu, libc] = name.replace('@rollup/rollup-', '').split('-');
  const entry = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] };
  if (os === 'linux' && (libc === 'gnu' || libc === 'gnueabihf')) entry.libc = ['glibc'];
  if (os === 'linux' && (libc === 'musl' || libc === 'musleabihf')) entry.libc = ['musl'];
  lock.packages[key] = entry;
  added += 1;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform entries for rollup`);

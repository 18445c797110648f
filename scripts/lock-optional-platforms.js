#!/usr/bin/env node
/**
 * The npm registry mirror this project is built against lacks the non-Linux platform builds
 * of unrs-resolver (a dependency of jest 30), so `npm install` leaves them out of
 * package-lock.json and `npm ci` then refuses the lock as out of sync. This adds a lock entry
 * for each missing optional platform package, with its os/cpu, so npm ci skips it on Linux as
 * it would with a complete lock. Run it after regenerating package-lock.json:
 *   node scripts/lock-optional-platforms.js
 */
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', openharmony: 'openharmony', win32: 'win32' };
const CPU = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'arm'];
let added = 0;
for (const [key, pkg] of Object.entries(lock.packages)) {
  if (!key.endsWith('node_modules/unrs-resolver')) continue;
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const entry = `node_modules/${name}`;
    if (lock.packages[entry]) continue;
    const platform = name.split('resolver-binding-')[1];
    const os = OS[platform.split('-')[0]];
    const cpu = CPU.find((c) => platform.split('-').includes(c) || platform.includes(`-${c}`));
    if (!os || !cpu) throw new Error(`unknown platform in ${name}`);
    lock.packages[entry] = { version, dev: true, license: 'MIT', optional: true, os: [os], cpu: [cpu] };
    added++;
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} optional platform entries added`);

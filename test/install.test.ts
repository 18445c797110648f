/**
 * The install needs nothing but Node.js and npm (issue 8): no package in the lock file builds
 * native code on install. keytar (through office-addin-debugging's peer dependency
 * @microsoft/m365agentstoolkit-cli) once needed a C++ compiler and libsecret; .npmrc keeps peer
 * dependencies from being installed automatically, and this test keeps any new package that
 * runs an install script from slipping in unreviewed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };

/** Packages whose install script was read and builds nothing: why each is harmless. */
const REVIEWED: Record<string, string> = {
  // Runs node-gyp only when npm_config_build_from_source=true; the prebuilt
  // @parcel/watcher-<platform> package is used otherwise (jest's file watcher).
  '@parcel/watcher': 'builds only on request',
  // Checks that the prebuilt @esbuild/<platform> binary from the registry runs (tsx, bench).
  esbuild: 'verifies a prebuilt binary',
};

describe('an install with Node.js and npm alone', () => {
  it('has no package with an install script beyond the reviewed ones', () => {
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect([...new Set(scripted)].sort()).toEqual(Object.keys(REVIEWED).sort());
  });

  it('installs neither keytar nor the Microsoft 365 toolkit that pulls it in', () => {
    const names = Object.keys(lock.packages);
    expect(names.filter((k) => /node_modules\/(keytar|@microsoft\/m365agentstoolkit-cli|@azure\/msal-node-extensions)$/.test(k))).toEqual([]);
  });

  it('keeps npm from installing peer dependencies on its own (.npmrc)', () => {
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^legacy-peer-deps=true$/m);
  });
});

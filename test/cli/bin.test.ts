/**
 * The real command: bin/finsam-rapport.js on the compiled build/cli (built here the way
 * `npm ci` builds it through the prepare script), as a child process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contractWorkbook, inTempDir } from './workbooks';

const REPO = join(__dirname, '..', '..');
const BIN = join(REPO, 'bin', 'finsam-rapport.js');

beforeAll(() => {
  // Throws (and fails the suite) when the CLI does not compile.
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: REPO, stdio: 'pipe' });
}, 180_000);

const node = (args: string[], cwd = REPO) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

describe('bin/finsam-rapport.js', () => {
  it('writes the report and exits 0', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = node([BIN, input]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  Periodens resultat: 7\u00a0499,75 kr\n');
    expect(existsSync(join(dirname(input), 'förbund-rapport.xlsx'))).toBe(true);
  });

  it('exits 2 on a usage error and 1 on a missing build, with a hint', () => {
    const usage = node([BIN, '--period', '13']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--period ska vara en månad 1–12');

    const bare = mkdtempSync(join(tmpdir(), 'finsam-bin-'));
    mkdirSync(join(bare, 'bin'));
    copyFileSync(BIN, join(bare, 'bin', 'finsam-rapport.js'));
    const unbuilt = node([join(bare, 'bin', 'finsam-rapport.js'), 'x.xlsx']);
    expect(unbuilt.status).toBe(1);
    expect(unbuilt.stderr).toContain('kör `npm run build:cli`');
  });

  it('answers --version with the package version', () => {
    const r = node([BIN, '--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

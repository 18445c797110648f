/**
 * The CLI end to end: `node bin/finsam-rapport.js L.xlsx --out R.xlsx` on the benchmark
 * workbook, as a child process (wall time and peak RSS, see measure.ts). Builds the CLI
 * first (`npm run build:cli`) when build/cli/ is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './child';
import type { BenchFiles } from './files';
import { WORK } from './files';
import { measure, type Measured } from './measure';

export const BIN = path.join(REPO, 'bin', 'finsam-rapport.js');
const BUILT = path.join(REPO, 'build', 'cli');
const SOURCES = ['src/cli', 'src/core', 'src/xlsx'].map((d) => path.join(REPO, d));

export interface CliReadiness {
  ok: boolean;
  /** What was done or what is missing. */
  note: string;
}

function newest(dir: string): number {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Makes sure the CLI can run: the bin script exists and build/cli is up to date. */
export function ensureCli(): CliReadiness {
  if (!fs.existsSync(BIN)) return { ok: false, note: 'bin/finsam-rapport.js saknas / is missing' };
  const builtAt = fs.existsSync(BUILT) ? newest(BUILT) : 0;
  const sourcesAt = Math.max(...SOURCES.map(newest));
  if (builtAt >= sourcesAt) return { ok: true, note: 'build/cli up to date' };
  process.stdout.write('  building the CLI (npm run build:cli) …\n');
  const r = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) {
    // tsc still emits on type errors; go on when the entry point is there.
    const note = `npm run build:cli exited ${r.status}: ${(r.stdout + r.stderr).trim().split('\n').slice(0, 5).join(' | ')}`;
    return { ok: fs.existsSync(BUILT), note };
  }
  return { ok: true, note: 'built with npm run build:cli' };
}

export function cliArgs(xlsx: string, out: string, extra: readonly string[] = []): string[] {
  return [path.relative(REPO, BIN), xlsx, '--out', out, ...extra];
}

/**
 * Runs the CLI `runs` times on the workbook (it must exit 0 and write the report); `extra`
 * arguments, e.g. `--transaction-rows 0` for the report without its Verifikationer sheets.
 */
export async function runCli(files: BenchFiles, runs: number, extra: readonly string[] = []): Promise<Measured[]> {
  const out = path.join(WORK, `report-${files.rows}.xlsx`);
  const results: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    fs.rmSync(out, { force: true });
    const m = await measure(process.execPath, cliArgs(files.xlsx, out, extra), { cwd: REPO });
    if (m.exitCode !== 0) throw new Error(`CLI exited ${m.exitCode}:\n${(m.stdout + m.stderr).slice(-3000)}`);
    if (!fs.existsSync(out)) throw new Error(`CLI wrote no ${out}`);
    results.push(m);
  }
  return results;
}

/** One CLI run under `node --cpu-prof`; returns the profile file. */
export async function profileCli(files: BenchFiles): Promise<string> {
  const dir = path.join(WORK, 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  const name = `cli-${files.rows}.cpuprofile`;
  const out = path.join(WORK, `report-${files.rows}.xlsx`);
  const m = await measure(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name, ...cliArgs(files.xlsx, out)], {
    cwd: REPO,
    useTime: false,
  });
  if (m.exitCode !== 0) throw new Error(`CLI (profiled) exited ${m.exitCode}: ${m.stderr.slice(-2000)}`);
  return path.join(dir, name);
}

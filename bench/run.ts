/**
 * `npm run bench` — the benchmark of issue 2 (not a test: nothing here fails on a time).
 *
 * For each size (default 10 000, 100 000 and 1 000 000 ledger rows):
 * 1. the core, `buildReport` from 2D arrays to the report model, in fresh processes
 *    (coreChild.ts): time, the input arrays' memory, peak RSS; and the floor loop;
 * 2. the CLI end to end on an .xlsx of that ledger (cli.ts);
 * 3. hledger on the same ledger as a journal, when installed (hledger.ts);
 * 4. the add-in's Office.js traffic on the fake Excel host (scripts/bench-addin.ts, the
 *    add-in's own benchmark; its table is copied in).
 * Then writes the figures, the targets and the commands to bench/RESULTS.md (or, for a run
 * without 1 000 000 rows, to bench/.work/RESULTS-quick.md). Usage: see args.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, USAGE, UsageError, type BenchArgs } from './args';
import { REPO, runChild } from './child';
import { ensureCli, profileCli, runCli } from './cli';
import type { CoreMeasurement } from './coreChild';
import { benchFiles, sizeMb, WORK, type BenchFiles } from './files';
import { hledgerVersion, runHledger } from './hledger';
import { cpuSnapshot, loadAverage, machine, otherWork } from './machine';
import { hasGnuTime, measure } from './measure';
import { profileMarkdown, summariseProfile, type CpuProfile } from './profile';
import { cliPeak, coreTimes, median, resultsMarkdown, targets, time, TARGET_ROWS, type CliRow, type CoreGroup, type HledgerRow, type Results } from './report';

const say = (s: string): void => {
  process.stdout.write(`${s}\n`);
};
const rowsText = (n: number): string => n.toLocaleString('en-US').replace(/,/g, ' ');
const mb = (b: number | undefined): string => (b === undefined ? '–' : `${Math.round(b / 1e6)} MB`);

import type { SieTiming } from './sie';

async function measureCore(args: BenchArgs): Promise<CoreGroup[]> {
  const groups: CoreGroup[] = [];
  for (const rows of args.sizes) {
    for (const dates of args.shapes) {
      const g: CoreGroup = { rows, dates, runs: [] };
      for (let i = 0; i < args.runs; i++) {
        const m = await runChild<CoreMeasurement>('coreChild.ts', ['--rows', String(rows), '--dates', dates], ['--expose-gc']);
        g.runs.push(m);
        say(
          `  core ${rows} rows, ${dates}: ${time(m.coreMs)} (CPU ${time(m.coreCpuMs)}), input ${mb(m.baselineRss - m.startRss)}, peak ${mb(m.corePeakRss)}, floor ${time(m.floorMs)}${m.result === m.floorResult ? '' : ` — RESULT ${m.result} ≠ floor ${m.floorResult}`}`,
        );
      }
      groups.push(g);
    }
  }
  return groups;
}

async function prepareFiles(args: BenchArgs): Promise<BenchFiles[]> {
  const all: BenchFiles[] = [];
  for (const rows of args.sizes) {
    const started = Date.now();
    const f = await benchFiles(rows, args.fresh);
    say(
      f.prepared
        ? `  wrote ${path.relative(REPO, f.xlsx)} (${sizeMb(f.xlsx).toFixed(1)} MB, ${time(f.prepared.xlsxMs ?? 0)}) and the journal (${time(f.prepared.journalMs ?? 0)}) in ${time(Date.now() - started)}`
        : `  cached: ${path.relative(REPO, f.xlsx)}`,
    );
    all.push(f);
  }
  return all;
}

/** The CLI runs 3 times at every size; hledger once from 1 000 000 rows (about 30 s and 3.4 GB a run). */
const cliRuns = (args: BenchArgs): number => args.toolRuns ?? 3;
const hledgerRuns = (args: BenchArgs, rows: number): number => args.toolRuns ?? (rows >= TARGET_ROWS ? 1 : 3);

async function profiles(args: BenchArgs, results: Results, files: BenchFiles[]): Promise<string[]> {
  const out: string[] = [];
  const largest = Math.max(...args.sizes);
  const t = targets(results);
  const coreMissed = t.slice(0, 2).some((x) => x.ok === false);
  const cliMissed = t.slice(2, 4).some((x) => x.ok === false);
  const dir = path.join(WORK, 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  if (!args.skip.has('core') && (args.profile || coreMissed)) {
    const file = path.join(dir, `core-${largest}.cpuprofile`);
    say(`  profiling the core at ${largest} rows …`);
    await runChild<CoreMeasurement>('coreChild.ts', ['--rows', String(largest), '--dates', 'date', '--profile', file], ['--expose-gc']);
    out.push(
      profileMarkdown(
        `Core, ${rowsText(largest)} rows (buildReport only, the profiler's overhead included; ${path.relative(REPO, file)})`,
        summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile),
      ),
    );
  }
  const f = files.find((x) => x.rows === largest);
  if (f && results.cli.length && (args.profile || cliMissed)) {
    say(`  profiling the CLI at ${largest} rows …`);
    const file = await profileCli(f);
    out.push(
      profileMarkdown(
        `CLI, ${rowsText(largest)} rows (the whole process, \`(idle)\` = waiting for I/O; ${path.relative(REPO, file)})`,
        summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile),
      ),
    );
  }
  return out;
}

/** The add-in's own benchmark (scripts/bench-addin.ts, owned by the add-in): its markdown table, verbatim. */
async function addinTraffic(args: BenchArgs): Promise<string> {
  const script = path.join(REPO, 'scripts', 'bench-addin.ts');
  if (!fs.existsSync(script)) return 'Not measured: scripts/bench-addin.ts is missing.';
  say('Excel add-in, Office.js traffic on the fake host (scripts/bench-addin.ts):');
  const m = await measure(process.execPath, ['--import', 'tsx', script, ...args.sizes.map(String)], { cwd: REPO, useTime: false });
  if (m.exitCode !== 0) return `Not measured: scripts/bench-addin.ts exited ${m.exitCode}: ${m.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  say(`  done in ${time(m.wallMs)}`);
  return m.stdout.trim().replace(/^###.*\n+/, '');
}

/** SIE 4 import (issue 4) of a generated file per size, each in its own process: parse, mapping, contract parser. */
async function sieImport(args: BenchArgs): Promise<string> {
  say('SIE 4 import (bench/sie.ts):');
  const rows: string[] = [];
  for (const n of args.sizes) {
    const m = await measure(process.execPath, ['--import', 'tsx', path.join(__dirname, 'sie.ts'), String(n), '--contract', '--json'], {
      cwd: REPO,
      useTime: false,
    });
    if (m.exitCode !== 0) return `Not measured: bench/sie.ts exited ${m.exitCode}: ${m.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    const t = JSON.parse(m.stdout.trim().split('\n').pop()!) as SieTiming;
    const total = t.parseMs + t.toRangesMs;
    say(`  ${n} #TRANS: ${time(total)} (parse ${time(t.parseMs)}, mapping ${time(t.toRangesMs)})`);
    rows.push(
      `| ${n.toLocaleString('sv-SE')} | ${t.megabytes.toFixed(1)} MB | ${time(t.parseMs)} | ${time(t.toRangesMs)} | ${time(total)} | ${t.contractMs === undefined ? '–' : time(t.contractMs)} | ${t.ledgerRows.toLocaleString('sv-SE')} | ${t.problems} |`,
    );
  }
  return [
    '| #TRANS rows | file (CP437) | decode + parse | mapping to ranges | import total | contract parser on the ranges | ledger rows | problems |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  const started = Date.now();
  const cpuAtStart = cpuSnapshot();
  const results: Results = {
    machine: machine(),
    args,
    argv: process.argv.slice(2),
    gnuTime: hasGnuTime(),
    core: [],
    cliStatus: 'skipped (--skip cli)',
    cli: [],
    hledgerStatus: 'skipped (--skip hledger)',
    hledger: [],
    profiles: [],
    totalMs: 0,
    loadAtEnd: '',
  };
  say(`finsam-rapport bench: ${args.sizes.join(', ')} rows on ${results.machine.cpus} CPUs, Node ${results.machine.node}`);

  if (!args.skip.has('core')) {
    say('Core (buildReport), fresh process per run:');
    results.core = await measureCore(args);
  }

  let files: BenchFiles[] = [];
  const cli = args.skip.has('cli') ? undefined : ensureCli();
  const version = args.skip.has('hledger') ? undefined : await hledgerVersion();
  if (!args.skip.has('hledger') && !version) {
    results.hledgerStatus = 'hledger not installed';
    say('hledger not installed — skipping the hledger comparison (Debian: apt-get install hledger).');
  }
  if (cli && !cli.ok) {
    results.cliStatus = `the CLI is not available (${cli.note})`;
    say(`CLI not measured: ${cli.note}`);
  }
  if (cli?.ok || version) {
    say('Input files (.xlsx for the CLI, journal for hledger):');
    files = await prepareFiles(args);
  }

  if (cli?.ok) {
    results.cliStatus = cli.note;
    say('CLI end to end:');
    for (const f of files) {
      const runs = await runCli(f, cliRuns(args));
      // The same run without the Verifikationer sheets (issue 13's drill-down): the report issue 8 timed.
      const bare = await runCli(f, cliRuns(args), ['--transaction-rows', '0']);
      const row: CliRow = { rows: f.rows, xlsx: f.xlsx, xlsxMb: sizeMb(f.xlsx), runs, withoutTransactions: bare };
      results.cli.push(row);
      say(
        `  CLI ${f.rows} rows: ${time(median(runs.map((r) => r.wallMs)))}, peak ${mb(cliPeak(row))} (${runs.length} run${runs.length > 1 ? 's' : ''}); without Verifikationer ${time(median(bare.map((r) => r.wallMs)))}`,
      );
    }
  }

  if (version) {
    results.hledgerStatus = version;
    say(`${version}: balance --monthly per account and cost centre:`);
    for (const f of files) {
      const run = await runHledger(f, hledgerRuns(args, f.rows), version);
      const row: HledgerRow = { rows: f.rows, journal: f.journal, journalMb: sizeMb(f.journal), run };
      results.hledger.push(row);
      const ms = median(run.runs.map((r) => r.wallMs));
      const core = results.core.filter((g) => g.rows === f.rows).map((g) => median(coreTimes(g)));
      const peak = Math.max(...run.runs.map((r) => r.peakRss ?? 0));
      say(
        `  hledger ${f.rows} rows: ${time(ms)}, peak ${mb(peak || undefined)}${core.length ? `, ${(ms / Math.max(...core)).toFixed(1)}× the core` : ''}; sums ${run.check?.mismatches.length === 0 ? 'equal the floor' : `DIFFER: ${run.check?.mismatches.slice(0, 3).join('; ')}`}`,
      );
    }
  }

  if (!args.skip.has('addin')) results.addin = await addinTraffic(args);
  if (!args.skip.has('sie')) results.sie = await sieImport(args);

  results.profiles = await profiles(args, results, files);
  results.totalMs = Date.now() - started;
  results.loadAtEnd = loadAverage();
  results.otherWork = otherWork(cpuAtStart, cpuSnapshot());

  say('\nTargets at 1 000 000 rows:');
  for (const t of targets(results)) say(`  ${t.what}: ${t.measured} (target ${t.target}) — ${t.ok === undefined ? 'not measured' : t.ok ? 'met' : 'NOT MET'}`);
  const out = args.out ? path.resolve(args.out) : args.sizes.includes(TARGET_ROWS) ? path.join(__dirname, 'RESULTS.md') : path.join(WORK, 'RESULTS-quick.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, resultsMarkdown(results));
  fs.mkdirSync(WORK, { recursive: true });
  fs.writeFileSync(
    path.join(WORK, 'results.json'),
    JSON.stringify(results, (k, v: unknown) => (v instanceof Set ? [...v] : k === 'stdout' || k === 'stderr' ? undefined : v), 1),
  );
  say(`\nWrote ${path.relative(process.cwd(), out)} (${time(results.totalMs)} in all).`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});

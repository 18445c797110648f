/** bench/RESULTS.md: the figures of one run of `npm run bench`, its targets and how to repeat it. */
import * as path from 'node:path';
import type { BenchArgs } from './args';
import { REPO } from './child';
import type { CoreMeasurement } from './coreChild';
import type { DateShape } from './generate';
import type { HledgerRun } from './hledger';
import type { Machine } from './machine';
import type { Measured } from './measure';
import { ACCOUNT_COUNT, COST_CENTRES } from './organisation';

export interface CoreGroup {
  rows: number;
  dates: DateShape;
  runs: CoreMeasurement[];
}

export interface CliRow {
  rows: number;
  xlsx: string;
  xlsxMb: number;
  runs: Measured[];
  /** The same workbook with `--transaction-rows 0`: the report without its Verifikationer sheets. */
  withoutTransactions?: Measured[];
}

export interface HledgerRow {
  rows: number;
  journal: string;
  journalMb: number;
  run: HledgerRun;
}

export interface Results {
  machine: Machine;
  args: BenchArgs;
  /** The command line as given. */
  argv: string[];
  gnuTime: boolean;
  core: CoreGroup[];
  cliStatus: string;
  cli: CliRow[];
  hledgerStatus: string;
  hledger: HledgerRow[];
  profiles: string[];
  totalMs: number;
  /** Load average when the run ended. */
  loadAtEnd: string;
  /** The add-in benchmark's markdown table (or why it is missing). */
  addin?: string;
  sie?: string;
  /** Cores kept busy by other work during the run, on average (Linux only). */
  otherWork?: number;
}

export const TARGET_ROWS = 1_000_000;
export const TARGETS = { coreMs: 2_000, coreMb: 1_000, cliMs: 45_000, cliMb: 1_500, hledgerRatio: 20, cliSmallMs: 800, cliFastMs: 5_000 };

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** 1 234 567 — thin grouping with spaces, as the seeds write numbers. */
const group = (n: number): string => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const mb = (bytes: number | undefined): string => (bytes === undefined ? '–' : `${group(bytes / 1e6)} MB`);
export const time = (ms: number): string => (ms < 10_000 ? `${group(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const spread = (ms: number[]): string => (ms.length > 1 ? ` (${time(Math.min(...ms))}–${time(Math.max(...ms))})` : '');
const rowsText = group;
const rel = (p: string): string => path.relative(REPO, p);
const met = (ok: boolean | undefined): string => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');

export const coreTimes = (g: CoreGroup): number[] => g.runs.map((r) => r.coreMs);
export const corePeak = (g: CoreGroup): number => Math.max(...g.runs.map((r) => r.corePeakRss));
export const cliPeak = (c: CliRow): number | undefined => {
  const peaks = c.runs.map((r) => r.peakRss).filter((p): p is number => p !== undefined);
  return peaks.length ? Math.max(...peaks) : undefined;
};

/** The core groups of the largest size, worst shape first: the one the targets are judged on. */
function atTarget(r: Results): { core?: CoreGroup; cli?: CliRow; hledger?: HledgerRow } {
  const cores = r.core.filter((g) => g.rows === TARGET_ROWS).sort((a, b) => median(coreTimes(b)) - median(coreTimes(a)));
  return { core: cores[0], cli: r.cli.find((c) => c.rows === TARGET_ROWS), hledger: r.hledger.find((h) => h.rows === TARGET_ROWS) };
}

export interface TargetLine {
  what: string;
  target: string;
  measured: string;
  ok?: boolean;
}

/** A time target: met when measured and under `limitMs`. */
function timeUnder(what: string, target: string, ms: number | undefined, limitMs: number): TargetLine {
  return { what, target, measured: ms === undefined ? '–' : time(ms), ok: ms === undefined ? undefined : ms < limitMs };
}

export function targets(r: Results): TargetLine[] {
  const t = atTarget(r);
  const coreMs = t.core ? median(coreTimes(t.core)) : undefined;
  const corePeakMb = t.core ? Math.max(...r.core.filter((g) => g.rows === TARGET_ROWS).map(corePeak)) / 1e6 : undefined;
  const cliMs = t.cli ? median(t.cli.runs.map((x) => x.wallMs)) : undefined;
  const cliMb = t.cli ? (cliPeak(t.cli) ?? NaN) / 1e6 : undefined;
  const hlMs = t.hledger ? median(t.hledger.run.runs.map((x) => x.wallMs)) : undefined;
  const ratio = hlMs !== undefined && coreMs !== undefined ? hlMs / coreMs : undefined;
  const small = r.cli.find((c) => c.rows === 10_000);
  const bareMs = (c: CliRow | undefined) => (c?.withoutTransactions?.length ? median(c.withoutTransactions.map((x) => x.wallMs)) : undefined);
  const smallBareMs = bareMs(small);
  const cliBareMs = bareMs(t.cli);
  const smallMs = small ? median(small.runs.map((x) => x.wallMs)) : undefined;
  return [
    {
      what: 'Core, 1 000 000 rows: time (median, slower date shape)',
      target: '< 2 s',
      measured: coreMs === undefined ? '–' : time(coreMs),
      ok: coreMs === undefined ? undefined : coreMs < TARGETS.coreMs,
    },
    {
      what: 'Core, 1 000 000 rows: peak RSS (input arrays included, worst run)',
      target: '< 1 000 MB',
      measured: corePeakMb === undefined ? '–' : `${Math.round(corePeakMb)} MB`,
      ok: corePeakMb === undefined ? undefined : corePeakMb < TARGETS.coreMb,
    },
    {
      what: 'CLI end to end, 1 000 000 rows: time',
      target: '< 45 s',
      measured: cliMs === undefined ? '–' : time(cliMs),
      ok: cliMs === undefined ? undefined : cliMs < TARGETS.cliMs,
    },
    {
      what: 'CLI end to end, 1 000 000 rows: peak RSS',
      target: '< 1 500 MB',
      measured: cliMb === undefined || Number.isNaN(cliMb) ? '–' : `${Math.round(cliMb)} MB`,
      ok: cliMb === undefined || Number.isNaN(cliMb) ? undefined : cliMb < TARGETS.cliMb,
    },
    {
      what: 'hledger time ÷ core time, 1 000 000 rows',
      target: '≥ 20×',
      measured: ratio === undefined ? (r.hledger.length ? '–' : r.hledgerStatus) : `${ratio.toFixed(1)}×`,
      ok: ratio === undefined ? undefined : ratio >= TARGETS.hledgerRatio,
    },
    // Issue 8: start-up and the whole run, file in to report out.
    timeUnder('CLI end to end, 10 000 rows: time (issue 8)', '< 0,8 s', smallMs, TARGETS.cliSmallMs),
    timeUnder('CLI end to end, 1 000 000 rows: time (issue 8)', '< 5 s', cliMs, TARGETS.cliFastMs),
    // Issue 8 timed a report without the Verifikationer sheets (issue 13 added them): that report, for comparison.
    timeUnder('CLI end to end, 10 000 rows, without the Verifikationer sheets (`--transaction-rows 0`): time', '< 0,8 s', smallBareMs, TARGETS.cliSmallMs),
    timeUnder('CLI end to end, 1 000 000 rows, without the Verifikationer sheets (`--transaction-rows 0`): time', '< 5 s', cliBareMs, TARGETS.cliFastMs),
    {
      what: 'hledger time ÷ CLI time end to end, 1 000 000 rows (issue 8)',
      target: 'reported',
      measured: hlMs !== undefined && cliMs !== undefined ? `${(hlMs / cliMs).toFixed(1)}×` : '–',
      ok: undefined,
    },
  ];
}

/** The largest amount by which the sampler's peak fell short of the kernel's mark. */
function samplerGap(r: Results): number {
  return Math.max(0, ...r.core.flatMap((g) => g.runs.map((x) => x.corePeakRss - x.sampledPeakRss)));
}

function coreTable(r: Results): string[] {
  const lines = [
    '| rows | dates as | vouchers | core time, median of ' +
      r.args.runs +
      " (min–max) | CPU time⁷ | input arrays¹ | RSS before core² | peak RSS during core³ | core's own peak⁴ | heap: inputs → with model | floor loop⁵ | core ÷ floor | result = floor⁶ |",
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
  ];
  for (const g of r.core) {
    const t = coreTimes(g);
    const m = median(t);
    const base = median(g.runs.map((x) => x.baselineRss));
    const inputs = median(g.runs.map((x) => x.baselineRss - x.startRss));
    const peak = corePeak(g);
    const own = Math.max(...g.runs.map((x) => x.corePeakRss - x.baselineRss));
    const floor = median(g.runs.map((x) => x.floorMs));
    const same = g.runs.every((x) => x.result === x.floorResult && x.balanced && x.errors === 0);
    const heap = `${mb(median(g.runs.map((x) => x.baselineHeap)))} → ${mb(median(g.runs.map((x) => x.afterHeap)))}`;
    lines.push(
      `| ${rowsText(g.rows)} | ${g.dates === 'date' ? 'Date objects (CLI reader)' : 'serial numbers (Office.js)'} | ${rowsText(g.runs[0].vouchers)} | ${time(m)}${spread(t)} | ${time(median(g.runs.map((x) => x.coreCpuMs ?? NaN)))} | ${mb(inputs)} | ${mb(base)} | ${mb(peak)} | ${mb(own)} | ${heap} | ${time(floor)} | ${(m / floor).toFixed(0)}× | ${same ? 'yes' : '**no**'} |`,
    );
  }
  const first = r.core[0]?.runs[0];
  lines.push(
    '',
    `¹ Median of the runs: RSS after generating the ledger's 2D arrays (and a full GC) minus RSS at start-up (node + tsx + modules ≈ ${mb(first?.startRss)}).`,
    '² The baseline (median): start-up plus the input arrays.',
    `³ Whole-process peak while \`buildReport\` ran — the kernel's \`VmHWM\`, reset just before the call (method: ${first?.peakMethod ?? '–'}; the 2 ms RSS sampler's peak came within ${mb(samplerGap(r))} of it); worst of the runs.`,
    '⁴ Peak during the core minus the baseline: what the core itself adds on top of its input.',
    '⁵ A bare loop over the same rows summing integer öre into a `Map` keyed by month, account and cost centre (bench/floor.ts); median of 3 in the same process, after the core (so it runs JIT-warm — the core runs cold).',
    "⁶ The report's *periodens resultat* equals the floor's sum of classes 3–8 for the report year, the balance sheet balances and there are no errors, in every run.",
    '⁷ Median CPU time (user + system, all threads — V8 collects garbage on a helper thread too) of the process while the core ran: less sensitive to a busy machine than the wall time.',
  );
  return lines;
}

function cpuText(runs: Measured[]): string {
  const cpu = runs.map((x) => x.cpuMs).filter((c): c is number => c !== undefined);
  return cpu.length ? time(median(cpu)) : '–';
}

function cliTable(r: Results): string[] {
  if (r.cli.length === 0) return [`Not measured: ${r.cliStatus}.`];
  const lines = [
    `| rows | .xlsx size | runs | wall time, median (min–max) | CPU time, median | peak RSS (worst run) | measured with |`,
    '|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const c of r.cli) {
    for (const [label, runs] of [
      ['', c.runs],
      [' (`--transaction-rows 0`)', c.withoutTransactions ?? []],
    ] as const) {
      if (runs.length === 0) continue;
      const t = runs.map((x) => x.wallMs);
      lines.push(
        `| ${rowsText(c.rows)}${label} | ${c.xlsxMb.toFixed(1)} MB | ${runs.length} | ${time(median(t))}${spread(t)} | ${cpuText(runs)} | ${mb(cliPeak({ ...c, runs }))} | ${runs[0]?.method ?? '–'} |`,
      );
    }
  }
  lines.push('', `CLI: ${r.cliStatus}.`);
  return lines;
}

function hledgerTable(r: Results): string[] {
  if (r.hledger.length === 0) return [`Not measured: ${r.hledgerStatus}.`];
  const lines = [
    `${r.hledger[0].run.version ?? 'hledger'}. Accounts are \`<account>:<cost centre>\` (e.g. \`5540:3001\`), so \`balance --monthly\` lists the monthly balance of every account and cost centre; its CSV is compared cell by cell with the floor's sums.`,
    '',
    '| rows (postings) | journal size | runs | wall time, median | CPU time, median | peak RSS | hledger ÷ core | hledger ÷ CLI | same sums as the floor |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
  ];
  for (const h of r.hledger) {
    const ms = median(h.run.runs.map((x) => x.wallMs));
    const peaks = h.run.runs.map((x) => x.peakRss).filter((p): p is number => p !== undefined);
    const cores = r.core.filter((g) => g.rows === h.rows).map((g) => median(coreTimes(g)));
    const core = cores.length ? Math.max(...cores) : undefined;
    const cli = r.cli.find((c) => c.rows === h.rows);
    const cliMs = cli ? median(cli.runs.map((x) => x.wallMs)) : undefined;
    const check = h.run.check;
    const same = check ? (check.mismatches.length === 0 ? `yes (${group(check.cells)} cells)` : `**no**: ${check.mismatches.slice(0, 3).join('; ')}`) : '–';
    lines.push(
      `| ${rowsText(h.rows)} | ${h.journalMb.toFixed(1)} MB | ${h.run.runs.length} | ${time(ms)} | ${cpuText(h.run.runs)} | ${mb(peaks.length ? Math.max(...peaks) : undefined)} | ${core ? `${(ms / core).toFixed(1)}×` : '–'} | ${cliMs ? `${(ms / cliMs).toFixed(1)}×` : '–'} | ${same} |`,
    );
  }
  lines.push(
    '',
    'hledger ÷ core uses the slower of the two date shapes. hledger reads a text file; the core starts from arrays already in memory — hledger ÷ CLI (file in, balances out, report written) is the like-for-like comparison.',
  );
  return lines;
}

function commands(r: Results): string[] {
  const big = r.cli.at(-1) ?? undefined;
  const hl = r.hledger.at(-1);
  const n = big?.rows ?? hl?.rows ?? r.args.sizes.at(-1) ?? TARGET_ROWS;
  const lines = [
    '```sh',
    'npm run bench                                   # everything below, sizes 10 000, 100 000, 1 000 000',
    'npm run bench -- --sizes 10000,100000           # a quick run (writes bench/.work/RESULTS-quick.md)',
    'npm run bench -- --skip hledger,cli,addin --dates date  # the core only',
    'npm run bench -- --profile                      # also CPU profiles of the core and the CLI at the largest size',
    '',
    '# one core measurement (fresh process, prints BENCH_RESULT {json}); add --profile FILE for a CPU profile of buildReport',
    `node --expose-gc --import tsx bench/coreChild.ts --rows ${n} --dates date`,
  ];
  const f = big ?? hl;
  if (f) {
    const stem = rel(big?.xlsx ?? hl!.journal).replace(/\.(xlsx|journal)$/, '');
    lines.push(
      '',
      '# the input files (npm run bench writes them once and caches them in bench/.work/)',
      `node --import tsx bench/prepare.ts --rows ${f.rows} --xlsx ${stem}.xlsx --journal ${stem}.journal --sums ${stem}.sums.json`,
    );
  }
  if (big) lines.push('', '# the CLI end to end', `/usr/bin/time -v node bin/finsam-rapport.js ${rel(big.xlsx)} --out bench/.work/report-${big.rows}.xlsx`);
  if (hl) lines.push('', '# hledger on the same ledger', `/usr/bin/time -v hledger -f ${rel(hl.journal)} balance --monthly -O csv -o bench/.work/out.csv`);
  lines.push('```');
  return lines;
}

/** A warning at the top when other work kept the machine's cores busy during the run. */
function busyWarning(r: Results): string[] {
  return r.otherWork !== undefined && r.otherWork > 0.5
    ? [
        `> **The machine was busy**: other work kept ${r.otherWork.toFixed(1)} of its ${r.machine.cpus} cores busy on average during this run. Wall times are inflated; the CPU-time columns are the steadier figures. Rerun on a quiet machine before judging a target.`,
        '',
      ]
    : [];
}

export function resultsMarkdown(r: Results): string {
  const m = r.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${r.argv.length ? ` -- ${r.argv.join(' ')}` : ''}\` (bench/run.ts) on ${m.date}; the whole run took ${time(r.totalMs)}. Method: docs/benchmarks.md.`,
    '',
    ...busyWarning(r),
    '## Machine',
    '',
    `| | |`,
    `|---|---|`,
    `| CPUs (nproc) | ${m.cpus} × ${m.cpuModel} |`,
    `| memory | ${group(m.memoryMb)} MB |`,
    `| Node.js | ${m.node} |`,
    `| system | ${m.os} |`,
    `| commit | ${m.commit} |`,
    `| other work during the run | ${r.otherWork === undefined ? 'unknown' : `${r.otherWork.toFixed(2)} cores on average (the machine's busy CPU time minus the benchmark's own, from /proc)`}; load average ${m.loadAverage} at the start, ${r.loadAtEnd} at the end (the benchmark's own processes included) |`,
    `| peak RSS of child commands | ${r.gnuTime ? '`/usr/bin/time -v` (Maximum resident set size)' : '`VmHWM` of /proc/<pid>/status, polled every 20 ms (no /usr/bin/time)'} |`,
    '',
    `The ledger (bench/generate.ts): balanced vouchers over two whole fiscal years (2023 and the report year 2024, period jan–dec), ${COST_CENTRES.length} cost centres, ${ACCOUNT_COUNT} accounts, plus IngaendeBalans, Kontoplan, Budget, Prognos, Kostnadsstallen and Installningar; deterministic (seeded), exactly the stated number of ledger rows.`,
    '',
    '## Targets (issues 2 and 8)',
    '',
    '| target | wanted | measured | |',
    '|---|---|---:|---|',
    ...targets(r).map((t) => `| ${t.what} | ${t.target} | ${t.measured} | ${t.target === 'reported' ? '' : met(t.ok)} |`),
    '',
    '## Core: 2D arrays → finished report model (`buildReport`)',
    '',
    `Each size and date shape in ${r.args.runs} fresh processes (so each peak is that size's own).`,
    '',
    ...coreTable(r),
    '',
    '## CLI end to end: .xlsx in → report .xlsx out',
    '',
    '`node bin/finsam-rapport.js L.xlsx --out R.xlsx` as a child process: start-up, reading the named ranges, the core, writing the report workbook. Each size also with `--transaction-rows 0`: the report without its two Verifikationer sheets (up to 20 000 rows each by default), the report issue 8 timed.',
    '',
    ...cliTable(r),
    '',
    '## hledger: the same monthly balances per account and cost centre',
    '',
    ...hledgerTable(r),
    '',
  ];
  if (r.addin) {
    lines.push(
      '## Excel add-in: Office.js traffic per report (fake Excel host)',
      '',
      "From `npx tsx scripts/bench-addin.ts <rows …>` (the add-in's own benchmark, see docs/addin.md): how many `context.sync()` calls and how large the largest request and response are; Excel on the web refuses payloads over 5 MB. The example workbook's ledger is scaled to about the asked number of rows.",
      '',
      r.addin,
      '',
    );
  }
  if (r.sie) {
    lines.push(
      '## SIE 4 import (issue 4)',
      '',
      "A generated SIE 4 file (CP437, CRLF; vouchers of two #TRANS rows with cost-centre and project objects) imported by the core: decode and parse, mapping to the contract's ranges, then the contract parser reading those ranges. One fresh process per size: `npx tsx bench/sie.ts <rows> --contract`.",
      '',
      r.sie,
      '',
    );
  }
  if (r.profiles.length) lines.push('## Where the time goes (CPU profiles)', '', ...r.profiles, '');
  lines.push('## Reproduce', '', ...commands(r), '');
  return lines.join('\n');
}

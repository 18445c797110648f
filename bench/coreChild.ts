/**
 * One measurement of the core in a fresh process (started by run.ts, never imported):
 * generate the ledger's 2D arrays, take the memory baseline, time `buildReport` and its peak
 * memory, then time the floor loop on the same rows. Prints one line `BENCH_RESULT {json}`.
 *
 *   node --expose-gc --import tsx bench/coreChild.ts --rows 100000 --dates date [--profile FILE]
 *
 * With `--profile FILE` the core's run (only it) is CPU-profiled through the inspector and
 * the profile written to FILE (the time then includes the profiler's overhead).
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { buildReport } from '../src/core/report';
import { floorResult, floorSums } from './floor';
import { benchWorkbook, type DateShape } from './generate';
import { kernelPeak, lifetimePeak, resetPeak, rss, RssSampler, settle } from './memory';

export interface CoreMeasurement {
  rows: number;
  dates: DateShape;
  vouchers: number;
  /** RSS after start-up (node, tsx, the modules), bytes. */
  startRss: number;
  generateMs: number;
  /** RSS with the input arrays built and garbage collected, before the core runs. */
  baselineRss: number;
  /** V8 heap in use at the baseline. */
  baselineHeap: number;
  coreMs: number;
  /** CPU time of the process (user + system, all threads) while the core ran, ms. */
  coreCpuMs: number;
  /** Peak RSS while the core ran: the kernel's mark when it could be reset, else the sampler's. */
  corePeakRss: number;
  /** How `corePeakRss` was measured. */
  peakMethod: 'VmHWM' | 'sampled';
  /** The sampler's peak (both are reported to compare). */
  sampledPeakRss: number;
  /** Heap in use right after the core, the report model still alive. */
  afterHeap: number;
  /** Whole-process peak (`resourceUsage().maxRSS`), generation included. */
  lifetimeMaxRss: number;
  /** Median of three floor loops, ms. */
  floorMs: number;
  floorKeys: number;
  balanced: boolean;
  warnings: number;
  errors: number;
  checksNotOk: string[];
  result: string;
  floorResult: string;
  sheets: number;
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function post(session: Session, method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
}

async function startProfile(): Promise<Session> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  return session;
}

async function stopProfile(session: Session): Promise<unknown> {
  const { profile } = (await post(session, 'Profiler.stop')) as { profile: unknown };
  session.disconnect();
  return profile;
}

async function main(): Promise<void> {
  const rows = Number(arg('--rows'));
  const dates = (arg('--dates') ?? 'date') as DateShape;
  const sampler = new RssSampler();
  await settle();
  gc();
  const startRss = rss();

  let t = performance.now();
  const wb = benchWorkbook({ rows, dates });
  const generateMs = performance.now() - t;
  gc();
  await settle();
  const baselineRss = rss();
  const baselineHeap = process.memoryUsage().heapUsed;

  const profileFile = arg('--profile');
  const session = profileFile ? await startProfile() : undefined;
  const canReset = resetPeak();
  sampler.reset();
  const cpu = process.cpuUsage();
  t = performance.now();
  const built = buildReport({ ranges: wb.ranges, generatedAt: new Date(Date.UTC(2025, 0, 15, 12)) });
  const coreMs = performance.now() - t;
  const cpuUsed = process.cpuUsage(cpu);
  if (session && profileFile) fs.writeFileSync(profileFile, JSON.stringify(await stopProfile(session)));
  const sampledPeakRss = sampler.peak();
  const hwm = canReset ? kernelPeak() : undefined;
  const afterHeap = process.memoryUsage().heapUsed;
  const model = built.model;

  const floorTimes: number[] = [];
  let sums = floorSums(wb.ranges[1].values);
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    sums = floorSums(wb.ranges[1].values);
    floorTimes.push(performance.now() - t);
  }
  await sampler.stop();

  const out: CoreMeasurement = {
    rows: wb.ledgerRows,
    dates,
    vouchers: wb.vouchers,
    startRss,
    generateMs,
    baselineRss,
    baselineHeap,
    coreMs,
    coreCpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
    corePeakRss: hwm ?? sampledPeakRss,
    peakMethod: hwm !== undefined ? 'VmHWM' : 'sampled',
    sampledPeakRss,
    afterHeap,
    lifetimeMaxRss: lifetimePeak(),
    floorMs: median(floorTimes),
    floorKeys: sums.size,
    balanced: model?.summary.balanced ?? false,
    warnings: built.problems.filter((p) => p.severity === 'warning').length,
    errors: built.problems.filter((p) => p.severity === 'error').length,
    checksNotOk: (model?.checks ?? []).filter((c) => c.status !== 'ok').map((c) => c.key),
    result: model?.summary.result ?? '',
    floorResult: floorResult(sums, wb.year, wb.period),
    sheets: model?.sheets.length ?? 0,
  };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});

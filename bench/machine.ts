/** What the figures were measured on. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { REPO } from './child';

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryMb: number;
  node: string;
  os: string;
  commit: string;
  loadAverage: string;
}

function quiet(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

export function machine(): Machine {
  let osName = `${os.type()} ${os.release()}`;
  try {
    const m = /PRETTY_NAME="([^"]+)"/.exec(fs.readFileSync('/etc/os-release', 'utf8'));
    if (m) osName = `${m[1]}, kernel ${os.release()}`;
  } catch {
    // not Linux: keep os.type()
  }
  const commit = quiet('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = quiet('git', ['status', '--porcelain', '--', 'src', 'bench', ':!bench/RESULTS.md']) !== '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: Number(quiet('nproc', [])) || os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryMb: Math.round(os.totalmem() / 1e6),
    node: process.version,
    os: osName,
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes in src/ or bench/)' : ''}` : 'unknown',
    loadAverage: loadAverage(),
  };
}

/** CPU time so far, in clock ticks: the whole machine's busy time and this process's (its reaped children included). */
export interface CpuSnapshot {
  at: number;
  machineBusy: number;
  own: number;
}

export function cpuSnapshot(): CpuSnapshot | undefined {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …
    const machineBusy = cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + (cpu[7] ?? 0);
    // /proc/self/stat: the fields after "(comm)" start with state (field 3); utime, stime, cutime, cstime are fields 14–17.
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const own = f[11] + f[12] + f[13] + f[14];
    return { at: Date.now(), machineBusy, own };
  } catch {
    return undefined;
  }
}

/**
 * How many cores other work kept busy on average between two snapshots: the machine's busy
 * time minus this benchmark's own (its child processes included), per second of wall time.
 */
export function otherWork(a: CpuSnapshot | undefined, b: CpuSnapshot | undefined): number | undefined {
  if (!a || !b || b.at <= a.at) return undefined;
  const ticksPerSecond = 100; // USER_HZ on Linux
  return Math.max(0, (b.machineBusy - a.machineBusy - (b.own - a.own)) / ticksPerSecond / ((b.at - a.at) / 1000));
}

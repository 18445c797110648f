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

export const loadAverage = (): string => os.loadavg().map((l) => l.toFixed(2)).join(', ');

export function machine(): Machine {
  let osName = `${os.type()} ${os.release()}`;
  try {
    const m = /PRETTY_NAME="([^"]+)"/.exec(fs.readFileSync('/etc/os-release', 'utf8'));
    if (m) osName = `${m[1]}, kernel ${os.release()}`;
  } catch {
    // not Linux: keep os.type()
  }
  const commit = quiet('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = quiet('git', ['status', '--porcelain', '--', 'src', 'bench']) !== '';
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

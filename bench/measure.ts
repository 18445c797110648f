/**
 * Runs a command as a child process and measures its wall time and peak RSS. With GNU time
 * (`/usr/bin/time -v`) the peak is its "Maximum resident set size"; without it the child's
 * kernel high-water mark (`VmHWM` in /proc/<pid>/status) is polled every 20 ms — the mark
 * only grows, so the last poll before exit holds almost the whole peak.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Measured {
  exitCode: number | null;
  wallMs: number;
  /** User + system CPU time of the command (GNU time only), ms. */
  cpuMs?: number;
  /** bytes; undefined when neither method worked */
  peakRss?: number;
  method: 'time -v' | 'VmHWM poll' | 'none';
  stdout: string;
  stderr: string;
}

export function hasGnuTime(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function readHwm(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `command args` in `cwd`; never throws for a failing command (see `exitCode`). */
export function measure(command: string, args: string[], options: { cwd?: string; useTime?: boolean } = {}): Promise<Measured> {
  const useTime = options.useTime ?? hasGnuTime();
  const timeFile = path.join(os.tmpdir(), `finsam-bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout = (stdout + s).slice(-200_000)));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-200_000)));
    let polled: number | undefined;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          const v = child.pid === undefined ? undefined : readHwm(child.pid);
          if (v !== undefined) polled = Math.max(polled ?? 0, v);
        }, 20);
    child.on('error', (e) => {
      if (poll) clearInterval(poll);
      reject(e);
    });
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      let peakRss = polled;
      let cpuMs: number | undefined;
      if (useTime) {
        try {
          const text = fs.readFileSync(timeFile, 'utf8');
          fs.rmSync(timeFile, { force: true });
          const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
          if (m) peakRss = Number(m[1]) * 1024;
          const user = /User time \(seconds\): ([\d.]+)/.exec(text);
          const system = /System time \(seconds\): ([\d.]+)/.exec(text);
          if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
        } catch {
          // no report from time: leave the peak unknown
        }
      }
      resolve({ exitCode: code, wallMs, cpuMs, peakRss, method: peakRss === undefined ? 'none' : useTime ? 'time -v' : 'VmHWM poll', stdout, stderr });
    });
  });
}

/** Whether `command --version` runs (e.g. hledger). */
export function versionOf(command: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? out.trim().split('\n')[0] : undefined));
  });
}

/**
 * Peak memory of this process around one step, three ways:
 * - the kernel's high-water mark `VmHWM`, reset just before the step (`/proc/self/clear_refs`
 *   with `5`, Linux ≥ 4.0) — exact when the reset is allowed;
 * - RSS sampled every 2 ms by a worker thread (the step itself is synchronous, so the main
 *   thread cannot sample it) — the fallback, it can miss a short spike;
 * - `process.resourceUsage().maxRSS` — the peak of the whole process life, generation included.
 */
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';

export const rss = (): number => process.memoryUsage.rss();

/** Resets the kernel's peak-RSS mark of this process; false when the system does not allow it. */
export function resetPeak(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The kernel's peak RSS of this process (bytes), or undefined off Linux. */
export function kernelPeak(): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The whole process's peak RSS so far (bytes). */
export const lifetimePeak = (): number => process.resourceUsage().maxRSS * 1024;

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const max = new Float64Array(workerData);
setInterval(() => { const r = process.memoryUsage.rss(); if (r > max[0]) max[0] = r; }, 2);
`;

/** A worker thread that keeps the largest RSS it sees. Start it before the baseline so its own memory is in it. */
export class RssSampler {
  private readonly shared = new SharedArrayBuffer(8);
  private readonly max = new Float64Array(this.shared);
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(SAMPLER, { eval: true, workerData: this.shared });
    this.worker.unref();
  }

  /** Forgets the samples so far (start of the step). */
  reset(): void {
    this.max[0] = rss();
  }

  /** The largest RSS seen since `reset` (bytes). */
  peak(): number {
    return Math.max(this.max[0], rss());
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Waits until the sampler thread has started sampling (a few ms). */
export const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The well-formedness check of the parts the CLI wrote, on two cores: a worker thread checks
 * the largest parts while the main thread checks the rest (the report's Verifikationer sheets
 * are megabytes of XML; streaming them through saxes is most of the check's time).
 *
 * The worker is started early (`warmChecker`, from the CLI before it reads the workbook), so it
 * has loaded when the check comes. Without its compiled script (the sources run under a test
 * runner) or for a small package, every part is checked on the main thread, with the same
 * results: the same ids, and the same problem for the first bad part in the order given.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckAnswer, CheckRequest } from './checkWorker';
import { checkWellFormed, PartXmlError } from './wellFormed';

/** Below this many characters in all, a worker costs more than it saves. */
const WORKER_FROM = 2_000_000;

let worker: Worker | undefined;

/** Whether the last `checkParts` had the worker check part of the package (for the tests). */
let lastUsedWorker = false;
export function usesWorker(): boolean {
  return lastUsedWorker;
}

/** The worker's script, when this runs compiled (build/xlsx). */
function workerScript(): string | undefined {
  const script = join(__dirname, 'checkWorker.js');
  return existsSync(script) ? script : undefined;
}

/** Starts the worker, if it can run here; idempotent. It never keeps the process alive. */
export function warmChecker(): void {
  if (worker) return;
  const script = workerScript();
  if (!script) return;
  worker = new Worker(script);
  worker.unref();
  // A worker that fails (cannot start, runs out of memory) is dropped: the main thread checks alone.
  worker.on('error', () => {
    worker = undefined;
  });
}

function inWorker(w: Worker, parts: CheckRequest[]): Promise<CheckAnswer[] | undefined> {
  return new Promise((resolve) => {
    const done = (answers: CheckAnswer[] | undefined) => {
      w.off('message', onMessage);
      w.off('error', onError);
      resolve(answers);
    };
    const onMessage = (answers: CheckAnswer[]) => {
      done(answers);
    };
    const onError = () => {
      done(undefined);
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage(parts);
  });
}

function onMainThread(p: CheckRequest): CheckAnswer {
  try {
    return { part: p.part, ids: checkWellFormed(p.xml, p.part) };
  } catch (e) {
    if (e instanceof PartXmlError) return { part: p.part, problem: e.message };
    throw e;
  }
}

/**
 * Checks every part; resolves to each part's relationship ids, or rejects with the
 * `PartXmlError` of the first part (in the order given) that is not well-formed.
 */
export async function checkParts(parts: readonly CheckRequest[]): Promise<Map<string, string[]>> {
  const total = parts.reduce((n, p) => n + p.xml.length, 0);
  if (total >= WORKER_FROM) warmChecker();
  const w = total >= WORKER_FROM ? worker : undefined;
  // The worker takes the largest parts until it has about half of the characters.
  const byWorker = new Set<CheckRequest>();
  if (w) {
    let share = 0;
    for (const p of [...parts].sort((a, b) => b.xml.length - a.xml.length)) {
      if (share + p.xml.length > total / 2 && byWorker.size > 0) continue;
      byWorker.add(p);
      share += p.xml.length;
    }
  }
  const pending = w ? inWorker(w, [...byWorker]) : Promise.resolve([]);
  const answers = new Map<string, CheckAnswer>();
  for (const p of parts) if (!byWorker.has(p)) answers.set(p.part, onMainThread(p));
  const fromWorker = await pending;
  lastUsedWorker = w !== undefined && fromWorker !== undefined;
  if (fromWorker === undefined) for (const p of byWorker) answers.set(p.part, onMainThread(p));
  else for (const a of fromWorker) answers.set(a.part, a);
  const ids = new Map<string, string[]>();
  for (const p of parts) {
    const a = answers.get(p.part)!;
    if ('problem' in a) throw new PartXmlError(p.part, a.problem.startsWith(`${p.part}: `) ? a.problem.slice(p.part.length + 2) : a.problem);
    ids.set(p.part, a.ids);
  }
  return ids;
}

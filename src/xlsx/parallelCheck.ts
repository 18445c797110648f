/**
 * The well-formedness check of the parts the CLI wrote, on two cores. Streaming megabytes of
 * Verifikationer XML through saxes is most of the check's time, so a worker thread takes
 * the large parts:
 * - **early**: a large sheet is sent to the worker as soon as it is written (`checkEarly`),
 *   so the worker checks it while the main thread writes the next sheets and builds the zip;
 * - **at the check** (`checkParts`): a part checked early counts only when the text read back
 *   from the finished package is that very text; of the rest, the worker takes the largest
 *   until it has about half of the characters, the main thread checks the others.
 *
 * The worker is started early (`warmChecker`, from the CLI before it reads the workbook), so it
 * has loaded and compiled its parser when the parts come. Without its compiled script (the
 * sources run under a test runner), if it fails, or for a small package, every part is
 * checked on the main thread, with the same results: the same ids, and the same problem for
 * the first bad part in the order given.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckAnswer, CheckRequest, WorkerAnswer, WorkerRequest } from './checkWorker';
import { checkWellFormed, PartXmlError } from './wellFormed';

/** Below this many characters in all, a worker costs more than it saves. */
const WORKER_FROM = 2_000_000;
/** A sheet at least this long is sent to the worker as soon as it is written. */
const EARLY_FROM = 1_000_000;

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (answers: CheckAnswer[] | undefined) => void>();

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
  const w = new Worker(script);
  w.unref();
  // A worker that fails (cannot start, runs out of memory) or ends is dropped: the main thread
  // checks what it had, and checks alone from then on. No answer is left waiting for ever.
  const drop = () => {
    if (worker === w) worker = undefined;
    for (const answer of waiting.values()) answer(undefined);
    waiting.clear();
    w.off('message', onAnswer);
  };
  w.on('error', drop);
  w.on('exit', drop);
  worker = w;
}

/** Ends the worker (what it had is then checked on the main thread); for the tests. */
export async function stopChecker(): Promise<void> {
  await worker?.terminate();
}

function onAnswer({ id, answers }: WorkerAnswer): void {
  waiting.get(id)?.(answers);
  waiting.delete(id);
  // Listening keeps the process alive: only while answers are due.
  if (waiting.size === 0) worker?.off('message', onAnswer);
}

/** The worker's answers to `parts`, or undefined when there is no worker or it failed. */
function inWorker(parts: CheckRequest[]): Promise<CheckAnswer[] | undefined> {
  const w = worker;
  if (!w || parts.length === 0) return Promise.resolve(w ? [] : undefined);
  return new Promise((resolve) => {
    const id = nextId++;
    if (waiting.size === 0) w.on('message', onAnswer);
    waiting.set(id, resolve);
    w.postMessage({ id, parts } satisfies WorkerRequest);
  });
}

/** A part sent to the worker as soon as it was written. */
export interface EarlyCheck {
  xml: string;
  answer: Promise<CheckAnswer | undefined>;
}

/** Sends a large part to the worker now; undefined (checked later, as usual) when small or there is no worker. */
export function checkEarly(part: string, xml: string): EarlyCheck | undefined {
  if (xml.length < EARLY_FROM || !worker) return undefined;
  return { xml, answer: inWorker([{ part, xml }]).then((a) => a?.[0]) };
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
 * `PartXmlError` of the first part (in the order given) that is not well-formed. `early`: the
 * parts sent to the worker as they were written, taken where the text is the same.
 */
export async function checkParts(parts: readonly CheckRequest[], early: ReadonlyMap<string, EarlyCheck> = new Map()): Promise<Map<string, string[]>> {
  const answers = new Map<string, CheckAnswer>();
  const fromEarly = new Map<CheckRequest, Promise<CheckAnswer | undefined>>();
  const rest: CheckRequest[] = [];
  for (const p of parts) {
    const e = early.get(p.part);
    if (e !== undefined && e.xml === p.xml) fromEarly.set(p, e.answer);
    else rest.push(p);
  }
  const total = rest.reduce((n, p) => n + p.xml.length, 0);
  if (total >= WORKER_FROM) warmChecker();
  const useWorker = total >= WORKER_FROM && worker !== undefined;
  // The worker takes the largest parts until it has about half of the characters.
  const byWorker = new Set<CheckRequest>();
  if (useWorker) {
    let share = 0;
    for (const p of [...rest].sort((a, b) => b.xml.length - a.xml.length)) {
      if (share + p.xml.length > total / 2 && byWorker.size > 0) continue;
      byWorker.add(p);
      share += p.xml.length;
    }
  }
  const pending = useWorker ? inWorker([...byWorker]) : Promise.resolve([]);
  for (const p of rest) if (!byWorker.has(p)) answers.set(p.part, onMainThread(p));
  const fromWorker = await pending;
  if (fromWorker === undefined) for (const p of byWorker) answers.set(p.part, onMainThread(p));
  else for (const a of fromWorker) answers.set(a.part, a);
  for (const [p, answer] of fromEarly) answers.set(p.part, (await answer) ?? onMainThread(p));
  lastUsedWorker = (useWorker && fromWorker !== undefined) || fromEarly.size > 0;
  const ids = new Map<string, string[]>();
  for (const p of parts) {
    const a = answers.get(p.part)!;
    if ('problem' in a) throw new PartXmlError(p.part, a.problem.startsWith(`${p.part}: `) ? a.problem.slice(p.part.length + 2) : a.problem);
    ids.set(p.part, a.ids);
  }
  return ids;
}

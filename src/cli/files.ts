/**
 * Writing files so that a reader never sees half of one: each file is written completely to
 * a temporary file in the same directory, flushed to disk, and then renamed over the target
 * (atomic on one file system). Nothing is renamed until every file of the run is written.
 *
 * - A target that is a symbolic link is written through: the link's final target is replaced,
 *   the link stays a link.
 * - A replaced file keeps its mode, owner and group; when the owner cannot be kept (not
 *   allowed to change it) the run stops before anything is renamed.
 * - Temporary files are named `.<target name>.<pid>.<8 hex>.tmp`. They are removed on every
 *   failure, and — while any exists — on SIGINT, SIGTERM and SIGHUP (`installSignalCleanup`).
 *   A SIGKILL cannot be caught: the next run removes the leftovers (`removeStaleTemps`).
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, chown, link, lstat, mkdir, open, readdir, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../core';

/**
 * Why the files of a run were not written (worded in texts.ts): refused before anything was
 * renamed (the target exists and may not be replaced, or its owner cannot be kept), or the
 * file system failed (`message` is its own).
 */
export type WriteError = { kind: 'refused'; reason: 'exists' | 'owner'; file: string } | { kind: 'failed'; file: string; message: string };

/** A refusal, thrown inside this module and returned by `writeAll` as a `WriteError`. */
class WriteRefused extends Error {
  constructor(
    readonly reason: 'exists' | 'owner',
    readonly file: string,
  ) {
    super(`${reason}: ${file}`);
  }
}

/** The input file's bytes, or why it cannot be read (the file system's own message). */
export async function readInput(path: string): Promise<Result<Buffer, string>> {
  try {
    return ok(await readFile(path));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/** The file a write to `target` replaces: the final target of a symbolic link, else `target`. */
export async function writeTarget(target: string): Promise<string> {
  const info = await lstat(target).catch(() => undefined);
  if (!info?.isSymbolicLink()) return target;
  return realpath(target).catch(() => target);
}

/** The number of names (hard links) of an existing file; 0 when it does not exist. */
export async function linkCount(file: string): Promise<number> {
  return (await stat(file).catch(() => undefined))?.nlink ?? 0;
}

// ── temporary files ──────────────────────────────────────────────────────────────────────

/** Temporary files of this process that exist now (removed on a caught signal). */
const live = new Set<string>();

const TEMP_SUFFIX = /^\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function dropTemp(temp: string): Promise<void> {
  await unlink(temp).catch(() => undefined);
  live.delete(temp);
  updateHandlers();
}

/** Removes every temporary file of this process at once (for a signal handler). */
export function removeLiveTempsSync(): void {
  for (const temp of live) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  live.clear();
  updateHandlers();
}

const CAUGHT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type CaughtSignal = keyof typeof CAUGHT;
const SIGNALS = Object.keys(CAUGHT) as CaughtSignal[];
let installed = false;
let attached = false;
let signalHook: (signal: CaughtSignal) => void = () => undefined;
const onCaught = (signal: CaughtSignal) => (): void => {
  removeLiveTempsSync();
  signalHook(signal);
  process.exit(CAUGHT[signal]);
};
const handlers: Record<CaughtSignal, () => void> = { SIGINT: onCaught('SIGINT'), SIGTERM: onCaught('SIGTERM'), SIGHUP: onCaught('SIGHUP') };

/**
 * Makes SIGINT, SIGTERM and SIGHUP remove this process's temporary files before it ends with
 * 128 + the signal's number (`onSignal` may say so first). The handlers are attached only
 * while a temporary file exists, so Ctrl-C during a long calculation still stops at once.
 */
export function installSignalCleanup(onSignal: (signal: CaughtSignal) => void = () => undefined): void {
  installed = true;
  signalHook = onSignal;
  // A process that ends any other way (process.exit, an uncaught error) leaves none either.
  process.once('exit', removeLiveTempsSync);
}

function updateHandlers(): void {
  const want = installed && live.size > 0;
  if (want === attached) return;
  for (const s of SIGNALS) {
    if (want) process.on(s, handlers[s]);
    else process.off(s, handlers[s]);
  }
  attached = want;
}

/** Whether a process with this id runs on this machine. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes temporary files this tool left beside `target` (a killed run, a crash): those of a
 * process that no longer runs, and any older than an hour. Returns the names removed.
 */
export async function removeStaleTemps(target: string, now = Date.now()): Promise<string[]> {
  const dir = dirname(target);
  const prefix = `.${basename(target)}`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = TEMP_SUFFIX.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    const file = join(dir, name);
    if (live.has(file)) continue;
    const info = await lstat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    const old = now - info.mtimeMs > STALE_AFTER_MS;
    if (!old && (pid === process.pid || running(pid))) continue;
    if (
      await unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}

// ── writing ──────────────────────────────────────────────────────────────────────────────

export interface PendingFile {
  /** Where the caller asked to write. */
  target: string;
  /** The file actually replaced (the target of a symbolic link). */
  real: string;
  temp: string;
}

/**
 * Makes a temporary file beside `target`'s real file and lets `fill` write it (by path);
 * then flushes it to disk and gives it the mode, owner and group of the file it will replace.
 * On any failure the temporary file is removed and the error passed on.
 */
export async function prepareTemp(target: string, fill: (temp: string) => Promise<void>): Promise<PendingFile> {
  const real = await writeTarget(target);
  await mkdir(dirname(real), { recursive: true });
  const temp = tempPath(real);
  const exists = (await stat(real).catch(() => undefined)) !== undefined;
  // Created empty and exclusively first; private until it gets the replaced file's mode.
  await (await open(temp, 'wx', exists ? 0o600 : 0o666)).close();
  live.add(temp);
  updateHandlers();
  try {
    await fill(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await keepOwnerAndMode(real, temp);
  } catch (e) {
    await dropTemp(temp);
    throw e;
  }
  return { target, real, temp };
}

/** Writes `data` to a temporary file beside `target` (see `prepareTemp`). */
export async function writeTemp(target: string, data: Uint8Array | string): Promise<PendingFile> {
  return prepareTemp(target, async (temp) => {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  });
}

async function keepOwnerAndMode(real: string, temp: string): Promise<void> {
  const old = await stat(real).catch(() => undefined);
  if (old === undefined) return;
  const now = await stat(temp);
  if (now.uid !== old.uid || now.gid !== old.gid) {
    try {
      await chown(temp, old.uid, old.gid);
    } catch {
      throw new WriteRefused('owner', real);
    }
  }
  // After chown, which may clear set-id bits.
  await chmod(temp, old.mode & 0o7777);
}

/** Renames a prepared file over its target; with `noClobber`, refuses when the target exists. */
async function commit(p: PendingFile, noClobber: boolean): Promise<void> {
  if (noClobber) {
    try {
      // link() fails when the name exists: no window in which another file could be replaced.
      await link(p.temp, p.real);
      await dropTemp(p.temp);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new WriteRefused('exists', p.target);
      // A file system without hard links: check, then rename.
      if (
        await lstat(p.real).then(
          () => true,
          () => false,
        )
      )
        throw new WriteRefused('exists', p.target);
    }
  }
  await rename(p.temp, p.real);
  live.delete(p.temp);
  updateHandlers();
  await syncDir(dirname(p.real));
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

export interface FileToWrite {
  target: string;
  data?: Uint8Array | string;
  /** Writes the file by path instead of `data` (a streaming writer). */
  fill?: (temp: string) => Promise<void>;
}

/**
 * Writes every file to its temporary file, then renames them all. On failure removes the
 * temporaries and returns why, naming the file (the core's one failure shape; the steps
 * above throw, and are caught here). With `noClobber`, an existing target is never replaced.
 */
export async function writeAll(files: readonly FileToWrite[], options: { noClobber?: boolean } = {}): Promise<Result<void, WriteError>> {
  const pending: PendingFile[] = [];
  const failed = async (file: string, e: unknown, from: number): Promise<Result<void, WriteError>> => {
    await Promise.all(pending.slice(from).map((p) => dropTemp(p.temp)));
    return fail(
      e instanceof WriteRefused
        ? { kind: 'refused', reason: e.reason, file: e.file }
        : { kind: 'failed', file, message: e instanceof Error ? e.message : String(e) },
    );
  };
  for (const f of files) {
    try {
      pending.push(f.fill ? await prepareTemp(f.target, f.fill) : await writeTemp(f.target, f.data ?? ''));
    } catch (e) {
      return failed(f.target, e, 0);
    }
  }
  for (let i = 0; i < pending.length; i++) {
    try {
      await commit(pending[i], options.noClobber === true);
    } catch (e) {
      return failed(pending[i].target, e, i);
    }
  }
  return ok(undefined);
}

/**
 * Writing files so that a reader never sees half of one: each file is written completely to
 * a temporary file in the same directory, flushed to disk, and then renamed over the target
 * (atomic on one file system). Nothing is renamed until every file of the run is written.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface PendingFile {
  target: string;
  temp: string;
}

/** Writes `data` to a temporary file beside `target`. */
export async function writeTemp(target: string, data: Uint8Array | string): Promise<PendingFile> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A replaced file keeps its permissions.
  const mode = await stat(target).then(
    (s) => s.mode & 0o777,
    () => undefined,
  );
  if (mode !== undefined) await chmod(temp, mode);
  return { target, temp };
}

/** Writes every file to its temporary file, then renames them all; on failure removes the temporaries. */
export async function writeAll(files: readonly { target: string; data: Uint8Array | string }[]): Promise<void> {
  const pending: PendingFile[] = [];
  try {
    for (const f of files) pending.push(await writeTemp(f.target, f.data));
  } catch (e) {
    await Promise.all(pending.map((p) => unlink(p.temp).catch(() => undefined)));
    throw e;
  }
  for (let i = 0; i < pending.length; i++) {
    try {
      await rename(pending[i].temp, pending[i].target);
    } catch (e) {
      await Promise.all(pending.slice(i).map((p) => unlink(p.temp).catch(() => undefined)));
      throw e;
    }
  }
}

/**
 * The input files of the end-to-end measurements, cached in bench/.work/ under a hash of the
 * generator's sources: the same code and size reuse the files (writing a million-row .xlsx
 * takes about half a minute), a changed generator writes them again.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runChild } from './child';
import type { Prepared } from './prepare';

export const WORK = path.join(__dirname, '.work');
const SOURCES = ['generate.ts', 'organisation.ts', 'xlsx.ts', 'journal.ts', 'floor.ts', '../src/example/prng.ts'];

export interface BenchFiles {
  rows: number;
  xlsx: string;
  journal: string;
  sums: string;
  /** Set when the files were written in this run. */
  prepared?: Prepared;
}

function sourceHash(): string {
  const h = createHash('sha1');
  for (const f of SOURCES) h.update(fs.readFileSync(path.join(__dirname, f)));
  return h.digest('hex').slice(0, 10);
}

/** The files for `rows` ledger rows, written when missing (or when `fresh`). */
export async function benchFiles(rows: number, fresh: boolean): Promise<BenchFiles> {
  fs.mkdirSync(WORK, { recursive: true });
  const stem = `ledger-${rows}-${sourceHash()}`;
  const files: BenchFiles = {
    rows,
    xlsx: path.join(WORK, `${stem}.xlsx`),
    journal: path.join(WORK, `${stem}.journal`),
    sums: path.join(WORK, `${stem}.sums.json`),
  };
  if (!fresh && [files.xlsx, files.journal, files.sums].every((f) => fs.existsSync(f))) return files;
  // Files of the same size from an older generator are stale.
  for (const f of fs.readdirSync(WORK)) if (f.startsWith(`ledger-${rows}-`) && !f.startsWith(stem)) fs.rmSync(path.join(WORK, f), { force: true });
  files.prepared = await runChild<Prepared>('prepare.ts', ['--rows', String(rows), '--xlsx', files.xlsx, '--journal', files.journal, '--sums', files.sums]);
  return files;
}

export const sizeMb = (file: string): number => fs.statSync(file).size / 1e6;

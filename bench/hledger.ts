/**
 * hledger on the same ledger: `hledger -f L.journal balance --monthly -O csv`, the monthly
 * balance of every account and cost centre (accounts `5540:3001`, see journal.ts) — the same
 * figures the floor loop sums. Its answer is checked cell by cell against the floor's sums,
 * so the comparison is of equal work.
 */
import * as fs from 'node:fs';
import type { BenchFiles } from './files';
import type { FloorSums } from './floor';
import { floorKeyParts } from './floor';
import { measure, type Measured, versionOf } from './measure';

/** The hledger command; `HLEDGER=/path/to/hledger npm run bench` picks another one. */
export const HLEDGER = process.env.HLEDGER || 'hledger';

export interface HledgerRun {
  version?: string;
  runs: Measured[];
  /** Cells compared, and the ones that differ (first few). */
  check?: { cells: number; mismatches: string[] };
}

export const hledgerVersion = (): Promise<string | undefined> => versionOf(HLEDGER);

export function hledgerArgs(journal: string, csv: string): string[] {
  return ['-f', journal, 'balance', '--monthly', '-O', 'csv', '-o', csv];
}

export async function runHledger(files: BenchFiles, runs: number, version: string): Promise<HledgerRun> {
  const csv = files.journal.replace(/\.journal$/, '.hledger.csv');
  const out: HledgerRun = { version, runs: [] };
  for (let i = 0; i < runs; i++) {
    const m = await measure(HLEDGER, hledgerArgs(files.journal, csv));
    if (m.exitCode !== 0) throw new Error(`hledger exited ${m.exitCode}: ${m.stderr.slice(-2000)}`);
    out.runs.push(m);
  }
  const sums: FloorSums = new Map(JSON.parse(fs.readFileSync(files.sums, 'utf8')) as [number, number][]);
  out.check = compareWithFloor(fs.readFileSync(csv, 'utf8'), sums);
  return out;
}

/** `"-1234.50"` → −123450 öre, exactly. */
function ore(text: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return NaN;
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

const unquote = (s: string): string => s.replace(/^"|"$/g, '');

/** Every cell of hledger's CSV against the floor's sums (and every non-zero sum against the CSV). */
export function compareWithFloor(csv: string, sums: FloorSums): { cells: number; mismatches: string[] } {
  const lines = csv
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(',').map(unquote));
  const months = lines[0].slice(1).map((h) => Number(h.replace('-', '')));
  const expected = new Map<string, number>();
  for (const [key, v] of sums) {
    const { ym, account, costCentre } = floorKeyParts(key);
    const k = `${account}${costCentre ? `:${costCentre}` : ''} ${ym}`;
    expected.set(k, (expected.get(k) ?? 0) + v);
  }
  const mismatches: string[] = [];
  let cells = 0;
  const seen = new Set<string>();
  for (const row of lines.slice(1)) {
    if (row[0] === 'total') continue;
    months.forEach((ym, i) => {
      const k = `${row[0]} ${ym}`;
      const got = ore(row[i + 1]);
      const want = expected.get(k) ?? 0;
      cells++;
      seen.add(k);
      if (got !== want && mismatches.length < 10) mismatches.push(`${k}: hledger ${row[i + 1]}, floor ${want / 100}`);
    });
  }
  for (const [k, v] of expected) if (v !== 0 && !seen.has(k) && mismatches.length < 10) mismatches.push(`${k}: missing in hledger, floor ${v / 100}`);
  return { cells, mismatches };
}

/**
 * Timing of the SIE import on a generated file with 1 000 000 #TRANS rows (not a test; part of
 * `npm run bench`, which runs it as a child process per size).
 *   npx tsx bench/sie.ts [rows] [--contract]
 * Prints the file size and the time of decode+parse and of the mapping to ranges; with
 * `--contract` also the contract parser (parseWorkbook) reading the imported ranges.
 * `generateSieFile` and `timeSieImport` are exported for a benchmark runner (`npm run bench`).
 */
import { parseWorkbook } from '../src/core/input';
import { encodeCp437 } from '../src/core/sie/cp437';
import { parseSie } from '../src/core/sie/parser';
import { sieToRanges } from '../src/core/sie/toRanges';

/** A SIE 4 file (CP437, CRLF) with `rows` #TRANS rows in vouchers of two rows each. */
export function generateSieFile(rows: number): Uint8Array {
  const lines = [
    '#FLAGGA 0',
    '#PROGRAM "bench" 1',
    '#FORMAT PC8',
    '#GEN 20250101',
    '#SIETYP 4',
    '#FNAMN "Samordningsförbundet Bänken"',
    '#RAR 0 20240101 20241231',
    '#KONTO 1930 "Företagskonto"',
    '#KONTO 5540 "Övriga verksamhetsanknutna kostnader"',
    '#DIM 1 "Kostnadsställe"',
    '#DIM 6 "Projekt"',
  ];
  for (let k = 1; k <= 20; k++) lines.push(`#OBJEKT 1 "${3000 + k}" "Aktivitet ${k}"`);
  for (let v = 0; v < rows / 2; v++) {
    const month = String((v % 12) + 1).padStart(2, '0');
    const day = String((v % 28) + 1).padStart(2, '0');
    const ore = 1000 + ((v * 7919) % 500000);
    const kr = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
    lines.push(`#VER "A" "${v + 1}" 2024${month}${day} "Inköp nr ${v + 1} för åtgärd"`, '{');
    lines.push(`#TRANS 5540 {1 "${3001 + (v % 20)}" 6 "P${v % 7}"} ${kr}`);
    lines.push(`#TRANS 1930 {} -${kr}`);
    lines.push('}');
  }
  return encodeCp437(lines.join('\r\n') + '\r\n');
}

export interface SieTiming {
  rows: number;
  megabytes: number;
  parseMs: number;
  toRangesMs: number;
  contractMs?: number;
  ledgerRows: number;
  problems: number;
}

/** Times decode+parse and the mapping to ranges (and optionally the contract parser) on a generated file. */
export function timeSieImport(rows: number, withContract = false): SieTiming {
  const bytes = generateSieFile(rows);
  const t0 = performance.now();
  const file = parseSie(bytes);
  const t1 = performance.now();
  const mapped = sieToRanges(file);
  const t2 = performance.now();
  const timing: SieTiming = {
    rows,
    megabytes: bytes.length / 1e6,
    parseMs: t1 - t0,
    toRangesMs: t2 - t1,
    ledgerRows: (mapped.ranges.find((r) => r.name === 'Huvudbok')?.values.length ?? 1) - 1,
    problems: file.problems.length + mapped.problems.length,
  };
  if (withContract) {
    const t3 = performance.now();
    parseWorkbook({ ranges: mapped.ranges });
    timing.contractMs = performance.now() - t3;
  }
  return timing;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const t = timeSieImport(rows, args.includes('--contract'));
  if (args.includes('--json')) {
    console.log(JSON.stringify(t));
    process.exit(0);
  }
  console.log(
    `${t.rows} #TRANS, ${t.megabytes.toFixed(1)} MB: parse ${t.parseMs.toFixed(0)} ms, to ranges ${t.toRangesMs.toFixed(0)} ms, ` +
      `total ${(t.parseMs + t.toRangesMs).toFixed(0)} ms; ${t.ledgerRows} ledger rows, ${t.problems} problems` +
      (t.contractMs === undefined ? '' : `; contract parser on the imported ranges ${t.contractMs.toFixed(0)} ms`),
  );
}

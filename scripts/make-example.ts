/**
 * Writes the example workbook (src/example) to an .xlsx file with ExcelJS: every sheet, a
 * workbook-scoped defined name for every range, dates and amounts with number formats, bold
 * header rows and column widths. Text cells are written as strings, so a text that begins
 * with `=` stays text.
 *
 *   npx tsx scripts/make-example.ts                       → examples/exempelforbundet.xlsx
 *   npx tsx scripts/make-example.ts --rows 1000000 --out /tmp/big.xlsx   (for benchmarks)
 *   options: --rows N  --out PATH  --seed N  --year YYYY
 *
 * Uses the streaming writer, so a ledger of a million rows fits in memory.
 */
import * as path from 'path';
import { exampleWorkbook, type ExampleWorkbook } from '../src/example/exampleWorkbook';
import { definedNameRange, writeSheetsXlsx } from '../src/xlsx/writeSheets';

export { definedNameRange };
/** Writes the example workbook (or any sheets + names) to `file`: the same workbook gives the same bytes. */
export const writeExampleXlsx = (wb: ExampleWorkbook, file: string): Promise<void> => writeSheetsXlsx(wb, file, { reproducible: true });

export const DEFAULT_OUT = path.join(__dirname, '..', 'examples', 'exempelforbundet.xlsx');

interface Args {
  rows?: number;
  out: string;
  seed?: number;
  year?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const number = () => {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n <= 0) throw new Error(`${argv[i]} väntar ett positivt heltal / expects a positive integer`);
      i++;
      return n;
    };
    switch (argv[i]) {
      case '--rows':
        args.rows = number();
        break;
      case '--seed':
        args.seed = number();
        break;
      case '--year':
        args.year = number();
        break;
      case '--out':
        if (!value) throw new Error('--out väntar en sökväg / expects a path');
        args.out = path.resolve(value);
        i++;
        break;
      default:
        throw new Error(`Okänt argument / unknown argument: ${argv[i]}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\nAnvändning / usage: npx tsx scripts/make-example.ts [--rows N] [--out PATH] [--seed N] [--year YYYY]\n`);
    process.exit(2);
  }
  const started = Date.now();
  const wb = exampleWorkbook({ ledgerRows: args.rows, seed: args.seed, year: args.year });
  const ledgerRows = wb.sheets.find((s) => s.name === 'Huvudbok')!.rows.length - 3;
  await writeExampleXlsx(wb, args.out);
  process.stdout.write(`${args.out}: ${ledgerRows} huvudboksrader, ${wb.names.length} namngivna områden, ${Date.now() - started} ms\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}

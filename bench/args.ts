/** The benchmark's command line: `npm run bench -- [options]`. */
import type { DateShape } from './generate';

export type Part = 'core' | 'cli' | 'hledger' | 'addin' | 'sie';
const PARTS: readonly string[] = ['core', 'cli', 'hledger', 'addin', 'sie'];

export interface BenchArgs {
  sizes: number[];
  /** Fresh processes per core measurement (the median is reported). */
  runs: number;
  /** Runs of the CLI and hledger per size; default 3, but hledger once from 1 000 000 rows. */
  toolRuns?: number;
  shapes: DateShape[];
  skip: Set<Part>;
  /** Where the results go (default bench/RESULTS.md when 1 000 000 rows are measured, else bench/.work/RESULTS-quick.md). */
  out?: string;
  /** Profile the core and the CLI at the largest size even when they meet their targets. */
  profile: boolean;
  /** Write the .xlsx and journal files again even when cached. */
  fresh: boolean;
}

export const USAGE = `Användning / usage: npm run bench -- [--sizes 10000,100000,1000000] [--runs 3] [--tool-runs N]
  [--dates date,serial] [--skip core,cli,hledger,addin,sie] [--profile] [--fresh] [--out FILE]`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { sizes: [10_000, 100_000, 1_000_000], runs: 3, shapes: ['date', 'serial'], skip: new Set(), profile: false, fresh: false };
  const list = (v: string | undefined, flag: string): string[] => {
    if (!v || v.startsWith('--')) throw new UsageError(`${flag} väntar ett värde / expects a value`);
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  };
  const count = (v: string | undefined, flag: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} väntar ett positivt heltal / expects a positive integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--sizes':
        args.sizes = list(value, flag).map((s) => count(s.replace(/[_ ]/g, ''), flag));
        i++;
        break;
      case '--runs':
        args.runs = count(value, flag);
        i++;
        break;
      case '--tool-runs':
        args.toolRuns = count(value, flag);
        i++;
        break;
      case '--dates': {
        const shapes = list(value, flag);
        if (shapes.some((s) => s !== 'date' && s !== 'serial')) throw new UsageError('--dates: date, serial');
        args.shapes = shapes as DateShape[];
        i++;
        break;
      }
      case '--skip': {
        const parts = list(value, flag);
        if (parts.some((s) => !PARTS.includes(s))) throw new UsageError(`--skip: ${PARTS.join(', ')}`);
        args.skip = new Set(parts as Part[]);
        i++;
        break;
      }
      case '--out':
        args.out = list(value, flag).join(',');
        i++;
        break;
      case '--profile':
        args.profile = true;
        break;
      case '--fresh':
        args.fresh = true;
        break;
      default:
        throw new UsageError(`Okänt argument / unknown argument: ${flag}`);
    }
  }
  return args;
}

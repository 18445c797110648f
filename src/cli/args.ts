/**
 * The command line of cli.md, parsed:
 * `finsam-rapport <workbook.xlsx> [--out <report.xlsx>] [--year <YYYY>] [--period <1-12>]
 *  [--lang sv|en] [--json <model.json>] [--in-place]`, plus `--help`/`-h` and `--version`.
 * Options take their value as the next argument or after `=` (`--year=2024`).
 */
import { isLang, type Lang } from '../core';

export interface CliOptions {
  input: string;
  out?: string;
  year?: number;
  period?: number;
  lang?: Lang;
  json?: string;
  inPlace: boolean;
}

export interface UsageError {
  code:
    | 'unknownOption'
    | 'missingValue'
    | 'repeatedOption'
    | 'badYear'
    | 'badPeriod'
    | 'badLang'
    | 'noInput'
    | 'extraArgument'
    | 'outAndInPlace'
    | 'inputMissing'
    | 'inputNotAFile'
    | 'outIsInput'
    | 'inPlaceSie'
    | 'jsonIsInput'
    | 'macrosNeedXlsm'
    | 'inPlaceHardLinked';
  option?: string;
  value?: string;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; lang: Lang }
  | { kind: 'version' }
  /** `lang` is the `--lang` given, when it was valid, for the message's language. */
  | { kind: 'usageError'; error: UsageError; lang: Lang };

const VALUE_OPTIONS = new Set(['--out', '--year', '--period', '--lang', '--json']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let inPlace = false;
  let help = false;
  let version = false;
  let error: UsageError | undefined;
  const fail = (e: UsageError) => {
    error ??= e;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg === '--version') {
      version = true;
      continue;
    }
    if (arg === '--in-place') {
      if (inPlace) fail({ code: 'repeatedOption', option: arg });
      inPlace = true;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (!VALUE_OPTIONS.has(name)) {
        fail({ code: 'unknownOption', option: name });
        continue;
      }
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      if (value === undefined || value === '') {
        fail({ code: 'missingValue', option: name });
        continue;
      }
      if (values.has(name)) fail({ code: 'repeatedOption', option: name });
      values.set(name, value);
      continue;
    }
    positional.push(arg);
  }

  const langValue = values.get('--lang');
  const lang: Lang | undefined = isLang(langValue) ? langValue : undefined;
  if (help) return { kind: 'help', lang: lang ?? 'sv' };
  if (version) return { kind: 'version' };

  const options: CliOptions = { input: positional[0] ?? '', inPlace };
  if (langValue !== undefined && lang === undefined) fail({ code: 'badLang', value: langValue });
  options.lang = lang;
  const year = values.get('--year');
  if (year !== undefined) {
    if (/^\d{4}$/.test(year) && Number(year) >= 1900) options.year = Number(year);
    else fail({ code: 'badYear', value: year });
  }
  const period = values.get('--period');
  if (period !== undefined) {
    if (/^\d{1,2}$/.test(period) && Number(period) >= 1 && Number(period) <= 12) options.period = Number(period);
    else fail({ code: 'badPeriod', value: period });
  }
  options.out = values.get('--out');
  options.json = values.get('--json');
  if (options.out !== undefined && inPlace) fail({ code: 'outAndInPlace' });
  if (positional.length === 0) fail({ code: 'noInput' });
  if (positional.length > 1) fail({ code: 'extraArgument', value: positional[1] });
  return error ? { kind: 'usageError', error, lang: lang ?? 'sv' } : { kind: 'run', options };
}

/**
 * The command line of cli.md, parsed:
 * `finsam-rapport <workbook.xlsx> [--out <report.xlsx>] [--year <YYYY>] [--period <1-12>]
 *  [--lang sv|en] [--json <model.json>] [--pdf <report.pdf>] [--in-place]`, plus `--help`/`-h` and `--version`.
 * Options take their value as the next argument or after `=` (`--year=2024`).
 *
 * Node's own parser (`node:util` `parseArgs`, strict) reads the words; this module turns what
 * it refuses, and what it lets through that the contract does not allow (a repeated option, a
 * year of two digits), into the CLI's usage errors. `import-sie` reads its words the same way.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { isLang, type Lang } from '../core';

export interface CliOptions {
  input: string;
  out?: string;
  year?: number;
  period?: number;
  lang?: Lang;
  json?: string;
  /** Also write the report as one PDF (through LibreOffice). */
  pdf?: string;
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
    | 'pdfIsInput'
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

/** The options of one command, as Node's parser takes them. */
type OptionSpecs = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type Token = NonNullable<ReturnType<typeof parseNodeArgs>['tokens']>[number];
type OptionToken = Extract<Token, { kind: 'option' }>;

/** The words of a command line, read by Node's parser. */
export interface ReadArgs {
  /** Each option's last value; a flag is `true`. */
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  tokens: Token[];
  /** The first word the strict parse refused, as a usage error, and where it stands. */
  refused?: { error: UsageError; index: number };
}

/**
 * Reads `argv` with `parseArgs` in strict mode. When it refuses the line, the line is read
 * again leniently, so `--help`, `--version` and a valid `--lang` still count, and the refused
 * option is named: an unknown option (`ERR_PARSE_ARGS_UNKNOWN_OPTION`, also a flag given a
 * value) or a value option without its value, or followed by another option
 * (`ERR_PARSE_ARGS_INVALID_OPTION_VALUE`).
 */
export function readArgs(argv: readonly string[], options: OptionSpecs): ReadArgs {
  const config = { args: [...argv], options, allowPositionals: true, tokens: true } as const;
  try {
    const { values, positionals, tokens } = parseNodeArgs({ ...config, strict: true });
    return { values: values, positionals, tokens: tokens ?? [] };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw e;
    const { values, positionals, tokens } = parseNodeArgs({ ...config, strict: false });
    // Node stops at the first word it refuses: the first token that is unknown, or has a bad value.
    const spec = (t: OptionToken) => (Object.prototype.hasOwnProperty.call(options, t.name) ? options[t.name] : undefined);
    const isString = (t: OptionToken) => spec(t)?.type === 'string';
    const unknown = (t: OptionToken) => spec(t) === undefined;
    const badValue = (t: OptionToken) =>
      isString(t) ? t.value === undefined || (!t.inlineValue && t.value.length > 1 && t.value.startsWith('-')) : t.value !== undefined;
    const refused = tokens.find(
      (t): t is OptionToken => t.kind === 'option' && (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknown(t) : !unknown(t) && badValue(t)),
    );
    if (refused === undefined) throw e;
    const error: UsageError = isString(refused) ? { code: 'missingValue', option: `--${refused.name}` } : { code: 'unknownOption', option: refused.rawName };
    return { values: values, positionals, tokens, refused: { error, index: refused.index } };
  }
}

/** A `--lang` value the CLI speaks, or undefined. */
export function langOf(value: unknown): Lang | undefined {
  return isLang(value) ? value : undefined;
}

/** The language a command line asks for, for what is printed before it is parsed (an interruption). */
export function langOfArgv(argv: readonly string[]): Lang {
  const { values } = parseNodeArgs({ args: [...argv], options: { lang: { type: 'string' } }, allowPositionals: true, strict: false });
  return langOf(values.lang) ?? 'sv';
}

const OPTIONS = {
  out: { type: 'string' },
  year: { type: 'string' },
  period: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'string' },
  pdf: { type: 'string' },
  'in-place': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies OptionSpecs;

/** Options that may be given once: all but `--help` and `--version`. */
const ONCE = new Set(['out', 'year', 'period', 'lang', 'json', 'pdf', 'in-place']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { values, positionals, tokens, refused } = readArgs(argv, OPTIONS);
  const string = (name: keyof typeof OPTIONS) => (typeof values[name] === 'string' ? values[name] : undefined);
  const langValue = string('lang');
  const lang = langOf(langValue);
  if (values.help === true) return { kind: 'help', lang: lang ?? 'sv' };
  if (values.version === true) return { kind: 'version' };

  // The first problem in the order of the words; then the values, in the order of cli.md.
  const seen = new Set<string>();
  let repeated: OptionToken | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option' || !ONCE.has(t.name)) continue;
    if (seen.has(t.name)) {
      repeated = t;
      break;
    }
    seen.add(t.name);
  }
  let error: UsageError | undefined =
    refused && (repeated === undefined || refused.index <= repeated.index)
      ? refused.error
      : repeated && { code: 'repeatedOption', option: `--${repeated.name}` };
  const fail = (e: UsageError) => {
    error ??= e;
  };

  // `--year=` gives an empty value: as missing as `--year` at the end.
  for (const name of ['out', 'year', 'period', 'lang', 'json', 'pdf'] as const) if (string(name) === '') fail({ code: 'missingValue', option: `--${name}` });
  const inPlace = values['in-place'] === true;
  const options: CliOptions = { input: positionals[0] ?? '', inPlace };
  if (langValue !== undefined && lang === undefined) fail({ code: 'badLang', value: langValue });
  options.lang = lang;
  const year = string('year');
  if (year !== undefined) {
    if (/^\d{4}$/.test(year) && Number(year) >= 1900) options.year = Number(year);
    else fail({ code: 'badYear', value: year });
  }
  const period = string('period');
  if (period !== undefined) {
    if (/^\d{1,2}$/.test(period) && Number(period) >= 1 && Number(period) <= 12) options.period = Number(period);
    else fail({ code: 'badPeriod', value: period });
  }
  options.out = string('out');
  options.json = string('json');
  options.pdf = string('pdf');
  if (options.out !== undefined && inPlace) fail({ code: 'outAndInPlace' });
  if (positionals.length === 0) fail({ code: 'noInput' });
  if (positionals.length > 1) fail({ code: 'extraArgument', value: positionals[1] });
  return error ? { kind: 'usageError', error, lang: lang ?? 'sv' } : { kind: 'run', options };
}

/**
 * Test helper: a contract workbook (its ranges) → a SIE 4 file, the way an accounting system
 * would export the same books. Used for round trips: ranges → SIE → importSie → ranges.
 *
 * What is written:
 *   #FLAGGA #PROGRAM #FORMAT PC8 #GEN #SIETYP 4 #FNAMN       (Installningar: Organisation)
 *   #RAR 0 and #RAR -1                                         (Räkenskapsår, Första månad)
 *   #DIM 1/6, #OBJEKT 1 (Kostnadsstallen, and codes only used in the ledger), #OBJEKT 6
 *   #KONTO/#KTYP for every account used or named (Kontoplan single-account rows give names)
 *   #IB 0 (IngaendeBalans), #UB -1 = #IB 0, #UB 0 = #IB 0 + the year's rows (classes 1–2),
 *   #RES 0 and #RES -1 (classes 3–8)
 *   #PSALDO -1 per month for the result accounts: per cost centre and as totals `{}`
 *     (when `comparative: 'psaldo'`, the default — accounting systems export the year before
 *     like that); with `comparative: 'vouchers'` the year before is written as #VER too
 *   #PBUDGET 0 per month and (cost centre, account): the monthly parts of the report's own
 *     periodisation of Budget (post/budget.ts), so the import budgets every period the same
 *   #VER/#TRANS for the report year's ledger rows, grouped by Verifikation (rows without one
 *     are grouped per date in series "X"); a row's own date and text are written when they
 *     differ from the voucher's
 *   #KSUMMA when `checksum: true`
 * Ledger rows outside the report year and the year before are not written.
 * The report year is `Räkenskapsår`, else the latest year with ledger rows.
 *
 * Throws on input it cannot read (a test helper: a bad workbook is a bug in the test).
 */
import { checksumText, Crc32 } from '../../src/core/sie/checksum';
import { encodeCp437, isCp437 } from '../../src/core/sie/cp437';
import { quoteField, type SieField } from '../../src/core/sie/lexer';
import { daysInMonth } from '../../src/core/sie/values';
import { oreToDecimal } from '../../src/core/money';
import { contractRangeOf, parseAmount, parseDate, parsePeriod, parseWorkbook } from '../../src/core/input';
import { foldKey } from '../../src/core/input/cells';
import type { RangeData, RawCell } from '../../src/core/input/types';
import { AccountMap } from '../../src/core/chart/accountMap';
import type { ParsedWorkbook } from '../../src/core/input/parsed';
import { budgetByCostCentre } from '../../src/core/post/budget';
import { budgetStructure } from '../../src/core/report';

export interface SieExportOptions {
  /** Write `#KSUMMA` (default false). */
  checksum?: boolean;
  /** How ledger rows of the year before are written (default `psaldo`). */
  comparative?: 'psaldo' | 'vouchers';
  /** Line ends (default CRLF, as DOS-era exporters write). */
  lineEnd?: '\r\n' | '\n';
  /** Byte encoding (default cp437, as the format prescribes; `utf-8` still declares PC8). */
  encoding?: 'cp437' | 'utf-8';
  /** `#GEN` date, `YYYYMMDD` (default 20250101, so output is deterministic). */
  generated?: string;
}

/** One record to write: label and fields (text fields say whether they are quoted). */
type Rec = { label: string; fields: SieField[] } | { brace: '{' | '}' };

interface LedgerRow {
  year: number;
  month: number;
  day: number;
  account: number;
  costCentre: string;
  project: string;
  voucher: string;
  text: string;
  ore: number;
}

const num = (v: string | number): SieField => ({ kind: 'text', value: String(v), quoted: false });
const str = (v: string): SieField => ({ kind: 'text', value: v, quoted: true });
const list = (items: string[]): SieField => ({ kind: 'list', items });

/** Exports the workbook's contract ranges as a SIE 4 file. */
export function rangesToSie(ranges: RangeData[], options: SieExportOptions = {}): Uint8Array {
  const text = rangesToSieText(ranges, options);
  if ((options.encoding ?? 'cp437') === 'utf-8') return new TextEncoder().encode(text);
  if (!isCp437(text)) throw new Error('rangesToSie: text outside code page 437');
  return encodeCp437(text);
}

/** Typographic characters that PC8 lacks, as exporters write them. */
const PC8_SUBSTITUTES: Record<string, string> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2026': '...',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u20ac': 'EUR',
};

/**
 * The text as a PC8 exporter writes it: en dashes, curly quotes and the like replaced by their
 * plain forms (`–` → `-`); other characters unchanged. Tests compare names through this too.
 */
export function pc8Text(text: string): string {
  return text.replace(/[\u2013\u2014\u2212\u2018\u2019\u201c\u201d\u201e\u2026\u202f\u2009\u20ac]/g, (c) => PC8_SUBSTITUTES[c]);
}

/** The same as `rangesToSie`, as text (before encoding). */
export function rangesToSieText(ranges: RangeData[], options: SieExportOptions = {}): string {
  const byName = new Map<string, RangeData>();
  for (const r of ranges) {
    const c = contractRangeOf(r.name);
    if (c && !byName.has(c)) byName.set(c, r);
  }
  const settings = readSettings(byName.get('Installningar'));
  const ledger = readLedger(byName.get('Huvudbok'));
  const firstMonth = settings.firstMonth ?? 1;
  const year = settings.year ?? Math.max(...ledger.map((r) => fiscalYearOf(r, firstMonth)));
  if (!Number.isFinite(year)) throw new Error('rangesToSie: no report year (no Räkenskapsår and no ledger rows)');
  const opening = readOpening(byName.get('IngaendeBalans'));
  const names = readChartNames(byName.get('Kontoplan'));
  const costCentres = readCostCentres(byName.get('Kostnadsstallen'));
  const budget = readBudget(byName.get('Budget'));

  const current = ledger.filter((r) => fiscalYearOf(r, firstMonth) === year);
  const previous = ledger.filter((r) => fiscalYearOf(r, firstMonth) === year - 1);
  const comparative = options.comparative ?? 'psaldo';

  const recs: Rec[] = [];
  const rec = (label: string, ...fields: SieField[]) => recs.push({ label, fields });
  rec('#FLAGGA', num(0));
  rec('#PROGRAM', str('finsam-rapport testexport'), num('1.0'));
  rec('#FORMAT', num('PC8'));
  rec('#GEN', num(options.generated ?? '20250101'));
  rec('#SIETYP', num(4));
  if (settings.organisation) rec('#FNAMN', textField(settings.organisation, options));
  const range0 = fiscalRange(year, firstMonth);
  const rangePrev = fiscalRange(year - 1, firstMonth);
  rec('#RAR', num(0), num(range0.start), num(range0.end));
  rec('#RAR', num(-1), num(rangePrev.start), num(rangePrev.end));

  // Dimensions and objects.
  rec('#DIM', num(1), str('Kostnadsställe'));
  rec('#DIM', num(6), str('Projekt'));
  const ccCodes = new Map(costCentres);
  for (const r of [...current, ...previous]) if (r.costCentre && !ccCodes.has(r.costCentre)) ccCodes.set(r.costCentre, r.costCentre);
  for (const b of budget) if (b.costCentre && !ccCodes.has(b.costCentre)) ccCodes.set(b.costCentre, b.costCentre);
  for (const [code, name] of ccCodes) rec('#OBJEKT', num(1), textField(code, options), textField(name, options));
  const projects = [...new Set([...current, ...(comparative === 'vouchers' ? previous : [])].map((r) => r.project).filter((p) => p))];
  for (const p of projects) rec('#OBJEKT', num(6), textField(p, options), textField(p, options));

  // Accounts.
  const accounts = new Set<number>([...names.keys()]);
  for (const r of [...current, ...previous]) accounts.add(r.account);
  for (const [a] of opening) accounts.add(a);
  for (const b of budget) accounts.add(b.account);
  const sortedAccounts = [...accounts].sort((a, b) => a - b);
  for (const a of sortedAccounts) rec('#KONTO', num(a), textField(names.get(a) ?? `Konto ${a}`, options));
  for (const a of sortedAccounts) rec('#KTYP', num(a), num(accountType(a)));

  // Balances and results.
  const sum0 = sumBy(current, (r) => r.account);
  const sumPrev = sumBy(previous, (r) => r.account);
  for (const [a, ore] of opening) rec('#IB', num(0), num(a), num(oreToDecimal(ore)));
  for (const [a, ore] of opening) if (isBalance(a)) rec('#UB', num(-1), num(a), num(oreToDecimal(ore)));
  const closing = new Map<number, number>();
  for (const [a, ore] of opening) if (isBalance(a)) closing.set(a, ore);
  for (const [a, ore] of sum0) if (isBalance(a)) closing.set(a, (closing.get(a) ?? 0) + ore);
  for (const a of [...closing.keys()].sort((x, y) => x - y)) rec('#UB', num(0), num(a), num(oreToDecimal(closing.get(a)!)));
  for (const a of [...sum0.keys()].sort((x, y) => x - y)) if (!isBalance(a)) rec('#RES', num(0), num(a), num(oreToDecimal(sum0.get(a)!)));
  for (const a of [...sumPrev.keys()].sort((x, y) => x - y)) if (!isBalance(a)) rec('#RES', num(-1), num(a), num(oreToDecimal(sumPrev.get(a)!)));

  // The year before, per month: totals and per cost centre.
  if (comparative === 'psaldo') {
    const results = previous.filter((r) => !isBalance(r.account));
    const totals = sumBy(results, (r) => `${r.account}|${period(r)}`);
    const perCc = sumBy(
      results.filter((r) => r.costCentre),
      (r) => `${r.account}|${period(r)}|${r.costCentre}`,
    );
    for (const key of [...totals.keys()].sort()) {
      const [a, p] = key.split('|');
      rec('#PSALDO', num(-1), num(p), num(a), list([]), num(oreToDecimal(totals.get(key)!)));
    }
    for (const key of [...perCc.keys()].sort()) {
      const [a, p, cc] = key.split('|');
      rec('#PSALDO', num(-1), num(p), num(a), list(['1', cc]), num(oreToDecimal(perCc.get(key)!)));
    }
  }

  // Budget per month: the monthly parts of the report's own periodisation (post/budget.ts),
  // per cost centre and account, so the imported months budget every period as the workbook does.
  const budgetMonths = periodisedMonths(parseWorkbook({ ranges }));
  for (const [{ costCentre, account }, parts] of budgetMonths) {
    parts.forEach((ore, fiscal) => {
      if (ore === 0) return;
      const calMonth = ((firstMonth - 1 + fiscal) % 12) + 1;
      const calYear = year + (firstMonth - 1 + fiscal >= 12 ? 1 : 0);
      const p = `${calYear}${String(calMonth).padStart(2, '0')}`;
      rec('#PBUDGET', num(0), num(p), num(account), list(costCentre ? ['1', costCentre] : []), num(oreToDecimal(ore)));
    });
  }
  if (budget.length > 0 && budgetMonths.size === 0) throw new Error('rangesToSie: the Budget range did not parse');

  // Vouchers.
  const voucherRows = comparative === 'vouchers' ? [...previous, ...current] : current;
  for (const v of groupVouchers(voucherRows)) {
    const first = v.rows[0];
    const vDate = ymd(first);
    const [series, number] = splitVoucherId(v.id);
    rec('#VER', textField(series, options), textField(number, options), num(vDate), textField(first.text, options));
    recs.push({ brace: '{' });
    for (const r of v.rows) {
      const objects: string[] = [];
      if (r.costCentre) objects.push('1', pc8Text(r.costCentre));
      if (r.project) objects.push('6', pc8Text(r.project));
      const fields = [num(r.account), list(objects), num(oreToDecimal(r.ore))];
      const own = ymd(r) !== vDate || r.text !== first.text;
      if (own) fields.push(num(ymd(r)), textField(r.text, options));
      rec('#TRANS', ...fields);
    }
    recs.push({ brace: '}' });
  }

  return serialize(recs, options);
}

/** A text field; PC8 output gets plain forms of typographic characters (see `pc8Text`). */
function textField(value: string, options: SieExportOptions): SieField {
  return str((options.encoding ?? 'cp437') === 'cp437' ? pc8Text(value) : value);
}

// ------------------------------------------------------------------ writing

function serialize(recs: Rec[], options: SieExportOptions): string {
  const eol = options.lineEnd ?? '\r\n';
  const lines: string[] = [];
  const crc = new Crc32();
  const encode = (options.encoding ?? 'cp437') === 'utf-8' ? (s: string) => new TextEncoder().encode(s) : encodeCp437;
  for (const r of recs) {
    if ('brace' in r) {
      lines.push(r.brace);
      continue;
    }
    lines.push([r.label, ...r.fields.map(fieldText)].join(' '));
    if (options.checksum && r.label !== '#FLAGGA') crc.add(encode(checksumText(r.label, r.fields)));
  }
  if (options.checksum) {
    lines.splice(1, 0, '#KSUMMA');
    lines.push(`#KSUMMA ${crc.value()}`);
  }
  return lines.join(eol) + eol;
}

function fieldText(f: SieField): string {
  if (f.kind === 'list') {
    const parts: string[] = [];
    for (let i = 0; i < f.items.length; i += 2) parts.push(f.items[i], quoteField(f.items[i + 1]));
    return '{' + parts.join(' ') + '}';
  }
  return f.quoted ? quoteField(f.value) : f.value;
}

// ------------------------------------------------------------------ reading the ranges

/** Column index per wanted header (first alias found), from the first row holding `must`. */
function header(range: RangeData, wanted: Record<string, string[]>, must: string): { cols: Record<string, number>; first: number } {
  for (let h = 0; h < Math.min(range.values.length, 10); h++) {
    const row = range.values[h] ?? [];
    const keys = row.map((c) => foldKey(c));
    const cols: Record<string, number> = {};
    for (const [id, aliases] of Object.entries(wanted)) {
      cols[id] = keys.findIndex((k) => aliases.some((a) => foldKey(a) === k));
    }
    if (cols[must] >= 0) return { cols, first: h + 1 };
  }
  throw new Error(`rangesToSie: no header with ${must} in ${range.name}`);
}

function amountOf(v: RawCell, where: string): number {
  const a = parseAmount(v);
  if (!a.ok || a.rounded) throw new Error(`rangesToSie: ${where}: not an exact amount: ${String(v)}`);
  return a.value;
}

function isEmpty(v: RawCell): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function codeOf(v: RawCell): string {
  return isEmpty(v) ? '' : String(v).trim();
}

function accountOf(v: RawCell, where: string): number {
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(n) || n < 1000 || n > 9999) throw new Error(`rangesToSie: ${where}: not an account: ${String(v)}`);
  return n;
}

function readLedger(range: RangeData | undefined): LedgerRow[] {
  if (!range) return [];
  const { cols, first } = header(
    range,
    {
      date: ['Datum', 'Date', 'Bokföringsdatum'],
      period: ['Period', 'Månad', 'Month'],
      account: ['Konto', 'Account'],
      costCentre: ['Kostnadsställe', 'KST', 'Ansvar', 'Cost centre', 'Cost center'],
      project: ['Projekt', 'Project'],
      amount: ['Belopp', 'Amount', 'Saldo'],
      debit: ['Debet', 'Debit'],
      credit: ['Kredit', 'Credit'],
      voucher: ['Verifikation', 'Ver', 'Voucher'],
      text: ['Text', 'Beskrivning', 'Description'],
    },
    'account',
  );
  const rows: LedgerRow[] = [];
  for (let i = first; i < range.values.length; i++) {
    const row = range.values[i] ?? [];
    if (row.every(isEmpty)) continue;
    const where = `${range.name} row ${i + 1}`;
    let y: number;
    let m: number;
    let d: number;
    if (cols.period >= 0 && !isEmpty(row[cols.period])) {
      const p = parsePeriod(row[cols.period]);
      if (!p.ok) throw new Error(`rangesToSie: ${where}: bad period`);
      [y, m, d] = [p.value.year, p.value.month, 1];
    } else {
      const dt = parseDate(row[cols.date]);
      if (!dt.ok) throw new Error(`rangesToSie: ${where}: bad date ${String(row[cols.date])}`);
      [y, m, d] = [dt.value.year, dt.value.month, dt.value.day];
    }
    const ore =
      cols.amount >= 0
        ? amountOf(row[cols.amount], where)
        : (isEmpty(row[cols.debit]) ? 0 : amountOf(row[cols.debit], where)) - (isEmpty(row[cols.credit]) ? 0 : amountOf(row[cols.credit], where));
    rows.push({
      year: y,
      month: m,
      day: d,
      account: accountOf(row[cols.account], where),
      costCentre: cols.costCentre >= 0 ? codeOf(row[cols.costCentre]) : '',
      project: cols.project >= 0 ? codeOf(row[cols.project]) : '',
      voucher: cols.voucher >= 0 ? codeOf(row[cols.voucher]) : '',
      text: cols.text >= 0 && !isEmpty(row[cols.text]) ? String(row[cols.text]) : '',
      ore,
    });
  }
  return rows;
}

function readOpening(range: RangeData | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (!range) return out;
  const { cols, first } = header(range, { account: ['Konto', 'Account'], amount: ['Belopp', 'Amount', 'Saldo'] }, 'account');
  for (let i = first; i < range.values.length; i++) {
    const row = range.values[i] ?? [];
    if (row.every(isEmpty)) continue;
    const a = accountOf(row[cols.account], `${range.name} row ${i + 1}`);
    out.set(a, (out.get(a) ?? 0) + amountOf(row[cols.amount], `${range.name} row ${i + 1}`));
  }
  return out;
}

function readChartNames(range: RangeData | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (!range) return out;
  const { cols, first } = header(range, { account: ['Konto', 'Account'], name: ['Benämning', 'Namn', 'Name'] }, 'account');
  for (let i = first; i < range.values.length; i++) {
    const row = range.values[i] ?? [];
    const v = row[cols.account];
    if (isEmpty(v)) continue;
    const n = typeof v === 'number' ? v : Number(String(v).trim());
    if (!Number.isInteger(n)) continue; // a range like 5500-5599 names no single account
    if (cols.name >= 0 && !isEmpty(row[cols.name])) out.set(n, String(row[cols.name]));
  }
  return out;
}

function readCostCentres(range: RangeData | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!range) return out;
  const { cols, first } = header(range, { code: ['Kostnadsställe', 'KST', 'Kod', 'Code'], name: ['Namn', 'Benämning', 'Name'] }, 'code');
  for (let i = first; i < range.values.length; i++) {
    const row = range.values[i] ?? [];
    const code = codeOf(row[cols.code]);
    if (code) out.set(code, cols.name >= 0 ? codeOf(row[cols.name]) : '');
  }
  return out;
}

interface BudgetLine {
  costCentre: string;
  account: number;
  /** Calendar months Jan..Dec in öre, when the row gives months. */
  months?: number[];
  annual?: number;
}

const MONTHS = [
  ['jan', 'januari', 'january', '1'],
  ['feb', 'februari', 'february', '2'],
  ['mar', 'mars', 'march', '3'],
  ['apr', 'april', '4'],
  ['maj', 'may', '5'],
  ['jun', 'juni', 'june', '6'],
  ['jul', 'juli', 'july', '7'],
  ['aug', 'augusti', 'august', '8'],
  ['sep', 'september', 'sept', '9'],
  ['okt', 'oktober', 'oct', 'october', '10'],
  ['nov', 'november', '11'],
  ['dec', 'december', '12'],
];

function readBudget(range: RangeData | undefined): BudgetLine[] {
  if (!range) return [];
  const wanted: Record<string, string[]> = {
    costCentre: ['Kostnadsställe', 'KST', 'Cost centre'],
    account: ['Konto', 'Account'],
    annual: ['Helår', 'År', 'Annual', 'Year'],
  };
  MONTHS.forEach((aliases, i) => (wanted[`m${i}`] = aliases));
  const { cols, first } = header(range, wanted, 'account');
  const out: BudgetLine[] = [];
  for (let i = first; i < range.values.length; i++) {
    const row = range.values[i] ?? [];
    if (row.every(isEmpty)) continue;
    const where = `${range.name} row ${i + 1}`;
    const line: BudgetLine = { costCentre: cols.costCentre >= 0 ? codeOf(row[cols.costCentre]) : '', account: accountOf(row[cols.account], where) };
    const monthCells = MONTHS.map((_, m) => (cols[`m${m}`] >= 0 ? row[cols[`m${m}`]] : undefined));
    if (monthCells.some((c) => !isEmpty(c))) line.months = monthCells.map((c) => (isEmpty(c) ? 0 : amountOf(c, where)));
    else if (cols.annual >= 0 && !isEmpty(row[cols.annual])) line.annual = amountOf(row[cols.annual], where);
    out.push(line);
  }
  return out;
}

function readSettings(range: RangeData | undefined): { organisation?: string; year?: number; firstMonth?: number } {
  const out: { organisation?: string; year?: number; firstMonth?: number } = {};
  if (!range) return out;
  for (const row of range.values) {
    const key = foldKey(row?.[0]);
    const v = row?.[1];
    if (isEmpty(v)) continue;
    if (['organisation', 'forbund', 'organization'].includes(key)) out.organisation = String(v);
    if (['rakenskapsar', 'ar', 'fiscal year'].includes(key)) out.year = Number(v);
    if (['forsta manad', 'first month'].includes(key)) out.firstMonth = Number(v);
  }
  return out;
}

// ------------------------------------------------------------------ small helpers

/** The fiscal year (the calendar year it starts in) of a ledger row. */
function fiscalYearOf(r: { year: number; month: number }, firstMonth: number): number {
  return r.month >= firstMonth ? r.year : r.year - 1;
}

function fiscalRange(year: number, firstMonth: number): { start: string; end: string } {
  const start = `${year}${String(firstMonth).padStart(2, '0')}01`;
  const endMonth = firstMonth === 1 ? 12 : firstMonth - 1;
  const endYear = firstMonth === 1 ? year : year + 1;
  return { start, end: `${endYear}${String(endMonth).padStart(2, '0')}${daysInMonth(endYear, endMonth)}` };
}

function isBalance(account: number): boolean {
  return account < 3000;
}

/** `#KTYP` by account class: T assets, S equity and liabilities, I income, K costs. */
function accountType(a: number): 'T' | 'S' | 'I' | 'K' {
  if (a < 2000) return 'T';
  if (a < 3000) return 'S';
  if (a < 4000) return 'I';
  if (a < 8000) return 'K';
  if (a < 8400) return 'I';
  if (a < 8900) return 'K';
  return a < 8950 ? 'I' : 'K';
}

function ymd(r: LedgerRow): string {
  return `${r.year}${String(r.month).padStart(2, '0')}${String(r.day).padStart(2, '0')}`;
}

function period(r: LedgerRow): string {
  return `${r.year}${String(r.month).padStart(2, '0')}`;
}

function sumBy<K>(rows: LedgerRow[], key: (r: LedgerRow) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.ore);
  return m;
}

/**
 * The budget month by month per (cost centre, account), fiscal months 1–12, öre: the parts
 * of the report's own periodisation (post/budget.ts), so that months 1..m add up to what a
 * report through month m budgets for the pair.
 */
export function periodisedMonths(parsed: ParsedWorkbook): Map<{ costCentre: string; account: number }, number[]> {
  const rows = parsed.budget?.rows ?? [];
  const structure = budgetStructure(parsed, new AccountMap(parsed.chart?.rows, parsed.settings.lang));
  const through = Array.from({ length: 12 }, (_, m) => budgetByCostCentre(rows, m + 1, structure));
  const out = new Map<{ costCentre: string; account: number }, number[]>();
  for (const [costCentre, accounts] of through[11]) {
    for (const account of accounts.keys()) {
      const at = (m: number) => (m < 0 ? 0 : through[m].get(costCentre)!.get(account)!.period);
      out.set(
        { costCentre, account },
        Array.from({ length: 12 }, (_, m) => at(m) - at(m - 1)),
      );
    }
  }
  return out;
}

function groupVouchers(rows: LedgerRow[]): { id: string; rows: LedgerRow[] }[] {
  const groups = new Map<string, LedgerRow[]>();
  for (const r of rows) {
    const id = r.voucher || `X ${ymd(r)}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = []));
    g.push(r);
  }
  return [...groups].map(([id, rs]) => ({ id, rows: rs }));
}

/** `A 12` → series `A`, number `12`; an id without a space is a number without series. */
function splitVoucherId(id: string): [string, string] {
  const space = id.indexOf(' ');
  return space < 0 ? ['', id] : [id.slice(0, space), id.slice(space + 1)];
}

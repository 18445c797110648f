/**
 * The parsed, validated workbook: what `parseWorkbook` (src/core/input) hands to the
 * posting and statement steps. Amounts are integer öre held in JS numbers (exact up to
 * ±9e13 kr); money arithmetic beyond sums uses decimal.js via src/core/money.
 */
import type { Lang, Problem } from './types';

/** Where a parsed range came from, to compute cell addresses for later problems. */
export interface RangeRef {
  /** Contract name, e.g. `Huvudbok`. */
  range: string;
  sheet: string;
  /** 0-based sheet row/col of the range's top-left cell. */
  row: number;
  col: number;
  /** Index (within the range's values) of the header row (0 unless a title row sits above). */
  headerIndex: number;
}

/** Section keys of the contract (canonical; Swedish and English keys map onto these). */
export type SectionKey =
  | 'revenue'
  | 'expenses'
  | 'contributions'
  | 'financialIncome'
  | 'financialExpenses'
  | 'extraordinaryIncome'
  | 'extraordinaryExpenses'
  | 'fixedAssets'
  | 'receivables'
  | 'investments'
  | 'cash'
  | 'equity'
  | 'result'
  | 'provisions'
  | 'longTermLiabilities'
  | 'currentLiabilities';

export type ForecastMethod = 'budget' | 'actualPlusBudget' | 'runRate';

/** How the income and cash-flow statements are set out: the seeds' layout or LKBR/RKR R11–R13. */
export type StatementLayout = 'traditional' | 'lkbr';

export interface Settings {
  organisation: string;
  /** Fiscal year (the calendar year in which it starts); undefined = latest with ledger rows. */
  year?: number;
  /** Through fiscal month 1–12; undefined = latest month of that year with ledger rows. */
  period?: number;
  /** First calendar month of the fiscal year, 1–12. */
  firstMonth: number;
  lang: Lang;
  /** Equity target in öre, when set. */
  equityTarget?: number;
  /** Total annual owners' contributions in öre, when set. */
  totalContributions?: number;
  forecastMethod: ForecastMethod;
  /** Variance threshold as a fraction, exact decimal string (default "0.1"). */
  varianceThreshold: string;
  /** Uppställning; undefined = `traditional` (a workbook without the setting keeps today's report). */
  layout?: StatementLayout;
  /** Most ledger rows on the Verifikationer sheet; 0 = no sheet (default 20 000, per sheet). */
  transactionRows: number;
}

/**
 * The ledger, column-wise for speed (1 000 000 rows must parse and post in well under 2 s).
 * Row i of every array is ledger data row i.
 */
export interface LedgerColumns {
  count: number;
  /** Calendar year and month (1–12) of the row (from Period when given, else Datum). */
  year: Int32Array;
  month: Int32Array;
  /** Day of the month from Datum (1–31), 0 when the row's month came from Period. */
  day: Uint8Array;
  account: Int32Array;
  /** Index into `costCentreCodes`, or -1 when the row has none. */
  costCentre: Int32Array;
  /** Index into `projectCodes`, or -1. */
  project: Int32Array;
  /** Index into `voucherIds`, or -1 when the range has no voucher column or the cell is empty. */
  voucher: Int32Array;
  /** Amount in integer öre, debit positive. */
  amount: Float64Array;
  /** Index of the row within the range's `values` (for cell addresses). */
  sourceRow: Int32Array;
  costCentreCodes: string[];
  projectCodes: string[];
  voucherIds: string[];
  /** 0-based column (within the range) of the amount column (Belopp, or Debet when Debet/Kredit). */
  amountCol: number;
  /** 0-based column (within the range) of the account column, for problems about accounts. */
  accountCol?: number;
  /** 0-based column (within the range) of the cost-centre column, when there is one. */
  costCentreCol?: number;
  /** 0-based column (within the range) of Text, when present (the Verifikationer sheet shows it). */
  textCol?: number;
  ref: RangeRef;
}

export interface OpeningBalanceRow {
  account: number;
  /** öre, debit positive */
  amount: number;
  sourceRow: number;
}

export interface ChartRow {
  /** Account range, inclusive; a single account has from === to. */
  from: number;
  to: number;
  name?: string;
  section: SectionKey;
  /** Statement line; undefined = the section's own name. */
  line?: string;
  note: boolean;
  /** The member (of `Medlemsbidrag`) whose contributions the account(s) hold, from the optional `Medlem` column. */
  member?: string;
  sourceRow: number;
}

export interface BudgetRow {
  /** Normalised cost-centre code, or undefined. */
  costCentre?: string;
  account: number;
  /** Annual amount in öre, debit positive (the sum of months when only months are given). */
  annual: number;
  /** Monthly amounts in öre by fiscal month index 0–11, when given (missing months = 0). */
  months?: number[];
  sourceRow: number;
}

export interface ForecastRow {
  costCentre: string;
  /** Full-year forecast in öre, net, debit positive. */
  annual: number;
  /** The user's comment on the forecast (`Kommentar`), shown beside the cost centre. */
  comment?: string;
  sourceRow: number;
}

/** One heading of the user's `Texter` and its paragraphs, in the user's order. */
export interface TextSection {
  /** Undefined for texts above the first heading (a warning). */
  heading?: string;
  paragraphs: string[];
  sourceRow: number;
}

export interface CostCentreRow {
  code: string;
  name?: string;
  group?: string;
  sourceRow: number;
}

export interface ParsedWorkbook {
  settings: Settings;
  ledger: LedgerColumns;
  openingBalance?: { rows: OpeningBalanceRow[]; ref: RangeRef };
  /** `memberCol`: the 0-based column (within the range) of the optional `Medlem` column, when present. */
  chart?: { rows: ChartRow[]; ref: RangeRef; memberCol?: number };
  budget?: { rows: BudgetRow[]; ref: RangeRef };
  forecast?: { rows: ForecastRow[]; ref: RangeRef };
  costCentres?: { rows: CostCentreRow[]; ref: RangeRef };
  /** The user's texts for the förvaltningsberättelse (`Texter`). */
  texts?: { sections: TextSection[]; ref: RangeRef };
  /** Every problem found while parsing (errors stop the run before anything is written). */
  problems: Problem[];
}

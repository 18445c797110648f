/**
 * `Installningar` (Settings): two columns, key and value. The first row may be a header
 * (`Inställning | Värde`, `Key | Value`, `Nyckel | Värde`), possibly below a title, or data
 * straight away. Overrides (command line, task pane) win over the range.
 *
 * The parser does not pick the default year or period: they stay undefined unless set.
 */
import Decimal from 'decimal.js';
import { parseAmount } from './amount';
import { oreToDecimal } from '../money';
import { reportCellIssues } from './cellIssues';
import { cellText, foldCompact, foldKey, isBlank } from './cells';
import { AMOUNT_PROBLEM } from './fields';
import { fiscalIndex, monthOf } from './months';
import type { ForecastMethod, RangeRef, Settings, StatementLayout } from './parsed';
import { RangeProblems } from './problems';
import type { Lang, Problem, RangeData, RawCell, WorkbookInput } from './types';

export type SettingId =
  | 'organisation'
  | 'year'
  | 'period'
  | 'firstMonth'
  | 'lang'
  | 'equityTarget'
  | 'totalContributions'
  | 'forecastMethod'
  | 'varianceThreshold'
  | 'layout'
  | 'transactionRows';

export interface SettingDef {
  id: SettingId;
  sv: string;
  en: string;
  more: readonly string[];
}

/** Every setting with its Swedish and English name and further accepted keys. */
export const SETTINGS: readonly SettingDef[] = [
  { id: 'organisation', sv: 'Organisation', en: 'Organization', more: ['Förbund', 'Samordningsförbund', 'Organisation name'] },
  { id: 'year', sv: 'Räkenskapsår', en: 'Fiscal year', more: ['År', 'Year', 'Financial year'] },
  { id: 'period', sv: 'Period', en: 'Through month', more: ['Månad', 'Till och med månad', 'T.o.m. månad', 'Tom månad', 'Month'] },
  { id: 'firstMonth', sv: 'Första månad', en: 'First month', more: ['Räkenskapsårets första månad', 'Startmånad'] },
  { id: 'lang', sv: 'Språk', en: 'Language', more: [] },
  { id: 'equityTarget', sv: 'Eget kapital mål', en: 'Equity target', more: ['Mål eget kapital', 'Målsatt eget kapital'] },
  { id: 'totalContributions', sv: 'Medlemsbidrag totalt', en: 'Total contributions', more: ['Medlemsbidrag', 'Totalt medlemsbidrag'] },
  { id: 'forecastMethod', sv: 'Prognosmetod', en: 'Forecast method', more: [] },
  { id: 'varianceThreshold', sv: 'Avvikelsegräns', en: 'Variance threshold', more: ['Avvikelsegräns %', 'Variance threshold %'] },
  { id: 'layout', sv: 'Uppställning', en: 'Layout', more: ['Statement layout'] },
  { id: 'transactionRows', sv: 'Verifikationer max rader', en: 'Transactions max rows', more: ['Max rader verifikationer', 'Verifikationer rader'] },
];

const BY_KEY: ReadonlyMap<string, SettingDef> = (() => {
  const m = new Map<string, SettingDef>();
  for (const d of SETTINGS) for (const k of [d.sv, d.en, ...d.more]) m.set(foldKey(k), d);
  return m;
})();

/** Words that make a row the header row (key column or value column). */
const HEADER_KEYS = new Set(['installning', 'installningar', 'nyckel', 'key', 'setting', 'settings', 'parameter', 'egenskap']);
const HEADER_VALUES = new Set(['varde', 'value']);

/** Ledger rows the Verifikationer sheet shows at most (a bigger ledger is summed per account). */
export const DEFAULT_TRANSACTION_ROWS = 20_000;
/** The most a setting or option may ask for (Excel has 1 048 576 rows). */
export const MAX_TRANSACTION_ROWS = 1_000_000;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  organisation: '',
  firstMonth: 1,
  lang: 'sv',
  forecastMethod: 'budget',
  varianceThreshold: '0.1',
  transactionRows: DEFAULT_TRANSACTION_ROWS,
};

const LANGS: ReadonlyMap<string, Lang> = new Map([
  ['sv', 'sv'],
  ['svenska', 'sv'],
  ['swedish', 'sv'],
  ['se', 'sv'],
  ['en', 'en'],
  ['english', 'en'],
  ['engelska', 'en'],
  ['eng', 'en'],
]);

const FORECAST_METHODS: ReadonlyMap<string, ForecastMethod> = new Map([
  ['budget', 'budget'],
  ['helarsbudget', 'budget'],
  ['utfall+budget', 'actualPlusBudget'],
  ['utfallplusbudget', 'actualPlusBudget'],
  ['actual+budget', 'actualPlusBudget'],
  ['actualplusbudget', 'actualPlusBudget'],
  ['takt', 'runRate'],
  ['runrate', 'runRate'],
]);

/** `Uppställning`: case and spaces do not matter. */
const LAYOUTS: ReadonlyMap<string, StatementLayout> = new Map([
  ['traditionell', 'traditional'],
  ['traditional', 'traditional'],
  ['lkbr', 'lkbr'],
]);

const D = Decimal.clone({ precision: 40 });

/** An integer in [min, max] from a number or digit text; undefined otherwise. */
function integerOf(v: RawCell, min: number, max: number): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v)) n = Number(v.trim());
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** The fiscal year: `2024`, also `2024/25` or `2024/2025` (the year it starts). */
export function yearOf(v: RawCell): number | undefined {
  if (typeof v === 'string') {
    const m = /^\s*(\d{4})\s*(?:[/–-]\s*(\d{2}|\d{4}))?\s*$/.exec(v);
    if (!m) return undefined;
    const y = Number(m[1]);
    if (m[2] !== undefined) {
      const next = Number(m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]);
      if (next !== y + 1) return undefined;
    }
    return y >= 1900 && y <= 2199 ? y : undefined;
  }
  return integerOf(v, 1900, 2199);
}

/**
 * The variance threshold as an exact decimal fraction string: `10 %`, `10%`, `0,1`, 0.1 and
 * 10 all give "0.1". Without a percent sign a value of 1 or more is read as per cent
 * (so 1 is 1 %), below 1 as a fraction.
 */
export function thresholdOf(v: RawCell): string | undefined {
  let d: Decimal;
  let percent = false;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return undefined;
    d = new D(v);
  } else if (typeof v === 'string') {
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(v);
    if (!m) return undefined;
    d = new D(m[1].replace(',', '.'));
    percent = m[2] === '%';
  } else return undefined;
  if (percent || d.gte(1)) d = d.div(100);
  return d.toFixed();
}

/** Whether `row` (key, value) looks like the header row of the settings range. */
function isHeaderRow(key: RawCell, value: RawCell): boolean {
  return HEADER_KEYS.has(foldKey(key)) || HEADER_VALUES.has(foldKey(value));
}

/** Parses the settings range (when present) and applies the overrides. */
export function parseSettings(range: RangeData | undefined, overrides: WorkbookInput['overrides'], problems: Problem[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  let periodCalendarMonth: number | undefined;
  if (range) {
    const ref: RangeRef = { range: 'Installningar', sheet: range.sheet, row: range.row, col: range.col, headerIndex: 0 };
    const rp = new RangeProblems(problems, ref);
    const seen = new Map<SettingId, number>();
    let dataSeen = false;
    reportCellIssues(range.values, 0, [0, 1], undefined, rp);
    for (let i = 0; i < range.values.length; i++) {
      const row = range.values[i] ?? [];
      const key = row[0];
      const value = row[1];
      if (isBlank(key)) continue;
      const def = BY_KEY.get(foldKey(key));
      if (def === undefined) {
        if (!dataSeen && (isHeaderRow(key, value) || isBlank(value))) continue; // header or title row
        rp.warning('unknownSetting', i, 0, key);
        continue;
      }
      dataSeen = true;
      const first = seen.get(def.id);
      if (first !== undefined) {
        rp.warning('duplicateSetting', i, 0, key, { setting: def.id, first: rp.address(first, 0) });
        continue;
      }
      seen.set(def.id, i);
      if (isBlank(value)) continue; // not set: the default applies
      const invalid = () => {
        rp.error('invalidSetting', i, 1, value, { setting: def.id, key: cellText(key).trim() });
      };
      switch (def.id) {
        case 'organisation':
          settings.organisation = cellText(value).trim();
          break;
        case 'year': {
          const y = yearOf(value);
          if (y === undefined) invalid();
          else settings.year = y;
          break;
        }
        case 'period': {
          // A number is a fiscal month; a month name is a calendar month (converted below).
          const n = integerOf(value, 1, 12);
          if (n !== undefined) settings.period = n;
          else {
            const m = monthOf(value);
            if (m === undefined) invalid();
            else periodCalendarMonth = m;
          }
          break;
        }
        case 'firstMonth': {
          const m = monthOf(value);
          if (m === undefined) invalid();
          else settings.firstMonth = m;
          break;
        }
        case 'lang': {
          const l = LANGS.get(foldKey(value));
          if (l === undefined) invalid();
          else settings.lang = l;
          break;
        }
        case 'equityTarget':
        case 'totalContributions': {
          const a = parseAmount(value);
          if (!a.ok) {
            if (a.error !== 'empty') rp.error(AMOUNT_PROBLEM[a.error], i, 1, value);
            break;
          }
          if (a.rounded) rp.warning('amountRounded', i, 1, value, { rounded: oreToDecimal(a.value) });
          settings[def.id] = a.value;
          break;
        }
        case 'forecastMethod': {
          const f = FORECAST_METHODS.get(foldCompact(value));
          if (f === undefined) invalid();
          else settings.forecastMethod = f;
          break;
        }
        case 'layout': {
          const l = LAYOUTS.get(foldCompact(value));
          if (l === undefined) invalid();
          else settings.layout = l;
          break;
        }
        case 'varianceThreshold': {
          const t = thresholdOf(value);
          if (t === undefined) invalid();
          else settings.varianceThreshold = t;
          break;
        }
        case 'transactionRows': {
          const n = integerOf(value, 0, MAX_TRANSACTION_ROWS);
          if (n === undefined) invalid();
          else settings.transactionRows = n;
          break;
        }
      }
    }
    rp.finish();
  }
  if (periodCalendarMonth !== undefined) settings.period = fiscalIndex(periodCalendarMonth, settings.firstMonth) + 1;
  if (overrides?.year !== undefined) settings.year = overrides.year;
  if (overrides?.period !== undefined) settings.period = overrides.period;
  if (overrides?.lang !== undefined) settings.lang = overrides.lang;
  if (overrides?.transactionRows !== undefined) settings.transactionRows = overrides.transactionRows;
  return settings;
}

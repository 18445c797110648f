/**
 * The built-in chart for a samordningsförbund: used when the workbook has no `Kontoplan`,
 * and as the fallback for accounts a user's chart does not map. Follows the account classes
 * of the contract, with the seeds' accounts on the seeds' lines and notes.
 */
import type { SectionKey } from '../input/parsed';
import { defineCatalogue } from '../text/catalogue';

export interface DefaultChartRange {
  from: number;
  to: number;
  section: SectionKey;
  /** Line key in LINE_NAMES; absent for a balance-sheet line (named after its section). */
  line?: string;
  note?: boolean;
  /** Depreciation (added back in the cash-flow statement). */
  depreciation?: boolean;
}

/**
 * Income-statement line names of the default chart, Swedish and English, in the order the
 * lines are shown. A balance-sheet line of the default chart is named after its section.
 */
const LINE_TEXTS = defineCatalogue<Record<string, { sv: string; en: string }>>({
  otherRevenue: { sv: 'Övriga intäkter', en: 'Other revenue' },
  salaries: { sv: 'Löner', en: 'Salaries' },
  fees: { sv: 'Arvoden', en: 'Fees' },
  travel: { sv: 'Reseersättning', en: 'Travel allowances' },
  socialCharges: { sv: 'Sociala avgifter', en: 'Social security charges' },
  otherStaff: { sv: 'Övriga personalkostnader', en: 'Other staff costs' },
  activity: { sv: 'Verksamhetsanknutna kostnader', en: 'Activity-related costs' },
  premises: { sv: 'Lokalkostnader', en: 'Premises' },
  otherCosts: { sv: 'Övriga kostnader', en: 'Other costs' },
  depreciation: { sv: 'Avskrivningar', en: 'Depreciation' },
  contributions: { sv: 'Erhållna bidrag från huvudmännen', en: 'Contributions from the owners' },
  financialIncome: { sv: 'Övriga finansiella intäkter', en: 'Other financial income' },
  financialExpenses: { sv: 'Övriga finansiella kostnader', en: 'Other financial expenses' },
  extraordinaryIncome: { sv: 'Extraordinära intäkter', en: 'Extraordinary income' },
  extraordinaryExpenses: { sv: 'Extraordinära kostnader', en: 'Extraordinary expenses' },
  taxOnResult: { sv: 'Skatt på årets resultat', en: 'Tax on the result for the year' },
});

export const LINE_NAMES = LINE_TEXTS.entries;

/** The name of a default chart's income-statement line. */
export const lineName = LINE_TEXTS.t;

/** Ranges in order of statement lines; a narrower range wins over a wider one. */
export const DEFAULT_CHART: DefaultChartRange[] = [
  { from: 1000, to: 1399, section: 'fixedAssets', note: true },
  { from: 1400, to: 1799, section: 'receivables', note: true },
  { from: 1800, to: 1899, section: 'investments', note: true },
  { from: 1900, to: 1999, section: 'cash', note: true },
  { from: 2000, to: 2199, section: 'equity' },
  { from: 2099, to: 2099, section: 'result' },
  { from: 2200, to: 2299, section: 'provisions', note: true },
  { from: 2300, to: 2399, section: 'longTermLiabilities', note: true },
  { from: 2400, to: 2999, section: 'currentLiabilities', note: true },
  { from: 3000, to: 3999, section: 'revenue', line: 'otherRevenue', note: true },
  { from: 3800, to: 3899, section: 'contributions', line: 'contributions' },
  { from: 4000, to: 4999, section: 'expenses', line: 'activity', note: true },
  { from: 5000, to: 5999, section: 'expenses', line: 'otherStaff' },
  { from: 5000, to: 5099, section: 'expenses', line: 'salaries' },
  { from: 5100, to: 5199, section: 'expenses', line: 'fees' },
  { from: 5200, to: 5299, section: 'expenses', line: 'travel' },
  { from: 5400, to: 5499, section: 'expenses', line: 'socialCharges' },
  { from: 5500, to: 5599, section: 'expenses', line: 'activity', note: true },
  { from: 6000, to: 7999, section: 'expenses', line: 'otherCosts', note: true },
  { from: 6100, to: 6199, section: 'expenses', line: 'premises' },
  { from: 7800, to: 7899, section: 'expenses', line: 'depreciation', depreciation: true },
  { from: 8000, to: 8399, section: 'financialIncome', line: 'financialIncome' },
  { from: 8400, to: 8899, section: 'financialExpenses', line: 'financialExpenses' },
  { from: 8900, to: 8949, section: 'extraordinaryIncome', line: 'extraordinaryIncome' },
  { from: 8950, to: 8999, section: 'extraordinaryExpenses', line: 'extraordinaryExpenses' },
  // BAS 891x–892x: tax on the result (companies' exports; a samordningsförbund pays none).
  { from: 8910, to: 8929, section: 'extraordinaryExpenses', line: 'taxOnResult' },
];

/** Names of common accounts (from the seeds), shown in notes when no Kontoplan names them. */
export const DEFAULT_ACCOUNT_NAMES: Record<number, string> = {
  1511: 'Kundfordringar',
  1687: 'Redovisningskonto för moms',
  1790: 'Förutbetalda kostnader och upplupna intäkter',
  1910: 'Kassa',
  1920: 'Plusgiro',
  1930: 'Bank',
  2010: 'Eget kapital',
  2099: 'Periodens resultat',
  2411: 'Leverantörsskulder',
  2711: 'Innehållen personalskatt',
  2731: 'Avräkning lagstadgade sociala avgifter',
  2931: 'Upplupna sociala avgifter',
  2991: 'Upplupna kostnader',
  3740: 'Öres- och kronutjämning',
  5538: 'Verksamhetsanknutna IT-kostnader',
  5539: 'Övriga verksamhetsanknutna tjänster',
  5540: 'Övriga verksamhetsanknutna kostnader',
  5541: 'Verksamhetsanknutna personalkostnader',
  5542: 'Verksamhetsanknutna resekostnader',
  5544: 'Verksamhetsanknutna utbildnings-, kurs- och konferenskostnader',
  6230: 'Datakommunikation',
  6419: 'Övriga förbrukningsinventarier',
  6451: 'Kontorsmaterial',
  6911: 'Kostnader för information och licenser',
  7071: 'Representation (ej personal)',
  7211: 'Tele, fast',
  7212: 'Tele, mobil',
  7251: 'Postbefordran',
  7541: 'IT-tjänster',
  7551: 'Konsultarvoden',
  7599: 'Övriga tjänster',
  7619: 'Övriga kostnader',
};

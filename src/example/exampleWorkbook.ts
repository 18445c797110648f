/**
 * The bundled example workbook of the fictional Samordningsförbundet Exempelförbundet: every
 * range of the workbook contract, filled by a deterministic generator. Pure — no files, no
 * ExcelJS, no Office.js — so the CLI's example file, the task pane's "insert example" button
 * and the benchmarks all build the same data.
 */
import { capitalised, columnLetters, MONTHS, type RangeData, type RawCell } from '../core';
import { addMonths, dateOf, dayOf } from './calendar';
import { generateLedger, memberShares, quarters, type GeneratedLedger } from './ledger';
import {
  ACCOUNT_NAMES,
  CHART,
  COST_CENTRES,
  EQUITY_TARGET,
  EXPECTED_YEARLY_VOLUME,
  FORECASTS,
  MEMBERS,
  ORGANISATION,
  PLAN,
  PROJECT,
  REPORT_PERIOD,
  TOTAL_CONTRIBUTIONS,
} from './organisation';
import { Prng } from './prng';
import type { ExampleName, ExampleOptions, ExampleSheet, ExampleWorkbook } from './types';

export type { ExampleName, ExampleOptions, ExampleSheet, ExampleWorkbook } from './types';

export const DEFAULT_SEED = 20240831;
export const DEFAULT_YEAR = 2024;

const AMOUNT = '#,##0.00';
const WHOLE = '#,##0';
const DATE = 'yyyy-mm-dd';
const TEXT = '@';
const MONTH_HEADERS = MONTHS.sv.long.map(capitalised);

/**
 * Builds the example workbook in named steps: the ledger → the sheets (organisation, ledger,
 * budget and forecast, participants, texts) → a workbook-scoped name for every range. Same
 * options → same workbook, cell for cell.
 */
export function exampleWorkbook(options: ExampleOptions = {}): ExampleWorkbook {
  const seed = options.seed ?? DEFAULT_SEED;
  const year = options.year ?? DEFAULT_YEAR;
  const ledger = exampleLedger({ seed, year, ledgerRows: options.ledgerRows });
  const sheets = exampleSheets(year, ledger, new Prng((seed ^ 0x5bd1e995) >>> 0));
  return { sheets: Object.values(sheets), names: rangeNames(sheets) };
}

/** The example's sheets by role; `exampleSheets` builds them in the workbook's order. */
type ExampleSheets = Record<
  'about' | 'settings' | 'ledger' | 'opening' | 'chart' | 'costCentres' | 'budget' | 'forecast' | 'members' | 'participants' | 'project' | 'texts',
  ExampleSheet
>;

/**
 * Every sheet of the example. `random` is drawn from by the ledger sheet (cost centres as text)
 * and then the participants, in that order.
 */
function exampleSheets(year: number, ledger: GeneratedLedger, random: Prng): ExampleSheets {
  const settings = settingsSheet(year);
  const ledgerRows = ledgerSheet(ledger, random);
  const opening = openingBalanceSheet(ledger);
  const chart = chartSheet();
  const costCentres = costCentreSheet();
  const budget = budgetSheet();
  const forecast = forecastSheet();
  const members = membersSheet();
  const participants = participantsSheet(year, random);
  return {
    about: aboutSheet(year),
    settings,
    ledger: ledgerRows,
    opening,
    chart,
    costCentres,
    budget,
    forecast,
    members,
    participants,
    project: projectSheet(year),
    texts: textsSheet(year),
  };
}

/** A workbook-scoped name for every range of the contract the example fills. */
function rangeNames(s: ExampleSheets): ExampleName[] {
  return [
    whole('Installningar', s.settings, 0, 2),
    whole('Huvudbok', s.ledger, 2, 7),
    whole('IngaendeBalans', s.opening, 0, 3),
    whole('Kontoplan', s.chart, 0, 5),
    whole('Kostnadsstallen', s.costCentres, 0, 3),
    whole('Budget', s.budget, 0, 16),
    whole('Prognos', s.forecast, 0, 4),
    whole('Medlemsbidrag', s.members, 0, 4),
    whole('Deltagare', s.participants, 0, 6),
    { name: 'Arsvolym', sheet: s.participants.name, ref: `H1:I${Object.keys(EXPECTED_YEARLY_VOLUME).length + 1}` },
    whole('Projekt', s.project, 0, 8),
    whole('Texter', s.texts, 0, 2),
  ];
}

/**
 * The generated ledger behind the example (vouchers in öre, the opening balances of both
 * years). `ledgerRows` picks the number of small supplier invoices so the ledger has about
 * that many rows.
 */
export function exampleLedger(options: { seed?: number; year?: number; ledgerRows?: number } = {}): GeneratedLedger {
  const seed = options.seed ?? DEFAULT_SEED;
  const year = options.year ?? DEFAULT_YEAR;
  if (options.ledgerRows === undefined) return generateLedger({ seed, year, scale: 1 });
  // The row count grows linearly with the scale; two small runs give the line.
  const rows = (scale: number) => countRows(generateLedger({ seed, year, scale }));
  const one = rows(1);
  const slope = rows(2) - one;
  const scale = Math.max(0.01, 1 + (options.ledgerRows - one) / slope);
  return generateLedger({ seed, year, scale });
}

function countRows(ledger: GeneratedLedger): number {
  return ledger.vouchers.reduce((n, v) => n + v.rows.length, 0);
}

/** One `RangeData` per name of the workbook, as a workbook reader would return it. */
export function toRangeData(wb: ExampleWorkbook): RangeData[] {
  return wb.names.map((n) => {
    const sheet = wb.sheets.find((s) => s.name === n.sheet);
    if (!sheet) throw new Error(`toRangeData: no sheet ${n.sheet} for ${n.name}`);
    const { top, left, bottom, right } = parseRef(n.ref);
    const values: RawCell[][] = [];
    for (let r = top; r <= bottom; r++) {
      const source = sheet.rows[r] ?? [];
      const row: RawCell[] = [];
      for (let c = left; c <= right; c++) row.push(source[c] ?? null);
      values.push(row);
    }
    return { name: n.name, sheet: n.sheet, row: top, col: left, values };
  });
}

/** 0-based bounds of an A1 range such as `A3:G2412` (or a single cell). */
export function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, ''));
  if (!m) throw new Error(`parseRef: not an A1 range: ${ref}`);
  const col = (letters: string) => Array.from(letters).reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

/** A name over a block: from `headerRow` to the sheet's last row, `width` columns from A. */
function whole(name: string, sheet: ExampleSheet, headerRow: number, width: number): ExampleName {
  return { name, sheet: sheet.name, ref: `A${headerRow + 1}:${columnLetters(width - 1)}${sheet.rows.length}` };
}

const kronor = (ore: number): number => ore / 100;

function aboutSheet(year: number): ExampleSheet {
  const lines = [
    `${ORGANISATION} — exempelarbetsbok`,
    '',
    `Ett påhittat samordningsförbund med huvudbok för ${year - 1} och januari–augusti ${year}, budget, prognos och kontoplan.`,
    'Alla belopp och namn är fiktiva. Arbetsboken följer arbetsbokskontraktet: varje indata är ett namngivet område (Formler > Namnhanteraren).',
    'Belopp följer ekonomisystemets tecken: debet positivt, kredit negativt (kostnader och tillgångar +, intäkter, skulder och eget kapital −).',
    '',
    `A made-up coordination association with a general ledger for ${year - 1} and January–August ${year}, budget, forecast and chart of accounts.`,
    'All amounts and names are fictional. Every input is a workbook-scoped named range; amounts are debit-positive.',
  ];
  return { name: 'Om exemplet', rows: lines.map((l) => [l]), columnWidths: [120], boldRows: [0] };
}

function settingsSheet(year: number): ExampleSheet {
  const rows: RawCell[][] = [
    ['Inställning', 'Värde', 'Förklaring'],
    ['Organisation', ORGANISATION, 'Visas överst i rapporten'],
    ['Räkenskapsår', year, 'Rapportåret'],
    ['Period', REPORT_PERIOD, 'Till och med månad (8 = januari–augusti, tertialrapport)'],
    ['Första månad', 1, 'Räkenskapsårets första månad'],
    ['Språk', 'sv', 'sv eller en'],
    ['Eget kapital mål', EQUITY_TARGET, 'Lägsta eget kapital enligt styrelsens mål (kr)'],
    ['Medlemsbidrag totalt', TOTAL_CONTRIBUTIONS, 'Årets medlemsbidrag, fördelas enligt finansieringsplanen (kr)'],
    ['Prognosmetod', 'Budget', 'Budget, Utfall+budget eller Takt'],
    ['Avvikelsegräns', 0.1, 'Rader som överskrider budget med mer än detta markeras'],
  ];
  return {
    name: 'Inställningar',
    rows,
    columnWidths: [24, 40, 60],
    boldRows: [0],
    cellFormats: [
      { row: 6, col: 1, format: WHOLE },
      { row: 7, col: 1, format: WHOLE },
      { row: 9, col: 1, format: '0 %' },
    ],
  };
}

function ledgerSheet(ledger: GeneratedLedger, random: Prng): ExampleSheet {
  const projectCentres: readonly number[] = PROJECT.costCentres;
  const rows: RawCell[][] = [
    [`Huvudbok ${ledger.year - 1}–${ledger.year}, export från ekonomisystemet`],
    [],
    ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'],
  ];
  for (const v of ledger.vouchers) {
    const date = dateOf(v.day);
    for (const r of v.rows) {
      // Some exports write a few cost centres as text; the contract treats 3001 and "3001" alike.
      const costCentre = r.costCentre === undefined ? null : random.chance(0.03) ? String(r.costCentre) : r.costCentre;
      const project = r.costCentre !== undefined && projectCentres.includes(r.costCentre) && r.account >= 3000 ? PROJECT.code : null;
      rows.push([date, v.id, r.account, costCentre, project, r.text, kronor(r.amount)]);
    }
  }
  return {
    name: 'Huvudbok',
    rows,
    columnWidths: [12, 13, 8, 15, 9, 60, 15],
    columnFormats: [DATE, TEXT, undefined, undefined, TEXT, TEXT, AMOUNT],
    boldRows: [0, 2],
  };
}

function openingBalanceSheet(ledger: GeneratedLedger): ExampleSheet {
  const rows: RawCell[][] = [['Konto', 'Benämning', 'Belopp']];
  for (const [account, amount] of [...ledger.openingReportYear].sort((a, b) => a[0] - b[0])) {
    rows.push([account, ACCOUNT_NAMES[account] ?? '', kronor(amount)]);
  }
  return { name: 'IB', rows, columnWidths: [8, 40, 16], columnFormats: [undefined, TEXT, AMOUNT], boldRows: [0] };
}

function chartSheet(): ExampleSheet {
  const rows: RawCell[][] = [['Konto', 'Benämning', 'Avsnitt', 'Rad', 'Not']];
  for (const c of CHART) rows.push([c.account, c.name, c.section, c.line, c.note ? 'x' : null]);
  return { name: 'Kontoplan', rows, columnWidths: [11, 58, 24, 34, 5], columnFormats: [undefined, TEXT, TEXT, TEXT, TEXT], boldRows: [0] };
}

function costCentreSheet(): ExampleSheet {
  const rows: RawCell[][] = [['Kostnadsställe', 'Namn', 'Grupp']];
  for (const c of COST_CENTRES) rows.push([c.code, c.name, c.group]);
  return { name: 'Kostnadsställen', rows, columnWidths: [15, 40, 20], columnFormats: [undefined, TEXT, TEXT], boldRows: [0] };
}

/** Whole kronor in öre split over the months by weights (largest remainder, exact). */
function monthly(annualKr: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (annualKr * w) / sum);
  const parts = exact.map((e) => Math.trunc(e) + 0); // + 0 turns −0 into 0
  let left = annualKr - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rem: Math.abs(e - parts[i]) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] += Math.sign(left);
    left -= Math.sign(left);
  }
  return parts;
}

/** The budget rows of the report year: cost centre, account, annual amount in kronor, months when seasonal. */
function budgetRows(): { costCentre: number; account: number; annual: number; months?: number[] }[] {
  const rows: { costCentre: number; account: number; annual: number; months?: number[] }[] = PLAN.map((l) => ({
    costCentre: l.costCentre,
    account: l.account,
    annual: l.budget,
    months: l.months ? monthly(l.budget, l.months) : undefined,
  }));
  const projectCosts = PLAN.filter((l) => (PROJECT.costCentres as readonly number[]).includes(l.costCentre)).reduce((s, l) => s + l.budget, 0);
  const esf = -Math.round((projectCosts * PROJECT.claimShare) / 1000) * 1000;
  rows.push({ costCentre: 3041, account: 3510, annual: esf, months: monthly(esf, [0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0]) });
  memberShares(TOTAL_CONTRIBUTIONS).forEach((share, i) => {
    const q = quarters(share).map((o) => -o / 100);
    rows.push({ costCentre: 9000, account: MEMBERS[i].account, annual: -share / 100, months: [q[0], 0, 0, q[1], 0, 0, q[2], 0, 0, q[3], 0, 0] });
  });
  return rows;
}

function budgetSheet(): ExampleSheet {
  const rows: RawCell[][] = [['Kostnadsställe', 'Konto', 'Helår', ...MONTH_HEADERS, 'Benämning']];
  for (const r of budgetRows()) {
    rows.push([r.costCentre, r.account, r.annual, ...(r.months ?? Array<RawCell>(12).fill(null)), ACCOUNT_NAMES[r.account] ?? '']);
  }
  return {
    name: 'Budget',
    rows,
    columnWidths: [15, 8, 14, ...Array<number>(12).fill(12), 50],
    columnFormats: [undefined, undefined, WHOLE, ...Array<string>(12).fill(WHOLE), TEXT],
    boldRows: [0],
  };
}

function forecastSheet(): ExampleSheet {
  const rows: RawCell[][] = [['Kostnadsställe', 'Namn', 'Helår', 'Kommentar']];
  const comments: Record<number, string> = {
    1100: 'Lägre lokalkostnad efter omförhandlat hyresavtal',
    1200: 'Färre utbildningsdagar under hösten',
    3001: 'Två coachtjänster vakanta under våren',
    3006: 'Fler deltagare än planerat',
    3041: 'Högre ESF-ersättning än budgeterat',
  };
  for (const f of FORECASTS) {
    rows.push([f.costCentre, COST_CENTRES.find((c) => c.code === f.costCentre)?.name ?? '', f.annual, comments[f.costCentre] ?? null]);
  }
  return { name: 'Prognos', rows, columnWidths: [15, 40, 14, 50], columnFormats: [undefined, TEXT, WHOLE, TEXT], boldRows: [0] };
}

function membersSheet(): ExampleSheet {
  // Konto ties each member to its contribution account, so booked contributions meet the plan.
  const rows: RawCell[][] = [['Medlem', 'Huvudman', 'Befolkning', 'Konto']];
  for (const m of MEMBERS) rows.push([m.name, m.party, m.population ?? null, m.account]);
  return { name: 'Medlemsbidrag', rows, columnWidths: [28, 12, 12, 8], columnFormats: [TEXT, TEXT, WHOLE, undefined], boldRows: [0] };
}

/** The insats a municipality's participants take part in (Åsby has two, by month). */
const INSATS_OF: Record<string, (month: number) => number> = { Åsby: (m) => (m % 2 === 1 ? 3001 : 3002), Norrvik: () => 3003, Lindbacka: () => 3004 };

function participantsSheet(year: number, random: Prng): ExampleSheet {
  const rows: RawCell[][] = [['Månad', 'Kommun', 'Kön', 'Inskrivna', 'Utskrivna', 'Insats', null, 'Kommun', 'Förväntad årsvolym']];
  const volumes = Object.entries(EXPECTED_YEARLY_VOLUME);
  const data: RawCell[][] = [];
  // This year's months first (their draws are the report's figures), then the whole year before, somewhat fewer.
  const months = (y: number, last: number, scale: number) => {
    for (let month = 1; month <= last; month++) {
      const summer = month === 7 ? 0.4 : 1;
      for (const [municipality, volume] of volumes) {
        for (const [gender, share] of [
          ['K', 0.56],
          ['M', 0.44],
        ] as const) {
          const mean = (volume / 12) * share * summer * scale;
          const into = Math.max(0, Math.round(mean * random.between(0.5, 1.5)));
          const out = Math.max(0, Math.round(mean * random.between(0.4, 1.4)));
          data.push([`${y}-${String(month).padStart(2, '0')}`, municipality, gender, into, out, INSATS_OF[municipality]?.(month) ?? null]);
        }
      }
    }
  };
  months(year, REPORT_PERIOD, 1);
  months(year - 1, 12, 0.8);
  data.forEach((row, i) => {
    const volume = volumes[i];
    rows.push(volume ? [...row, null, volume[0], volume[1]] : row);
  });
  return {
    name: 'Deltagardata',
    rows,
    columnWidths: [10, 14, 6, 11, 11, 8, 4, 14, 20],
    columnFormats: [TEXT, TEXT, TEXT, undefined, undefined, undefined, undefined, TEXT, undefined],
    boldRows: [0],
  };
}

function projectSheet(year: number): ExampleSheet {
  const start = dateOf(dayOf(year + PROJECT.startYearOffset, PROJECT.startMonth, 1));
  const endMonth = addMonths({ year: year + PROJECT.endYearOffset, month: PROJECT.endMonth }, 1);
  const end = dateOf(dayOf(endMonth.year, endMonth.month, 1) - 1);
  const rows: RawCell[][] = [
    ['Kod', 'Namn', 'Startdatum', 'Slutdatum', 'Finansiär', 'Budget', 'Faktiska KST', 'Schablon KST'],
    [PROJECT.code, PROJECT.name, start, end, PROJECT.funder, PROJECT.budget, String(PROJECT.costCentres[0]), String(PROJECT.costCentres[1])],
  ];
  return {
    name: 'Projekt',
    rows,
    columnWidths: [9, 16, 12, 12, 32, 14, 14, 14],
    columnFormats: [TEXT, TEXT, DATE, DATE, TEXT, WHOLE, TEXT, TEXT],
    boldRows: [0],
  };
}

/**
 * The förvaltningsberättelse's texts, as a board's secretary would write them: one heading and
 * its text per row; a row without a heading is another paragraph. *Ekonomisk översikt* is left
 * out, so the report writes it from the figures.
 */
function textsSheet(year: number): ExampleSheet {
  const rows: RawCell[][] = [
    ['Rubrik', 'Text'],
    [
      'Inledning',
      `Styrelsen för ${ORGANISATION} avger härmed delårsrapport för perioden januari–augusti ${year}. ` +
        'Förbundet bedriver finansiell samordning enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser. ' +
        'Medlemmar är Försäkringskassan, Arbetsförmedlingen, regionen och de fyra kommunerna i förbundets område.',
    ],
    [
      'Väsentliga händelser',
      'Styrelsen beslutade i mars om en ny verksamhetsplan för 2025–2027. ' +
        'ESF-projektet Vägen vidare har haft full deltagarvolym sedan februari, och två coachtjänster i Åsby var vakanta under våren.',
    ],
    [null, 'Förbundets lokaler i Åsby har omförhandlats, vilket sänker hyran från och med juni.'],
    [
      'Verksamhet och måluppfyllelse',
      'Insatserna har tagit emot fler deltagare än under samma period föregående år. ' +
        'Målet att minst 35 procent av de avslutade deltagarna ska gå vidare till arbete eller studier nås för perioden. ' +
        'Ett delmål är att förbundet ska ha minst 2 000 tkr i eget kapital för oförutsedda händelser.',
    ],
    [
      'Förväntad utveckling',
      'Prognosen för helåret visar ett resultat något bättre än budget. Under hösten rekryteras de vakanta coachtjänsterna, ' +
        'och styrelsen följer deltagarvolymerna i Grön rehabilitering, där efterfrågan är större än planerat.',
    ],
  ];
  return { name: 'Texter', rows, columnWidths: [30, 110], columnFormats: [TEXT, TEXT], boldRows: [0] };
}

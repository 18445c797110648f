/**
 * Drill-down to the ledger: the sheets *Verifikationer* (the period's ledger rows grouped by
 * statement line, then account) and *Verifikationer KST* (grouped by cost centre, then
 * account), and the links from every line of Resultaträkning, Balansräkning, Noter and
 * Uppföljning KST to the first row of its group.
 *
 * Each account block ends in a subtotal, each group in a total that a formula ties to the
 * report's cell ("Stämmer mot", "Differens" = 0). A balance line's group holds the account's
 * opening balance (IngaendeBalans) and the period's rows; the line *Periodens resultat* also
 * holds the result per the income statement (a live reference).
 *
 * A ledger bigger than the limit (setting *Verifikationer max rader*) is cut account by account,
 * largest first: a cut account shows one row with the sum of its rows, so every total still
 * ties, and the sheet and Kontroller say how many rows and which accounts. Two passes over
 * the ledger's typed arrays; cell objects only for the rows shown.
 */
import { ASSET_SECTIONS } from '../chart/sections';
import { Checks, shortList, type CheckRow } from '../checks/checks';
import { cellText } from '../input/cells';
import type { LedgerColumns } from '../input/parsed';
import type { Lang, RawCell } from '../input/types';
import { decimalOf, Dec, formatAmount, fromOre, oreToDecimal, roundingLimit, withinRounding, ZERO } from '../money';
import type { CellValue, DrillTarget, ModelRow, RowRole, SheetModel } from '../model/types';
import { fiscalOf } from '../post/fiscal';
import type { CostCentreFollowUp } from '../statements/costCentres';
import type { Statement } from '../statements/types';
import type { LayoutInfo } from './common';
import { empty, formula, num, SheetBuilder, sumFormula, text } from './sheetBuilder';
import type { PlacedNote, PlacedSheet } from './statementSheets';
import { printSetupOf } from './printSetup';
import { t } from './texts';
import { tt } from './transactionTexts';

export const TRANSACTIONS_KEY = 'transactions';
export const TRANSACTIONS_CC_KEY = 'transactionsCc';

export interface DrillInput {
  info: LayoutInfo;
  ledger: LedgerColumns;
  /** The ledger range's cells, for the date and text of the rows shown (absent: year-month only). */
  values?: RawCell[][];
  /** Opening balance per account, öre (IngaendeBalans). */
  opening?: Map<number, number>;
  income: Statement;
  balance: Statement;
  incomeSheet: PlacedSheet;
  balanceSheet: PlacedSheet;
  notes: { sheet: SheetModel; placed: PlacedNote[] };
  costCentres: CostCentreFollowUp[];
  costCentresSheet: SheetModel;
  /** Account name (for account subtotals on the cost-centre sheet), or ''. */
  nameOf: (account: number) => string;
  /** True for an account of the section Bidrag (left out of the cost centres' result). */
  isContribution: (account: number) => boolean;
  /** Most ledger rows per sheet; 0 = no sheets. */
  maxRows: number;
  /**
   * A tkr cell's value as displayed (layout/footing.ts): Uppföljning KST shows whole tkr, so a
   * cost centre's group ties to its rounded row, within 1 000 kr.
   */
  shown?: (sheet: string, cell: string) => Dec | null;
  sheetName: (wanted: string) => string;
}

export interface DrillOutput {
  sheets: SheetModel[];
  checks: CheckRow[];
  targets: DrillTarget[];
}

/** A cell a group or an account ties to, with its exact value (presentation sign). */
interface Tie {
  formula: string;
  value: Dec;
}

/** Rows of the sheets that link to a group's or an account's first row. */
interface LinkFrom {
  sheet: SheetModel;
  row: number;
}

interface AccountBlock {
  key: number;
  account: number;
  name: string;
  openingOre: number;
  tie?: Tie;
  links: LinkFrom[];
  /** Filled by the tally. */
  count: number;
  sumOre: number;
  rows?: number[];
  cut?: boolean;
}

interface Group {
  heading: string;
  headingFromData: boolean;
  explain?: string;
  sign: 1 | -1;
  totalLabel: string;
  tie: Tie;
  accounts: AccountBlock[];
  /** A row that is no ledger row: the period's result on the balance sheet (ledger sign). */
  extra?: { label: string; formula: string; value: Dec };
  links: LinkFrom[];
  drill: Omit<DrillTarget, 'sheet' | 'range'>;
}

/** Which ledger rows fall in the report period (fiscal year, months 1…period): one table per calendar year. */
function periodFilter(ledger: LedgerColumns, info: LayoutInfo): (i: number) => boolean {
  const tables = new Map<number, Uint8Array>();
  let lastYear = -1;
  let last: Uint8Array = new Uint8Array(13);
  const tableOf = (y: number): Uint8Array => {
    let table = tables.get(y);
    if (!table) {
      table = new Uint8Array(13);
      for (let m = 1; m <= 12; m++) {
        const f = fiscalOf(y, m, info.firstMonth);
        table[m] = f.year === info.year && f.month <= info.period ? 1 : 0;
      }
      tables.set(y, table);
    }
    return table;
  };
  const { year, month } = ledger;
  return (i) => {
    const y = year[i];
    if (y !== lastYear) {
      last = tableOf(y);
      lastYear = y;
    }
    return last[month[i]] === 1;
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The sheets, their checks and the links; no sheets (and a warning) when the limit is 0. */
export function drillDown(d: DrillInput): DrillOutput {
  const L = d.info.lang;
  const checks = new Checks(L);
  if (d.maxRows <= 0) {
    checks.add('transactions:rows', 'warning', tt('checkRows', L), tt('checkRowsOff', L));
    return { sheets: [], checks: checks.rows, targets: [] };
  }
  const inPeriod = periodFilter(d.ledger, d.info);
  const scan = scanLedger(d, inPeriod);
  const main = lineGroups(d, scan);
  const cc = costCentreGroups(d, scan);
  const out: DrillOutput = { sheets: [], checks: [], targets: [] };
  const cuts: string[] = [];
  const shownOf = new Map<string, Shown>();
  for (const [key, groups] of [
    [TRANSACTIONS_KEY, main],
    [TRANSACTIONS_CC_KEY, cc],
  ] as const)
    shownOf.set(key, cutToLimit(groups, d.maxRows));
  collectRows(d, inPeriod, scan);
  for (const [key, groups, title] of [
    [TRANSACTIONS_KEY, main, tt('titleTransactions', L)],
    [TRANSACTIONS_CC_KEY, cc, tt('titleTransactionsCc', L)],
  ] as const) {
    if (groups.length === 0) continue;
    const shown = shownOf.get(key)!;
    const name = d.sheetName(tt(key === TRANSACTIONS_KEY ? 'sheetTransactions' : 'sheetTransactionsCc', L));
    const laid = layOut(d, key, name, title, groups, shown);
    out.sheets.push(laid.sheet);
    out.targets.push(...laid.targets);
    if (key === TRANSACTIONS_KEY)
      checks.reconcile(`${key}:tie`, tt('checkTie', L), tt('checkTieDetail', L, { sheet: name, groups: laid.targets.length }), laid.difference);
    else {
      // Uppföljning KST shows whole tkr: each group differs from its row by its rounding, under 1 000 kr.
      const groups = laid.targets.length;
      const limit = roundingLimit(groups);
      checks.add(
        `${key}:tie`,
        withinRounding(laid.difference.value, groups) ? 'ok' : 'error',
        tt('checkTieCc', L),
        tt('checkTieCcDetail', L, { sheet: name, groups, diff: formatAmount(laid.difference.value, L, 2), limit: formatAmount(limit, L) }),
        laid.difference,
      );
    }
    if (shown.cutRows > 0) cuts.push(tt('checkRowsCut', L, { sheet: name, ...cutParams(d, shown) }));
  }
  if (cuts.length > 0) checks.add('transactions:rows', 'warning', tt('checkRows', L), cuts.join('; '));
  else
    checks.add(
      'transactions:rows',
      'ok',
      tt('checkRows', L),
      tt('checkRowsAll', L, {
        rows: formatCount(
          main.reduce((n, g) => n + g.accounts.reduce((m, a) => m + a.count, 0), 0),
          L,
        ),
      }),
    );
  out.checks = checks.rows;
  return out;
}

/** A count as the report writes numbers (`50 000`, `50,000`). */
const formatCount = (n: number, L: Lang) => formatAmount(n, L);

interface Shown {
  rows: number;
  cutRows: number;
  cutAccounts: number[];
}

function cutParams(d: DrillInput, s: Shown) {
  const L = d.info.lang;
  return { limit: formatCount(d.maxRows, L), cut: formatCount(s.cutRows, L), rows: formatCount(s.rows, L), accounts: shortList(s.cutAccounts) };
}

/**
 * The period's rows counted and summed in one pass over the typed arrays: per account (the
 * Verifikationer sheet) and per (cost centre, result account) pair (Verifikationer KST; accounts
 * of Bidrag left out, as the follow-up leaves them out).
 */
interface Scan {
  accountCount: Int32Array;
  accountSum: Float64Array;
  /** Per cost centre index + 1: pair index by account − 3000, or -1. */
  pairIndex: Map<number, Int32Array>;
  pairs: { cc: number; account: number; count: number; sum: number; block?: AccountBlock }[];
  /** The main sheet's block of each account, once laid out. */
  accountBlock: (AccountBlock | undefined)[];
}

function scanLedger(d: DrillInput, inPeriod: (i: number) => boolean): Scan {
  const { ledger } = d;
  const { account, amount, costCentre } = ledger;
  const accountCount = new Int32Array(10000);
  const accountSum = new Float64Array(10000);
  const contribution = new Uint8Array(10000);
  for (let a = 3000; a < 10000; a++) if (d.isContribution(a)) contribution[a] = 1;
  const pairIndex = new Map<number, Int32Array>();
  const pairs: Scan['pairs'] = [];
  let lastCc = -2;
  let table: Int32Array = new Int32Array(0);
  for (let i = 0; i < ledger.count; i++) {
    if (!inPeriod(i)) continue;
    const acc = account[i];
    const ore = amount[i];
    accountCount[acc]++;
    accountSum[acc] += ore;
    if (acc < 3000 || contribution[acc] === 1) continue;
    const cc = costCentre[i];
    if (cc !== lastCc) {
      let t = pairIndex.get(cc + 1);
      if (!t) pairIndex.set(cc + 1, (t = new Int32Array(7000).fill(-1)));
      table = t;
      lastCc = cc;
    }
    let p = table[acc - 3000];
    if (p < 0) {
      p = table[acc - 3000] = pairs.length;
      pairs.push({ cc, account: acc, count: 0, sum: 0 });
    }
    pairs[p].count++;
    pairs[p].sum += ore;
  }
  return { accountCount, accountSum, pairIndex, pairs, accountBlock: new Array<AccountBlock | undefined>(10000) };
}

/** Cuts the biggest blocks until at most `max` ledger rows remain. */
function cutToLimit(groups: Group[], max: number): Shown {
  const blocks = groups.flatMap((g) => g.accounts);
  let rows = 0;
  for (const b of blocks) rows += b.count;
  let left = rows;
  const cutAccounts = new Set<number>();
  if (rows > max) {
    const bySize = blocks.filter((b) => b.count > 1).sort((a, b) => b.count - a.count || a.key - b.key);
    for (const b of bySize) {
      if (left <= max) break;
      b.cut = true;
      left -= b.count;
      cutAccounts.add(b.account);
    }
  }
  for (const b of blocks) if (!b.cut && b.count > 0) b.rows = [];
  return { rows, cutRows: rows - left, cutAccounts: [...cutAccounts].sort((a, b) => a - b) };
}

/** The row indices of every block that is shown row by row, in ledger order: a second pass. */
function collectRows(d: DrillInput, inPeriod: (i: number) => boolean, scan: Scan): void {
  const { ledger } = d;
  const { account, costCentre } = ledger;
  for (let i = 0; i < ledger.count; i++) {
    if (!inPeriod(i)) continue;
    const acc = account[i];
    scan.accountBlock[acc]?.rows?.push(i);
    if (acc < 3000) continue;
    const p = scan.pairIndex.get(costCentre[i] + 1)?.[acc - 3000] ?? -1;
    if (p >= 0) scan.pairs[p].block?.rows?.push(i);
  }
}

/** Groups of the Verifikationer sheet: one per line of the income statement and the balance sheet. */
function lineGroups(d: DrillInput, scan: Scan): Group[] {
  const L = d.info.lang;
  const groups: Group[] = [];
  const noteOf = new Map(d.notes.placed.map((p) => [p.row, p]));
  const res3Row = d.incomeSheet.placed.rowOf('RES3');
  const res3 = d.income.rows.find((r) => r.key === 'RES3')?.values.actual ?? ZERO;
  for (const [statement, placed, col, sheetKey] of [
    [d.income, d.incomeSheet, 'actual', 'income'],
    [d.balance, d.balanceSheet, 'closing', 'balance'],
  ] as const) {
    const statementName = t(sheetKey === 'income' ? 'titleIncome' : 'titleBalance', L);
    for (const row of statement.rows) {
      if (row.kind !== 'line') continue;
      const isIncome = sheetKey === 'income';
      const sign: 1 | -1 = isIncome ? -1 : row.section !== undefined && ASSET_SECTIONS.has(row.section) ? 1 : -1;
      const sheetRow = placed.placed.rowOf(row.key);
      const note = noteOf.get(row);
      const noteAccounts = (row.accounts ?? []).filter((a) => a.account !== 0);
      const noteFirst = note ? note.sumRow - noteAccounts.length : 0;
      const accounts: AccountBlock[] = noteAccounts.map((a, i) => {
        const block: AccountBlock = {
          key: a.account,
          account: a.account,
          name: a.name,
          openingOre: isIncome ? 0 : (d.opening?.get(a.account) ?? 0),
          ...(note ? { tie: { formula: `{{notes}}!C${noteFirst + i}`, value: a.values[note.statement === 'income' ? 'actual' : 'closing'] ?? ZERO } } : {}),
          links: note ? [{ sheet: d.notes.sheet, row: noteFirst + i }] : [],
          count: scan.accountCount[a.account],
          sumOre: scan.accountSum[a.account],
        };
        scan.accountBlock[a.account] = block;
        return block;
      });
      const hasResult = (row.accounts ?? []).some((a) => a.account === 0);
      const value = row.values[col] ?? ZERO;
      const links: LinkFrom[] = [{ sheet: placed.sheet, row: sheetRow }];
      if (note) links.push({ sheet: d.notes.sheet, row: noteFirst - 2 });
      groups.push({
        heading: tt('groupLine', L, { statement: statementName, line: row.label }),
        headingFromData: !!row.fromData,
        explain: isIncome
          ? tt('incomeRows', L, { period: d.info.periodLabel })
          : tt('balanceRows', L, { opening: d.info.openingDate, closing: d.info.closingDate }),
        sign,
        totalLabel: tt('groupTotal', L, { line: row.label }),
        tie: { formula: `{{${sheetKey}}}!${placed.placed.colOf(col)}${sheetRow}`, value },
        accounts,
        ...(hasResult
          ? { extra: { label: tt('resultRow', L), formula: `-{{income}}!${d.incomeSheet.placed.colOf('actual')}${res3Row}`, value: res3.negated() } }
          : {}),
        links,
        drill: { from: sheetKey, label: row.label, ...(row.fromData ? { fromData: true } : {}), value: decimalOf(value, 2) },
      });
    }
  }
  return groups;
}

/** Groups of the Verifikationer KST sheet: one per cost centre of Uppföljning KST. */
function costCentreGroups(d: DrillInput, scan: Scan): Group[] {
  const L = d.info.lang;
  const { ledger } = d;
  // The (cost centre, account) pairs with rows in the period, as the follow-up counts them.
  const pairs = new Map<number, Scan['pairs']>();
  for (const p of scan.pairs) {
    let list = pairs.get(p.cc);
    if (!list) pairs.set(p.cc, (list = []));
    list.push(p);
  }
  const rowOfCode = new Map<string, number>();
  d.costCentresSheet.rows.forEach((r, i) => {
    const c = r.cells[0];
    if (r.role === 'line' && c?.kind === 'text' && !rowOfCode.has(c.text)) rowOfCode.set(c.text, i + 1);
  });
  const groups: Group[] = [];
  for (const cc of d.costCentres) {
    const sheetRow = rowOfCode.get(cc.code);
    if (sheetRow === undefined) continue;
    const index = cc.code === '' ? -1 : ledger.costCentreCodes.indexOf(cc.code);
    // A registered cost centre the ledger never uses has no rows (index −1 is "no cost centre").
    const found = cc.code !== '' && index < 0 ? [] : [...(pairs.get(index) ?? [])].sort((a, b) => a.account - b.account);
    const code = cc.code === '' ? '–' : cc.code;
    const label = cc.name ? `${code} ${cc.name}` : code;
    groups.push({
      heading: tt('groupCostCentre', L, { code: label }),
      headingFromData: true,
      sign: -1,
      totalLabel: tt('groupTotal', L, { line: label }),
      tie: { formula: `{{costCentres}}!C${sheetRow}`, value: d.shown?.('costCentres', `C${sheetRow}`) ?? cc.actual },
      accounts: found.map((p) => {
        p.block = {
          key: (index + 1) * 10000 + p.account,
          account: p.account,
          name: d.nameOf(p.account),
          openingOre: 0,
          links: [],
          count: p.count,
          sumOre: p.sum,
        };
        return p.block;
      }),
      links: [{ sheet: d.costCentresSheet, row: sheetRow }],
      drill: { from: 'costCentres', label, fromData: true, value: decimalOf(cc.actual, 2) },
    });
  }
  return groups;
}

const COLS = 9; // A Datum … I Differens
const WIDTHS = [12, 14, 44, 9, 10, 18, 18, 18, 14];

/** The sheet: title, notes on sign and completeness, header, then each group. */
function layOut(d: DrillInput, key: string, name: string, title: string, groups: Group[], shown: Shown) {
  const L = d.info.lang;
  const { ledger, values } = d;
  const s = new SheetBuilder(key, name, WIDTHS);
  s.titleRows({
    organisation: d.info.organisation,
    title: `${title} ${d.info.periodLabel}`,
    generatedAt: d.info.generatedAt,
    lang: L,
    unitNote: t('amountsInKr', L),
  });
  s.add('subtitle', [text(tt('signNote', L))]);
  if (key === TRANSACTIONS_CC_KEY) s.add('subtitle', [text(tt('ccNote', L))]);
  s.add(
    'subtitle',
    [text(shown.cutRows > 0 ? tt('cutRows', L, cutParams(d, shown)) : tt('allRows', L, { rows: formatCount(shown.rows, L) }))],
    shown.cutRows > 0 ? { highlight: true } : {},
  );
  s.add('header', [
    text(tt('colDate', L)),
    text(tt('colVoucher', L)),
    text(tt('colText', L)),
    text(tt('colAccount', L)),
    text(tt('colCostCentre', L)),
    text(tt('colAmount', L)),
    text(tt('colReported', L)),
    text(tt('colAgrees', L)),
    text(tt('colDifference', L)),
  ]);
  const headerRows = s.rows.length;
  // Cells that repeat (dates, accounts, cost centres, empty) are shared, not made per row: a
  // big ledger's input is in memory too, and every object allocated here costs garbage collection over it.
  const EMPTY = empty();
  const dates = new Map<number, CellValue>();
  /** The row's date (`2024-03-15`), or its period (`2024-03`) when it came from Period. */
  const dateOf = (i: number): CellValue => {
    const y = ledger.year[i];
    const m = ledger.month[i];
    const day = ledger.day[i];
    const k = (y * 100 + m) * 100 + day;
    let c = dates.get(k);
    if (!c) dates.set(k, (c = text(`${y}-${pad2(m)}${day > 0 ? `-${pad2(day)}` : ''}`)));
    return c;
  };
  const texts = new Map<string, CellValue>();
  const textOf = (i: number): CellValue => {
    const row = values?.[ledger.sourceRow[i]];
    if (!row || ledger.textCol === undefined) return EMPTY;
    const v = cellText(row[ledger.textCol]).trim();
    if (v === '') return EMPTY;
    let c = texts.get(v);
    if (!c) texts.set(v, (c = text(v, true)));
    return c;
  };
  const codes = ledger.costCentreCodes.map((c) => text(c, true));
  const vouchers: (CellValue | undefined)[] = [];
  const voucherCell = (i: number): CellValue => {
    const v = ledger.voucher[i];
    return v < 0 ? EMPTY : (vouchers[v] ??= text(ledger.voucherIds[v], true));
  };
  // Tie-out cells: "Enligt rapporten" (G) = the sum in the report's sign, H the report's cell, I = G − H.
  const tieCells = (row: number, sumF: string, sumOre: Dec, sign: 1 | -1, tie: Tie | undefined): CellValue[] => {
    const reported = sumOre.times(sign);
    const cells: CellValue[] = [formula(sumF, sumOre, 'kr'), formula(sign < 0 ? `-F${row}` : `F${row}`, reported, 'kr')];
    if (tie) cells.push(formula(tie.formula, tie.value, 'kr'), formula(`G${row}-H${row}`, reported.minus(tie.value), 'kr'));
    return cells;
  };
  const targets: DrillTarget[] = [];
  const differenceRows: number[] = [];
  let difference = ZERO;
  const linkTo = (froms: LinkFrom[], row: number) => {
    for (const f of froms) {
      const r: ModelRow | undefined = f.sheet.rows[f.row - 1];
      if (r) r.link = { sheet: key, cell: `A${row}`, tip: tt('linkTip', L) };
    }
  };
  for (const g of groups) {
    const first = s.add('section', [text(g.heading, g.headingFromData)]);
    if (g.explain) s.add('subtitle', [text(g.explain)]);
    const totals: number[] = [];
    let groupOre = 0;
    for (const a of g.accounts) {
      if (a.count === 0 && a.openingOre === 0) continue;
      const rows: number[] = [];
      const detail = (cells: CellValue[], role: RowRole = 'detail', highlight = false) => {
        rows.push(s.add(role, cells, highlight ? { highlight } : {}));
      };
      if (a.openingOre !== 0)
        detail([text(d.info.openingDate), empty(), text(tt('openingRow', L)), text(String(a.account)), empty(), num(fromOre(a.openingOre), 'kr')]);
      if (a.cut)
        detail(
          [
            empty(),
            empty(),
            text(tt('omittedRows', L, { count: formatCount(a.count, L), limit: formatCount(d.maxRows, L) })),
            text(String(a.account)),
            empty(),
            num(fromOre(a.sumOre), 'kr'),
          ],
          'detail',
          true,
        );
      else {
        const accountCell = text(String(a.account));
        for (const i of a.rows ?? []) {
          const cc = ledger.costCentre[i];
          rows.push(
            s.add('detail', [
              dateOf(i),
              voucherCell(i),
              textOf(i),
              accountCell,
              cc < 0 ? EMPTY : codes[cc],
              { kind: 'number', value: oreToDecimal(ledger.amount[i]), style: 'kr' },
            ]),
          );
        }
      }
      linkTo(a.links, rows[0]);
      const sumOre = a.openingOre + a.sumOre;
      groupOre += sumOre;
      const n = s.rows.length + 1;
      s.add('total', [
        text(tt('accountTotal', L, { account: `${a.account} ${a.name}`.trim() }), !!a.name),
        empty(),
        empty(),
        empty(),
        empty(),
        ...tieCells(n, sumFormula('F', rows), fromOre(sumOre), g.sign, a.tie),
      ]);
      totals.push(n);
      if (a.tie) {
        differenceRows.push(n);
        difference = difference.plus(fromOre(sumOre).times(g.sign).minus(a.tie.value));
      }
    }
    let groupSum = fromOre(groupOre);
    if (g.extra) {
      totals.push(s.add('detail', [empty(), empty(), text(g.extra.label), empty(), empty(), formula(g.extra.formula, g.extra.value, 'kr')]));
      groupSum = groupSum.plus(g.extra.value);
    }
    if (totals.length === 0 && g.tie.value.isZero()) {
      // Nothing behind the line: no group (and no link).
      s.rows.length = first - 1;
      continue;
    }
    const n = s.rows.length + 1;
    s.add('grandTotal', [
      text(g.totalLabel, g.headingFromData),
      empty(),
      empty(),
      empty(),
      empty(),
      ...tieCells(n, sumFormula('F', totals), groupSum, g.sign, g.tie),
    ]);
    differenceRows.push(n);
    difference = difference.plus(groupSum.times(g.sign).minus(g.tie.value));
    s.add('blank', []);
    linkTo(g.links, first);
    targets.push({ ...g.drill, sheet: key, range: `A${first}:${String.fromCharCode(64 + COLS)}${n}` });
  }
  // Fixed widths: measuring every cell of up to a million rows would cost more than it gives.
  const sheet: SheetModel = { key, name, columns: WIDTHS.map((width) => ({ width })), rows: s.rows, freeze: { rows: headerRows, cols: 0 } };
  sheet.print = printSetupOf(sheet, { organisation: d.info.organisation, title: `${title} ${d.info.periodLabel}` });
  return { sheet, targets, difference: { formula: differenceFormula(key, differenceRows), value: difference } };
}

/** The sum of the sheet's difference cells (column I), for Kontroller. */
function differenceFormula(key: string, rows: number[]): string {
  if (rows.length === 0) return '0';
  return `SUM({{${key}}}!I${rows[0]}:I${rows[rows.length - 1]})`;
}

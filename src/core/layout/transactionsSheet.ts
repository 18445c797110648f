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
import { dateKey, periodKey } from '../input/dates';
import type { LedgerColumns } from '../input/parsed';
import type { RawCell } from '../input/types';
import { decimalOf, Dec, fromOre, ZERO } from '../money';
import type { CellValue, DrillTarget, ModelRow, RowRole, SheetModel } from '../model/types';
import { fiscalOf } from '../post/fiscal';
import type { CostCentreFollowUp } from '../statements/costCentres';
import type { Statement } from '../statements/types';
import type { LayoutInfo } from './common';
import { empty, formula, num, SheetBuilder, sumFormula, text } from './sheetBuilder';
import type { PlacedNote, PlacedSheet } from './statementSheets';
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

/** Which ledger rows fall in the report period (fiscal year, months 1…period). */
function periodFilter(ledger: LedgerColumns, info: LayoutInfo): (i: number) => boolean {
  const cache = new Map<number, boolean>();
  return (i) => {
    const k = ledger.year[i] * 100 + ledger.month[i];
    let ok = cache.get(k);
    if (ok === undefined) {
      const f = fiscalOf(ledger.year[i], ledger.month[i], info.firstMonth);
      ok = f.year === info.year && f.month <= info.period;
      cache.set(k, ok);
    }
    return ok;
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
  const main = lineGroups(d);
  const cc = costCentreGroups(d, inPeriod);
  const out: DrillOutput = { sheets: [], checks: [], targets: [] };
  const cuts: string[] = [];
  for (const [key, groups, keyOf, title] of [
    [TRANSACTIONS_KEY, main, (i: number) => d.ledger.account[i], tt('titleTransactions', L)],
    [
      TRANSACTIONS_CC_KEY,
      cc,
      (i: number) => (d.ledger.account[i] >= 3000 ? (d.ledger.costCentre[i] + 1) * 10000 + d.ledger.account[i] : -1),
      tt('titleTransactionsCc', L),
    ],
  ] as const) {
    if (groups.length === 0) continue;
    const blocks = new Map<number, AccountBlock>();
    for (const g of groups) for (const a of g.accounts) blocks.set(a.key, a);
    const shown = tally(d.ledger, inPeriod, keyOf, blocks, d.maxRows);
    const name = d.sheetName(tt(key === TRANSACTIONS_KEY ? 'sheetTransactions' : 'sheetTransactionsCc', L));
    const laid = layOut(d, key, name, title, groups, shown);
    out.sheets.push(laid.sheet);
    out.targets.push(...laid.targets);
    checks.reconcile(
      `${key}:tie`,
      tt(key === TRANSACTIONS_KEY ? 'checkTie' : 'checkTieCc', L),
      tt('checkTieDetail', L, { sheet: name, groups: laid.targets.length }),
      laid.difference,
    );
    if (shown.cutRows > 0) cuts.push(tt('checkRowsCut', L, { sheet: name, ...cutParams(d, shown) }));
  }
  if (cuts.length > 0) checks.add('transactions:rows', 'warning', tt('checkRows', L), cuts.join('; '));
  else
    checks.add(
      'transactions:rows',
      'ok',
      tt('checkRows', L),
      tt('checkRowsAll', L, { rows: formatCount(main.reduce((n, g) => n + g.accounts.reduce((m, a) => m + a.count, 0), 0)) }),
    );
  out.checks = checks.rows;
  return out;
}

const formatCount = (n: number) => String(n);

interface Shown {
  rows: number;
  cutRows: number;
  cutAccounts: number[];
}

function cutParams(d: DrillInput, s: Shown) {
  return { limit: formatCount(d.maxRows), cut: formatCount(s.cutRows), rows: formatCount(s.rows), accounts: shortList(s.cutAccounts) };
}

/**
 * Counts and sums the period's rows per block; cuts the biggest blocks until at most `max`
 * ledger rows remain; collects the row indices of the blocks kept.
 */
function tally(ledger: LedgerColumns, inPeriod: (i: number) => boolean, keyOf: (i: number) => number, blocks: Map<number, AccountBlock>, max: number): Shown {
  const n = ledger.count;
  const amount = ledger.amount;
  for (let i = 0; i < n; i++) {
    if (!inPeriod(i)) continue;
    const b = blocks.get(keyOf(i));
    if (b === undefined) continue;
    b.count++;
    b.sumOre += amount[i];
  }
  let rows = 0;
  for (const b of blocks.values()) rows += b.count;
  let left = rows;
  const cutAccounts: number[] = [];
  if (rows > max) {
    const bySize = [...blocks.values()].filter((b) => b.count > 1).sort((a, b) => b.count - a.count || a.key - b.key);
    for (const b of bySize) {
      if (left <= max) break;
      b.cut = true;
      left -= b.count;
      cutAccounts.push(b.account);
    }
  }
  for (const b of blocks.values()) if (!b.cut && b.count > 0) b.rows = [];
  if (left > 0) {
    for (let i = 0; i < n; i++) {
      if (!inPeriod(i)) continue;
      const b = blocks.get(keyOf(i));
      if (b?.rows !== undefined) b.rows.push(i);
    }
  }
  return { rows, cutRows: rows - left, cutAccounts: [...new Set(cutAccounts)].sort((a, b) => a - b) };
}

/** Groups of the Verifikationer sheet: one per line of the income statement and the balance sheet. */
function lineGroups(d: DrillInput): Group[] {
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
      const accounts: AccountBlock[] = noteAccounts.map((a, i) => ({
        key: a.account,
        account: a.account,
        name: a.name,
        openingOre: isIncome ? 0 : (d.opening?.get(a.account) ?? 0),
        ...(note ? { tie: { formula: `{{notes}}!C${noteFirst + i}`, value: a.values[note.statement === 'income' ? 'actual' : 'closing'] ?? ZERO } } : {}),
        links: note ? [{ sheet: d.notes.sheet, row: noteFirst + i }] : [],
        count: 0,
        sumOre: 0,
      }));
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
function costCentreGroups(d: DrillInput, inPeriod: (i: number) => boolean): Group[] {
  const L = d.info.lang;
  const { ledger } = d;
  // The (cost centre, account) pairs with rows in the period, as the follow-up counts them.
  const pairs = new Map<number, number[]>();
  for (let i = 0; i < ledger.count; i++) {
    const acc = ledger.account[i];
    if (acc < 3000 || !inPeriod(i)) continue;
    const cc = ledger.costCentre[i];
    let list = pairs.get(cc);
    if (!list) pairs.set(cc, (list = []));
    if (!list.includes(acc)) list.push(acc);
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
    const accounts = (pairs.get(index) ?? []).filter((a) => !d.isContribution(a)).sort((a, b) => a - b);
    const code = cc.code === '' ? '–' : cc.code;
    const label = cc.name ? `${code} ${cc.name}` : code;
    groups.push({
      heading: tt('groupCostCentre', L, { code: label }),
      headingFromData: true,
      sign: -1,
      totalLabel: tt('groupTotal', L, { line: label }),
      tie: { formula: `{{costCentres}}!C${sheetRow}`, value: cc.actual },
      accounts: accounts.map((account) => ({
        key: (index + 1) * 10000 + account,
        account,
        name: d.nameOf(account),
        openingOre: 0,
        links: [],
        count: 0,
        sumOre: 0,
      })),
      links: [{ sheet: d.costCentresSheet, row: sheetRow }],
      drill: { from: 'costCentres', label, fromData: true, value: decimalOf(cc.actual, 2) },
    });
  }
  return groups;
}

const COLS = 9; // A Datum … I Differens

/** The sheet: title, notes on sign and completeness, header, then each group. */
function layOut(d: DrillInput, key: string, name: string, title: string, groups: Group[], shown: Shown) {
  const L = d.info.lang;
  const { ledger, values } = d;
  const s = new SheetBuilder(key, name, [12, 14, 40, 9, 10, 18, 18, 18, 14]);
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
    [text(shown.cutRows > 0 ? tt('cutRows', L, cutParams(d, shown)) : tt('allRows', L, { rows: formatCount(shown.rows) }))],
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
  const dateOf = (i: number): string => {
    const row = values?.[ledger.sourceRow[i]];
    if (row && ledger.dateCol !== undefined) {
      const k = dateKey(row[ledger.dateCol]);
      if (k > 0) return `${Math.floor(k / 10000)}-${pad2(Math.floor(k / 100) % 100)}-${pad2(k % 100)}`;
    }
    if (row && ledger.periodCol !== undefined) {
      const k = periodKey(row[ledger.periodCol]);
      if (k > 0) return `${Math.floor(k / 100)}-${pad2(k % 100)}`;
    }
    return `${ledger.year[i]}-${pad2(ledger.month[i])}`;
  };
  const textOf = (i: number): CellValue => {
    const row = values?.[ledger.sourceRow[i]];
    if (!row || ledger.textCol === undefined) return empty();
    const v = cellText(row[ledger.textCol]).trim();
    return v === '' ? empty() : text(v, true);
  };
  const code = (index: number): CellValue => (index < 0 ? empty() : text(ledger.costCentreCodes[index], true));
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
            text(tt('omittedRows', L, { count: formatCount(a.count), limit: formatCount(d.maxRows) })),
            text(String(a.account)),
            empty(),
            num(fromOre(a.sumOre), 'kr'),
          ],
          'detail',
          true,
        );
      else
        for (const i of a.rows ?? [])
          detail([
            text(dateOf(i)),
            ledger.voucher[i] < 0 ? empty() : text(ledger.voucherIds[ledger.voucher[i]], true),
            textOf(i),
            text(String(a.account)),
            code(ledger.costCentre[i]),
            num(fromOre(ledger.amount[i]), 'kr'),
          ]);
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
  const sheet = s.build({ freeze: { rows: headerRows, cols: 0 } });
  return { sheet, targets, difference: { formula: differenceFormula(key, differenceRows), value: difference } };
}

/** The sum of the sheet's difference cells (column I), for Kontroller. */
function differenceFormula(key: string, rows: number[]): string {
  if (rows.length === 0) return '0';
  return `SUM({{${key}}}!I${rows[0]}:I${rows[rows.length - 1]})`;
}

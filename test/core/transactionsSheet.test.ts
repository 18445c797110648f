/**
 * Drill-down to the ledger (issue 13, part 5): the Verifikationer sheets group the period's
 * ledger rows so that each group's total equals its statement line, every line links to its
 * group's first row, and a limit cuts rows only with a warning.
 */
import Decimal from 'decimal.js';
import { buildReport } from '../../src/core/report';
import type { RangeData } from '../../src/core/input/types';
import type { ReportModel, SheetModel } from '../../src/core/model/types';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { ModelEvaluator } from '../helpers/evalModel';
import { range, settings } from '../helpers/ranges';
import { seed004Ranges, SEED004_EXPECTED } from '../fixtures/seed004';

const AT = new Date(2024, 8, 2, 8, 0);

function build(ranges: RangeData[], transactionRows?: number): ReportModel {
  const { model, problems } = buildReport({ ranges, generatedAt: AT, ...(transactionRows !== undefined ? { overrides: { transactionRows } } : {}) });
  if (!model) throw new Error(JSON.stringify(problems.slice(0, 3)));
  return model;
}

const sheetOf = (m: ReportModel, key: string): SheetModel => {
  const s = m.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
};
const rowNo = (cell: string) => Number(/\d+$/.exec(cell)![0]);
const textOf = (s: SheetModel, row: number, col = 0) => {
  const c = s.rows[row - 1]?.cells[col];
  return c?.kind === 'text' ? c.text : undefined;
};

/** The group that starts at `first`: its rows up to and including its total (role grandTotal). */
function groupRows(s: SheetModel, first: number): number[] {
  const out: number[] = [];
  for (let r = first; r <= s.rows.length; r++) {
    out.push(r);
    if (s.rows[r - 1].role === 'grandTotal') return out;
  }
  throw new Error(`group at ${first} has no total`);
}

/**
 * For every linked row of `fromKey`: the link lands on a section row of the Verifikationer
 * sheet (the group's first row), and the group's total ties (column H) to exactly that row's
 * `valueCol` cell, with "Enligt rapporten" (G) equal to it when evaluated — within the
 * rounding for Uppföljning KST, which shows whole tkr.
 */
function expectLinkedLinesTie(m: ReportModel, fromKey: string, valueCol: string, target: string): number {
  const ev = new ModelEvaluator(m);
  const from = sheetOf(m, fromKey);
  const tx = sheetOf(m, target);
  let linked = 0;
  from.rows.forEach((row, i) => {
    if (!row.link) return;
    linked++;
    expect(row.link.sheet).toBe(target);
    const first = rowNo(row.link.cell);
    expect(row.link.cell).toBe(`A${first}`);
    expect(tx.rows[first - 1].role).toBe('section');
    const rows = groupRows(tx, first);
    const total = rows[rows.length - 1];
    const h = tx.rows[total - 1].cells[7];
    expect(h.kind === 'formula' && h.formula).toBe(`{{${fromKey}}}!${valueCol}${i + 1}`);
    const g = ev.valueOf(target, `G${total}`) as Decimal;
    const reported = ev.valueOf(fromKey, `${valueCol}${i + 1}`) as Decimal;
    const difference = ev.valueOf(target, `I${total}`) as Decimal;
    if (fromKey === 'costCentres') {
      // Uppföljning KST shows whole tkr (issue 12): the group's exact total is within 1 000 kr of
      // its row, and the difference is exactly that rounding.
      expect({ row: textOf(from, i + 1), near: g.minus(reported).abs().lessThan(1000) }).toEqual({ row: textOf(from, i + 1), near: true });
      expect(difference.equals(g.minus(reported))).toBe(true);
    } else {
      expect([textOf(from, i + 1), g.toFixed(2)]).toEqual([textOf(from, i + 1), reported.toFixed(2)]);
      expect(difference.isZero()).toBe(true);
    }
  });
  return linked;
}

describe('Verifikationer: seed 004', () => {
  const m = build(seed004Ranges());

  it('every formula of the report computes its stated value (subtotals, ties, checks)', () => {
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });

  it('each income statement line links to a group whose total is the line (the seed’s figures)', () => {
    const n = expectLinkedLinesTie(m, 'income', 'C', 'transactions');
    // Every line of the seed's income statement with an actual amount has its group.
    const withActual = SEED004_EXPECTED.incomeStatement.filter((e) => e.actual !== null && !new Decimal(e.actual).isZero());
    expect(n).toBeGreaterThanOrEqual(new Set(withActual.map((e) => e.line)).size - 6); // sums (RES1…) have no group
    const ev = new ModelEvaluator(m);
    // Hand check, seed line "Arvoden": 12 135 + 4 018 = 16 153 (costs shown negative).
    const arvoden = m.drill!.find((d) => d.from === 'income' && d.label === 'Arvoden')!;
    const total = groupRows(sheetOf(m, 'transactions'), rowNo(arvoden.range.split(':')[0])).pop()!;
    expect((ev.valueOf('transactions', `G${total}`) as Decimal).toFixed(2)).toBe('-16153.00');
  });

  it('each balance sheet line links to opening balance plus the period’s rows, tied to the closing balance', () => {
    expect(expectLinkedLinesTie(m, 'balance', 'D', 'transactions')).toBeGreaterThan(3);
    const tx = sheetOf(m, 'transactions');
    // Likvida medel: the opening balance row of 1920 and the hand-checked change 562 305,38.
    const cash = m.drill!.find((d) => d.from === 'balance' && /likvida|plusgiro|kassa/i.test(d.label))!;
    const rows = groupRows(tx, rowNo(cash.range.split(':')[0]));
    expect(rows.some((r) => textOf(tx, r, 2) === 'Ingående balans')).toBe(true);
    const ev = new ModelEvaluator(m);
    const opening = rows
      .filter((r) => textOf(tx, r, 2) === 'Ingående balans')
      .reduce((s, r) => s.plus(ev.valueOf('transactions', `F${r}`) as Decimal), new Decimal(0));
    const total = ev.valueOf('transactions', `F${rows[rows.length - 1]}`) as Decimal;
    expect(total.minus(opening).toFixed(2)).toBe('562305.38');
  });

  it('the result line of the balance sheet includes the period’s result by reference', () => {
    const tx = sheetOf(m, 'transactions');
    const hit = tx.rows.find((r) => r.cells[2]?.kind === 'text' && r.cells[2].text.startsWith('Periodens resultat'));
    expect(hit?.cells[5].kind === 'formula' && hit.cells[5].formula).toMatch(/^-\{\{income\}\}!C\d+$/);
  });

  it('note account rows link to their account’s first row; the note heading to the group', () => {
    const notes = sheetOf(m, 'notes');
    const tx = sheetOf(m, 'transactions');
    let accounts = 0;
    notes.rows.forEach((row) => {
      if (!row.link) return;
      const target = rowNo(row.link.cell);
      if (row.role === 'detail') {
        accounts++;
        expect(textOf(tx, target, 3)).toBe(textOf(notes, notes.rows.indexOf(row) + 1, 0));
        expect(target === 1 || tx.rows[target - 2].role !== 'detail' || textOf(tx, target - 1, 3) !== textOf(tx, target, 3)).toBe(true);
      } else expect(tx.rows[target - 1].role).toBe('section');
    });
    expect(accounts).toBeGreaterThan(3);
  });

  it('each cost-centre row of Uppföljning KST links to its group on Verifikationer KST, which ties', () => {
    const n = expectLinkedLinesTie(m, 'costCentres', 'C', 'transactionsCc');
    // Every cost centre with an actual amount has its group (one with no rows in the period has none).
    const lines = m.statements.find((s) => s.key === 'costCentres')!.lines.filter((l) => l.key !== 'contributions');
    expect(n).toBe(lines.filter((l) => !new Decimal(l.values.actual ?? '0').isZero()).length);
    expect(n).toBeGreaterThan(1);
  });

  it('Kontroller reports both ties as OK and every row shown', () => {
    const statuses = Object.fromEntries(m.checks.filter((c) => c.key.startsWith('transactions')).map((c) => [c.key, c.status]));
    expect(statuses).toEqual({ 'transactions:tie': 'ok', 'transactionsCc:tie': 'ok', 'transactions:rows': 'ok' });
  });

  it('drill targets point at the groups (first row = the link target)', () => {
    const inc = sheetOf(m, 'income');
    for (const d of m.drill!.filter((x) => x.from === 'income')) {
      const first = d.range.split(':')[0];
      expect(inc.rows.some((r) => r.link?.cell === first && textOf(inc, inc.rows.indexOf(r) + 1) === d.label)).toBe(true);
    }
  });
});

describe('Verifikationer: the example workbook', () => {
  const m = build(toRangeData(exampleWorkbook()));

  it('ties every line of the income statement, the balance sheet and the cost centres', () => {
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
    expect(expectLinkedLinesTie(m, 'income', 'C', 'transactions')).toBeGreaterThan(5);
    expect(expectLinkedLinesTie(m, 'balance', 'D', 'transactions')).toBeGreaterThan(3);
    expect(expectLinkedLinesTie(m, 'costCentres', 'C', 'transactionsCc')).toBeGreaterThan(2);
  });
});

describe('Verifikationer: the example in the LKBR layout', () => {
  it('groups follow the LKBR lines and still tie', () => {
    const ranges = toRangeData(exampleWorkbook()).map((r) => (r.name === 'Installningar' ? { ...r, values: [...r.values, ['Uppställning', 'LKBR']] } : r));
    const m = build(ranges);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
    expect(expectLinkedLinesTie(m, 'income', 'C', 'transactions')).toBeGreaterThan(3);
    expect(expectLinkedLinesTie(m, 'balance', 'D', 'transactions')).toBeGreaterThan(3);
    expect(m.checks.find((c) => c.key === 'transactions:tie')!.status).toBe('ok');
  });
});

describe('Verifikationer: the row limit', () => {
  /** Account 4010: 5 rows; 5010: 3 rows; 1930: 8 rows (the other side). Period jan–feb 2024. */
  const small = (): RangeData[] => {
    const rows: (string | number)[][] = [['Datum', 'Verifikation', 'Konto', 'Belopp', 'Text']];
    for (let i = 1; i <= 5; i++) rows.push(['2024-01-1' + i, `A${i}`, 4010, 100 * i, `Köp ${i}`], ['2024-01-1' + i, `A${i}`, 1930, -100 * i, `Köp ${i}`]);
    for (let i = 1; i <= 3; i++) rows.push(['2024-02-0' + i, `B${i}`, 5010, 10, `Hyra ${i}`], ['2024-02-0' + i, `B${i}`, 1930, -10, `Hyra ${i}`]);
    return [
      range('Huvudbok', rows),
      range('IngaendeBalans', [
        ['Konto', 'Belopp'],
        [1930, 5000],
        [2010, -5000],
      ]),
      settings({ Organisation: 'Test' }),
    ];
  };

  it('without a limit every one of the 16 rows is shown', () => {
    const m = build(small());
    expect(m.checks.find((c) => c.key === 'transactions:rows')!.status).toBe('ok');
    expect(m.checks.find((c) => c.key === 'transactions:rows')!.detail).toContain('16');
  });

  it('a small limit cuts the biggest accounts first, says so on the sheet and on Kontroller, and still ties', () => {
    // 16 rows, limit 6: cut 1930 (8 rows) → 8 left, cut 4010 (5 rows) → 3 ≤ 6. 13 rows cut.
    const m = build(small(), 6);
    const check = m.checks.find((c) => c.key === 'transactions:rows')!;
    expect(check.status).toBe('warning');
    expect(check.detail).toContain('13 av 16');
    expect(check.detail).toContain('1930, 4010');
    const tx = sheetOf(m, 'transactions');
    const note = tx.rows.find((r) => r.role === 'subtitle' && r.highlight)!;
    expect(note.cells[0].kind === 'text' && note.cells[0].text).toContain('13 av 16');
    // 5010's three rows are shown; 4010 and 1930 each as one highlighted sum row.
    const vouchers = tx.rows.filter((r) => r.role === 'detail' && r.cells[1]?.kind === 'text');
    expect(vouchers.map((r) => (r.cells[1].kind === 'text' ? r.cells[1].text : ''))).toEqual(['B1', 'B2', 'B3']);
    const sums = tx.rows.filter((r) => r.role === 'detail' && r.highlight);
    expect(sums.map((r) => [r.cells[3].kind === 'text' && r.cells[3].text, r.cells[5].kind === 'number' && r.cells[5].value])).toEqual(
      expect.arrayContaining([
        ['4010', '1500'],
        ['1930', '-1530'],
      ]),
    );
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
    expect(m.checks.find((c) => c.key === 'transactions:tie')!.status).toBe('ok');
  });

  it('limit 0 writes no Verifikationer sheet and no links, with a warning', () => {
    const m = build(small(), 0);
    expect(m.sheets.some((s) => s.key.startsWith('transactions'))).toBe(false);
    expect(m.sheets.some((s) => s.rows.some((r) => r.link))).toBe(false);
    expect(m.drill).toBeUndefined();
    expect(m.checks.find((c) => c.key === 'transactions:rows')!.status).toBe('warning');
  });

  it('the setting Verifikationer max rader sets the limit; a bad value is an error', () => {
    const withSetting = (v: string | number) => [...small().slice(0, 2), settings({ Organisation: 'Test', 'Verifikationer max rader': v })];
    const m = build(withSetting(6));
    expect(m.checks.find((c) => c.key === 'transactions:rows')!.status).toBe('warning');
    const bad = buildReport({ ranges: withSetting('många') });
    expect(bad.model).toBeUndefined();
    expect(bad.problems.map((p) => p.code)).toContain('invalidSetting');
  });

  it('a registered cost centre the ledger never uses gets no group; the rows without a cost centre still tie', () => {
    const m = build([
      ...small(),
      range('Kostnadsstallen', [
        ['Kostnadsställe', 'Namn'],
        ['99', 'Tomt'],
      ]),
    ]);
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
    expect(m.checks.find((c) => c.key === 'transactionsCc:tie')!.status).toBe('ok');
    const headings = sheetOf(m, 'transactionsCc')
      .rows.filter((r) => r.role === 'section')
      .map((r) => (r.cells[0].kind === 'text' ? r.cells[0].text : ''));
    expect(headings).toEqual(['Kostnadsställe –']);
  });

  it('dates and texts come from the ledger; texts are user data', () => {
    const tx = sheetOf(build(small()), 'transactions');
    const row = tx.rows.find((r) => r.cells[1]?.kind === 'text' && r.cells[1].text === 'B2')!;
    expect(row.cells[0]).toEqual({ kind: 'text', text: '2024-02-02' });
    expect(row.cells[2]).toEqual({ kind: 'text', text: 'Hyra 2', fromData: true });
  });
});

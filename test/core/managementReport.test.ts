/**
 * Förvaltningsberättelse (issue 12, part 4): the user's texts in order, the generated Ekonomisk
 * översikt with live figures, the equity analysis against Eget kapital mål, and the forecast
 * comments on the cost-centre sheets — on the example workbook.
 */
import Decimal from 'decimal.js';
import { buildReport } from '../../src/core';
import type { RangeData, RawCell } from '../../src/core/input/types';
import type { CellValue, ReportModel, SheetModel } from '../../src/core/model/types';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { COST_CENTRES } from '../../src/example/organisation';

const AT = new Date(2024, 8, 2, 8, 0);

function build(edit: (ranges: RangeData[]) => RangeData[] = (r) => r): ReportModel {
  const { model, problems } = buildReport({ ranges: edit(toRangeData(exampleWorkbook())), generatedAt: AT });
  if (!model) throw new Error(JSON.stringify(problems.filter((p) => p.severity === 'error')));
  return model;
}

/** The example with `Eget kapital mål` set to `target` kr (or removed). */
const withTarget = (target: number | undefined) => (ranges: RangeData[]) =>
  ranges.map((r) =>
    r.name !== 'Installningar'
      ? r
      : { ...r, values: r.values.flatMap((row) => (row[0] !== 'Eget kapital mål' ? [row] : target === undefined ? [] : [[row[0], target, row[2]]])) },
  );

/** The example with its Texter replaced by `rows` (under the header Rubrik | Text). */
const withTexts = (rows: RawCell[][]) => (ranges: RangeData[]) =>
  ranges.map((r) => (r.name !== 'Texter' ? r : { ...r, values: [['Rubrik', 'Text'], ...rows] }));

const sheet = (m: ReportModel, key: string): SheetModel => m.sheets.find((s) => s.key === key)!;
const textOf = (c: CellValue | undefined) => (c?.kind === 'text' ? c.text : '');
/** The row whose first cell starts with `start`. */
function rowStarting(s: SheetModel, start: string) {
  const row = s.rows.find((r) => textOf(r.cells[0]).startsWith(start));
  if (!row) throw new Error(`no row "${start}" on ${s.key}`);
  return row;
}
const colIndex = (letters: string) => letters.charCodeAt(0) - 65;

/** The cell a `{{key}}!C27` reference points at, in the model. */
function target(m: ReportModel, reference: string): CellValue {
  const hit = /^\{\{([^}]+)\}\}!([A-Z])(\d+)$/.exec(reference.replace(/^ROUND\((.*),-3\)$/, '$1'));
  if (!hit) throw new Error(`not a single-cell reference: ${reference}`);
  return sheet(m, hit[1]).rows[Number(hit[3]) - 1].cells[colIndex(hit[2])];
}
/** A shown tkr figure: within a thousand of its exact amount (the footing may move a part by one tkr). */
const near = (shown: Decimal.Value, exact: Decimal.Value) => expect(new Decimal(shown).minus(exact).abs().lessThanOrEqualTo(1000)).toBe(true);
/** Whole thousands, half away from zero: what a tkr cell shows. */
const tk = (v: Decimal.Value) => new Decimal(v).div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(1000);
const valueOf = (c: CellValue | undefined): string => (c?.kind === 'number' || c?.kind === 'formula' ? String(c.value) : '');
/** A figure cell: its exact value, and its formula pointing at a statement cell of the same value. */
function liveFigure(m: ReportModel, c: CellValue | undefined): Decimal {
  if (c?.kind !== 'formula') throw new Error(`not a live figure: ${JSON.stringify(c)}`);
  expect(c.style).toBe('tkr');
  const negated = c.formula.startsWith('-');
  const ref = negated ? c.formula.slice(1) : c.formula;
  const source = new Decimal(valueOf(target(m, ref))).times(negated ? -1 : 1);
  // A figure linked to a kr cell is rounded to whole tkr (the table foots as displayed, issue 12).
  expect((ref.startsWith('ROUND(') ? tk(source) : source).toString()).toBe(new Decimal(c.value).toString());
  return new Decimal(c.value);
}
function line(m: ReportModel, statement: string, key: string, col: string): Decimal {
  const l = m.statements.find((s) => s.key === statement)!.lines.find((x) => x.key === key)!;
  return new Decimal(l.values[col] ?? 0);
}

/** The year's forecast result: every cost centre's forecast plus the contributions' (Uppföljning KST's lines). */
function forecastByHand(m: ReportModel): Decimal {
  const cc = m.statements.find((s) => s.key === 'costCentres')!;
  return cc.lines.reduce((a, l) => a.plus(l.values.forecast ?? 0), new Decimal(0));
}

describe('Förvaltningsberättelse on the example', () => {
  const model = build();
  const mr = sheet(model, 'management');

  it('opens the report, in both languages', () => {
    expect(model.sheets[0].key).toBe('management');
    expect(model.sheets[0].name).toBe('Förvaltningsberättelse');
    expect(textOf(mr.rows[1].cells[0])).toBe('Förvaltningsberättelse jan–aug 2024');
    const en = build((r) =>
      r.map((x) => (x.name !== 'Installningar' ? x : { ...x, values: x.values.map((row) => (row[0] === 'Språk' ? [row[0], 'en'] : row)) })),
    );
    expect(en.sheets[0].name).toBe('Administration report');
    expect(rowStarting(sheet(en, 'management'), 'Financial overview').role).toBe('section');
  });

  it('shows the user’s texts in the user’s order, as text from the data that wraps, before the overview', () => {
    const sections = mr.rows.filter((r) => r.role === 'section').map((r) => textOf(r.cells[0]));
    expect(sections).toEqual([
      'Inledning',
      'Väsentliga händelser',
      'Verksamhet och måluppfyllelse',
      'Förväntad utveckling',
      'Ekonomisk översikt',
      'Eget kapital',
    ]);
    const events = mr.rows.findIndex((r) => textOf(r.cells[0]) === 'Väsentliga händelser');
    // The row without a heading is the second paragraph under Väsentliga händelser.
    expect(textOf(mr.rows[events + 2].cells[0])).toBe('Förbundets lokaler i Åsby har omförhandlats, vilket sänker hyran från och med juni.');
    const paragraph = mr.rows[events + 1];
    expect(paragraph).toMatchObject({ role: 'line', wrap: true });
    expect(paragraph.cells[0]).toMatchObject({ kind: 'text', fromData: true });
  });

  it('states the period’s result against budget with live figures equal to the income statement', () => {
    const row = rowStarting(mr, 'Periodens resultat för jan–aug 2024 är');
    const actual = liveFigure(model, row.cells[1]);
    const budget = liveFigure(model, row.cells[3]);
    expect(actual.toString()).toBe(tk(line(model, 'income', 'RES3', 'actual')).toString());
    expect(budget.toString()).toBe(tk(line(model, 'income', 'RES3', 'budget')).toString());
    // 2 282 425,69 − 994 159,00 shown as 2 282 − 994 = 1 288 tkr better than budget
    expect(actual.minus(budget).toString()).toBe('1288000');
    const next = rowStarting(mr, 'Resultatet är därmed bättre än budget med');
    expect(next.cells[1]).toMatchObject({ kind: 'formula', value: '1288000', style: 'tkr' });
  });

  it('states the forecast for the year against the full-year budget: the cost centres’ forecasts plus contributions', () => {
    const row = rowStarting(mr, 'Prognosen för helåret 2024 är ett resultat på');
    const forecast = liveFigure(model, row.cells[1]);
    expect(forecast.toString()).toBe(tk(forecastByHand(model)).toString());
    expect(liveFigure(model, row.cells[3]).toString()).toBe(tk(line(model, 'income', 'RES3', 'budgetYear')).toString());
  });

  it('names the areas whose net cost is beyond the variance threshold, with the group’s net cost by hand', () => {
    // Insatser: net cost 6 584 897,00 against 7 854 244,33 — 16 % under budget, beyond 10 %.
    const row = rowStarting(mr, 'Nettokostnaden för Insatser är');
    const cc = model.statements.find((s) => s.key === 'costCentres')!;
    const members = new Set(COST_CENTRES.filter((c) => c.group === 'Insatser').map((c) => String(c.code)));
    const sum = (col: string) => cc.lines.filter((l) => members.has(l.key)).reduce((a, l) => a.plus(l.values[col] ?? 0), new Decimal(0));
    expect(liveFigure(model, row.cells[1]).toString()).toBe(tk(sum('actual').neg()).toString());
    expect(liveFigure(model, row.cells[3]).toString()).toBe(tk(sum('budget').neg()).toString());
    expect(textOf(row.cells[4])).toBe('tkr: under budget.');
    // Förbundsgemensamt is within 10 % of its budget: no sentence.
    expect(mr.rows.some((r) => textOf(r.cells[0]).startsWith('Nettokostnaden för Förbundsgemensamt'))).toBe(false);
  });

  it('analyses equity: opening + result = closing for actual, budget and forecast, against the target', () => {
    const opening = line(model, 'balance', 'equityTotal', 'opening');
    const closing = line(model, 'balance', 'equityTotal', 'closing');
    const res = line(model, 'income', 'RES3', 'actual');
    expect(opening.plus(res).toString()).toBe(closing.toString());
    const header = mr.rows.findIndex((r) => r.role === 'header');
    const [o, r, c, tgt, margin, status] = mr.rows.slice(header + 1, header + 7);
    expect(textOf(o.cells[0])).toBe('Ingående eget kapital 2024-01-01');
    // Shown in whole tkr that foot (issue 12): each figure within 1 tkr of its exact amount, the closing the sum of its shown parts.
    for (const x of o.cells.slice(1)) near(valueOf(x), opening);
    near(liveFigure(model, r.cells[1]), res);
    expect(c.cells[1]).toMatchObject({ kind: 'formula', formula: `B${header + 2}+B${header + 3}` });
    expect(valueOf(c.cells[1])).toBe(new Decimal(valueOf(o.cells[1])).plus(valueOf(r.cells[1])).toString());
    near(valueOf(c.cells[1]), closing);
    // budget: 2 538 471,10 + 994 159,00; forecast: opening + the cost centres' forecasts and the contributions'
    near(valueOf(c.cells[2]), '3532630.1');
    near(valueOf(c.cells[3]), opening.plus(forecastByHand(model)));
    expect(tgt.cells.slice(1).map((x) => valueOf(x))).toEqual(Array(4).fill('2000000'));
    near(valueOf(margin.cells[1]), closing.minus(2_000_000));
    expect(status.cells.map(textOf)).toEqual(['Målet nås', 'Ja', 'Ja', 'Ja', 'Ja']);
    expect(textOf(rowStarting(mr, 'Eget kapital vid periodens slut är').cells[4])).toBe('tkr. Målet nås.');
  });

  it('says when the target is not met: 3 000 000 kr is above the forecast (2 328 491,10) and the full-year budget (2 151 871,10)', () => {
    const m = build(withTarget(3_000_000));
    const s = sheet(m, 'management');
    expect(rowStarting(s, 'Målet nås').cells.map(textOf)).toEqual(['Målet nås', 'Ja', 'Ja', 'Nej', 'Nej']);
    const opening = line(m, 'balance', 'equityTotal', 'opening');
    near(valueOf(rowStarting(s, 'Över (+) eller under (−) målet').cells[3]), opening.plus(forecastByHand(m)).minus(3_000_000));
    expect(textOf(rowStarting(s, 'Med prognosen blir eget kapital').cells[2])).toBe('tkr, och målet nås inte.');
  });

  it('without a target, says so and shows no target rows', () => {
    const s = sheet(build(withTarget(undefined)), 'management');
    expect(s.rows.some((r) => textOf(r.cells[0]) === 'Mål för eget kapital')).toBe(false);
    expect(textOf(rowStarting(s, 'Eget kapital vid periodens slut är').cells[2])).toMatch(/^tkr\. Inget mål är angivet/);
  });

  it('a user text under Ekonomisk översikt replaces the generated sentences', () => {
    const s = sheet(
      build(
        withTexts([
          ['Inledning', 'Vår inledning.'],
          ['Ekonomisk översikt', 'Resultatet är gott; se resultaträkningen.'],
        ]),
      ),
      'management',
    );
    expect(
      s.rows
        .map((r) => textOf(r.cells[0]))
        .filter(Boolean)
        .slice(2),
    ).toEqual([
      expect.stringMatching(/^Skapad/),
      'Inledning',
      'Vår inledning.',
      'Ekonomisk översikt',
      'Resultatet är gott; se resultaträkningen.',
      'Eget kapital',
      'Belopp i tkr',
      'Ingående eget kapital 2024-01-01',
      'Resultat',
      'Utgående eget kapital',
      'Mål för eget kapital',
      'Över (+) eller under (−) målet',
      'Målet nås',
    ]);
  });

  it('a heading Ekonomisk översikt without text places the generated sentences there, in the user’s order', () => {
    const s = sheet(
      build(
        withTexts([
          ['Ekonomisk översikt', null],
          ['Förväntad utveckling', 'Stabil.'],
        ]),
      ),
      'management',
    );
    const texts = s.rows.map((r) => textOf(r.cells[0]));
    expect(texts.indexOf('Ekonomisk översikt')).toBeLessThan(texts.indexOf('Förväntad utveckling'));
    expect(texts.indexOf('Periodens resultat för jan–aug 2024 är')).toBe(texts.indexOf('Ekonomisk översikt') + 1);
    expect(texts.filter((x) => x === 'Ekonomisk översikt')).toHaveLength(1);
  });

  it('writes a hostile text as text from the data, never a formula', () => {
    const s = sheet(build(withTexts([['Inledning', "=cmd|' /C calc'!A0"]])), 'management');
    expect(rowStarting(s, '=cmd').cells[0]).toEqual({ kind: 'text', text: "=cmd|' /C calc'!A0", fromData: true });
  });

  it('without Texter, the sheet holds the overview and the equity analysis', () => {
    const s = sheet(
      build((r) => r.filter((x) => x.name !== 'Texter')),
      'management',
    );
    expect(s.rows.filter((r) => r.role === 'section').map((r) => textOf(r.cells[0]))).toEqual(['Ekonomisk översikt', 'Eget kapital']);
  });
});

describe('forecast comments travel', () => {
  const model = build();

  it('Uppföljning KST has a Kommentar column at the right with the Prognos comment as data', () => {
    const kst = sheet(model, 'costCentres');
    const header = kst.rows.find((r) => r.role === 'header')!;
    expect(textOf(header.cells[10])).toBe('Kommentar');
    const row = kst.rows.find((r) => textOf(r.cells[0]) === '3001')!;
    expect(row.cells[10]).toEqual({ kind: 'text', text: 'Två coachtjänster vakanta under våren', fromData: true });
    const quiet = kst.rows.find((r) => textOf(r.cells[0]) === '3002')!;
    expect(quiet.cells[10]).toEqual({ kind: 'empty' });
  });

  it('the cost centre’s own sheet shows it near the top, and a cost centre without one keeps its blank row', () => {
    expect(sheet(model, 'cc:3001').rows[3]).toEqual({
      role: 'subtitle',
      cells: [{ kind: 'text', text: 'Kommentar till prognosen: Två coachtjänster vakanta under våren', fromData: true }],
    });
    expect(sheet(model, 'cc:3002').rows[3]).toEqual({ role: 'blank', cells: [] });
  });
});

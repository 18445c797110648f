/**
 * The cost-centre sheets, Uppföljning KST's forecast note and the summary's forecast − budget,
 * on a small ledger computed by hand (jan–feb 2024, Period 2, budget × 2/12).
 *
 * KST 1300 "Uppföljning/utvärdering" (presentation sign, in thousands of kronor: the ledger holds
 * these × 1 000, as a tkr table stores its parts in whole thousands, issue 12):
 *   Intäkter          3990: actual +20, no budget
 *   Personalkostnader 5010: −300, budget 1 200/yr → −200; 5541 (staff bought for the activity): −40
 *   Lokalkostnader    6110: −100, budget 600/yr → −100
 *   Övriga kostnader  7551: −50 (no budget); 6230: no actual, budget 120/yr → −20
 *   Finansiella poster: none → no line
 *   Nettokostnad: actual 20 − 340 − 100 − 50 = −470; budget −200 − 100 − 20 = −320;
 *                 variance −150; budget helår −1 200 − 600 − 120 = −1 920; forecast entered 2 500 → −2 500
 * KST 1400: registered, nothing booked or budgeted → only the Nettokostnad row.
 * KST 9000: the contributions, 1 200 booked, 2 400/yr budgeted (→ 400 for the period).
 */
import { costGroupOf } from '../../src/core/chart/costGroups';
import type { ReportModel, SheetModel } from '../../src/core/model/types';
import { buildReport } from '../../src/core/report';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { ModelEvaluator } from '../helpers/evalModel';
import { range, settings } from '../helpers/ranges';
import { cellAt, rowTexts, sheetOf } from './extras/helpers';

function build(forecastMethod = 'Budget', moreForecasts: [number, string, number][] = []): ReportModel {
  const r = buildReport({
    ranges: [
      range('Huvudbok', [
        ['Period', 'Konto', 'KST', 'Belopp'],
        ['2024-01', 3810, 9000, -1200000],
        ['2024-01', 5010, 1300, 300000],
        ['2024-01', 6110, 1300, 100000],
        ['2024-01', 7551, 1300, 50000],
        ['2024-01', 3990, 1300, -20000],
        ['2024-02', 5541, 1300, 40000],
        ['2024-02', 1920, null, 730000],
      ]),
      range('Budget', [
        ['KST', 'Konto', 'Helår'],
        [1300, 5010, 1200000],
        [1300, 6110, 600000],
        [1300, 6230, 120000],
        [9000, 3810, -2400000],
      ]),
      range('Kostnadsstallen', [
        ['Kostnadsställe', 'Namn', 'Grupp'],
        [1300, 'Uppföljning/utvärdering', null],
        [1400, 'Ekonomiservice och revision med en väldigt lång benämning', null],
        [9000, 'Medlemsbidrag', null],
      ]),
      range('Prognos', [['Kostnadsställe', 'Namn', 'Helår'], [1300, 'Uppföljning/utvärdering', 2_500_000], ...moreForecasts]),
      settings({ Period: 2, Räkenskapsår: 2024, Prognosmetod: forecastMethod }),
    ],
    generatedAt: new Date(2024, 2, 1, 8, 0),
  });
  if (!r.model) throw new Error(JSON.stringify(r.problems));
  return r.model;
}

const lines = (sheet: SheetModel) => sheet.rows.map((r) => r.cells[0]).map((c) => (c?.kind === 'text' ? c.text : ''));

describe('the cost groups come from the account classes', () => {
  it.each([
    [3990, 'revenue', 'income'],
    [5010, 'expenses', 'personnel'],
    [5110, 'expenses', 'personnel'],
    [5410, 'expenses', 'personnel'],
    [5910, 'expenses', 'personnel'],
    [5541, 'expenses', 'personnel'],
    [5539, 'expenses', 'otherCosts'],
    [6110, 'expenses', 'premises'],
    [6230, 'expenses', 'otherCosts'],
    [7551, 'expenses', 'otherCosts'],
    [7831, 'expenses', 'otherCosts'],
    [8310, 'financialIncome', 'financial'],
    [8990, 'extraordinaryExpenses', 'financial'],
    [3810, 'contributions', 'contributions'],
  ] as const)('%i in %s → %s', (account, section, group) => {
    expect(costGroupOf(account, section)).toBe(group);
  });

  it('takes income or cost from the section the workbook gives, and has no group for a balance account', () => {
    expect(costGroupOf(3990, 'expenses')).toBe('otherCosts');
    expect(costGroupOf(1920, 'cash')).toBeUndefined();
  });
});

describe('a cost centre’s own sheet', () => {
  const m = build();
  const cc = sheetOf(m, 'cc:1300');

  it('is named at a word boundary and titled with the whole name', () => {
    // "KST 1300 Uppföljning-utvärdering" is 32 characters: cut at the hyphen, not mid-word
    expect(cc.name).toBe('KST 1300 Uppföljning');
    expect(sheetOf(m, 'cc:1400').name).toBe('KST 1400 Ekonomiservice'); // not ending in "och"
    expect(rowTexts(m, 'cc:1400', 2)).toEqual(['Kostnadsställe 1400 Ekonomiservice och revision med en väldigt lång benämning jan–feb 2024']);
  });

  it('has the columns of Uppföljning KST, in its order, in tkr', () => {
    expect(rowTexts(m, 'cc:1300', 3)[0]).toMatch(/Belopp i tkr$/);
    expect(rowTexts(m, 'cc:1300', 5)).toEqual([
      '',
      'Utfall jan–feb 2024',
      'Budget jan–feb 2024',
      'Avvikelse',
      'Prognos helår 2024',
      'Budget helår 2024',
      'Utfall jan–feb 2023',
      'Kvar av helårsbudget',
    ]);
    const follow = rowTexts(m, 'costCentres', 5).slice(2);
    const mine = rowTexts(m, 'cc:1300', 5).slice(1);
    expect(follow.filter((h) => mine.includes(h))).toEqual(mine);
  });

  it('shows a few lines, only those with a figure, each the live sum of its accounts below', () => {
    expect(rowTexts(m, 'cc:1300', 6)).toEqual([
      'Intäkter',
      '=SUM(B16)→20000',
      '=SUM(C16)→0',
      '=B6-C6→20000',
      '',
      '=SUM(F16)→0',
      '=SUM(G16)→0',
      '=F6-B6→-20000',
    ]);
    expect(rowTexts(m, 'cc:1300', 7)).toEqual([
      'Personalkostnader',
      '=SUM(B18:B19)→-340000',
      '=SUM(C18:C19)→-200000',
      '=B7-C7→-140000',
      '',
      '=SUM(F18:F19)→-1200000',
      '=SUM(G18:G19)→0',
      '=F7-B7→-860000',
    ]);
    expect(rowTexts(m, 'cc:1300', 8)[0]).toBe('Lokalkostnader');
    expect(rowTexts(m, 'cc:1300', 9)).toEqual([
      'Övriga kostnader',
      '=SUM(B23:B24)→-50000',
      '=SUM(C23:C24)→-20000',
      '=B9-C9→-30000',
      '',
      '=SUM(F23:F24)→-120000',
      '=SUM(G23:G24)→0',
      '=F9-B9→-70000',
    ]);
    // no "Finansiella och extraordinära poster": the cost centre has none
    expect(lines(cc)).not.toContain('Finansiella och extraordinära poster');
  });

  it('ends the lines with Nettokostnad, equal to its row on Uppföljning KST, carrying the forecast', () => {
    expect(rowTexts(m, 'cc:1300', 10)).toEqual([
      'Nettokostnad',
      '=SUM(B6:B9)→-470000',
      '=SUM(C6:C9)→-320000',
      '=B10-C10→-150000',
      '-2500000',
      '=SUM(F6:F9)→-1920000',
      '=SUM(G6:G9)→0',
      '=F10-B10→-1450000',
    ]);
    const row = sheetOf(m, 'costCentres').rows.find((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === '1300')!;
    const value = (c: (typeof row.cells)[number]) => (c.kind === 'number' || c.kind === 'formula' ? c.value : '');
    expect([2, 3, 6, 7].map((i) => value(row.cells[i]))).toEqual(['-470000', '-320000', '-2500000', '-1920000']);
  });

  it('names the forecast’s basis once, below the lines', () => {
    expect(rowTexts(m, 'cc:1300', 12)[0]).toMatch(/^Prognos helår 2024: angiven prognos \(området Prognos\)\./);
    expect(rowTexts(m, 'cc:1400', 8)[0]).toMatch(/^Prognos helår 2024: budget helår\./);
  });

  it('lists the accounts with a figure by group, and none that are all zero', () => {
    expect(lines(cc).slice(13)).toEqual([
      'Konton',
      'Intäkter',
      '3990',
      'Personalkostnader',
      '5010',
      '5541 Verksamhetsanknutna personalkostnader',
      'Lokalkostnader',
      '6110',
      'Övriga kostnader',
      '6230 Datakommunikation',
      '7551 Konsultarvoden',
    ]);
    expect(rowTexts(m, 'cc:1300', 24)).toEqual(['7551 Konsultarvoden', '-50000', '0', '=B24-C24→-50000', '', '0', '0', '=F24-B24→50000']);
  });

  it('drops every line of a cost centre with nothing booked or budgeted but the total', () => {
    expect(lines(sheetOf(m, 'cc:1400')).filter((l) => l !== '')).toEqual([
      expect.stringMatching(/^Kostnadsställe 1400/),
      expect.stringMatching(/^Skapad/),
      'Nettokostnad',
      expect.stringMatching(/^Prognos helår 2024/),
      'Konton',
    ]);
    expect(rowTexts(m, 'cc:1400', 6)).toEqual(['Nettokostnad', '0', '0', '=B6-C6→0', '0', '0', '0', '=F6-B6→0']);
  });

  it('shows a cost centre’s contributions apart, and the result', () => {
    expect(rowTexts(m, 'cc:9000', 7)).toEqual([
      'Erhållna bidrag från huvudmännen',
      '=SUM(B14)→1200000',
      '=SUM(C14)→400000',
      '=B7-C7→800000',
      '',
      '=SUM(F14)→2400000',
      '=SUM(G14)→0',
      '=F7-B7→1200000',
    ]);
    expect(rowTexts(m, 'cc:9000', 8)).toEqual([
      'Resultat',
      '=B6+B7→1200000',
      '=C6+C7→400000',
      '=B8-C8→800000',
      '',
      '=F6+F7→2400000',
      '=G6+G7→0',
      '=F8-B8→1200000',
    ]);
  });

  it('states for every formula the value it computes', () => {
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});

describe('Uppföljning KST names the forecast basis once', () => {
  it('has no Prognosgrund column; the note names the method and the marker the entered forecasts', () => {
    const m = build();
    expect(rowTexts(m, 'costCentres', 5)).not.toContain('Prognosgrund');
    expect(rowTexts(m, 'costCentres', 5)[6]).toBe('Prognos helår 2024');
    const names = sheetOf(m, 'costCentres')
      .rows.map((r) => r.cells[1])
      .flatMap((c) => (c?.kind === 'text' ? [c.text] : []));
    expect(names).toContain('Uppföljning/utvärdering *');
    expect(names).toContain('Medlemsbidrag');
    const notes = lines(sheetOf(m, 'costCentres')).filter((l) => l.startsWith('Prognos helår'));
    expect(notes).toEqual(['Prognos helår 2024: budget helår; kostnadsställen markerade med * har en angiven prognos (området Prognos).']);
  });

  it('names the basis most rows have, and marks the others', () => {
    const m = build('Budget', [[1400, 'Ekonomiservice', 300]]);
    const names = sheetOf(m, 'costCentres')
      .rows.map((r) => r.cells[1])
      .flatMap((c) => (c?.kind === 'text' ? [c.text] : []));
    expect(names).toEqual(expect.arrayContaining(['Uppföljning/utvärdering', 'Medlemsbidrag *']));
    expect(lines(sheetOf(m, 'costCentres')).filter((l) => l.startsWith('Prognos helår'))).toEqual([
      'Prognos helår 2024: angiven prognos (området Prognos); kostnadsställen markerade med * har ingen angiven prognos och prognostiseras som budget helår.',
    ]);
  });

  it('names another method the same way', () => {
    const m = build('Takt');
    expect(lines(sheetOf(m, 'costCentres')).filter((l) => l.startsWith('Prognos helår'))).toEqual([
      'Prognos helår 2024: utfall hittills ÷ månader × 12; kostnadsställen markerade med * har en angiven prognos (området Prognos).',
    ]);
  });
});

describe("the summary's forecast − budget for the year, on the example", () => {
  const ranges = toRangeData(exampleWorkbook());
  const m = buildReport({ ranges, generatedAt: new Date(2024, 8, 2, 8, 0) }).model!;

  it('is a live formula Prognos helår − Budget helår on every row', () => {
    expect(rowTexts(m, 'summary', 5).slice(4, 7)).toEqual(['Prognos helår 2024', 'Budget helår 2024', 'Prognos − budget helår 2024']);
    for (const row of [6, 7, 8, 9]) expect(cellAt(m, 'summary', `G${row}`)).toMatchObject({ kind: 'formula', formula: `E${row}-F${row}` });
  });

  it('equals, for the result, what the entered forecasts leave of their cost centres’ budgets, less the raised forecast of 3008', () => {
    // The entered forecasts leave the year 299 600 kr better than its budget:
    // By hand from the ranges: only the five cost centres with an entered forecast differ from
    // their full-year budget (the method is Budget): 1100 1 984 600 − 1 960 000 = 24 600;
    // 1200 320 000 − 260 000 = 60 000; 3001 2 815 000 − 2 450 000 = 365 000;
    // 3006 1 950 000 − 2 080 000 = −130 000; 3041 −20 000 → 299 600. KST 3008 has no budget
    // and no forecast but has spent 122 980 kr: its forecast is raised to that actual (issue 13),
    // so the forecast result is −87 000 − 122 980 = −209 980 against the budget's −386 600.
    // As displayed in tkr (issue 12): Prognos −210 − Budget helår −387 = 177.
    expect(cellAt(m, 'summary', 'G8')).toMatchObject({ value: '177000' });
    const rows = (name: string) => ranges.find((r) => r.name === name)!.values.slice(1);
    const budgetOf = (cc: unknown) =>
      rows('Budget')
        .filter((r) => r[0] === cc && !(Number(r[1]) >= 3800 && Number(r[1]) <= 3899)) // contributions apart
        .reduce((a, r) => a + Number(r[2]), 0);
    const fromRanges = rows('Prognos').reduce((a, r) => a + budgetOf(r[0]) - Number(r[2]), 0);
    expect(fromRanges).toBe(299600);
    // the net cost carries the whole difference; the contributions are forecast at their budget
    expect(cellAt(m, 'summary', 'G6')).toMatchObject({ value: '177000' });
    expect(cellAt(m, 'summary', 'G7')).toMatchObject({ value: '0' });
  });
});

describe('the balance-sheet notes', () => {
  it('compare with the opening balance at the start of the fiscal year, as the balance sheet does', () => {
    const m = buildReport({ ranges: toRangeData(exampleWorkbook()), generatedAt: new Date(2024, 8, 2, 8, 0) }).model!;
    const balanceHeaders = rowTexts(m, 'balance', 5);
    expect(balanceHeaders).toEqual(['', 'Ingående balans 2024-01-01', 'Förändring', 'Utgående balans 2024-08-31', 'Not']);
    const notes = sheetOf(m, 'notes')
      .rows.filter((r) => r.role === 'header')
      .map((r) => r.cells.map((c) => (c.kind === 'text' ? c.text : '')));
    const balanceNotes = notes.filter((h) => h[2].startsWith('Utgående balans'));
    expect(balanceNotes.length).toBeGreaterThan(0);
    for (const h of balanceNotes) expect(h.slice(2)).toEqual(['Utgående balans 2024-08-31', 'Ingående balans 2024-01-01']);
    // no date on Noter that the balance sheet does not show
    expect(notes.flat().filter((x) => /\d{4}-\d\d-\d\d/.test(x) && !balanceHeaders.some((b) => b.endsWith(x.slice(-10))))).toEqual([]);
  });
});

describe('the balance sheet does not repeat a heading as the line under it', () => {
  const m = buildReport({ ranges: toRangeData(exampleWorkbook()), generatedAt: new Date(2024, 8, 2, 8, 0) }).model!;
  const rows = sheetOf(m, 'balance').rows.map((r) => ({ role: r.role, label: r.cells[0]?.kind === 'text' ? r.cells[0].text : '' }));

  it('calls the equity line beside the result Övrigt eget kapital', () => {
    const i = rows.findIndex((r) => r.role === 'section' && r.label === 'Eget kapital');
    expect(rows.slice(i, i + 4).map((r) => r.label)).toEqual(['Eget kapital', 'Övrigt eget kapital', 'Periodens resultat', 'Summa eget kapital']);
  });

  it('drops a heading over a single line of its own name, and no heading is followed by its own words', () => {
    expect(rows.filter((r) => r.label === 'Anläggningstillgångar').map((r) => r.role)).toEqual(['line']);
    rows.forEach((r, i) => {
      if (r.role === 'section' && i + 1 < rows.length) expect([r.label, rows[i + 1].label.toLowerCase()]).not.toEqual([r.label, r.label.toLowerCase()]);
    });
  });
});

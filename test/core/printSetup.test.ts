/** How report sheets print (core/layout/printSetup.ts): orientation, print titles, keep-with-next, page breaks, footer. */
import { footerParts, pageBreaks, ROLE_LOOKS, type ModelRow, type SheetModel } from '../../src/core';
import { printSetupOf } from '../../src/core/layout/printSetup';
import { SheetBuilder, text } from '../../src/core/layout/sheetBuilder';

const row = (role: ModelRow['role'], label: string = role): ModelRow => ({ role, cells: role === 'blank' ? [] : [{ kind: 'text', text: label }] });

/** A notes-like sheet: a title block, then `notes` blocks of a section, a header, `lines` lines, a sum and a blank. */
function notesSheet(notes: number, lines: number, widths = [10, 46, 20, 20]): SheetModel {
  const rows: ModelRow[] = [row('organisation'), row('title'), row('subtitle'), row('blank')];
  for (let n = 1; n <= notes; n++) {
    rows.push(row('section', `Not ${n}`), row('header'));
    for (let i = 0; i < lines; i++) rows.push(row('detail', `konto ${n}.${i}`));
    rows.push(row('total'), row('blank'));
  }
  const sheet = { key: 'notes', name: 'Noter', columns: widths.map((width) => ({ width })), rows, freeze: { rows: 4, cols: 0 } };
  return { ...sheet, print: printSetupOf(sheet, { organisation: 'Förbundet', title: 'Noter jan–aug 2024' }) };
}

describe('print setup of a sheet', () => {
  test('portrait when the columns fit A4 portrait at 80 % or more, else landscape', () => {
    // Portrait A4 prints 493 pt; a character of width is 5.25 pt: 117 characters at 80 %.
    const sheet = (widths: number[]) => ({ columns: widths.map((width) => ({ width })), rows: [row('header')] });
    expect(printSetupOf(sheet([50, 30, 30]), undefined).orientation).toBe('portrait'); // 110 characters
    expect(printSetupOf(sheet([50, 40, 30]), undefined).orientation).toBe('landscape'); // 120 characters
    // Only the printed columns count (chart data right of them does not).
    expect(printSetupOf(sheet([50, 30, 30, 40]), undefined, 3).orientation).toBe('portrait');
  });

  test('the column headings of the frozen block repeat; without a header row there, the title block', () => {
    const b = new SheetBuilder('income', 'Resultaträkning', [40, 14]);
    b.titleRows({ organisation: 'Förbundet & Co', title: 'Resultaträkning jan–aug 2024', generatedAt: '2024-09-02', lang: 'sv' });
    b.add('header', [text('Rad'), text('Utfall')]);
    b.add('section', [text('Intäkter')]);
    b.add('line', [text('Bidrag'), text('1')]);
    const sheet = b.build({ freeze: { rows: 5, cols: 1 } });
    expect(sheet.print).toEqual({
      orientation: 'portrait',
      titleRows: { first: 5, last: 5 },
      keepWithNext: [6],
      footer: 'Förbundet & Co · Resultaträkning jan–aug 2024',
    });
    expect(notesSheet(1, 2).print?.titleRows).toEqual({ first: 1, last: 4 });
  });

  test('a note table (section, header, lines, sum) keeps together, and so do the last three rows', () => {
    // Rows 5–9 and 11–15: section, header, 2 lines, sum; rows 10 and 16 blank. A break may
    // come after a sum (9) or the blank after it (10); rows 14–16 close the sheet.
    expect(notesSheet(2, 2).print?.keepWithNext).toEqual([5, 6, 7, 8, 11, 12, 13, 14, 15]);
  });

  test('the organisation’s name is smaller than the report title', () => {
    expect(ROLE_LOOKS.organisation.size ?? 11).toBeLessThan(ROLE_LOOKS.title.size ?? 11);
  });
});

describe('page breaks', () => {
  test('none when the sheet fits one page', () => {
    expect(pageBreaks(notesSheet(2, 3))).toEqual([]);
  });

  test('never inside a note table, and every page within the estimate', () => {
    const sheet = notesSheet(12, 7); // 12 tables of 10 rows + a blank: far more than one page
    const breaks = pageBreaks(sheet);
    expect(breaks.length).toBeGreaterThan(1);
    const keep = new Set(sheet.print!.keepWithNext);
    for (const after of breaks) {
      // A break after row `after`: that row must not keep with the next one.
      expect(keep.has(after)).toBe(false);
      // And the next page starts with a note heading.
      expect(sheet.rows[after].role).toBe('section');
    }
    // Portrait A4 (96 characters fit at 98 %): 734 pt × 0.85 high at that scale, 15 pt rows:
    // at most 41 rows a page at scale 1, the 4 title rows repeated from page 2.
    expect(sheet.print!.orientation).toBe('portrait');
    const pageRows = Math.floor(((842 - 108) * 0.85) / 15);
    const starts = [0, ...breaks];
    const ends = [...breaks, sheet.rows.length];
    starts.forEach((s, i) => {
      const repeated = i === 0 ? 0 : 4;
      // The title row is 19 pt, not 15: counted as two rows to stay on the safe side.
      expect(ends[i] - s + repeated + 1).toBeLessThanOrEqual(pageRows);
    });
  });

  test('a chart is never cut by a page break: its rows move to the next page whole', () => {
    // 30 lines of table, then a chart over rows 36–55: on one page with the table it would
    // reach row 55 of at most 41 a page, so the page breaks before the chart, not inside it.
    const s = new SheetBuilder('t', 'T', [10, 20]);
    s.titleRows({ organisation: 'O', title: 'T', generatedAt: '2024-01-01', lang: 'sv' });
    s.add('header', [text('A'), text('B')]);
    for (let i = 0; i < 30; i++) s.add('line', [text(`r${i}`), text('x')]);
    while (s.rows.length < 55) s.add('blank', []);
    s.add('line', [text('after')]);
    const sheet = s.build({ charts: [{ kind: 'bar', title: 'C', categories: 'A6:A7', series: [], anchor: 'A36', end: 'G55' }] });
    const keep = new Set(sheet.print!.keepWithNext);
    for (let n = 36; n < 55; n++) expect(keep.has(n)).toBe(true);
    const breaks = pageBreaks(sheet);
    expect(breaks.filter((b) => b >= 36 && b < 55)).toEqual([]);
    expect(breaks).toContain(35);
  });

  test('a table longer than a page is broken where it overflows', () => {
    const sheet = notesSheet(1, 80);
    const breaks = pageBreaks(sheet);
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks[0]).toBeGreaterThan(20);
  });
});

describe('the footer', () => {
  test('left: organisation, report and period with & doubled; right: Sida &P av &N', () => {
    expect(footerParts({ orientation: 'portrait', footer: 'A & B · Noter jan–aug 2024' }, 'sv')).toEqual({
      left: 'A && B · Noter jan–aug 2024',
      right: 'Sida &P av &N',
    });
    expect(footerParts({ orientation: 'portrait', footer: 'X' }, 'en').right).toBe('Page &P of &N');
  });

  test('fits Excel’s 255 characters, control characters removed', () => {
    const f = footerParts({ orientation: 'portrait', footer: `Förbundet\n${'x'.repeat(400)}` }, 'sv');
    expect(`&L${f.left}&R${f.right}`.length).toBeLessThanOrEqual(255);
    expect(f.left.startsWith('Förbundet x')).toBe(true);
  });
});

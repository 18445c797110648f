/**
 * The pane's drill-down links on the fake host: every linked model row gets a hyperlink whose
 * reference names the final Verifikationer sheet (Excel does not follow a rename), at the
 * group's first row; the fake refuses a reference to a sheet that does not exist.
 */
import { writeReport } from '../../../src/addin/excel/writeReport';
import { selectCell } from '../../../src/addin/excel/selectCell';
import { buildReport } from '../../../src/core/report';
import { seed004Ranges } from '../../fixtures/seed004';
import { FakeExcelHost } from '../fakeExcel';

const model = () => buildReport({ ranges: seed004Ranges(), generatedAt: new Date(2024, 8, 2, 8, 0) }).model!;

function host(): FakeExcelHost {
  const h = new FakeExcelHost();
  h.addSheet('Data', [['Datum', 'Konto', 'Belopp']]);
  return h;
}

const colIndex = (a1: string) => [Number(/\d+/.exec(a1)![0]) - 1, a1.charCodeAt(0) - 65] as const;

describe('hyperlinks written by the pane', () => {
  test('each linked row links to its group’s first row on the final Verifikationer sheet, and a re-run keeps them valid', async () => {
    const h = host();
    const m = model();
    for (let run = 0; run < 2; run++) {
      await h.run((c) => writeReport(c, m, { features: { api19: true } }));
      const income = h.sheet('Resultaträkning');
      const linked = m.sheets.find((s) => s.key === 'income')!.rows.flatMap((r, i) => (r.link ? [{ row: i, link: r.link, label: r.cells[0] }] : []));
      expect(linked.length).toBeGreaterThan(5);
      expect(income.hyperlinks.size).toBe(linked.length);
      for (const { row, link, label } of linked) {
        const hl = income.hyperlinks.get(`${row}:0`)!;
        expect(hl.documentReference).toBe(`'Verifikationer'!${link.cell}`);
        expect(hl.textToDisplay).toBe(label.kind === 'text' ? label.text : undefined);
        expect(h.cell('Resultaträkning', `A${row + 1}`)).toBe(hl.textToDisplay);
        // The target cell is the group's heading on Verifikationer.
        const [r, c] = colIndex(link.cell);
        expect(String(h.sheet('Verifikationer').values[r][c])).toMatch(/^Resultaträkning: /);
      }
      // Every hyperlink of every sheet names a sheet that exists (none kept a temporary name).
      for (const name of h.sheetNames())
        for (const hl of h.sheet(name).hyperlinks.values()) expect(h.sheetNames()).toContain(/^'(.*)'!/.exec(hl.documentReference)![1]);
    }
    expect(h.sheet('Balansräkning').hyperlinks.size).toBeGreaterThan(3);
    expect(h.sheet('Noter').hyperlinks.size).toBeGreaterThan(3);
    expect(h.sheet('Uppföljning KST').hyperlinks.size).toBeGreaterThan(1);
  });

  test('the fake refuses a hyperlink to a missing sheet or a bad cell, as Excel does', async () => {
    const h = host();
    await expect(
      h.run(async (c) => {
        c.workbook.worksheets.getItem('Data').getRange('A1').hyperlink = { documentReference: "'Nope'!A1" };
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      h.run(async (c) => {
        c.workbook.worksheets.getItem('Data').getRange('A1').hyperlink = { documentReference: "'Data'!not a cell" };
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(h.sheet('Data').hyperlinks.size).toBe(0);
  });

  test('selecting a drill target activates Verifikationer and selects the group’s rows', async () => {
    const h = host();
    const m = model();
    await h.run((c) => writeReport(c, m, { features: { api19: true } }));
    const target = m.drill!.find((d) => d.from === 'income')!;
    await h.run((c) => selectCell(c, 'Verifikationer', target.range));
    const wb = h.workbook;
    expect(wb.activeSheetId).toBe(h.sheet('Verifikationer').id);
    const [r0] = colIndex(target.range.split(':')[0]);
    const [r1] = colIndex(target.range.split(':')[1]);
    expect(wb.selection).toEqual({ sheetId: h.sheet('Verifikationer').id, rect: { row: r0, col: 0, rows: r1 - r0 + 1, cols: 9 } });
  });
});

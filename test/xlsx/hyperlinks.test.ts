/**
 * The drill-down links in the written workbook: each linked report row carries an internal
 * `<hyperlink>` (no relationship) whose location is a cell of the Verifikationer sheet, in the
 * element order CT_Worksheet requires; openpyxl reads them back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildReport } from '../../src/core/report';
import type { ReportModel } from '../../src/core/model/types';
import { writeReport } from '../helpers/xlsx';
import { hyperlinksXml } from '../../src/xlsx/hyperlinkXml';
import { seed004Ranges } from '../fixtures/seed004';

const model = (): ReportModel => buildReport({ ranges: seed004Ranges(), generatedAt: new Date(2024, 8, 2, 8, 0) }).model!;

/** Sheet name → its worksheet XML, from workbook.xml and its relationships. */
async function sheetsByName(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
    const path = (target[1] ?? target[2]).replace(/^\/?(xl\/)?/, 'xl/');
    out.set(m[1].replace(/&apos;/g, "'"), await zip.file(path)!.async('string'));
  }
  return out;
}

const cellTextAt = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*><is><t[^>]*>([^<]*)</t>`).exec(xml)?.[1];

describe('hyperlinks in the written workbook', () => {
  it('each linked row of Resultaträkning links to the first row of its group on Verifikationer', async () => {
    const m = model();
    const written = await writeReport(m);
    const sheets = await sheetsByName(written.bytes);
    const income = sheets.get('Resultaträkning')!;
    const tx = sheets.get('Verifikationer')!;
    const links = [...income.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)" display="([^"]+)"[^/]*\/>/g)];
    const incomeModel = m.sheets.find((s) => s.key === 'income')!;
    expect(links.length).toBe(incomeModel.rows.filter((r) => r.link).length);
    expect(links.length).toBeGreaterThan(5);
    for (const [, ref, location, display] of links) {
      // The label is displayed; the target is a section row (the group's heading) of Verifikationer.
      expect(cellTextAt(income, ref)).toBe(display);
      const target = /^'Verifikationer'!(A\d+)$/.exec(location.replace(/&apos;/g, "'"));
      expect(target).not.toBeNull();
      expect(cellTextAt(tx, target![1])).toMatch(/^Resultaträkning: /);
    }
    // CT_Worksheet order: sheetData, conditionalFormatting…, hyperlinks, pageMargins; no r:id.
    const order = ['</sheetData>', '<hyperlinks>', '<pageMargins'].map((tag) => income.indexOf(tag));
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]))).toBe(true);
    expect(income).not.toMatch(/<hyperlink [^>]*r:id/);
    // A sheet without links has no element.
    expect(sheets.get('Verifikationer')).not.toContain('<hyperlinks>');
  });

  it('escapes markup in the display text and writes nothing for a sheet without links', () => {
    const sheet = {
      key: 'x',
      name: 'X',
      columns: [],
      rows: [
        {
          role: 'line' as const,
          cells: [{ kind: 'text' as const, text: 'A & "B" <c>\u0001', fromData: true }],
          link: { sheet: 'transactions', cell: 'A9', tip: 'Visa' },
        },
        { role: 'line' as const, cells: [] },
      ],
    };
    const xml = hyperlinksXml(sheet, (f) => f.replace('{{transactions}}', "'Verifikationer'"));
    expect(xml).toBe(
      `<hyperlinks><hyperlink ref="A1" location="&apos;Verifikationer&apos;!A9" display="A &amp; &quot;B&quot; &lt;c&gt; " tooltip="Visa"/></hyperlinks>`,
    );
    expect(hyperlinksXml({ ...sheet, rows: [sheet.rows[1]] }, (f) => f)).toBe('');
  });

  it('openpyxl reads the links back with their locations', async () => {
    const written = await writeReport(model());
    const dir = mkdtempSync(join(tmpdir(), 'hyperlinks-'));
    try {
      const file = join(dir, 'report.xlsx');
      writeFileSync(file, written.bytes);
      const script = [
        'import sys, openpyxl',
        'wb = openpyxl.load_workbook(sys.argv[1])',
        'ws = wb["Balansräkning"]',
        'for row in ws.iter_rows():',
        '    for c in row:',
        '        if c.hyperlink is not None: print(c.coordinate, c.hyperlink.location, c.value, sep="|")',
      ].join('\n');
      const out = execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', script, file], { encoding: 'utf8' })
        .trim()
        .split('\n');
      expect(out.length).toBeGreaterThan(3);
      for (const line of out) expect(line).toMatch(/^A\d+\|'Verifikationer'!A\d+\|.+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

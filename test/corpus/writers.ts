/**
 * The corpus of workbooks from real writers (issue 8): one small contract workbook
 * (contract.json) written by ExcelJS, SheetJS, openpyxl (Debian's python3-openpyxl) and
 * LibreOffice, and in the styles the others write — the .NET Open XML SDK's prefixed
 * namespace, ISO/IEC 29500 Strict — plus variants with inline strings, shared formulas, rich
 * text, the 1904 date system and a macro part. `scripts/make-corpus.ts` writes them to a folder;
 * test/corpus/corpus.test.ts runs the product on each.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { patchZip, withNames, type NameSpec } from '../xlsx/helpers';
import { soffice } from '../helpers/libreoffice';

export interface ContractSpec {
  sheets: { name: string; header: string[]; rows: (string | number)[][]; dateColumns?: number[]; amountColumns?: number[] }[];
  names: { name: string; sheet: string; ref: string }[];
  table: { name: string; sheet: string; ref: string };
  sheetScopedName: { name: string; sheet: string; ref: string };
  printArea: { sheet: string; ref: string };
}

export const SPEC: ContractSpec = JSON.parse(readFileSync(join(__dirname, 'contract.json'), 'utf8'));

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);

/** The names every writer that cannot write a table or a sheet-scoped name gets instead. */
function nameSpecs(spec: ContractSpec, withTableAsName: boolean): NameSpec[] {
  const sheetIndex = (s: string) => spec.sheets.findIndex((x) => x.name === s);
  const names: NameSpec[] = spec.names.map((n) => ({ name: n.name, ref: `${quoted(n.sheet)}!${n.ref}` }));
  if (withTableAsName) {
    const [a, b] = spec.table.ref.split(':');
    const abs = (r: string) => r.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    names.push({ name: spec.table.name, ref: `${quoted(spec.table.sheet)}!${abs(a)}:${abs(b)}` });
  }
  const s = spec.sheetScopedName;
  names.push({ name: s.name, ref: `${quoted(s.sheet)}!${s.ref}`, localSheetId: sheetIndex(s.sheet) });
  names.push({ name: '_xlnm.Print_Area', ref: `${quoted(spec.printArea.sheet)}!${spec.printArea.ref}`, localSheetId: sheetIndex(spec.printArea.sheet) });
  return names;
}

/** ExcelJS: the reference writer. `richText` writes the text cells as rich-text runs. */
export async function exceljsBook(spec: ContractSpec = SPEC, opts: { richText?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    const value = (v: string | number, c: number): ExcelJS.CellValue => {
      if (s.dateColumns?.includes(c)) return utcDate(String(v));
      if (opts.richText && typeof v === 'string' && v.length > 3 && !/^\d+$/.test(v)) {
        return {
          richText: [
            { text: v.slice(0, 3), font: { bold: true } },
            { text: v.slice(3), font: { italic: true } },
          ],
        };
      }
      return v;
    };
    if (s.name === spec.table.sheet) {
      ws.addTable({
        name: spec.table.name,
        ref: 'A1',
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: s.header.map((name) => ({ name })),
        rows: s.rows.map((r) => r.map((v, c) => value(v, c))),
      });
    } else {
      ws.addRow(s.header).font = { bold: true };
      for (const r of s.rows) ws.addRow(r.map((v, c) => value(v, c)));
    }
    for (const c of s.dateColumns ?? []) ws.getColumn(c + 1).numFmt = 'yyyy-mm-dd';
    for (const c of s.amountColumns ?? []) ws.getColumn(c + 1).numFmt = '#,##0.00';
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return withNames(bytes, nameSpecs(spec, false));
}

/** SheetJS (`xlsx`): no tables in its community edition, so the table is a named range. */
export function sheetjsBook(spec: ContractSpec = SPEC): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of spec.sheets) {
    const rows = [s.header, ...s.rows.map((r) => r.map((v, c) => (s.dateColumns?.includes(c) ? utcDate(String(v)) : v)))];
    const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: false, dateNF: 'yyyy-mm-dd' });
    for (let r = 1; r <= s.rows.length; r++) {
      for (const c of s.amountColumns ?? []) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (cell) cell.z = '#,##0.00';
      }
    }
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = {
    Names: nameSpecs(spec, true).map((n) => ({ Name: n.name, Ref: n.ref, ...(n.localSheetId !== undefined ? { Sheet: n.localSheetId } : {}) })),
  };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** Debian's python3 (the one python3-openpyxl installs into), else the first python3. */
function python(): string {
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** openpyxl: a table, a chart, a sheet-scoped name and xmlns:r declared on each <sheet>. */
export function openpyxlBook(opts: { date1904?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'finsam-openpyxl-'));
  try {
    const out = join(dir, 'book.xlsx');
    execFileSync(python(), [join(__dirname, 'write_openpyxl.py'), join(__dirname, 'contract.json'), out, ...(opts.date1904 ? ['--1904'] : [])], {
      stdio: 'pipe',
    });
    return readFileSync(out);
  } catch (e) {
    throw new Error(`openpyxl could not write the corpus workbook (install python3-openpyxl; .ci/run does): ${(e as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's own save of a workbook (`soffice --convert-to xlsx`). */
export function libreofficeSave(bytes: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'finsam-lo-save-'));
  try {
    writeFileSync(join(dir, 'in.xlsx'), bytes);
    execFileSync(
      soffice(),
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'in.xlsx'),
      ],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    return readFileSync(join(dir, 'out', 'in.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rewrites every XML part of the package with `edit`. */
async function eachXmlPart(bytes: Uint8Array, edit: (xml: string, part: string, zip: JSZip) => string | Promise<string>): Promise<Buffer> {
  return patchZip(bytes, async (zip) => {
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name].dir || !/\.(xml|rels)$/i.test(name)) continue;
      zip.file(name, await edit(await zip.file(name)!.async('string'), name, zip));
    }
  });
}

/**
 * The .NET Open XML SDK's style: SpreadsheetML bound to the prefix `x` (`<x:workbook
 * xmlns:x="…">`, `<x:sheet>`, `<x:c>`), as many Swedish accounting systems' exports write it.
 */
export function openXmlSdkStyle(bytes: Uint8Array): Promise<Buffer> {
  return eachXmlPart(bytes, (xml) => {
    if (!xml.includes(`xmlns="${SML}"`)) return xml;
    return xml
      .replace(`xmlns="${SML}"`, `xmlns:x="${SML}"`)
      .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) => (name.includes(':') ? m : `<${slash}x:${name}`));
  });
}

/** ISO/IEC 29500 Strict: the Strict namespaces and relationship types throughout. */
export function strictStyle(bytes: Uint8Array): Promise<Buffer> {
  const map: [string, string][] = [
    [SML, 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
    ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
    ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ];
  return eachXmlPart(bytes, (xml, part) => {
    let out = xml;
    for (const [from, to] of map) out = out.split(from).join(to);
    if (part === 'xl/workbook.xml') out = out.replace(/<workbook\b/, '<workbook conformance="strict"');
    return out;
  });
}

/** Every shared string made an inline string, and the shared-string part removed. */
export async function inlineStrings(bytes: Uint8Array): Promise<Buffer> {
  return patchZip(bytes, async (zip) => {
    const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
    const items = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      zip.file(
        name,
        xml.replace(
          /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_m, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${items[Number(i)]}</is></c>`,
        ),
      );
    }
    zip.remove('xl/sharedStrings.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace(/<Override [^>]*sharedStrings[^>]*\/>/, ''));
  });
}

/**
 * The ledger's amounts as one shared formula (`=G2` filled down, as Excel stores a filled
 * column), each cell with its cached result; column G, outside the named range, holds the figures.
 */
export async function sharedFormulas(bytes: Uint8Array): Promise<Buffer> {
  const ledger = SPEC.sheets.find((s) => s.name === 'Huvudbok')!;
  const col = String.fromCharCode(65 + ledger.amountColumns![0]);
  const last = ledger.rows.length + 1;
  return patchZip(bytes, async (zip) => {
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const re = new RegExp(`<c r="${col}(\\d+)"([^>]*)><v>([^<]*)</v></c>`, 'g');
    let edited = xml.replace(re, (m, row: string, attrs: string, v: string) => {
      const r = Number(row);
      if (r < 2) return m;
      const f = r === 2 ? `<f t="shared" ref="${col}2:${col}${last}" si="0">G2</f>` : '<f t="shared" si="0"/>';
      return `<c r="${col}${r}"${attrs}>${f}<v>${v}</v></c>`;
    });
    edited = edited.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (m, row: string, attrs: string, inner: string) => {
      const r = Number(row);
      if (r < 2 || r > last) return m;
      const v = ledger.rows[r - 2][ledger.amountColumns![0]];
      return `<row r="${row}"${attrs.replace(/ spans="[^"]*"/, '')}>${inner}<c r="G${r}"><v>${v}</v></c></row>`;
    });
    zip.file('xl/worksheets/sheet1.xml', edited.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:G${last}"/>`));
  });
}

/** A macro-enabled workbook: a `vbaProject.bin` part with its relationship and content types. */
export async function withMacros(bytes: Uint8Array): Promise<Buffer> {
  return patchZip(bytes, async (zip) => {
    zip.file('xl/vbaProject.bin', Buffer.from('finsam corpus: stand-in VBA project, kept byte for byte'));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    let types = await zip.file('[Content_Types].xml')!.async('string');
    types = types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    types = types.replace(/(<Types[^>]*>)/, '$1<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    zip.file('[Content_Types].xml', types);
  });
}

export interface CorpusFile {
  /** The writer, as the test names it. */
  writer: string;
  file: string;
  bytes: Buffer;
  /** What the reader must make of it: a report in the user's workbook, or a report-only one. */
  expect: 'merged' | 'reportOnly';
  /** Parts that must survive (charts, macros). */
  keeps: RegExp[];
}

/** The whole corpus, the ExcelJS file first (the reference). */
export async function buildCorpus(): Promise<CorpusFile[]> {
  const reference = await exceljsBook();
  const openpyxl = openpyxlBook();
  const chart = /^xl\/charts\/chart\d+\.xml$/;
  return [
    { writer: 'ExcelJS', file: 'exceljs.xlsx', bytes: reference, expect: 'merged', keeps: [] },
    { writer: 'SheetJS', file: 'sheetjs.xlsx', bytes: sheetjsBook(), expect: 'merged', keeps: [] },
    { writer: 'openpyxl', file: 'openpyxl.xlsx', bytes: openpyxl, expect: 'merged', keeps: [chart] },
    { writer: 'openpyxl, 1904 date system', file: 'openpyxl-1904.xlsx', bytes: openpyxlBook({ date1904: true }), expect: 'merged', keeps: [chart] },
    { writer: 'LibreOffice', file: 'libreoffice.xlsx', bytes: libreofficeSave(openpyxl), expect: 'merged', keeps: [chart] },
    { writer: 'Open XML SDK style (x: prefix)', file: 'openxmlsdk.xlsx', bytes: await openXmlSdkStyle(openpyxl), expect: 'merged', keeps: [chart] },
    { writer: 'Open XML SDK style, shared strings', file: 'openxmlsdk-sst.xlsx', bytes: await openXmlSdkStyle(reference), expect: 'merged', keeps: [] },
    { writer: 'Strict Open XML', file: 'strict.xlsx', bytes: await strictStyle(reference), expect: 'reportOnly', keeps: [] },
    { writer: 'ExcelJS, inline strings', file: 'inline.xlsx', bytes: await inlineStrings(reference), expect: 'merged', keeps: [] },
    { writer: 'ExcelJS, shared formulas', file: 'shared-formulas.xlsx', bytes: await sharedFormulas(reference), expect: 'merged', keeps: [] },
    { writer: 'ExcelJS, rich text', file: 'richtext.xlsx', bytes: await exceljsBook(SPEC, { richText: true }), expect: 'merged', keeps: [] },
    {
      writer: 'openpyxl with macros (.xlsm)',
      file: 'macros.xlsm',
      bytes: await withMacros(openpyxl),
      expect: 'merged',
      keeps: [chart, /^xl\/vbaProject\.bin$/],
    },
  ];
}

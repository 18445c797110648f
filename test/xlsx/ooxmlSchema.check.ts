/**
 * Every XML part the command line writes or edits, validated with `xmllint --schema` against
 * the ISO/IEC 29500 transitional schemas: sml.xsd for SpreadsheetML, dml-chart.xsd for the
 * report's chart parts, dml-spreadsheetDrawing.xsd for its drawing parts, opc-contentTypes.xsd
 * and opc-relationships.xsd for [Content_Types].xml and the .rels parts. Excel is stricter than
 * LibreOffice: an element out of order or an attribute it does not know makes it "repair" the
 * file (and drop what it did not understand), so this is the test that says Excel opens it.
 *
 * Outputs checked: the example workbook through the CLI (merged) and the CLI again over its own
 * output (report sheets replaced), a report-only workbook, and the contract workbook through
 * the CLI as the .NET Open XML SDK (prefixed `x:` names) and SheetJS (minimal style sheet) write
 * it. In merged mode the parts checked are those whose content differs from the input (the
 * report's sheets, styles, workbook, its relationships, content types: `writtenParts` of
 * splice.ts); in report-only mode every part. Parts copied from Excel's own files carry
 * markup-compatibility extensions (`mc:Ignorable="x14ac"`), which are processed away first as
 * a consumer that knows only the standard would.
 *
 * The schemas are not in this repository: they live in ../shared/ooxml-schemas (see
 * test/schemas/ooxml/README.md), or where OOXML_SCHEMA_DIR points. Without them, or without xmllint
 * (Debian's libxml2-utils, installed by .ci/run), this test fails: it never passes unchecked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { writeReport } from '../helpers/xlsx';
import { exceljsBook, openXmlSdkStyle, sheetjsBook } from '../corpus/writers';
import { handModel } from './fixtures';

const ROOT = resolve(__dirname, '../..');
const SCHEMA_DIR = resolve(process.env.OOXML_SCHEMA_DIR ?? join(ROOT, '../shared/ooxml-schemas'));
const SCHEMAS = {
  sml: join(SCHEMA_DIR, 'sml.xsd'),
  chart: join(SCHEMA_DIR, 'dml-chart.xsd'),
  drawing: join(SCHEMA_DIR, 'dml-spreadsheetDrawing.xsd'),
  contentTypes: join(SCHEMA_DIR, 'opc-contentTypes.xsd'),
  relationships: join(SCHEMA_DIR, 'opc-relationships.xsd'),
} as const;
type SchemaKey = keyof typeof SCHEMAS;

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CHART_ROOT = /^(?:<\?xml[^>]*\?>\s*)?<(?:[\w.-]+:)?chartSpace\b[^>]*"http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/chart"/;
const DRAWING_ROOT = /^(?:<\?xml[^>]*\?>\s*)?<(?:[\w.-]+:)?wsDr\b[^>]*"http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/spreadsheetDrawing"/;
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

function xmllintProblem(): string | undefined {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'pipe' });
    return undefined;
  } catch (e) {
    return `xmllint could not be run (${(e as Error).message}): install Debian's libxml2-utils (.ci/run does).`;
  }
}

/** The three schemas and what sml.xsd imports (test/schemas/ooxml/README.md). */
const SCHEMA_FILES = [
  'sml.xsd',
  'shared-relationshipReference.xsd',
  'shared-commonSimpleTypes.xsd',
  'dml-spreadsheetDrawing.xsd',
  'dml-main.xsd',
  'dml-diagram.xsd',
  'dml-chart.xsd',
  'dml-chartDrawing.xsd',
  'dml-picture.xsd',
  'dml-lockedCanvas.xsd',
  'opc-contentTypes.xsd',
  'opc-relationships.xsd',
];

function schemaProblem(): string | undefined {
  const missing = SCHEMA_FILES.map((f) => join(SCHEMA_DIR, f)).filter((f) => !existsSync(f));
  if (missing.length === 0) return undefined;
  return (
    `OOXML transitional schemas missing: ${missing.join(', ')}. They belong in ../shared/ooxml-schemas ` +
    '(or set OOXML_SCHEMA_DIR); test/schemas/ooxml/README.md says which files and where they come from.'
  );
}

/** Entries of a zip, uncompressed (folders left out). */
async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

/** The XML parts of `output` that are new or differ from `input` (all of them without an input). */
async function writtenParts(output: Uint8Array, input?: Uint8Array): Promise<Map<string, Buffer>> {
  const before = input ? await entries(input) : new Map<string, Buffer>();
  const out = new Map<string, Buffer>();
  for (const [name, data] of await entries(output)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const old = before.get(name);
    if (old === undefined || !old.equals(data)) out.set(name, data);
  }
  return out;
}

function schemaOf(part: string, xml: string): SchemaKey | undefined {
  if (part === '[Content_Types].xml') return 'contentTypes';
  if (part.endsWith('.rels')) return 'relationships';
  if (CHART_ROOT.test(xml)) return 'chart';
  if (DRAWING_ROOT.test(xml)) return 'drawing';
  return xml.includes(SML) ? 'sml' : undefined;
}

/**
 * Markup-compatibility processing (ISO/IEC 29500-3) as a consumer that knows only the
 * transitional schemas does it before validating: attributes and elements of the ignorable
 * namespaces are dropped, `mc:AlternateContent` is replaced by its `mc:Fallback`. Only parts
 * that use the markup-compatibility namespace (those copied from Excel's own files) need it;
 * every other part is validated byte for byte as written.
 */
function processMarkupCompatibility(xml: string): string {
  if (!xml.includes(MC)) return xml;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const ignorable = new Set<string>();
  const walk = (el: Element) => {
    const ign = el.getAttributeNS(MC, 'Ignorable');
    if (ign) for (const prefix of ign.trim().split(/\s+/)) ignorable.add(el.lookupNamespaceURI(prefix) ?? '');
    for (const attr of Array.from(el.attributes)) {
      if (attr.namespaceURI === MC || (attr.namespaceURI !== null && ignorable.has(attr.namespaceURI))) el.removeAttributeNode(attr);
    }
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const c = child as Element;
      if (c.namespaceURI === MC && c.localName === 'AlternateContent') {
        const fallback = Array.from(c.childNodes).find((n) => n.nodeType === n.ELEMENT_NODE && (n as Element).localName === 'Fallback');
        for (const n of fallback ? Array.from(fallback.childNodes) : []) el.insertBefore(n, c);
        el.removeChild(c);
      } else if (c.namespaceURI !== null && ignorable.has(c.namespaceURI)) {
        el.removeChild(c);
      }
    }
    for (const child of Array.from(el.childNodes)) if (child.nodeType === child.ELEMENT_NODE) walk(child as Element);
  };
  walk(doc.documentElement!);
  return new XMLSerializer().serializeToString(doc);
}

/**
 * `xml:space="preserve"` on `<t>` (a cell's or a shared string's text) is what Excel itself
 * writes, and ISO/IEC 29500-1 allows it, but the schemas declare `<t>` as a simple type, which
 * cannot have attributes. It is taken out before validating; any other value stays and fails.
 */
function withoutXmlSpace(xml: string): string {
  return xml.replace(/(<(?:[\w.-]+:)?t\b[^>]*?) xml:space="(?:preserve|default)"/g, '$1');
}

/** xmllint's messages, each distinct message once, at most `max` lines. */
function summarise(stderr: string, dir: string, max = 40): string {
  const lines = [
    ...new Set(
      stderr
        .split(dir + '/')
        .join('')
        .split('\n')
        .filter(Boolean),
    ),
  ];
  return lines.length <= max ? lines.join('\n') : [...lines.slice(0, max), `… and ${lines.length - max} more lines`].join('\n');
}

interface Validation {
  /** Part name → schema it was validated against. */
  checked: Map<string, SchemaKey>;
  /** xmllint's messages for every file that did not validate ('' when all did). */
  failures: string;
}

/** Writes the parts to a folder and runs xmllint once per schema over all of them. */
function validateParts(parts: Map<string, Buffer>): Validation {
  const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
  try {
    const groups = new Map<SchemaKey, string[]>();
    const checked = new Map<string, SchemaKey>();
    const problems: string[] = [];
    let i = 0;
    for (const [part, data] of parts) {
      const xml = data.toString('utf8');
      const schema = schemaOf(part, xml);
      if (schema === undefined) {
        problems.push(`${part}: no schema for this part (root namespace not SpreadsheetML, DrawingML chart or drawing, or OPC)`);
        continue;
      }
      const file = join(dir, `${i++}_${part.replace(/[^\w.-]/g, '_')}`);
      writeFileSync(file, withoutXmlSpace(processMarkupCompatibility(xml)));
      checked.set(part, schema);
      groups.set(schema, [...(groups.get(schema) ?? []), file]);
    }
    for (const [schema, files] of groups) {
      const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMAS[schema], ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
      if (run.error) throw run.error;
      if (run.status !== 0) problems.push(`xmllint --schema ${schema} (exit ${run.status}):\n${summarise(run.stderr, dir)}`);
    }
    return { checked, failures: problems.join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quiet = { stdout: { write: () => true }, stderr: { write: () => true }, isTTY: false };

/** The CLI on `input` (written to a temp file), merged into a copy: the output's bytes. */
async function runCli(input: Uint8Array, name: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'xsd-cli-'));
  try {
    const inFile = join(dir, name);
    const outFile = join(dir, `out-${name}`);
    writeFileSync(inFile, input);
    let stderr = '';
    const code = await main([inFile, '--out', outFile], { ...quiet, stderr: { write: (s: string) => (stderr += s) } });
    if (code !== 0) throw new Error(`finsam-rapport ${name} exited ${code}: ${stderr}`);
    return readFileSync(outFile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const toolProblem = xmllintProblem() ?? schemaProblem();

describe('what the command line writes validates against the ISO/IEC 29500 transitional schemas', () => {
  if (toolProblem !== undefined) {
    test('xmllint and the OOXML schemas are available', () => {
      throw new Error(`${toolProblem} The schema validation did NOT run.`);
    });
    return;
  }

  const CORE = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
  const reportSheets = (checked: Map<string, SchemaKey>) => [...checked.keys()].filter((p) => p.startsWith('xl/worksheets/sheet'));

  test('the example workbook through the CLI (merged), and again over its own output (report sheets replaced)', async () => {
    const input = readFileSync(join(ROOT, 'examples', 'exempelforbundet.xlsx'));
    const first = await runCli(input, 'exempelforbundet.xlsx');
    const firstParts = await writtenParts(first, input);
    const result = validateParts(firstParts);
    expect(result.failures).toBe('');
    expect([...result.checked.keys()]).toEqual(expect.arrayContaining(CORE));
    expect(reportSheets(result.checked).length).toBeGreaterThanOrEqual(2);
    expect(new Set(result.checked.values())).toEqual(new Set(['sml', 'chart', 'drawing', 'contentTypes', 'relationships']));
    // the report's three charts (two on Uppföljning KST, one on Deltagare), their two drawings
    expect([...result.checked].filter(([, s]) => s === 'chart')).toHaveLength(3);
    expect([...result.checked].filter(([, s]) => s === 'drawing')).toHaveLength(2);

    // A re-run replaces the report sheets; it may write the very same bytes, so the parts
    // checked are those the first run wrote (as the re-run has them) and any the re-run changed.
    const again = await runCli(first, 'exempelforbundet-rapport.xlsx');
    const againAll = await entries(again);
    const againParts = await writtenParts(again, first);
    for (const part of firstParts.keys()) if (againAll.has(part)) againParts.set(part, againAll.get(part)!);
    const rerun = validateParts(againParts);
    expect(rerun.failures).toBe('');
    expect([...rerun.checked.keys()]).toEqual(expect.arrayContaining(CORE));
  });

  test('a report-only workbook: every part', async () => {
    const written = await writeReport(handModel());
    expect(written.mode).toBe('reportOnly');
    const parts = await writtenParts(written.bytes);
    const result = validateParts(parts);
    expect(result.failures).toBe('');
    expect(result.checked.size).toBe(parts.size);
    expect([...result.checked.keys()].sort()).toEqual([...CORE, '_rels/.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].sort());
  });

  test.each([
    ['the Open XML SDK prefixed style (x:)', async () => openXmlSdkStyle(await exceljsBook()), '<x:workbook'],
    ['SheetJS (a minimal style sheet)', async () => sheetjsBook(), '<workbook'],
  ])('the contract workbook written in %s, through the CLI (merged)', async (_writer, make, marker) => {
    const input = await make();
    expect((await entries(input)).get('xl/workbook.xml')!.toString('utf8')).toContain(marker);
    const result = validateParts(await writtenParts(await runCli(input, 'contract.xlsx'), input));
    expect(result.failures).toBe('');
    expect([...result.checked.keys()]).toEqual(expect.arrayContaining(CORE));
    expect(reportSheets(result.checked).length).toBeGreaterThanOrEqual(2);
  });

  test('the check can fail: a chart with its title after the plot area, a drawing anchor without its end cell', async () => {
    const first = await runCli(readFileSync(join(ROOT, 'examples', 'exempelforbundet.xlsx')), 'exempelforbundet.xlsx');
    const all = await entries(first);
    const chart = all.get('xl/charts/chart1.xml')!.toString('utf8');
    const title = /<c:title>.*?<\/c:title>/s.exec(chart)![0];
    const moved = chart.replace(title, '').replace('</c:plotArea>', `</c:plotArea>${title}`);
    const drawing = all
      .get('xl/drawings/drawing1.xml')!
      .toString('utf8')
      .replace(/<xdr:to>.*?<\/xdr:to>/s, '');
    expect(moved).not.toBe(chart);
    const result = validateParts(
      new Map([
        ['xl/charts/chart1.xml', Buffer.from(moved)],
        ['xl/drawings/drawing1.xml', Buffer.from(drawing)],
      ]),
    );
    expect(result.failures).toMatch(/title/);
    expect(result.failures).toMatch(/graphicFrame|to/);
  });

  test('the check can fail: a report sheet with <sheetViews> after <sheetData>, a relationship without Id', async () => {
    const written = await writeReport(handModel());
    const parts = await writtenParts(written.bytes);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const views = /<sheetViews>.*?<\/sheetViews>/s.exec(sheet)![0];
    const moved = sheet.replace(views, '').replace('</sheetData>', `</sheetData>${views}`);
    expect(moved).not.toBe(sheet);
    const rels = parts
      .get('xl/_rels/workbook.xml.rels')!
      .toString('utf8')
      .replace(/ Id="[^"]*"/, '');
    const result = validateParts(
      new Map([
        ['xl/worksheets/sheet1.xml', Buffer.from(moved)],
        ['xl/_rels/workbook.xml.rels', Buffer.from(rels)],
      ]),
    );
    expect(result.failures).toMatch(/sheetViews/);
    expect(result.failures).toMatch(/Id/);
  });
});

/**
 * A report chart (`ChartSpec`, the one specification the task pane draws too) as a DrawingML
 * chart part: `c:chartSpace` with a clustered column chart (`bar`) or a line chart (`line`),
 * its title and series names from the specification, categories and values as references to
 * the sheet's cells (`c:strRef`/`c:numRef`) with caches of those cells' values, so a reader
 * that does not recalculate (a viewer, a preview) draws the same figures as Excel.
 *
 * The value axis shows the values' own number format (`# ##0` thousands of kronor, or whole
 * participants), displayed with the reader's locale: Swedish in a Swedish Excel. Series colours
 * are explicit, so the chart looks the same in a workbook without a theme part.
 *
 * Elements are written in the order dml-chart.xsd requires (CT_ChartSpace, CT_Chart, CT_BarChart,
 * CT_LineChart, CT_BarSer, CT_LineSer, CT_CatAx, CT_ValAx).
 */
import { type CellValue, type ChartSpec, type Lang, type SheetModel, NUMBER_FORMATS, quoteSheetName } from '../core';
import { cellText, toNumber } from './sheetXml';
import { parseArea, type Area } from './refs';
import { escapeXml } from './xml';

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWING_MAIN_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** The chart's editing language (`c:lang`, the title's `lang`): the report's. */
const LANGUAGE_TAG: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Series colours in order: actual (blue), budget (grey), then two more. */
const SERIES_COLOURS = ['4472C4', 'A5A5A5', 'ED7D31', '70AD47'];

/** The category and value axes' ids (any two distinct numbers; one chart per part). */
const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** A chart range of the sheet, absolute, with the sheet's quoted name: `'Uppföljning KST'!$N$41:$N$55`. */
export function chartFormula(sheetName: string, range: string): string {
  const area = areaOf(range);
  const cell = (col: number, row: number) => `$${letters(col)}$${row + 1}`;
  return `${quoteSheetName(sheetName)}!${cell(area.left, area.top)}:${cell(area.right, area.bottom)}`;
}

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The area of a chart range: one row or one column of cells, bounded. */
function chartArea(range: string): Area | undefined {
  const area = parseArea(range);
  if (area === undefined || !Number.isFinite(area.bottom) || !Number.isFinite(area.right)) return undefined;
  return area.left === area.right || area.top === area.bottom ? area : undefined;
}

function areaOf(range: string): Area {
  const area = chartArea(range);
  if (area === undefined) throw new Error(`chartXml: a chart range is one bounded row or column: ${range}`);
  return area;
}

/** A chart that can be written: at least one series, every range one bounded row or column. */
export function isDrawable(spec: ChartSpec): boolean {
  return spec.series.length > 0 && [spec.categories, ...spec.series.map((s) => s.values)].every((r) => chartArea(r) !== undefined);
}

/** The model's cells of a one-column (or one-row) range, in order. */
export function rangeCells(sheet: SheetModel, range: string): CellValue[] {
  const a = areaOf(range);
  const out: CellValue[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(sheet.rows[r]?.cells[c] ?? { kind: 'empty' });
  return out;
}

/** The text a cell shows in a string cache (undefined: no point). */
function cachedText(cell: CellValue): string | undefined {
  if (cell.kind === 'text') return cell.text;
  if ((cell.kind === 'number' || cell.kind === 'formula') && cell.value !== '') return String(toNumber(cell.value));
  return undefined;
}

/** The number a cell holds for a number cache (undefined: no point, a gap in the line). */
function cachedNumber(cell: CellValue): number | undefined {
  return (cell.kind === 'number' || cell.kind === 'formula') && cell.value !== '' ? toNumber(cell.value) : undefined;
}

function strRef(sheet: SheetModel, sheetName: string, range: string): string {
  const cells = rangeCells(sheet, range);
  const pts = cells
    .map((c, i) => {
      const v = cachedText(c);
      return v === undefined ? '' : `<c:pt idx="${i}"><c:v>${cellText(v)}</c:v></c:pt>`;
    })
    .join('');
  return `<c:strRef><c:f>${escapeXml(chartFormula(sheetName, range))}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** The number format of the first numeric cell of a range ('General' when none). */
function formatOf(cells: CellValue[]): string {
  for (const c of cells) if (c.kind === 'number' || (c.kind === 'formula' && c.style !== 'text')) return NUMBER_FORMATS[c.style];
  return 'General';
}

function numRef(sheet: SheetModel, sheetName: string, range: string): string {
  const cells = rangeCells(sheet, range);
  const pts = cells
    .map((c, i) => {
      const v = cachedNumber(c);
      return v === undefined ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`;
    })
    .join('');
  return (
    `<c:numRef><c:f>${escapeXml(chartFormula(sheetName, range))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(formatOf(cells))}</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

/** A paragraph of rich text (title), bold at `size` hundredths of a point. */
function richText(text: string, size: number, lang: string): string {
  return (
    '<c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="${lang}" sz="${size}" b="1"/><a:t>${escapeXml(plain(text))}</a:t></a:r></a:p>` +
    '</c:rich></c:tx>'
  );
}

/** Text without the characters XML cannot hold. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function series(spec: ChartSpec, sheet: SheetModel, sheetName: string): string {
  return spec.series
    .map((s, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
      const look =
        spec.kind === 'bar'
          ? `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
          : `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
            `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${cellText(s.name)}</c:v></c:tx>${look}` +
        `<c:cat>${strRef(sheet, sheetName, spec.categories)}</c:cat>` +
        `<c:val>${numRef(sheet, sheetName, s.values)}</c:val>` +
        (spec.kind === 'line' ? '<c:smooth val="0"/>' : '') +
        '</c:ser>'
      );
    })
    .join('');
}

const GRIDLINE = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>';

function axes(valueFormat: string): string {
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines>${GRIDLINE}</c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part for `spec`, whose ranges are on `sheet` (named `sheetName` in the workbook). */
export function chartXml(spec: ChartSpec, sheet: SheetModel, sheetName: string, lang: Lang): string {
  const language = LANGUAGE_TAG[lang];
  const valueFormat = formatOf(spec.series.flatMap((s) => rangeCells(sheet, s.values)));
  const plot =
    spec.kind === 'bar'
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(spec, sheet, sheetName)}<c:gapWidth val="80"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(spec, sheet, sheetName)}<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_MAIN_NS}">` +
    `<c:lang val="${language}"/><c:roundedCorners val="0"/>` +
    '<c:chart>' +
    `<c:title>${richText(spec.title, 1300, language)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${axes(valueFormat)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

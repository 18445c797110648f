/**
 * A report sheet's charts as a SpreadsheetML drawing part (`xdr:wsDr`): one `xdr:twoCellAnchor`
 * per chart, from the specification's `anchor` cell to the far corner of its `end` cell (the
 * same cells the task pane's `chart.setPosition(anchor, end)` covers), holding a graphic frame
 * that points at the chart part through the drawing's relationships (`rId1`, `rId2` … in the
 * order of the charts). Element order as dml-spreadsheetDrawing.xsd requires.
 */
import type { ChartSpec } from '../core';
import { CHART_NS, DRAWING_MAIN_NS } from './chartXml';
import { REL_ATTR } from './dom';
import { parseArea } from './refs';
import { escapeXml } from './xml';

export const SPREADSHEET_DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_REL = `${REL_ATTR}/drawing`;
export const CHART_REL = `${REL_ATTR}/chart`;

/** The 0-based column and row of a cell (`A39` → 0, 38). */
function cellOf(ref: string): { col: number; row: number } {
  const area = parseArea(ref);
  if (area === undefined || area.left !== area.right || area.top !== area.bottom) throw new Error(`drawingXml: not a cell: ${ref}`);
  return { col: area.left, row: area.top };
}

const marker = (tag: 'from' | 'to', col: number, row: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** The drawing part for `charts`; chart i is the drawing's relationship `rId{i+1}`. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((spec, i) => {
    const from = cellOf(spec.anchor);
    const end = cellOf(spec.end);
    if (end.col < from.col || end.row < from.row) throw new Error(`drawingXml: ${spec.end} is above or left of ${spec.anchor}`);
    return (
      '<xdr:twoCellAnchor>' +
      marker('from', from.col, from.row) +
      marker('to', end.col + 1, end.row + 1) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(spec.title.replace(/[\u0000-\u001F]/g, ' '))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="${REL_ATTR}">${anchors.join('')}</xdr:wsDr>`
  );
}

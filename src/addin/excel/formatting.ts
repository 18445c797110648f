/**
 * Row looks (bold, fills, borders) applied to whole row ranges, from the look table both
 * renderers share (src/core/model/style.ts).
 */
import { HIGHLIGHT_FILL, HIGHLIGHT_FONT, ROLE_LOOKS, type RoleLook, type RowRole } from '../../core';

/** True when a role (without highlight) needs no format at all on a new sheet. */
export function isPlainLook(role: RowRole, highlight: boolean): boolean {
  const look = ROLE_LOOKS[role];
  return !highlight && !look.bold && !look.italic && !look.size && !look.color && !look.fill && !look.topBorder && !look.bottomBorder;
}

/**
 * Queues the look of `role` on `range` (several whole rows of the same role). Only what differs
 * from a new sheet's default is set. `rowRange(i)` gives row i of the run on its own.
 */
export function queueLook(range: Excel.Range, rowCount: number, role: RowRole, highlight: boolean, rowRange: (offset: number) => Excel.Range): void {
  const look: RoleLook = ROLE_LOOKS[role];
  const font = range.format.font;
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size) font.size = look.size;
  const color = highlight ? HIGHLIGHT_FONT : look.color;
  if (color) font.color = `#${color}`;
  const fill = highlight ? HIGHLIGHT_FILL : look.fill;
  if (fill) range.format.fill.color = `#${fill}`;

  if (look.topBorder && look.bottomBorder && rowCount > 1) {
    // Each row needs its own top and bottom line; rare (adjacent grand totals), so per row.
    for (let i = 0; i < rowCount; i++) queueBorders(rowRange(i), 1, look);
    return;
  }
  queueBorders(range, rowCount, look);
}

function queueBorders(range: Excel.Range, rowCount: number, look: RoleLook): void {
  const borders = range.format.borders;
  if (look.topBorder) {
    setBorder(borders.getItem('EdgeTop'), 'thin');
    if (rowCount > 1) setBorder(borders.getItem('InsideHorizontal'), 'thin');
  }
  if (look.bottomBorder) {
    setBorder(borders.getItem('EdgeBottom'), look.bottomBorder);
    if (rowCount > 1) setBorder(borders.getItem('InsideHorizontal'), look.bottomBorder);
  }
}

function setBorder(border: Excel.RangeBorder, kind: 'thin' | 'double'): void {
  if (kind === 'double') {
    border.style = 'Double';
  } else {
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

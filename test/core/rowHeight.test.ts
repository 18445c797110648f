/** The height of a row whose texts wrap: as many lines as its longest text needs in its column. */
import { wrappedLines, wrappedRowHeight } from '../../src/core/model/rowHeight';
import type { ModelRow } from '../../src/core/model/types';

const text = (s: string) => ({ kind: 'text' as const, text: s });

describe('wrapped row height', () => {
  it('counts a line per column width of characters, and a line break starts a line', () => {
    expect(wrappedLines('a'.repeat(60), 60)).toBe(1);
    expect(wrappedLines('a'.repeat(61), 60)).toBe(2);
    expect(wrappedLines('ett\ntvå\n\ntre', 60)).toBe(4);
  });

  it('takes the row’s tallest text, in points; one line or no wrap keeps the default height', () => {
    const row: ModelRow = { role: 'line', wrap: true, cells: [text('a'.repeat(100)), text('b'.repeat(30))] };
    // 100 chars in width 40 → 3 lines; 30 chars in width 10 → 3 lines; 3 × 15 = 45
    expect(wrappedRowHeight(row, [{ width: 40 }, { width: 10 }], 15)).toBe(45);
    expect(wrappedRowHeight({ ...row, cells: [text('kort')] }, [{ width: 40 }], 15)).toBeUndefined();
    expect(wrappedRowHeight({ ...row, wrap: undefined }, [{ width: 4 }], 15)).toBeUndefined();
  });

  it('never exceeds Excel’s highest row (409 points)', () => {
    expect(wrappedRowHeight({ role: 'line', wrap: true, cells: [text('x'.repeat(32_767))] }, [{ width: 58 }], 15)).toBe(409);
  });
});

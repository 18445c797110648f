/**
 * Reads found ranges into the core's `RangeData` in row blocks: one sync per block of at most
 * `blockRows` rows (small ranges share a block), halving the block when Excel on the web says
 * a request or response is over its 5 MB limit, or a range over its cell limit
 * (`RangeExceedsLimit`, `OperationCellsExceedLimit`). Nothing is read twice; a block that failed
 * is read again smaller.
 */
import type { RangeData, RawCell } from '../../core';
import { isCommandSizeError, isPayloadSizeError } from './officeErrors';
import type { FoundRange } from './types';

/** Rows per read request: about 1.5 MB of response for a ledger of 8 columns, under 5 MB; halved when Excel refuses. */
export const DEFAULT_BLOCK_ROWS = 20_000;

export interface ReadOptions {
  /** Rows per sync to start with (10 000). */
  blockRows?: number;
  /** Called after each block with rows read so far and rows in total. */
  onProgress?: (rowsRead: number, totalRows: number) => void;
  /** A range (index in `found`) whose first data row's displayed text to read along (for the date system). */
  probe?: number;
}

export interface ReadResult {
  ranges: RangeData[];
  /** The block size the read ended with (smaller than asked when Excel refused a block). */
  blockRows: number;
  /** Number of times a block was halved. */
  halvings: number;
  /** The displayed text (`Range.text`) of the probed range's first data row, when asked for and present. */
  probeText?: string[];
}

interface Slice {
  index: number;
  start: number;
  count: number;
  range: Excel.Range;
}

/** Reads every found range completely. */
export async function readRanges(context: Excel.RequestContext, found: readonly FoundRange[], options: ReadOptions = {}): Promise<ReadResult> {
  let blockRows = Math.max(1, Math.floor(options.blockRows ?? DEFAULT_BLOCK_ROWS));
  let halvings = 0;
  const values: RawCell[][][] = found.map(() => []);
  const next = found.map(() => 0);
  const totalRows = found.reduce((n, f) => n + f.rowCount, 0);
  let rowsRead = 0;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };

  let probeText: string[] | undefined;
  const probed = options.probe !== undefined ? found[options.probe] : undefined;
  for (;;) {
    const slices: Slice[] = [];
    let budget = blockRows;
    for (let i = 0; i < found.length && budget > 0; i++) {
      const f = found[i];
      const remaining = f.rowCount - next[i];
      if (remaining <= 0 || f.columnCount <= 0) continue;
      const count = Math.min(remaining, budget);
      const range = sheetOf(f.sheet).getRangeByIndexes(f.row + next[i], f.col, count, f.columnCount);
      range.load('values');
      slices.push({ index: i, start: next[i], count, range });
      budget -= count;
    }
    if (slices.length === 0) break;
    // The probe goes with the first request that succeeds (no sync of its own).
    const probe =
      probed && probeText === undefined && probed.rowCount >= 2 && probed.columnCount > 0
        ? sheetOf(probed.sheet).getRangeByIndexes(probed.row + 1, probed.col, 1, probed.columnCount)
        : undefined;
    probe?.load('text');
    try {
      await context.sync();
    } catch (error) {
      if ((isPayloadSizeError(error) || isCommandSizeError(error)) && blockRows > 1) {
        blockRows = Math.max(1, Math.floor(blockRows / 2));
        halvings++;
        // The worksheet proxies belonged to the failed request; fetch them again.
        sheets.clear();
        continue;
      }
      throw error;
    }
    if (probe) probeText = probe.text[0];
    for (const s of slices) {
      const target = values[s.index];
      for (const row of s.range.values as RawCell[][]) target.push(row);
      next[s.index] = s.start + s.count;
      rowsRead += s.count;
    }
    options.onProgress?.(rowsRead, totalRows);
  }

  const ranges = found.map((f, i) => ({ name: f.name, sheet: f.sheet, row: f.row, col: f.col, values: values[i] }));
  return { ranges, blockRows, halvings, ...(probeText ? { probeText } : {}) };
}

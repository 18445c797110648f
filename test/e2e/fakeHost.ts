/**
 * The in-page Excel host of the end-to-end test: the strict fake of test/addin/fakeExcel.ts,
 * loaded with the example workbook (plus the scenario's edits), exposed as the `Office` and
 * `Excel` globals the task pane expects. Bundled by the test and injected with
 * `page.addInitScript` before the pane's own scripts run.
 */
import { FakeExcelHost } from '../addin/fakeExcel';
import { exampleWorkbook } from '../../src/example/exampleWorkbook';
import { parseLocal } from '../addin/fake/a1';

export interface FakeHostSetup {
  /** Load the example workbook's sheets and names (as a user's workbook would hold them). */
  example: boolean;
  /** Extra sheets of the user's, e.g. their own "Resultaträkning". */
  userSheets?: { name: string; rows: (string | number)[][] }[];
  /** Workbook names of the user's, e.g. their own `Kontoplan` on one of `userSheets`. */
  userNames?: { name: string; sheet: string; ref: string }[];
  /** Cell edits after loading, e.g. one bad amount. */
  edits?: { sheet: string; cell: string; value: string | number }[];
  /** Milliseconds per sync, so progress can be seen. */
  syncDelayMs?: number;
}

declare global {
  interface Window {
    __FAKE_EXCEL_SETUP__?: FakeHostSetup;
    __fakeExcel: ReturnType<typeof expose>;
  }
}

function expose(host: FakeExcelHost) {
  return {
    host,
    sheetNames: () => host.sheetNames(),
    sheetValues: (name: string) => host.sheetValues(name),
    formula: (sheet: string, cell: string) => host.formula(sheet, cell),
    selection: () => {
      const s = host.workbook.selection;
      if (!s) return undefined;
      const sheet = host.workbook.sheetById(s.sheetId)?.name;
      return { sheet, row: s.rect.row, col: s.rect.col, rows: s.rect.rows, cols: s.rect.cols };
    },
    activeSheet: () => host.workbook.sheetById(host.workbook.activeSheetId ?? -1)?.name,
    clearSelection: () => {
      host.workbook.selection = undefined;
    },
    stats: () => ({ syncs: host.stats.syncs, maxRequestBytes: host.stats.maxRequestBytes, maxResponseBytes: host.stats.maxResponseBytes }),
    names: () => host.workbook.names.map((n) => n.name),
  };
}

function install(): void {
  const setup: FakeHostSetup = window.__FAKE_EXCEL_SETUP__ ?? { example: false };
  const host = new FakeExcelHost({ api19: true, syncDelayMs: setup.syncDelayMs ?? 0 });
  if (setup.example) {
    const example = exampleWorkbook();
    for (const sheet of example.sheets) host.addSheet(sheet.name, sheet.rows as unknown[][]);
    for (const n of example.names) host.addName(n.name, n.sheet, n.ref);
  } else {
    host.addSheet('Blad1');
  }
  for (const s of setup.userSheets ?? []) host.addSheet(s.name, s.rows);
  for (const n of setup.userNames ?? []) host.addName(n.name, n.sheet, n.ref);
  for (const e of setup.edits ?? []) {
    const rect = parseLocal(e.cell);
    if (!rect) throw new Error(`bad cell ${e.cell}`);
    const sheet = host.sheet(e.sheet);
    (sheet.values[rect.row] ??= [])[rect.col] = e.value;
  }

  const setAtMost = (version: string, newest: string) => {
    const [a = 0, b = 0] = version.split('.').map(Number);
    const [x = 0, y = 0] = newest.split('.').map(Number);
    return a < x || (a === x && b <= y);
  };
  const ready = Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: {
      displayLanguage: 'sv-SE',
      // Requirement sets compare as major.minor numbers, as Office does: 1.16 is after 1.9. The
      // host has the sets up to the newest the pane asks for (1.16: use1904DateSystem).
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && setAtMost(version, '1.16') },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) =>
      ready.then((info) => {
        callback?.(info);
        return info;
      }),
  };
  Object.assign(window, { Office: office, Excel: { run: host.run }, __fakeExcel: expose(host) });
}

install();

/**
 * End to end: the production build of the task pane, served on localhost, in headless
 * Chromium, with an in-page fake Excel host holding the example workbook. The pane is driven
 * as a user would (buttons, keyboard); what it writes is compared with the core's model,
 * computed here from the same example.
 *
 * Screenshots of the pane (idle, progress, result with warnings, errors) go to test-artifacts/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { formatAmount } from '../../src/core';
import { buildReport } from '../../src/core/report';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { columnLetters } from '../../src/core/input/cellAddress';
import { uniqueSheetName } from '../../src/core/model/sheetNames';
import { importedFile, importSheetPlan, importSie, SIE_SHEET_NAMES } from '../../src/core/sie';
import { compareSheet } from '../addin/modelCompare';
import type { FakeHostSetup } from './fakeHost';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const AT = new Date('2024-09-02T08:30:00+02:00');
/** The report's generated-at line is in local time: the page gets this process's time zone. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const WEBPACK = join(ROOT, 'node_modules', '.bin', 'webpack');
const SIE_FIXTURES = join(ROOT, 'test', 'fixtures', 'sie');

const chromiumAvailable = existsSync(CHROMIUM);

type Scalar = string | number | boolean;

describe('task pane in Chromium with a fake Excel host', () => {
  if (!chromiumAvailable) {
    test('Chromium is installed (required on CI)', () => {
      const message = `${CHROMIUM} not found: the task pane's end-to-end test did NOT run. Install Debian's chromium package to run it.`;
      if (process.env.CI) throw new Error(message);
      console.warn(message);
      expect(chromiumAvailable).toBe(false);
    });
    return;
  }

  let work: string;
  let dist: string;
  let fakeHost: string;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  const example = exampleWorkbook();
  const expected = buildReport({ ranges: toRangeData(example), generatedAt: AT });
  const model = expected.model!;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'finsam-e2e-'));
    dist = join(work, 'dist');
    const bundleDir = join(work, 'fakehost');
    build(['--mode', 'production', '--env', `outDir=${dist}`]);
    build(['--config', join(__dirname, 'webpack.fakehost.config.js'), '--env', `outDir=${bundleDir}`]);
    fakeHost = readFileSync(join(bundleDir, 'fakeHost.js'), 'utf8');
    server = await serve(dist);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function openPane(setup: FakeHostSetup): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 380, height: 1000 }, timezoneId: TIME_ZONE, locale: 'sv-SE' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    (page as unknown as { pageErrors: string[] }).pageErrors = pageErrors;
    await page.clock.setFixedTime(AT);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl)) return route.continue();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js is provided by the fake host */' });
      }
      return route.abort();
    });
    await page.addInitScript((s) => {
      (window as unknown as { __FAKE_EXCEL_SETUP__: unknown }).__FAKE_EXCEL_SETUP__ = s;
    }, setup);
    await page.addInitScript({ content: fakeHost });
    await page.goto(`${baseUrl}/taskpane.html`);
    await page.getByRole('heading', { name: 'Delårsrapport' }).waitFor();
    return page;
  }

  /** Waits until the pane is idle again (no run in progress) and `runs` Excel.run calls happened. */
  async function idle(page: Page, minSyncs = 0): Promise<void> {
    await page.waitForFunction((n) => document.querySelector('main[aria-busy="false"]') !== null && window.__fakeExcel.stats().syncs >= n, minSyncs, {
      timeout: 120_000,
    });
  }

  /** The pane on the example workbook after "Skapa rapport", its result shown. */
  async function reportOfExample(): Promise<Page> {
    const page = await openPane({ example: true });
    await idle(page);
    const before = await page.evaluate(() => window.__fakeExcel.stats().syncs);
    await page.getByRole('button', { name: 'Skapa rapport' }).click();
    await idle(page, before + 1);
    await page.getByTestId('result').waitFor();
    return page;
  }

  const sheetValues = (page: Page, name: string) => page.evaluate((n) => window.__fakeExcel.sheetValues(n), name) as Promise<Scalar[][]>;
  const sheetNames = (page: Page) => page.evaluate(() => window.__fakeExcel.sheetNames());

  test('creates the report: values as the core computes them, a re-run changes nothing, a user sheet is left alone', async () => {
    const userSheet = { name: 'Resultaträkning', rows: [['Egen analys av resultatet'], ['=SUM(1,2)'], [42]] };
    const page = await openPane({ example: true, userSheets: [userSheet], syncDelayMs: 400 }); // the report is written in 2 requests now: slow them so the progress is seen
    await idle(page);
    // The ranges found, with data rows; year and month from the data.
    const ledgerRef = example.names.find((n) => n.name === 'Huvudbok')!.ref;
    const ledgerRows = Number(/(\d+)$/.exec(ledgerRef)![1]) - 3;
    const ledgerItem = page.locator('li[data-range="Huvudbok"]');
    await expect(ledgerItem.textContent()).resolves.toContain(`${formatCount(ledgerRows)} rader`);
    await expect(page.getByLabel('Räkenskapsår').inputValue()).resolves.toBe('2024');
    await expect(page.getByLabel('Till och med månad').inputValue()).resolves.toBe('8');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-idle.png'), fullPage: true });

    const before = await page.evaluate(() => window.__fakeExcel.stats().syncs);
    await page.getByRole('button', { name: 'Skapa rapport' }).click();
    await page.getByText(/Skriver blad \d+ av \d+/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-progress.png'), fullPage: true });
    await idle(page, before + 1);
    await page.getByTestId('result').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-result-warnings.png'), fullPage: true });

    // The result as the core has it.
    await expect(page.getByTestId('result-amount').textContent()).resolves.toBe(`${formatAmount(model.summary.result, 'sv', 2)} kr`);
    await expect(page.getByTestId('result-balance').textContent()).resolves.toBe('Balansräkningen balanserar');
    const warnings = expected.problems.filter((p) => p.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    await expect(page.getByTestId('result-warnings').textContent()).resolves.toBe(warnings === 1 ? '1 varning' : `${warnings} varningar`);
    // The checks sheet's statuses, counted as the command line counts them (the example has Varning among them).
    const counted = model.summary.checks!;
    expect(counted.warning).toBeGreaterThan(0);
    await expect(page.getByTestId('result-checks').textContent()).resolves.toBe(
      `Kontroller: ${counted.ok} OK, ${counted.warning} Varning, ${counted.error} Fel`,
    );

    // Every written sheet holds the model's cells; the user's sheet pushed ours to "(2)".
    const names = await sheetNames(page);
    // The user's sheets (the example's inputs and "Resultaträkning") push a report sheet of the same name to "(2)".
    const reportNames: string[] = [];
    for (const sheet of model.sheets) reportNames.push(uniqueSheetName(sheet.name, [...example.sheets.map((s) => s.name), 'Resultaträkning', ...reportNames]));
    expect(reportNames).toContain('Resultaträkning (2)');
    expect(names).toEqual([...example.sheets.map((s) => s.name), 'Resultaträkning', ...reportNames]);
    for (const [i, sheet] of model.sheets.entries()) {
      expect([sheet.name, compareSheet(await sheetValues(page, reportNames[i]), sheet)]).toEqual([sheet.name, []]);
    }
    const userValues = await sheetValues(page, 'Resultaträkning');
    expect(userValues).toEqual([['Egen analys av resultatet'], ['=SUM(1,2)'], [42]]);

    // A re-run: the same sheets with the same values, nothing else touched.
    const firstRun = await Promise.all(names.map(async (n) => [n, await sheetValues(page, n)]));
    const syncsBefore = await page.evaluate(() => window.__fakeExcel.stats().syncs);
    await page.getByRole('button', { name: 'Skapa rapport' }).click();
    await idle(page, syncsBefore + 1);
    await page.getByTestId('result').waitFor();
    expect(await sheetNames(page)).toEqual(names);
    expect(await Promise.all(names.map(async (n) => [n, await sheetValues(page, n)]))).toEqual(firstRun);
    const markers = (await page.evaluate(() => window.__fakeExcel.names())).filter((n) => n.startsWith('FinsamRapport_'));
    expect(markers).toHaveLength(model.sheets.length);
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.context().close();
  }, 300_000);

  test('an input error: nothing is written, and its list entry selects the cell (click and keyboard)', async () => {
    const ledger = example.sheets.find((s) => s.name === 'Huvudbok')!;
    const amountCol = (ledger.rows[2] as unknown[]).indexOf('Belopp');
    expect(amountCol).toBeGreaterThan(0);
    const cell = `${columnLetters(amountCol)}18`;
    const page = await openPane({ example: true, edits: [{ sheet: 'Huvudbok', cell, value: '12 kronor' }] });
    await idle(page);
    const namesBefore = await sheetNames(page);
    await page.getByRole('button', { name: 'Skapa rapport' }).click();
    await page.getByTestId('result').waitFor();
    await idle(page);
    await expect(page.getByTestId('result').textContent()).resolves.toContain('Rapporten skrevs inte');
    expect(await sheetNames(page)).toEqual(namesBefore);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-errors.png'), fullPage: true });

    const entry = page.getByRole('button', { name: new RegExp(`^Gå till Huvudbok!${cell}: Huvudbok \\(Huvudbok!${cell}\\)`) });
    await entry.click();
    await page.waitForFunction(() => window.__fakeExcel.selection() !== undefined);
    expect(await page.evaluate(() => window.__fakeExcel.selection())).toEqual({ sheet: 'Huvudbok', row: 17, col: amountCol, rows: 1, cols: 1 });
    expect(await page.evaluate(() => window.__fakeExcel.activeSheet())).toBe('Huvudbok');

    await page.evaluate(() => window.__fakeExcel.clearSelection());
    await entry.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__fakeExcel.selection() !== undefined);
    expect(await page.evaluate(() => window.__fakeExcel.selection())).toMatchObject({ sheet: 'Huvudbok', row: 17, col: amountCol });
    await page.context().close();
  }, 300_000);

  test('keyboard: Tab reaches the settings, then "Skapa rapport", then the menu of the other actions', async () => {
    const page = await openPane({ example: true });
    await idle(page);
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return '';
          if (el.tagName === 'INPUT' || el.tagName === 'SELECT') return el.tagName.slice(0, 3);
          return (el.getAttribute('aria-label') || el.textContent || el.tagName).trim();
        }),
      );
    }
    const create = order.indexOf('Skapa rapport');
    expect(order.slice(0, 3).map((o) => o.slice(0, 3))).toEqual(['INP', 'SEL', 'SEL']); // year, month, language
    expect(create).toBe(3);
    expect(order.indexOf('Fler åtgärder')).toBe(create + 1);
    // the menu opens with Enter and its items are reached with the arrow keys
    await page.getByRole('button', { name: 'Fler åtgärder' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Läs arbetsboken igen' }).waitFor();
    const items = await page.getByRole('menuitem').allTextContents();
    expect(items).toEqual(['Läs arbetsboken igen', 'Infoga exempeldata', 'Importera SIE-fil']);
    await page.keyboard.press('Escape');
    // and back: Shift+Tab from the menu button is "Skapa rapport"
    await page.getByRole('button', { name: 'Fler åtgärder' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skapa rapport');
    await page.context().close();
  }, 120_000);

  test.each([270, 320, 450])(
    'at %i px nothing overflows sideways (idle, result, error)',
    async (width) => {
      const page = await openPane({ example: true });
      await page.setViewportSize({ width, height: 800 });
      await idle(page);
      const overflow = () =>
        page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5);
          return { scroll: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 5).map((el) => `${el.tagName}.${el.className}`.slice(0, 80)) };
        });
      expect(await overflow()).toEqual({ scroll: 0, wide: [] });
      await page.getByRole('button', { name: 'Skapa rapport' }).click();
      await page.getByTestId('result').waitFor();
      await idle(page);
      expect(await overflow()).toEqual({ scroll: 0, wide: [] });
      await page.screenshot({ path: join(ARTIFACTS, `taskpane-${width}px.png`), fullPage: true });
      // an Office error with its details open
      await page.getByRole('button', { name: 'Fler åtgärder' }).click();
      await page.getByRole('menuitem', { name: 'Infoga exempeldata' }).click();
      // The refusal reads the workbook first (a loaded CI machine once took over 30 s here).
      await page.getByTestId('office-error').waitFor({ timeout: 90_000 });
      await page.getByRole('button', { name: 'Visa detaljer' }).click();
      await page.getByTestId('office-error-details').waitFor();
      expect(await overflow()).toEqual({ scroll: 0, wide: [] });
      await page.screenshot({ path: join(ARTIFACTS, `taskpane-${width}px-error.png`), fullPage: true });
      await page.context().close();
    },
    120_000,
  );

  test('at 320×800 the progress sits next to "Skapa rapport", in view; the result links to each written sheet', async () => {
    const page = await openPane({ example: true, syncDelayMs: 400 });
    await page.setViewportSize({ width: 320, height: 800 });
    await idle(page);
    const create = page.getByRole('button', { name: 'Skapa rapport' });
    await create.click();
    const progress = page.getByTestId('progress');
    await progress.waitFor();
    // right under the action row ("Fler åtgärder" may wrap below "Skapa rapport" in a narrow pane)
    const [button, menu, bar] = [await create.boundingBox(), await page.getByTestId('more-actions').boundingBox(), await progress.boundingBox()];
    const rowBottom = Math.max(button!.y + button!.height, menu!.y + menu!.height);
    expect(bar!.y - rowBottom).toBeGreaterThanOrEqual(0);
    expect(bar!.y - rowBottom).toBeLessThan(24);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(800);
    await idle(page, 1);
    await page.getByTestId('result').waitFor();
    const links = page.getByTestId('result-sheets').getByRole('button');
    const names = await links.allTextContents();
    expect(names).toEqual(model.sheets.map((s) => s.name));
    await links.nth(2).click();
    await page.waitForFunction((n) => window.__fakeExcel.activeSheet() === n, names[2]);
    await page.context().close();
  }, 120_000);

  test('the result lists the income statement’s lines; Enter or a click on one selects its rows on Verifikationer', async () => {
    const page = await reportOfExample();
    const lines = page.getByTestId('result-lines').getByRole('button');
    const income = model.drill!.filter((d) => d.from === 'income');
    expect(await lines.count()).toBe(income.length);
    const rectOf = (range: string) => {
      const [, top, bottom] = /^A(\d+):I(\d+)$/.exec(range)!;
      return { sheet: 'Verifikationer', row: Number(top) - 1, col: 0, rows: Number(bottom) - Number(top) + 1, cols: 9 };
    };
    // Keyboard: focus the second line's button, press Enter.
    await page.evaluate(() => window.__fakeExcel.clearSelection());
    await lines.nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__fakeExcel.selection() !== undefined);
    expect(await page.evaluate(() => window.__fakeExcel.selection())).toEqual(rectOf(income[1].range));
    expect(await page.evaluate(() => window.__fakeExcel.activeSheet())).toBe('Verifikationer');
    // A click on the first.
    await page.evaluate(() => window.__fakeExcel.clearSelection());
    await lines.nth(0).click();
    await page.waitForFunction(() => window.__fakeExcel.selection() !== undefined);
    expect(await page.evaluate(() => window.__fakeExcel.selection())).toEqual(rectOf(income[0].range));
    await expect(lines.nth(0).getAttribute('aria-label')).resolves.toContain(income[0].label);
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('the balance sheet’s lines and the cost centres are listed too, folded: opened by keyboard, a line selects its rows on Verifikationer or Verifikationer KST', async () => {
    const page = await reportOfExample();
    for (const [from, heading, testId, sheet] of [
      ['balance', 'Balansräkningens rader', 'result-lines-balance', 'Verifikationer'],
      ['costCentres', 'Kostnadsställen', 'result-lines-cost-centres', 'Verifikationer KST'],
    ] as const) {
      const targets = model.drill!.filter((d) => d.from === from);
      expect(targets.length).toBeGreaterThan(1);
      // Folded: no line shown until the group is opened (Enter on its header).
      expect(await page.getByTestId(testId).count()).toBe(0);
      const header = page.getByRole('button', { name: heading, exact: true });
      await header.focus();
      await page.keyboard.press('Enter');
      const lines = page.getByTestId(testId).getByRole('button');
      await lines.first().waitFor();
      expect(await lines.count()).toBe(targets.length);
      await expect(lines.nth(1).getAttribute('aria-label')).resolves.toContain(targets[1].label);
      await page.evaluate(() => window.__fakeExcel.clearSelection());
      await lines.nth(1).click();
      await page.waitForFunction(() => window.__fakeExcel.selection() !== undefined);
      const [, top, bottom] = /^A(\d+):I(\d+)$/.exec(targets[1].range)!;
      expect(await page.evaluate(() => window.__fakeExcel.selection())).toEqual({
        sheet,
        row: Number(top) - 1,
        col: 0,
        rows: Number(bottom) - Number(top) + 1,
        cols: 9,
      });
      expect(await page.evaluate(() => window.__fakeExcel.activeSheet())).toBe(sheet);
    }
    // The picture once the groups have finished opening.
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-drill-groups.png'), fullPage: true });
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('an old webview that cannot run the ES2020 bundle gets a clear message, not a blank pane', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
    const page = await context.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith(baseUrl) ? route.continue() : route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    // What Internet Explorer and old Edge lack (among much else).
    await page.addInitScript(() => {
      delete (Object as unknown as { fromEntries?: unknown }).fromEntries;
    });
    await page.goto(`${baseUrl}/taskpane.html`);
    const message = page.getByRole('alert');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('Tillägget kan inte köras i den här versionen av Office');
    expect(await page.locator('#root').isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-old-webview.png') });
    await context.close();
  }, 60_000);

  test('"Infoga exempeldata" fills an empty workbook, and a second press says why it will not', async () => {
    const page = await openPane({ example: false });
    await idle(page);
    await expect(page.locator('li[data-range="Huvudbok"]').textContent()).resolves.toContain('saknas – krävs');
    // An empty workbook: "Skapa rapport" is disabled and says why; import and example come first.
    await page.getByTestId('empty-workbook').waitFor();
    await expect(page.getByRole('button', { name: 'Skapa rapport' }).getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.locator('#create-disabled').textContent()).resolves.toContain('huvudbok');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-empty.png'), fullPage: true });
    await page.getByRole('button', { name: 'Infoga exempeldata' }).click();
    await page.getByTestId('info').waitFor();
    await idle(page);
    await expect(page.locator('li[data-range="Huvudbok"]').textContent()).resolves.toContain('rader');
    expect(await sheetNames(page)).toEqual(['Blad1', ...example.sheets.map((s) => s.name)]);
    expect(await page.getByTestId('empty-workbook').count()).toBe(0);
    await page.getByRole('button', { name: 'Fler åtgärder' }).click();
    await page.getByRole('menuitem', { name: 'Infoga exempeldata' }).click();
    await page.getByTestId('office-error').waitFor();
    // one line says what happened; the code and Excel's message are behind "Visa detaljer"
    await expect(page.getByTestId('office-error-line').textContent()).resolves.toContain('tom arbetsbok');
    expect(await page.getByTestId('office-error-code').count()).toBe(0);
    await page.getByRole('button', { name: 'Visa detaljer' }).click();
    await expect(page.getByTestId('office-error-code').textContent()).resolves.toBe('Felkod: WorkbookNotEmpty');
    await page.context().close();
  }, 120_000);

  test('"Importera SIE-fil": the file’s ranges on new sheets beside a user sheet "Huvudbok", then "Skapa rapport" writes the core’s report of them', async () => {
    const fixture = join(SIE_FIXTURES, 'full-pc8.se');
    const imported = importSie(new Uint8Array(readFileSync(fixture)));
    expect(imported.problems).toEqual([]);
    const userSheet = { name: 'Huvudbok', rows: [['Mina egna anteckningar'], ['=SUM(1,2)']] };
    const page = await openPane({ example: false, userSheets: [userSheet], syncDelayMs: 20 });
    await idle(page);
    await expect(page.locator('li[data-range="Huvudbok"]').textContent()).resolves.toContain('saknas – krävs');

    const before = await page.evaluate(() => window.__fakeExcel.stats().syncs);
    await page.getByTestId('sie-file').setInputFiles(fixture);
    await page.getByTestId('import-result').waitFor();
    await idle(page, before + 1);
    await page.getByTestId('import-create').waitFor();

    // The new sheets: SIE names made unique against the user's sheets.
    const written = imported.ranges.map((r) => uniqueSheetName(SIE_SHEET_NAMES[r.name], ['Blad1', 'Huvudbok']));
    expect(written[0]).toBe('Huvudbok (2)');
    expect(await sheetNames(page)).toEqual(['Blad1', 'Huvudbok', ...written]);
    expect(await sheetValues(page, 'Huvudbok')).toEqual(userSheet.rows.map((r) => r.map(String)));
    for (const [i, r] of imported.ranges.entries()) {
      // The core's import plan: amounts as numbers, text as text, empty cells empty.
      // The fake host answers use1904DateSystem (a 1900 workbook): dates are date serials.
      const plan = importSheetPlan(r, 'date1900');
      const expectedCells = plan.rows.map((row) => Array.from({ length: plan.columnCount }, (_, c) => row[c] ?? ''));
      expect([written[i], await sheetValues(page, written[i])]).toEqual([written[i], expectedCells]);
    }

    // What the pane says: each range from the file with its rows and sheet, the reconciliation, no problems.
    for (const [i, r] of imported.ranges.entries()) {
      await expect(page.locator(`li[data-import-range="${r.name}"]`).textContent()).resolves.toBe(
        `${r.name}${formatCount(r.values.length - 1)} rader → bladet ${written[i]}`,
      );
    }
    await expect(page.getByTestId('reconciliation').textContent()).resolves.toBe(
      'Verifikationerna ger exakt filens utgående balanser (#UB) och resultat (#RES).',
    );
    await expect(page.getByTestId('import-status').textContent()).resolves.toContain('Områdena från filen finns nu i arbetsboken.');
    // The workbook was read again: the ranges are found and the settings come from the file (#RAR 0; last voucher row 2024-04-15).
    await expect(page.locator('li[data-range="Huvudbok"]').textContent()).resolves.toContain(`Huvudbok (2)`);
    await expect(page.getByLabel('Räkenskapsår').inputValue()).resolves.toBe('2024');
    await expect(page.getByLabel('Till och med månad').inputValue()).resolves.toBe('4');
    // Focus is on the import's heading, so the next Tab reaches its "Skapa rapport".
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-heading');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-sie-import.png'), fullPage: true });

    // "Skapa rapport" right away: the report equals the core's, built here from the same imported ranges.
    const syncs = await page.evaluate(() => window.__fakeExcel.stats().syncs);
    await page.getByTestId('import-create').click();
    await idle(page, syncs + 1);
    await page.getByTestId('result').waitFor();
    const ranges = imported.ranges.map((r, i) => ({ ...r, sheet: written[i] }));
    const expectedReport = buildReport({ ranges, generatedAt: AT, imported: importedFile(imported, basename(fixture)) });
    const sieModel = expectedReport.model!;
    expect(sieModel.checks.find((c) => c.key === 'sieFile')?.status).toBe('ok');
    // 2024 through April: income 100 000,00 + 12,34, costs 40 000,00 + 2 500,00 + 1 200,50 (fixtures README)
    expect(sieModel.summary.result).toBe('56311.84');
    await expect(page.getByTestId('result-amount').textContent()).resolves.toBe('56\u00a0311,84 kr');
    await expect(page.getByTestId('result-balance').textContent()).resolves.toBe('Balansräkningen balanserar');
    const taken = ['Blad1', 'Huvudbok', ...written];
    const reportNames: string[] = [];
    for (const sheet of sieModel.sheets) reportNames.push(uniqueSheetName(sheet.name, [...taken, ...reportNames]));
    expect(await sheetNames(page)).toEqual([...taken, ...reportNames]);
    for (const [i, sheet] of sieModel.sheets.entries()) {
      expect([sheet.name, compareSheet(await sheetValues(page, reportNames[i]), sheet)]).toEqual([sheet.name, []]);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-sie-report.png'), fullPage: true });

    // Importing the same file again replaces only the import's sheets. The button works from the
    // keyboard: Enter on it clicks the file input (whether the browser then shows its picker
    // depends on its user-activation timing, so the file itself is given to the input).
    const all = await sheetNames(page);
    const snapshot = await Promise.all(all.map(async (n) => [n, await sheetValues(page, n)]));
    const again = await page.evaluate(() => window.__fakeExcel.stats().syncs);
    await page.evaluate(() => {
      const input = document.querySelector('input[type="file"][data-testid="sie-file"]') as HTMLInputElement;
      input.addEventListener('click', (e) => {
        (window as unknown as { inputClicked: boolean }).inputClicked = true;
        e.preventDefault();
      });
    });
    await page.getByRole('button', { name: 'Fler åtgärder' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Importera SIE-fil' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { inputClicked?: boolean }).inputClicked === true);
    expect(await page.getAttribute('[data-testid="sie-file"]', 'accept')).toBe('.se,.si,.sie');
    await page.getByTestId('sie-file').setInputFiles(fixture);
    await page.getByTestId('import-result').waitFor();
    await idle(page, again + 1);
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('Ersatte bladen från förra importen');
    expect(await Promise.all(all.map(async (n) => [n, await sheetValues(page, n)]))).toEqual(snapshot);
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
    await page.context().close();
  }, 300_000);

  test('a SIE import beside the user’s own Kontoplan and Prognos: those are kept, and the pane says so', async () => {
    const plan = [
      ['Konto', 'Avsnitt'],
      ['3000-3999', 'Intäkter'],
      ['4000-7999', 'Kostnader'],
    ];
    const page = await openPane({
      example: false,
      userSheets: [
        { name: 'Min plan', rows: plan },
        {
          name: 'Prognos',
          rows: [
            ['Kostnadsställe', 'Helår'],
            ['3001', 50000],
          ],
        },
      ],
      userNames: [
        { name: 'Kontoplan', sheet: 'Min plan', ref: 'A1:B3' },
        { name: 'Prognos', sheet: 'Prognos', ref: 'A1:B2' },
      ],
    });
    await idle(page);
    await page.getByTestId('sie-file').setInputFiles(join(SIE_FIXTURES, 'full-pc8.se'));
    await page.getByTestId('import-result').waitFor();
    await idle(page);
    await page.getByTestId('import-create').waitFor();
    const kept = page.locator('li[data-import-range="Kontoplan"]');
    await expect(kept.getAttribute('data-status')).resolves.toBe('userKept');
    await expect(kept.textContent()).resolves.toBe("Kontoplanfilens 9 rader skrevs inte: ditt eget område Kontoplan ('Min plan'!$A$1:$B$3) behålls");
    await expect(page.locator('li[data-user-range="Prognos"]').textContent()).resolves.toBe('Prognosditt eget: Prognos!$A$1:$B$2');
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('Vill du använda filens i stället');
    expect(await sheetNames(page)).toEqual(['Blad1', 'Min plan', 'Prognos', 'Huvudbok', 'Ingående balans', 'Kostnadsställen', 'Inställningar', 'Budget']);
    expect(await sheetValues(page, 'Min plan')).toEqual(plan);
    await expect(page.locator('li[data-range="Kontoplan"]').textContent()).resolves.toContain("'Min plan'!A1:B3");
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-sie-import-kept.png'), fullPage: true });
    await page.context().close();
  }, 120_000);

  test('a SIE file with errors (truncated #VER): nothing is written and the problem shows its line', async () => {
    const page = await openPane({ example: false });
    await idle(page);
    const namesBefore = await sheetNames(page);
    await page.getByTestId('sie-file').setInputFiles(join(SIE_FIXTURES, 'truncated-ver.se'));
    await page.getByTestId('import-result').waitFor();
    await idle(page);
    await expect(page.getByTestId('import-status').textContent()).resolves.toMatch(/^Filen har fel och importerades inte/);
    const entry = page.getByTestId('import-result').locator('li[data-severity="error"]');
    await expect(entry.textContent()).resolves.toBe(
      'FelRad 13: Verifikationen avslutas aldrig med ”}” — filen kan vara avkortad. — #VER "A" "2" 20240111 "Andra"',
    );
    await expect(page.getByTestId('import-create').count()).resolves.toBe(0);
    expect(await sheetNames(page)).toEqual(namesBefore);
    expect(await page.evaluate(() => window.__fakeExcel.names())).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-sie-errors.png'), fullPage: true });
    await page.context().close();
  }, 120_000);
});

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** Runs webpack-cli in a child process (the same command `npm run build` runs). */
function build(args: string[]): void {
  const run = spawnSync(WEBPACK, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (run.status !== 0) throw new Error(`webpack ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** A static file server for the built dist/ folder on a free localhost port. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

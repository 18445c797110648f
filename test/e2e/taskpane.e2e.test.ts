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
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { formatAmount } from '../../src/addin/i18n';
import { buildReport } from '../../src/core/report';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { columnLetters } from '../../src/core/input/cellAddress';
import { compareSheet } from '../addin/modelCompare';
import type { FakeHostSetup } from './fakeHost';

const ROOT = resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const AT = new Date('2024-09-02T08:30:00+02:00');
/** The report's generated-at line is in local time: the page gets this process's time zone. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const WEBPACK = join(ROOT, 'node_modules', '.bin', 'webpack');

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
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
    await page.waitForFunction(
      (n) => document.querySelector('main[aria-busy="false"]') !== null && window.__fakeExcel.stats().syncs >= n,
      minSyncs,
      { timeout: 120_000 },
    );
  }

  const sheetValues = (page: Page, name: string) => page.evaluate((n) => window.__fakeExcel.sheetValues(n), name) as Promise<Scalar[][]>;
  const sheetNames = (page: Page) => page.evaluate(() => window.__fakeExcel.sheetNames());

  test('creates the report: values as the core computes them, a re-run changes nothing, a user sheet is left alone', async () => {
    const userSheet = { name: 'Resultaträkning', rows: [['Egen analys av resultatet'], ['=SUM(1,2)'], [42]] };
    const page = await openPane({ example: true, userSheets: [userSheet], syncDelayMs: 60 });
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
    await expect(page.getByTestId('result-amount').textContent()).resolves.toBe(`${formatAmount(model.summary.result, 'sv')} kr`);
    await expect(page.getByTestId('result-balance').textContent()).resolves.toBe('Balansräkningen balanserar');
    const warnings = expected.problems.filter((p) => p.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    await expect(page.getByTestId('result-warnings').textContent()).resolves.toBe(warnings === 1 ? '1 varning' : `${warnings} varningar`);

    // Every written sheet holds the model's cells; the user's sheet pushed ours to "(2)".
    const names = await sheetNames(page);
    const reportNames = model.sheets.map((s) => (s.name === 'Resultaträkning' ? 'Resultaträkning (2)' : s.name));
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

  test('keyboard: Tab reaches the settings, then "Skapa rapport", then the other actions', async () => {
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
    expect(order.indexOf('Läs arbetsboken igen')).toBe(create + 1);
    expect(order.indexOf('Infoga exempeldata')).toBe(create + 2);
    // then the problem list's entries (the example has a warning without a cell: not a button)
    // and back: Shift+Tab from "Läs arbetsboken igen" is "Skapa rapport"
    await page.getByRole('button', { name: 'Läs arbetsboken igen' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skapa rapport');
    await page.context().close();
  }, 120_000);

  test('"Infoga exempeldata" fills an empty workbook, and a second press says why it will not', async () => {
    const page = await openPane({ example: false });
    await idle(page);
    await expect(page.locator('li[data-range="Huvudbok"]').textContent()).resolves.toContain('saknas – krävs');
    await page.getByRole('button', { name: 'Infoga exempeldata' }).click();
    await page.getByTestId('info').waitFor();
    await idle(page);
    await expect(page.locator('li[data-range="Huvudbok"]').textContent()).resolves.toContain('rader');
    expect(await sheetNames(page)).toEqual(['Blad1', ...example.sheets.map((s) => s.name)]);
    await page.getByRole('button', { name: 'Infoga exempeldata' }).click();
    await page.getByTestId('office-error').waitFor();
    await expect(page.getByTestId('office-error-code').textContent()).resolves.toBe('Felkod: WorkbookNotEmpty');
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

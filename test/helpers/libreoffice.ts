/**
 * LibreOffice as the tests' second spreadsheet engine: finding soffice, a profile that
 * recalculates every formula on load, and reading every cell of a saved workbook back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { RawCell } from '../../src/core/input/types';
import type { ReportModel } from '../../src/core/model/types';
import { dateStyleFlags } from '../../src/xlsx/cellStyles';
import { openPackage, readPart, readRels } from '../../src/xlsx/package';
import { sharedStringTexts } from '../../src/xlsx/readWorkbook';
import { a1 } from '../../src/xlsx/refs';
import { areaValues, readAreaCells } from '../../src/xlsx/sheetCells';
import { readWorkbookInfo } from '../../src/xlsx/workbookXml';

export function soffice(): string {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice']) {
    if (existsSync(p)) return p;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('soffice (LibreOffice) is not installed; this test must run — install libreoffice-calc (.ci/run does).');
  }
}

/** A LibreOffice profile that recalculates every formula of an .xlsx file on load. */
export function recalcProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      // 0 = always recalculate (1 = never, 2 = ask): Excel 2007 and newer files.
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '</oor:items>\n',
  );
  return `file://${join(dir, 'profile')}`;
}

/** Every cell of every sheet of a workbook, by sheet name and A1 address (cached values). */
export async function allCells(bytes: Uint8Array): Promise<Map<string, Map<string, RawCell>>> {
  const pkg = await openPackage(bytes);
  const info = await readWorkbookInfo(pkg);
  const ctx: { sharedStrings: string[]; dateStyles: Uint8Array; date1904: boolean } = {
    sharedStrings: [],
    dateStyles: new Uint8Array(0),
    date1904: info.date1904,
  };
  const rels = await readRels(pkg, pkg.workbookPath);
  const part = (kind: string) => rels.find((r) => r.kind === kind && !r.external)?.target;
  const text = async (p: string | undefined) => (p === undefined ? undefined : readPart(pkg, p));
  const sst = await text(part('sharedStrings'));
  if (sst !== undefined) ctx.sharedStrings = sharedStringTexts(sst);
  ctx.dateStyles = dateStyleFlags(await text(part('styles')));
  const out = new Map<string, Map<string, RawCell>>();
  for (const sheet of info.sheets) {
    if (!sheet.part) continue;
    const xml = (await readPart(pkg, sheet.part)) ?? '';
    const [cells] = await readAreaCells(
      (async function* () {
        yield xml;
      })(),
      [{ top: 0, left: 0, bottom: Infinity, right: Infinity }],
      ctx,
    );
    const { values, rowOffset } = areaValues(cells);
    const byAddress = new Map<string, RawCell>();
    values.forEach((row, r) => row.forEach((v, c) => v !== null && byAddress.set(a1(r + rowOffset, c), v)));
    out.set(sheet.name, byAddress);
  }
  return out;
}

export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  value: string;
  style: string;
}

export function formulaCells(model: ReportModel, names: Map<string, string>): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const s of model.sheets) {
    s.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (cell.kind === 'formula')
          out.push({ sheet: names.get(s.key)!, address: a1(r, c), formula: cell.formula, value: cell.text ?? cell.value, style: cell.style });
      }),
    );
  }
  return out;
}

export /** Compares LibreOffice's value with the model's exact value: to the öre (percentages to 6 places). */
function sameFigure(lo: RawCell, exact: string, style: string): boolean {
  if (exact === '') return lo === null || lo === undefined || lo === '';
  if (style === 'text') return lo === exact;
  if (typeof lo !== 'number') return false;
  const places = style === 'percent' ? 6 : 2;
  return new Decimal(lo).toFixed(places) === new Decimal(exact).toFixed(places);
}

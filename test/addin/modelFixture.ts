/**
 * A small hand-made report model for the adapter's tests, written like the report it is:
 * an income statement with a sum formula and text from the user's data (some of it looks
 * like a formula), and a summary that refers to the income statement across sheets.
 */
import type { CellValue, ModelRow, ReportModel, SheetModel } from '../../src/core/model/types';
import { decimalText } from '../../src/core/money';

export const t = (text: string, fromData = false): CellValue => ({ kind: 'text', text, ...(fromData ? { fromData } : {}) });
export const n = (value: string): CellValue => ({ kind: 'number', value: decimalText(value), style: 'kr' });
export const f = (formula: string, value: string): CellValue => ({ kind: 'formula', formula, value: value === '' ? '' : decimalText(value), style: 'kr' });
export const e: CellValue = { kind: 'empty' };

/** Texts from "the data" that Excel would turn into formulas or numbers if written naively. */
export const DANGEROUS_TEXTS = ['=HYPERLINK("http://evil.example","klicka")', '+46 70 123 45 67', '-Konsulttjänster', '@SUM(A1)', '2024-03-31', '0012'];

export function incomeSheet(extraRows = 0): SheetModel {
  const rows: ModelRow[] = [
    { role: 'title', cells: [t('Samordningsförbundet Exempel', true)] },
    { role: 'title', cells: [t('Resultaträkning jan–apr 2024')] },
    { role: 'subtitle', cells: [t('Skapad 2024-05-02 10:00')] },
    { role: 'blank', cells: [] },
    { role: 'header', cells: [t('Post'), t('Budget'), t('Utfall')] },
    { role: 'section', cells: [t('Verksamhetens intäkter')] },
    { role: 'line', cells: [t('Försäljning'), n('1000.00'), n('1200.50')], indent: 1 },
    { role: 'line', cells: [t('Övriga intäkter'), n('200'), n('0.25')], indent: 1 },
    { role: 'total', cells: [t('Summa verksamhetens intäkter'), f('SUM(B7:B8)', '1200'), f('SUM(C7:C8)', '1200.75')] },
  ];
  DANGEROUS_TEXTS.forEach((text, i) => rows.push({ role: 'detail', cells: [t(text, true), e, n(String(-(i + 1)))], indent: 2 }));
  for (let i = 0; i < extraRows; i++) rows.push({ role: 'detail', cells: [t(`Konto ${4000 + i} Benämning från data`, true), n(String(i)), n(`${i}.5`)] });
  rows.push({ role: 'grandTotal', cells: [t('Periodens resultat'), f('B9', '1200'), f('C9-1', '1199.75')], highlight: true });
  return { key: 'income', name: 'Resultaträkning', columns: [{ width: 40 }, { width: 14 }, { width: 14 }], rows, freeze: { rows: 5, cols: 1 } };
}

export function summarySheet(): SheetModel {
  return {
    key: 'summary',
    name: 'Ekonomisk sammanfattning',
    columns: [{ width: 30 }, { width: 14 }],
    rows: [
      { role: 'header', cells: [t('Post'), t('Utfall')] },
      { role: 'line', cells: [t('Intäkter'), f('{{income}}!C9', '1200.75')] },
      { role: 'grandTotal', cells: [t('Resultat'), f('B2-0.75', '1200')] },
    ],
    conditional: [{ range: 'B2:B3', formula: 'B2<0' }],
  };
}

export function reportModel(extraRows = 0): ReportModel {
  return {
    lang: 'sv',
    summary: {
      organisation: 'Exempel',
      year: 2024,
      period: 4,
      periodLabel: 'jan–apr 2024',
      result: decimalText('1199.75'),
      balanced: true,
      warnings: 1,
      errors: 0,
    },
    sheets: [incomeSheet(extraRows), summarySheet()],
    statements: [],
    checks: [],
    problems: [],
    generatedAt: '2024-05-02T10:00:00.000Z',
  };
}

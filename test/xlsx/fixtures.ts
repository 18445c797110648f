/**
 * A small hand-made report model, computed by hand, for the writer's golden tests and the
 * LibreOffice recalculation test.
 *
 *   Försäljning   budget 1 000,00  utfall 1 000,50  avvikelse   0,50
 *   Bidrag        budget   300,00  utfall   250,25  avvikelse −49,75
 *   Summa         budget 1 300,00  utfall 1 250,75  avvikelse −49,25
 *   Kostnader     budget  −900,00  utfall  −900,10  avvikelse  −0,10
 *   Resultat      budget   400,00  utfall   350,65  avvikelse −49,35
 */
import type { CellValue, ReportModel } from '../../src/core/model/types';
import { decimalText } from '../../src/core/money';

const t = (text: string, fromData = false): CellValue => ({ kind: 'text', text, ...(fromData ? { fromData } : {}) });
const n = (value: string): CellValue => ({ kind: 'number', value: decimalText(value), style: 'kr' });
const f = (formula: string, value: string): CellValue => ({ kind: 'formula', formula, value: value === '' ? '' : decimalText(value), style: 'kr' });
const e: CellValue = { kind: 'empty' };

export function handModel(): ReportModel {
  return {
    lang: 'sv',
    generatedAt: '2024-04-10T08:00:00.000Z',
    summary: {
      organisation: 'Testförbundet',
      year: 2024,
      period: 3,
      periodLabel: 'jan–mars 2024',
      result: decimalText('350.65'),
      balanced: true,
      warnings: 1,
      errors: 0,
    },
    sheets: [
      {
        key: 'income',
        name: 'Resultaträkning',
        columns: [{ width: 30 }, { width: 14 }, { width: 14 }, { width: 14 }],
        freeze: { rows: 5, cols: 1 },
        conditional: [{ range: 'D7:D11', formula: 'D7<0' }],
        rows: [
          { role: 'title', cells: [t('Testförbundet', true)] },
          { role: 'title', cells: [t('Resultaträkning jan–mars 2024')] },
          { role: 'subtitle', cells: [t('Skapad 2024-04-10 08:00')] },
          { role: 'blank', cells: [] },
          { role: 'header', cells: [e, t('Budget'), t('Utfall'), t('Avvikelse')] },
          { role: 'section', cells: [t('Verksamhetens intäkter')] },
          { role: 'line', indent: 1, cells: [t('Försäljning', true), n('1000'), n('1000.50'), f('C7-B7', '0.50')] },
          { role: 'line', indent: 1, highlight: true, cells: [t('Bidrag', true), n('300'), n('250.25'), f('C8-B8', '-49.75')] },
          { role: 'total', cells: [t('Summa intäkter'), f('SUM(B7:B8)', '1300'), f('SUM(C7:C8)', '1250.75'), f('SUM(D7:D8)', '-49.25')] },
          { role: 'line', cells: [t('Kostnader'), n('-900'), n('-900.10'), f('C10-B10', '-0.10')] },
          { role: 'grandTotal', cells: [t('Periodens resultat'), f('B9+B10', '400'), f('C9+C10', '350.65'), f('D9+D10', '-49.35')] },
          { role: 'line', cells: [t('=1+1', true)] },
        ],
      },
      {
        key: 'checks',
        name: 'Kontroller',
        columns: [{ width: 40 }, { width: 16 }],
        freeze: { rows: 1, cols: 0 },
        rows: [
          { role: 'header', cells: [t('Kontroll'), t('Belopp')] },
          { role: 'line', cells: [t('Resultat enligt resultaträkningen'), f('{{income}}!C11', '350.65')] },
          { role: 'line', cells: [t('Differens mot summa intäkter och kostnader'), f('B2-{{income}}!C9-{{income}}!C10', '0')] },
        ],
      },
    ],
    statements: [],
    checks: [{ key: 'ledgerBalances', status: 'ok', label: 'Huvudboken balanserar', detail: '' }],
    problems: [],
  };
}

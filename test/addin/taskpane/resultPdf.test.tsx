/** The result panel says how to save the report as PDF from Excel, and when the print setup is missing. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ResultPanel } from '../../../src/addin/taskpane/components/ResultPanel';
import type { CreateResult } from '../../../src/addin/workflow';
import { decimalText } from '../../../src/core';

const result = (over: Partial<CreateResult> = {}): CreateResult => ({
  written: true,
  summary: {
    organisation: 'Förbundet',
    year: 2024,
    period: 8,
    periodLabel: 'jan–aug 2024',
    result: decimalText('100'),
    balanced: true,
    warnings: 0,
    errors: 0,
  },
  problems: [],
  sheets: ['Resultaträkning'],
  replaced: [],
  printSetup: 'set',
  ...over,
});

const html = (r: CreateResult, lang: 'sv' | 'en' = 'sv') =>
  renderToStaticMarkup(createElement(ResultPanel, { result: r, lang, onOpenSheet: () => undefined })).replace(/&quot;/g, '"');

describe('the result panel and PDF', () => {
  test('says how to save as PDF from Excel, in the pane language', () => {
    expect(html(result())).toContain('Arkiv → Exportera → Skapa PDF/XPS');
    expect(html(result())).toContain('"Hela arbetsboken"');
    expect(html(result(), 'en')).toContain('File → Export → Create PDF/XPS');
    expect(html(result())).not.toContain('kunde inte ställa in utskriften');
  });

  test('says so when Excel could not set up printing', () => {
    expect(html(result({ printSetup: 'unsupported' }))).toContain('kunde inte ställa in utskriften');
    expect(html(result({ printSetup: 'failed' }), 'en')).toContain('could not set up the report sheets for printing');
  });
});

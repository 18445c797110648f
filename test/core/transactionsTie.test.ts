/**
 * The tie on Kontroller fires: when a statement line does not equal the ledger rows behind it
 * (here an income statement whose first line is made 1 kr too high), the group's Differens is
 * the gap and the check "Verifikationer stämmer mot rapporten" is an error.
 */
import Decimal from 'decimal.js';
import type { Statement } from '../../src/core/statements/types';

jest.mock('../../src/core/statements/incomeStatement', () => {
  const actual = jest.requireActual<typeof import('../../src/core/statements/incomeStatement')>('../../src/core/statements/incomeStatement');
  return {
    ...actual,
    buildIncomeStatement: (...args: Parameters<typeof actual.buildIncomeStatement>): Statement => {
      const s = actual.buildIncomeStatement(...args);
      const line = s.rows.find((r) => r.kind === 'line' && (r.accounts ?? []).length > 0 && r.values.actual);
      if (line) line.values.actual = line.values.actual!.plus(1);
      return s;
    },
  };
});

import { buildReport } from '../../src/core/report';
import { seed004Ranges } from '../fixtures/seed004';
import { ModelEvaluator } from '../helpers/evalModel';

describe('Verifikationer: a line that does not equal its rows', () => {
  it('shows the difference on the sheet and makes the check an error', () => {
    const m = buildReport({ ranges: seed004Ranges(), generatedAt: new Date(2024, 8, 2, 8, 0) }).model!;
    const tie = m.checks.find((c) => c.key === 'transactions:tie')!;
    expect(tie.status).toBe('error');
    const first = m.drill!.find((d) => d.from === 'income')!;
    const last = Number(/:I(\d+)$/.exec(first.range)![1]);
    const ev = new ModelEvaluator(m);
    // The ledger rows sum to the true amount; the report says 1 kr more: Differens −1.
    expect((ev.valueOf('transactions', `I${last}`) as Decimal).toFixed(2)).toBe('-1.00');
    // The check's live difference (the sum of the sheet's Differens column) is not 0 either.
    expect(tie.detail).toMatch(/−1,00/);
  });
});

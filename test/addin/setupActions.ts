/** The task pane's actions on a fresh fake host with one empty sheet, the real core and example. */
import { createActions } from '../../src/addin/workflow';
import { exampleWorkbook } from '../../src/example/exampleWorkbook';
import type { HostFeatures } from '../../src/addin/excel/types';
import { FakeExcelHost } from './fakeExcel';

export function setupActions(at: Date, prepare?: (host: FakeExcelHost) => void, features: HostFeatures = { api19: true }) {
  const host = new FakeExcelHost();
  host.addSheet('Blad1');
  prepare?.(host);
  const actions = createActions({
    run: host.run,
    features: () => features,
    example: () => exampleWorkbook(),
    yieldToUi: async () => undefined,
    now: () => at,
  });
  return { host, actions };
}

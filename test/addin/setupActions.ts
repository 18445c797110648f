/** The task pane's actions on a fresh fake host with one empty sheet, the real core and example. */
import { createActions } from '../../src/addin/workflow';
import { exampleWorkbook } from '../../src/example/exampleWorkbook';
import { FakeExcelHost } from './fakeExcel';

export function setupActions(at: Date, prepare?: (host: FakeExcelHost) => void) {
  const host = new FakeExcelHost();
  host.addSheet('Blad1');
  prepare?.(host);
  const actions = createActions({
    run: host.run,
    features: () => ({ api19: true }),
    example: () => exampleWorkbook(),
    yieldToUi: async () => undefined,
    now: () => at,
  });
  return { host, actions };
}

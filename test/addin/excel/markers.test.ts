import { freeMarkerNames, loadWorkbookState } from '../../../src/addin/excel/markers';
import { isMarkerName } from '../../../src/core';
import { FakeExcelHost } from '../fakeExcel';

test('a marker is the prefix and a number, as the CLI writes it', () => {
  expect(isMarkerName('FinsamRapport_1')).toBe(true);
  expect(isMarkerName('finsamrapport_12')).toBe(true);
  expect(isMarkerName('FinsamRapport_anteckningar')).toBe(false);
  expect(isMarkerName('FinsamRapport_')).toBe(false);
  expect(isMarkerName('Huvudbok')).toBe(false);
});

test('free marker names skip every name in use', () => {
  expect(freeMarkerNames(['FinsamRapport_1', 'finsamrapport_3', 'Huvudbok'], 3)).toEqual(['FinsamRapport_2', 'FinsamRapport_4', 'FinsamRapport_5']);
});

test('the workbook state: marked sheets (a marker the CLI wrote, quoted, counts too) and dangling markers', async () => {
  const host = new FakeExcelHost();
  host.addSheet('Data', [[1]]);
  host.addSheet('Resultaträkning (2)', [['rapport']]);
  host.addSheet('Gammal', [['borta snart']]);
  host.addName('FinsamRapport_1', 'Resultaträkning (2)', '$A$1');
  host.addName('FinsamRapport_2', 'Gammal', 'A1');
  host.addName('FinsamRapport_anteckningar', 'Data', 'A1');
  await host.run(async (c) => {
    c.workbook.worksheets.getItem('Gammal').delete();
    await c.sync();
  });
  const state = await host.run((c) => loadWorkbookState(c));
  expect(state.sheetNames).toEqual(['Data', 'Resultaträkning (2)']);
  expect(state.marked).toEqual([{ marker: 'FinsamRapport_1', sheet: 'Resultaträkning (2)' }, { marker: 'FinsamRapport_2' }]);
  expect(state.nameNames).toContain('FinsamRapport_anteckningar');
});

/**
 * Issue 5's charts in the task pane: every ChartSpec of the core's model becomes a native
 * chart on its sheet (kind, title, series names and ranges, categories, position).
 */
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { buildReport } from '../../src/core/report';
import { setupActions } from './setupActions';

const AT = new Date(Date.UTC(2024, 8, 2, 8, 30));

test("the report model's charts are drawn as native Excel charts", async () => {
  const { host, actions } = setupActions(AT);
  await actions.insertExample();
  const result = await actions.createReport({}, () => undefined);
  expect(result.written).toBe(true);
  const model = buildReport({ ranges: toRangeData(exampleWorkbook()), generatedAt: AT }).model!;
  const withCharts = model.sheets.filter((s) => (s.charts ?? []).length > 0);
  expect(withCharts.map((s) => s.key)).toEqual(expect.arrayContaining(['costCentres', 'participants']));
  for (const sheet of withCharts) {
    const written = host.workbook.sheetByName(result.sheets[model.sheets.indexOf(sheet)])!;
    expect(written.charts).toHaveLength(sheet.charts!.length);
    sheet.charts!.forEach((spec, i) => {
      const chart = written.charts[i];
      expect(chart.type).toBe(spec.kind === 'bar' ? 'ColumnClustered' : 'Line');
      expect(chart.title).toBe(spec.title);
      expect(chart.position).toBe(`${spec.anchor}:${spec.end}`);
      expect(chart.series.map((s) => s.name)).toEqual(spec.series.map((s) => s.name));
      spec.series.forEach((s, j) => {
        expect(chart.series[j].values).toContain(s.values);
        expect(chart.series[j].xValues).toContain(spec.categories);
      });
    });
  }
});

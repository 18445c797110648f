/**
 * Content of a workbook beyond cells and styles — charts, pivot tables, macros … — that a
 * load-and-save library like ExcelJS would drop. The writer here keeps every such part
 * byte for byte (it only adds and removes its own sheets), so this is for telling the user
 * what was kept, or what a report-only workbook does not carry.
 */
import type { XlsxPackage } from './package';

export type WorkbookFeature = 'charts' | 'pivotTables' | 'macros' | 'slicers' | 'externalLinks' | 'images' | 'controls' | 'comments' | 'dataModel';

const PATTERNS: [WorkbookFeature, RegExp][] = [
  ['charts', /^xl\/(charts\/chart[^/]*\.xml|chartsheets\/)/i],
  ['pivotTables', /^xl\/(pivotTables|pivotCache)\//i],
  ['macros', /^xl\/vbaProject\.bin$/i],
  ['slicers', /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i],
  ['externalLinks', /^xl\/externalLinks\//i],
  ['images', /^xl\/media\//i],
  ['controls', /^xl\/(ctrlProps|activeX)\//i],
  ['comments', /^xl\/(comments[^/]*\.xml|threadedComments\/)/i],
  ['dataModel', /^xl\/model\//i],
];

/** The features present in the package, in a fixed order. */
export function detectFeatures(pkg: XlsxPackage): WorkbookFeature[] {
  const names = [...pkg.entries.values()];
  return PATTERNS.filter(([, re]) => names.some((n) => re.test(n))).map(([f]) => f);
}

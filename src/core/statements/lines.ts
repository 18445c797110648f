/**
 * Groups accounts into statement lines: each account on its chart line, lines in chart
 * order, and — with the workbook's own chart — its lines without activity too.
 */
import type { SectionKey } from '../input/parsed';
import type { ReportContext } from './context';
import type { SectionLine } from './engine';
import type { Values } from './types';

type OrderedLine = SectionLine & { order: number };

/**
 * The lines of each section among `sections`, from `accounts` (ascending) whose presentation
 * values `valuesOf` gives; accounts whose values are all zero or empty are left out.
 */
export function groupLines(
  ctx: ReportContext,
  accounts: Iterable<number>,
  sections: ReadonlySet<SectionKey>,
  valuesOf: (account: number, section: SectionKey) => Values,
): (section: SectionKey) => OrderedLine[] {
  const bySection = new Map<SectionKey, Map<string, OrderedLine>>();
  for (const account of [...new Set(accounts)].sort((a, b) => a - b)) {
    const m = ctx.accounts.map(account);
    if (!m || !sections.has(m.section)) continue;
    const values = valuesOf(account, m.section);
    if (Object.values(values).every((v) => v === null || v.isZero())) continue;
    let lines = bySection.get(m.section);
    if (!lines) bySection.set(m.section, (lines = new Map<string, OrderedLine>()));
    let line = lines.get(m.line);
    if (!line) lines.set(m.line, (line = { label: m.line, note: m.note, fromData: m.fromData, accounts: [], order: m.order }));
    line.accounts.push({ account, name: m.name, values });
  }
  return (section) => {
    const lines = bySection.get(section) ?? new Map<string, OrderedLine>();
    if (ctx.accounts.hasUserChart) {
      for (const l of ctx.accounts.linesOf(section)) {
        if (!lines.has(l.line)) lines.set(l.line, { label: l.line, note: l.note, fromData: l.fromData, accounts: [], order: l.order });
      }
    }
    return [...lines.values()].sort((a, b) => a.order - b.order);
  };
}

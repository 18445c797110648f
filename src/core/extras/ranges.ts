/**
 * Finding the optional ranges of the extras (`Medlemsbidrag`, `Deltagare`, `Arsvolym`,
 * `Projekt`) among the workbook's ranges, by the same rules as the core's ranges: names
 * compared case-insensitively with å/ä/ö folded, a sheet prefix dropped, every alias; a
 * second range for the same name is a warning, a blank range a warning.
 */
import { cellAddress } from '../input/cellAddress';
import { contractRangeOf, rangeNameKey } from '../input/findRange';
import { rangeBlank } from '../input/rangeSetup';
import type { Problem, RangeData } from '../input/types';

export type ExtraRange = 'Medlemsbidrag' | 'Deltagare' | 'Arsvolym' | 'Projekt';

/** Names accepted for each range; the first is the contract's own name. */
export const EXTRA_RANGE_NAMES: Readonly<Record<ExtraRange, readonly string[]>> = {
  Medlemsbidrag: ['Medlemsbidrag', 'Contributions'],
  Deltagare: ['Deltagare', 'Participants'],
  Arsvolym: ['Arsvolym', 'Årsvolym', 'ExpectedVolume', 'ExpectedVolumes', 'AnnualVolume'],
  Projekt: ['Projekt', 'Projects', 'Project'],
};

const LOOKUP: ReadonlyMap<string, ExtraRange> = (() => {
  const m = new Map<string, ExtraRange>();
  for (const [range, names] of Object.entries(EXTRA_RANGE_NAMES) as [ExtraRange, readonly string[]][]) {
    for (const n of names) m.set(rangeNameKey(n), range);
  }
  return m;
})();

/** The extras range a workbook name stands for, if any. */
export function extraRangeOf(name: string): ExtraRange | undefined {
  return LOOKUP.get(rangeNameKey(name));
}

/**
 * Picks each extras range from the workbook's ranges: the first of each name; a second one
 * is a warning (unless the core's own range list already knows the name and warned), and a
 * range with only blank cells is a warning and not used.
 */
export function findExtraRanges(ranges: readonly RangeData[], problems: Problem[]): Partial<Record<ExtraRange, RangeData>> {
  const found: Partial<Record<ExtraRange, RangeData>> = {};
  for (const r of ranges) {
    const extra = extraRangeOf(r.name);
    if (extra === undefined) continue;
    const had = found[extra];
    if (had === undefined) {
      found[extra] = r;
      continue;
    }
    if (contractRangeOf(r.name) === undefined) {
      problems.push({
        severity: 'warning',
        code: 'rangeDuplicate',
        range: extra,
        sheet: r.sheet,
        cell: cellAddress(r.row, r.col),
        value: r.name,
        params: { used: had.name, usedSheet: had.sheet },
      });
    }
  }
  for (const extra of Object.keys(found) as ExtraRange[]) {
    const r = found[extra]!;
    if (rangeBlank(r)) {
      problems.push({ severity: 'warning', code: 'rangeEmpty', range: extra, sheet: r.sheet, value: r.name });
      // A blank range counts as absent: its key goes, as if the workbook had no such name.
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      delete found[extra];
    }
  }
  return found;
}

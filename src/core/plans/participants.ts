/**
 * Participant flows for the report period: registrations and ends per municipality (with
 * unique participants when rows carry a person id) and per fiscal month by gender, and the
 * utilisation of each municipality's expected annual volume pro rata for the period.
 */
import { foldKey } from '../input/cells';
import type { Gender, ParticipantRow, VolumeRow } from '../input/participants';
import { Dec } from '../money';
import { calendarOf, fiscalOf } from '../post/fiscal';

export interface Flows {
  registered: Record<Gender, number>;
  ended: Record<Gender, number>;
}

export interface MonthFlows extends Flows {
  /** Fiscal month 1..period and its calendar year and month. */
  fiscalMonth: number;
  year: number;
  month: number;
}

export interface MunicipalityFlows extends Flows {
  name: string;
  /** Expected participants a year (from `Arsvolym`), when given. */
  volume?: number;
  /** Distinct person ids in the period (only when the range has a person-id column). */
  unique?: number;
}

export interface ParticipantSummary {
  months: MonthFlows[];
  municipalities: MunicipalityFlows[];
  /** Distinct person ids over all municipalities (a person counted once). */
  uniqueTotal?: number;
  /** Rows outside fiscal months 1..period of the report year (not counted). */
  outsideRows: number;
  period: number;
}

const noFlows = (): Flows => ({ registered: { women: 0, men: 0 }, ended: { women: 0, men: 0 } });

/**
 * Sums the participant rows of fiscal year `year`, months 1..`period`. Municipalities come
 * in `Arsvolym` order, then in order of first appearance; names match case-insensitively.
 */
export function summariseParticipants(
  rows: readonly ParticipantRow[],
  volumes: readonly VolumeRow[] | undefined,
  year: number,
  period: number,
  firstMonth: number,
  hasPersonColumn: boolean,
): ParticipantSummary {
  const months: MonthFlows[] = [];
  for (let m = 1; m <= period; m++) months.push({ fiscalMonth: m, ...calendarOf(year, m, firstMonth), ...noFlows() });
  const byKey = new Map<string, MunicipalityFlows>();
  const persons = new Map<string, Set<string>>();
  const allPersons = new Set<string>();
  const municipality = (name: string) => {
    const key = foldKey(name);
    let m = byKey.get(key);
    if (!m) {
      byKey.set(key, (m = { name, ...noFlows() }));
      if (hasPersonColumn) persons.set(key, new Set());
    }
    return m;
  };
  for (const v of volumes ?? []) municipality(v.municipality).volume = v.volume;
  let outsideRows = 0;
  for (const r of rows) {
    const f = fiscalOf(r.year, r.month, firstMonth);
    if (f.year !== year || f.month > period) {
      outsideRows++;
      continue;
    }
    const month = months[f.month - 1];
    const m = municipality(r.municipality);
    for (const target of [month, m]) {
      target.registered[r.gender] += r.registered;
      target.ended[r.gender] += r.ended;
    }
    if (r.person !== undefined) {
      persons.get(foldKey(r.municipality))?.add(r.person);
      allPersons.add(r.person);
    }
  }
  const municipalities = [...byKey.entries()].map(([key, m]) => (hasPersonColumn ? { ...m, unique: persons.get(key)!.size } : m));
  return { months, municipalities, ...(hasPersonColumn ? { uniqueTotal: allPersons.size } : {}), outsideRows, period };
}

export const totalOf = (x: Record<Gender, number>): number => x.women + x.men;

/**
 * Utilisation: registrations ÷ (expected annual volume × months/12); null without a volume
 * or when it is zero.
 */
export function utilisation(registered: number, volume: number | undefined, months: number): Dec | null {
  if (volume === undefined || volume === 0 || months <= 0) return null;
  return new Dec(registered).times(12).div(new Dec(volume).times(months));
}

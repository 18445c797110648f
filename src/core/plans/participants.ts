/**
 * Participant flows for the report period: registrations and ends per municipality and per
 * insats (with unique participants when rows carry a person id) and per fiscal month by
 * gender, the same period the year before, and the utilisation of each municipality's
 * expected annual volume pro rata for the period.
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

/** The flows of one insats (a cost centre or project), when the range has an `Insats` column. */
export interface InsatsFlows extends Flows {
  code: string;
  unique?: number;
}

/** The same fiscal months of the year before: the comparison the seeds give ("samma period förra året"). */
export interface PreviousFlows {
  total: Flows;
  /** Per municipality and per insats, keyed by the folded name or the code. */
  municipalities: ReadonlyMap<string, Flows>;
  insatser: ReadonlyMap<string, Flows>;
  uniqueTotal?: number;
}

export interface ParticipantSummary {
  months: MonthFlows[];
  municipalities: MunicipalityFlows[];
  /** Per insats in order of first appearance; empty without an `Insats` column. */
  insatser: InsatsFlows[];
  /** Distinct person ids over all municipalities (a person counted once). */
  uniqueTotal?: number;
  /** The same period the year before; undefined when the data has no rows for it. */
  previous?: PreviousFlows;
  /** Rows in the period, rows of the same period the year before, and rows outside both (not used). */
  periodRows: number;
  previousRows: number;
  outsideRows: number;
  period: number;
}

const noFlows = (): Flows => ({ registered: { women: 0, men: 0 }, ended: { women: 0, men: 0 } });

const add = (target: Flows, r: ParticipantRow) => {
  target.registered[r.gender] += r.registered;
  target.ended[r.gender] += r.ended;
};

/** Flows keyed by a name, in order of first appearance, with distinct person ids when asked. */
class Groups<T extends Flows> {
  readonly byKey = new Map<string, T>();
  readonly persons = new Map<string, Set<string>>();
  constructor(
    private readonly make: (name: string) => T,
    private readonly countPersons: boolean,
  ) {}
  get(key: string, name: string): T {
    let g = this.byKey.get(key);
    if (!g) {
      this.byKey.set(key, (g = this.make(name)));
      if (this.countPersons) this.persons.set(key, new Set());
    }
    return g;
  }
  add(key: string, name: string, r: ParticipantRow): void {
    add(this.get(key, name), r);
    if (r.person !== undefined) this.persons.get(key)?.add(r.person);
  }
  unique(key: string): number | undefined {
    return this.persons.get(key)?.size;
  }
}

/**
 * Sums the participant rows of fiscal year `year`, months 1..`period`, and of the same months
 * of the year before. Municipalities come in `Arsvolym` order, then in order of first
 * appearance; names match case-insensitively. Insatser come in order of first appearance.
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
  const municipalities = new Groups<MunicipalityFlows>((name) => ({ name, ...noFlows() }), hasPersonColumn);
  const insatser = new Groups<InsatsFlows>((code) => ({ code, ...noFlows() }), hasPersonColumn);
  const prevMunicipalities = new Groups<Flows>(noFlows, false);
  const prevInsatser = new Groups<Flows>(noFlows, false);
  const prevTotal = noFlows();
  const prevNames = new Map<string, string>();
  const allPersons = new Set<string>();
  const prevPersons = new Set<string>();
  for (const v of volumes ?? []) municipalities.get(foldKey(v.municipality), v.municipality).volume = v.volume;
  let periodRows = 0;
  let previousRows = 0;
  let outsideRows = 0;
  for (const r of rows) {
    const f = fiscalOf(r.year, r.month, firstMonth);
    if (f.month > period || (f.year !== year && f.year !== year - 1)) {
      outsideRows++;
      continue;
    }
    const key = foldKey(r.municipality);
    if (f.year === year - 1) {
      previousRows++;
      add(prevTotal, r);
      prevMunicipalities.add(key, r.municipality, r);
      if (!prevNames.has(key)) prevNames.set(key, r.municipality);
      if (r.insats !== undefined) prevInsatser.add(r.insats, r.insats, r);
      if (r.person !== undefined) prevPersons.add(r.person);
      continue;
    }
    periodRows++;
    add(months[f.month - 1], r);
    municipalities.add(key, r.municipality, r);
    if (r.insats !== undefined) insatser.add(r.insats, r.insats, r);
    if (r.person !== undefined) allPersons.add(r.person);
  }
  // A municipality or insats with rows only last year gets a row too (zeros this year), so last year's column adds up to its total.
  for (const [key, name] of prevNames) municipalities.get(key, name);
  for (const code of prevInsatser.byKey.keys()) insatser.get(code, code);
  const withUnique = <T extends Flows>(g: Groups<T>) =>
    [...g.byKey.entries()].map(([key, m]) => {
      const unique = g.unique(key);
      return unique === undefined ? m : { ...m, unique };
    });
  const previous: PreviousFlows | undefined =
    previousRows === 0
      ? undefined
      : {
          total: prevTotal,
          municipalities: prevMunicipalities.byKey,
          insatser: prevInsatser.byKey,
          ...(hasPersonColumn ? { uniqueTotal: prevPersons.size } : {}),
        };
  return {
    months,
    municipalities: withUnique(municipalities),
    insatser: withUnique(insatser),
    ...(hasPersonColumn ? { uniqueTotal: allPersons.size } : {}),
    ...(previous ? { previous } : {}),
    periodRows,
    previousRows,
    outsideRows,
    period,
  };
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

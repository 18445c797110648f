/**
 * `Deltagare` (Participants): registrations and ends per month, municipality and gender,
 * optionally one row per person (a person-id column) so unique participants can be counted,
 * and an insats column (the cost centre or project the participant takes part in); and `Arsvolym`: the expected number of participants a year per municipality.
 */
import { cellAddress } from './cellAddress';
import { foldKey, isBlank, rowBlankAt } from './cells';
import { periodErrorOf, periodKey } from './dates';
import { codeOf, reportEmpty, textOf, type RowContext } from './fields';
import { column, type ColumnDef } from './headers';
import type { RangeRef } from './parsed';
import { required, setupRange } from './rangeSetup';
import type { Problem, RangeData, RawCell } from './types';

export type Gender = 'women' | 'men';

export interface ParticipantRow {
  /** Calendar year and month (1–12). */
  year: number;
  month: number;
  municipality: string;
  gender: Gender;
  /** Participants registered and ended that month (a blank cell is 0). */
  registered: number;
  ended: number;
  /** The person's id, when the range has a person-id column and the cell is filled. */
  person?: string;
  /** The insats (a cost centre's or project's code), when the range has an `Insats` column and the cell is filled. */
  insats?: string;
  sourceRow: number;
}

export interface ParsedParticipants {
  rows: ParticipantRow[];
  ref: RangeRef;
  hasPersonColumn: boolean;
  hasInsatsColumn: boolean;
}

export interface VolumeRow {
  municipality: string;
  /** Expected participants a year. */
  volume: number;
  sourceRow: number;
}

export const PARTICIPANT_COLUMNS = {
  month: column('month', 'Månad', 'Month', 'Period'),
  municipality: column('municipality', 'Kommun', 'Municipality', 'Folkbokföringskommun', 'Hemkommun'),
  gender: column('gender', 'Kön', 'Gender', 'Sex'),
  registered: column('registered', 'Inskrivna', 'In', 'Nya', 'Inregistrering', 'Inregistrerade', 'Inflöde', 'Registered'),
  ended: column('ended', 'Utskrivna', 'Out', 'Ut', 'Avslutade', 'Utregistrering', 'Utregistrerade', 'Utflöde', 'Ended'),
  person: column('person', 'Person', 'Person id', 'Personnummer', 'Id', 'Deltagar-id', 'Deltagarid', 'Deltagare id', 'Participant id'),
  insats: column('insats', 'Insats', 'Insatskod', 'Kostnadsställe', 'KST', 'Projekt', 'Initiative', 'Cost centre', 'Project'),
} satisfies Record<string, ColumnDef>;

export const VOLUME_COLUMNS = {
  municipality: column('municipality', 'Kommun', 'Municipality'),
  volume: column('volume', 'Förväntad årsvolym', 'Expected annual volume', 'Årsvolym', 'Volym', 'Annual volume', 'Volume', 'Expected volume'),
} satisfies Record<string, ColumnDef>;

const GENDERS: ReadonlyMap<string, Gender> = new Map([
  ['k', 'women'],
  ['kvinna', 'women'],
  ['kvinnor', 'women'],
  ['f', 'women'],
  ['female', 'women'],
  ['woman', 'women'],
  ['women', 'women'],
  ['w', 'women'],
  ['m', 'men'],
  ['man', 'men'],
  ['men', 'men'],
  ['male', 'men'],
]);

/** The gender named by a cell (`K`, `Kvinna`, `F`, `M`, `Man`, `Female`, `Male` …), else undefined. */
export function genderOf(v: RawCell): Gender | undefined {
  return GENDERS.get(foldKey(v));
}

/** A count: a whole number ≥ 0 (number or digits); blank = 0; undefined when not a count. */
export function countOf(v: RawCell): number | undefined {
  if (isBlank(v)) return 0;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 1e9 ? v : undefined;
  if (typeof v === 'string' && /^\s*\d{1,9}\s*$/.test(v)) return Number(v.trim());
  return undefined;
}

/** Parses the participant flows; undefined when a required column is missing. */
export function parseParticipants(range: RangeData, problems: Problem[]): ParsedParticipants | undefined {
  const C = PARTICIPANT_COLUMNS;
  const s = setupRange(range, 'Deltagare', Object.values(C), [C.month, C.municipality, C.gender, C.registered, C.ended].map(required), problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const rows: ParticipantRow[] = [];
  const count = (row: RawCell[], i: number, col: number): number | undefined => {
    const n = countOf(row[col]);
    if (n === undefined) rp.error('notCount', i, col, row[col]);
    return n;
  };
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const pk = periodKey(row[cols.month]);
    if (pk < 0) {
      const e = periodErrorOf(pk);
      if (e === 'empty') reportEmpty(ctx, i, cols.month);
      else rp.error(e, i, cols.month, row[cols.month]);
    }
    const municipality = textOf(row[cols.municipality]);
    if (municipality === undefined) reportEmpty(ctx, i, cols.municipality);
    const gv = row[cols.gender];
    const gender = genderOf(gv);
    if (gender === undefined) {
      if (isBlank(gv)) reportEmpty(ctx, i, cols.gender);
      else rp.error('unknownGender', i, cols.gender, gv);
    }
    const registered = count(row, i, cols.registered);
    const ended = count(row, i, cols.ended);
    let person: string | undefined;
    if (cols.person >= 0) {
      const c = codeOf(row[cols.person]);
      if (c === undefined) rp.error('notCode', i, cols.person, row[cols.person]);
      else if (c !== null) person = c;
    }
    let insats: string | undefined;
    if (cols.insats >= 0) {
      const c = codeOf(row[cols.insats]);
      if (c === undefined) rp.error('notCode', i, cols.insats, row[cols.insats]);
      else if (c !== null) insats = c;
    }
    if (pk < 0 || municipality === undefined || gender === undefined || registered === undefined || ended === undefined) continue;
    const entry: ParticipantRow = { year: Math.floor(pk / 100), month: pk % 100, municipality, gender, registered, ended, sourceRow: i };
    if (person !== undefined) entry.person = person;
    if (insats !== undefined) entry.insats = insats;
    rows.push(entry);
  }
  rp.finish();
  return { rows, ref: s.ref, hasPersonColumn: cols.person >= 0, hasInsatsColumn: cols.insats >= 0 };
}

/** Parses the expected annual volumes; a repeated municipality: the first row counts. */
export function parseVolumes(range: RangeData, problems: Problem[]): { rows: VolumeRow[]; ref: RangeRef } | undefined {
  const C = VOLUME_COLUMNS;
  const s = setupRange(range, 'Arsvolym', Object.values(C), [required(C.municipality), required(C.volume)], problems);
  if (!s.ok) {
    s.rp.finish();
    return undefined;
  }
  const { cols, rp } = s;
  const ctx: RowContext = { rp, header: s.header };
  const rows: VolumeRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (let i = s.firstRow; i < range.values.length; i++) {
    const row = range.values[i];
    if (rowBlankAt(row, s.known)) continue;
    const municipality = textOf(row[cols.municipality]);
    if (municipality === undefined) reportEmpty(ctx, i, cols.municipality);
    const v = row[cols.volume];
    const volume = isBlank(v) ? undefined : countOf(v);
    if (isBlank(v)) reportEmpty(ctx, i, cols.volume);
    else if (volume === undefined) rp.error('notCount', i, cols.volume, v);
    if (municipality === undefined || volume === undefined) continue;
    const key = foldKey(municipality);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      rp.warning('duplicateMunicipality', i, cols.municipality, row[cols.municipality], {
        first: cellAddress(s.ref.row + first, s.ref.col + cols.municipality),
      });
      continue;
    }
    firstRowOf.set(key, i);
    rows.push({ municipality, volume, sourceRow: i });
  }
  rp.finish();
  return { rows, ref: s.ref };
}

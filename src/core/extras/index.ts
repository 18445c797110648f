/**
 * Optional parts of the report that need ranges beyond the core statements (financing plan,
 * participant flows, projects). `buildExtras` is called by `buildReport` after the core
 * statements are built; it reads its own ranges from the workbook input and returns extra
 * sheets, checks, problems and JSON data. Nothing here may throw for bad input.
 */
import { addFinancing } from './financing';
import { addParticipants } from './participants';
import { addProjects } from './projects';
import { findExtraRanges } from './ranges';
import { noExtras, type Extras, type ExtrasInput } from './types';

export type { Extras, ExtrasInput } from './types';
export { EXTRA_RANGE_NAMES, extraRangeOf, type ExtraRange } from './ranges';

/** The financing plan, participant and project sheets, in that order, for the ranges the workbook has. */
export function buildExtras(x: ExtrasInput): Extras {
  const out = noExtras();
  const found = findExtraRanges(x.input.ranges, out.problems);
  if (found.Medlemsbidrag) addFinancing(x, found.Medlemsbidrag, out);
  if (found.Deltagare) addParticipants(x, found.Deltagare, found.Arsvolym, out);
  if (found.Projekt) addProjects(x, found.Projekt, out);
  return out;
}

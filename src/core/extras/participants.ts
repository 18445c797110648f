/**
 * The participant flows of the report: `Deltagare` (and `Arsvolym`) → the summary
 * (src/core/plans/participants.ts), the "Deltagare" sheet with its chart, a check and the
 * JSON data.
 */
import { parseParticipants, parseVolumes } from '../input/participants';
import type { RangeData } from '../input/types';
import { participantsData, participantsSheet } from '../layout/participantsSheet';
import { t } from '../layout/texts';
import { summariseParticipants } from '../plans/participants';
import { countText, formatAmount } from '../money';
import type { Extras, ExtrasInput } from './types';

/** Adds the participants sheet, check and data to `out` (volumes are optional). */
export function addParticipants(x: ExtrasInput, range: RangeData, volumeRange: RangeData | undefined, out: Extras): void {
  const { ctx, info } = x;
  const before = out.problems.length;
  const parsed = parseParticipants(range, out.problems);
  const volumes = volumeRange ? parseVolumes(volumeRange, out.problems) : undefined;
  if (!parsed || out.problems.slice(before).some((p) => p.severity === 'error')) return;
  const summary = summariseParticipants(parsed.rows, volumes?.rows, ctx.year, ctx.period, ctx.firstMonth, parsed.hasPersonColumn);
  const names = new Map((x.parsed.costCentres?.rows ?? []).map((r) => [r.code, r.name]));
  out.sheets.push(participantsSheet(info, summary, x.sheetName(t('sheetParticipants', info.lang)), (code) => names.get(code)));
  out.statements.push(...participantsData(info, summary, info.lang));
  const L = info.lang;
  out.checks.push({
    key: 'participantsRows',
    status: 'ok',
    label: t('chkParticipants', L),
    detail: t('chkParticipantsDetail', L, {
      rows: formatAmount(countText(summary.periodRows), L),
      count: summary.periodRows,
      previous: summary.previousRows,
      previousText: formatAmount(countText(summary.previousRows), L),
      outside: summary.outsideRows,
      outsideText: formatAmount(countText(summary.outsideRows), L),
    }),
  });
}

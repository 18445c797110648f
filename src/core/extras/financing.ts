/**
 * The financing plan of the report: `Medlemsbidrag` and the setting `Medlemsbidrag totalt`
 * → the plan (src/core/plans/financingPlan.ts), the booked contributions of each member,
 * the "Finansieringsplan" sheet, its checks and its JSON data.
 */
import { contributionTiming } from '../checks/contributionTiming';
import { cellAddress } from '../input/cellAddress';
import { parseMembers, type Party } from '../input/members';
import type { RangeData } from '../input/types';
import { financingData, financingSheet, type BookedContributions } from '../layout/financingSheet';
import { t } from '../layout/texts';
import { Dec, formatAmount, fromOre, oreToDecimal } from '../money';
import { financingPlan } from '../plans/financingPlan';
import { tieMemberAccounts } from '../plans/memberAccounts';
import { sumSlots } from '../post/balances';
import type { Extras, ExtrasInput } from './types';

const PARTY_NAMES: Record<Party, { sv: string; en: string; keySv: string; keyEn: string }> = {
  state: { sv: 'staten', en: 'the state', keySv: 'Stat', keyEn: 'Stat (State)' },
  region: { sv: 'regionen', en: 'the region', keySv: 'Region', keyEn: 'Region' },
  municipality: { sv: 'kommunerna', en: 'the municipalities', keySv: 'Kommun', keyEn: 'Kommun (Municipality)' },
};

/** Adds the financing plan's sheet, checks, problems and data to `out`. */
export function addFinancing(x: ExtrasInput, range: RangeData, out: Extras): void {
  const { ctx, info, parsed } = x;
  const problems = out.problems;
  const before = problems.length;
  const members = parseMembers(range, problems);
  if (!members) return;
  const headerCell = { range: 'Medlemsbidrag', sheet: members.ref.sheet, cell: cellAddress(members.ref.row + members.ref.headerIndex, members.ref.col) };
  const total = parsed.settings.totalContributions;
  if (total === undefined) {
    problems.push({ severity: 'error', code: 'contributionsTotalMissing', ...headerCell });
    return;
  }
  if (total % 100 !== 0) {
    problems.push({
      severity: 'warning',
      code: 'contributionsTotalNotWhole',
      range: 'Installningar',
      params: { total: oreToDecimal(total), used: oreToDecimal(total - (total % 100)) },
    });
  }
  const plan = financingPlan(members.rows, total, ctx.period);
  if (plan.missing.length > 0) {
    const list = (key: 'sv' | 'en' | 'keySv' | 'keyEn', word: string) => plan.missing.map((p) => PARTY_NAMES[p][key]).join(word);
    problems.push({
      severity: 'error',
      code: 'contributionsPartyMissing',
      ...headerCell,
      params: { partiesSv: list('sv', ' och '), partiesEn: list('en', ' and '), keysSv: list('keySv', ', '), keysEn: list('keyEn', ', ') },
    });
    return;
  }
  if (problems.slice(before).some((p) => p.severity === 'error')) return;

  // Booked contributions per member.
  const isContribution = (a: number) => ctx.accounts.map(a)?.section === 'contributions';
  const active = [...ctx.balances.byAccount.keys()].filter(isContribution);
  const chart = parsed.chart;
  const ties = tieMemberAccounts(
    plan.members.map((m) => m.member),
    active,
    chart?.rows,
    (a) => ctx.accounts.map(a)?.name ?? '',
    members.hasAccountColumn,
  );
  for (const r of ties?.unknownChartMembers ?? []) {
    problems.push({
      severity: 'warning',
      code: 'chartMemberUnknown',
      range: 'Kontoplan',
      sheet: chart!.ref.sheet,
      cell: cellAddress(chart!.ref.row + r.sourceRow, chart!.ref.col + (chart!.memberCol ?? 0)),
      value: r.member,
    });
  }
  const bookedOf = (a: number) => 0 - sumSlots(ctx.balances.byAccount.get(a), 0, ctx.period);
  let booked: BookedContributions | undefined;
  if (ties) {
    booked = {
      method: ties.method,
      byMember: plan.members.map((_, i) => {
        const accounts = ties.accounts.get(i);
        return accounts === undefined ? null : accounts.reduce((s, a) => s + bookedOf(a), 0);
      }),
    };
  }
  const placed = financingSheet(info, plan, booked, x.sheetName(t('sheetFinancing', info.lang)));
  out.sheets.push(placed.sheet);
  out.statements.push(financingData(info, plan, booked, info.lang));

  // Checks: the plan adds up to the setting; every booked contribution belongs to a member.
  const L = info.lang;
  const planTotal = plan.members.reduce((s, m) => s + m.amount, 0);
  const difference = fromOre(planTotal - total);
  out.checks.push({
    key: 'financingPlanTotal',
    status: difference.isZero() ? 'ok' : 'warning',
    label: t('chkFinancingTotal', L),
    detail: difference.isZero() ? t('chkFinancingTotalDetail', L) : `${t('chkFinancingTotalDetail', L)}: ${formatAmount(difference, L, 2)}`,
    difference: { formula: `{{financing}}!${placed.amountCol}${placed.totalRow}-${fromOre(total).toFixed()}`, value: difference },
  });
  out.checks.push(
    contributionTiming({
      info,
      plan,
      booked,
      financingTotalRow: placed.totalRow,
      income: x.income,
      placedIncome: x.placedIncome,
      threshold: new Dec(parsed.settings.varianceThreshold),
    }),
  );
  if (!ties) {
    out.checks.push({ key: 'financingBooked', status: 'warning', label: t('chkFinancingBooked', L), detail: t('chkFinancingBookedNone', L) });
    return;
  }
  const tied = new Set([...ties.accounts.values()].flat());
  const untied = active.filter((a) => !tied.has(a) && bookedOf(a) !== 0);
  const untiedSum = fromOre(untied.reduce((s, a) => s + bookedOf(a), 0));
  const bookedSum = fromOre(active.filter((a) => tied.has(a)).reduce((s, a) => s + bookedOf(a), 0));
  out.checks.push(
    untied.length === 0
      ? {
          key: 'financingBooked',
          status: 'ok',
          label: t('chkFinancingBooked', L),
          detail: t('chkFinancingBookedOk', L, { amount: formatAmount(bookedSum, L, 2) }),
        }
      : {
          key: 'financingBooked',
          status: 'warning',
          label: t('chkFinancingBooked', L),
          detail: t('chkFinancingBookedBad', L, { amount: formatAmount(untiedSum, L, 2), list: untied.join(', ') }),
        },
  );
}

/**
 * "Finansieringsplan": each member's share and annual amount (whole kronor, adding up to
 * the total), the amount by fiscal quarter, and — when contributions can be tied to members —
 * the plan for the report period against what is booked (as seed 002's financing plan, with
 * the state half as one line when the range gives it so, as seed 003).
 */
import type { Lang } from '../input/types';
import type { Party } from '../input/members';
import { countText, Dec, decimalOf, fromOre, ZERO } from '../money';
import type { CellValue, SheetModel, StatementData, StatementLineData } from '../model/types';
import type { FinancingPlan } from '../plans/financingPlan';
import { PARTY_SHARES } from '../plans/financingPlan';
import type { TieMethod } from '../plans/memberAccounts';
import type { LayoutInfo } from './common';
import { empty, formula, num, SheetBuilder, sumFormula, text } from './sheetBuilder';
import { t, type TextKey } from './texts';

const PARTY_TEXT: Record<Party, TextKey> = { state: 'partyState', region: 'partyRegion', municipality: 'partyMunicipality' };
const TIE_TEXT: Record<TieMethod, TextKey> = { memberAccount: 'finTiesMemberAccount', chartMember: 'finTiesChartMember', accountName: 'finTiesAccountName' };

export interface BookedContributions {
  method: TieMethod;
  /** Booked contributions per member (index into plan.members), öre, presentation sign; null = no account tied. */
  byMember: (number | null)[];
}

export interface PlacedFinancing {
  sheet: SheetModel;
  /** Sheet row of the Totalt row and the column of the annual amounts. */
  totalRow: number;
  amountCol: string;
}

/** Columns: A Medlem, B Huvudman, C Befolkning, D Andel, E Belopp helår, F–I Kv 1–4, then J Plan, K Bokfört, L Bokfört − plan. */
export function financingSheet(info: LayoutInfo, plan: FinancingPlan, booked: BookedContributions | undefined, name: string): PlacedFinancing {
  const L = info.lang;
  const s = new SheetBuilder('financing', name, [28, 12, 12, 9, 16, 14, 14, 14, 14, 16, 16, 16]);
  s.titleRows({
    organisation: info.organisation,
    title: t('titleFinancing', L, { year: info.yearLabel }),
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: t('amountsInKr', L),
  });
  const header = [
    text(t('colMember', L)),
    text(t('colParty', L)),
    text(t('colPopulation', L)),
    text(t('colShare', L)),
    text(t('colAnnualAmount', L, { year: info.yearLabel })),
    ...[1, 2, 3, 4].map((n) => text(t('colQuarter', L, { n }))),
  ];
  if (booked)
    header.push(
      text(t('colPlanPeriod', L, { period: info.periodLabel })),
      text(t('colBookedPeriod', L, { period: info.periodLabel })),
      text(t('colBookedMinusPlan', L)),
    );
  s.add('header', header);
  const first = s.rows.length + 1;
  const municipalRows = plan.members.map((m, i) => (m.member.party === 'municipality' ? first + i : -1)).filter((r) => r > 0);
  const popRange = municipalRows.length > 0 ? `C${municipalRows[0]}:C${municipalRows[municipalRows.length - 1]}` : '';
  plan.members.forEach((m, i) => {
    const row = first + i;
    const kr = (ore: number) => num(fromOre(ore), 'kr');
    const cells: CellValue[] = [
      text(m.member.name, true),
      text(t(PARTY_TEXT[m.member.party], L)),
      m.member.party === 'municipality' ? num(new Dec(m.member.population ?? 0), 'integer') : empty(),
      m.member.party === 'municipality'
        ? formula(`${PARTY_SHARES.municipality.toFixed()}*C${row}/SUM(${popRange})`, m.share, 'percent')
        : num(m.share, 'percent'),
      kr(m.amount),
      ...m.quarters.map(kr),
    ];
    if (booked) {
      const b = booked.byMember[i];
      cells.push(kr(m.periodPlan));
      cells.push(b === null ? empty() : kr(b));
      cells.push(b === null ? empty() : formula(`K${row}-J${row}`, fromOre(b - m.periodPlan), 'kr'));
    }
    s.add('line', cells);
  });
  const last = s.rows.length;
  const rows = plan.members.map((_, i) => first + i);
  const sum = (col: string, values: (number | null)[], style: 'kr' | 'integer' = 'kr'): CellValue => {
    const present = values.filter((v): v is number => v !== null);
    return present.length === 0
      ? empty()
      : formula(
          sumFormula(col, rows),
          present.reduce((a, v) => a.plus(fromOre(v)), ZERO),
          style,
        );
  };
  const totals: CellValue[] = [
    text(t('finTotal', L)),
    empty(),
    municipalRows.length > 0
      ? formula(
          sumFormula('C', municipalRows),
          plan.members.reduce((a, m) => a.plus(m.member.population ?? 0), ZERO),
          'integer',
        )
      : empty(),
    formula(
      sumFormula('D', rows),
      plan.members.reduce((a, m) => a.plus(m.share), ZERO),
      'percent',
    ),
    sum(
      'E',
      plan.members.map((m) => m.amount),
    ),
    ...[0, 1, 2, 3].map((q) =>
      sum(
        String.fromCharCode(70 + q),
        plan.members.map((m) => m.quarters[q]),
      ),
    ),
  ];
  const totalRow = last + 1;
  if (booked) {
    const tied = plan.members.map((m, i) => (booked.byMember[i] === null ? null : m.periodPlan));
    const bookedSum = booked.byMember.filter((v): v is number => v !== null).reduce((a, v) => a + v, 0);
    const tiedPlan = tied.filter((v): v is number => v !== null).reduce((a, v) => a + v, 0);
    totals.push(
      sum(
        'J',
        plan.members.map((m) => m.periodPlan),
      ),
      sum('K', booked.byMember),
    );
    totals.push(booked.byMember.every((v) => v === null) ? empty() : formula(sumFormula('L', rows), fromOre(bookedSum - tiedPlan), 'kr'));
  }
  s.add('grandTotal', totals);
  s.add('blank', []);
  s.add('subtitle', [text(t('finRule', L))]);
  s.add('subtitle', [text(t('finPeriodRule', L, { months: info.period }))]);
  s.add('subtitle', [text(t(booked ? TIE_TEXT[booked.method] : 'finNoTies', L))]);
  return { sheet: s.build({ freeze: { rows: 5, cols: 1 } }), totalRow, amountCol: 'E' };
}

/** The financing plan for the `--json` document. */
export function financingData(info: LayoutInfo, plan: FinancingPlan, booked: BookedContributions | undefined, lang: Lang): StatementData {
  const kr = (ore: number | null) => (ore === null ? null : decimalOf(fromOre(ore), 2));
  const columns = [
    { key: 'share', label: t('colShare', lang) },
    { key: 'population', label: t('colPopulation', lang) },
    { key: 'amount', label: t('colAnnualAmount', lang, { year: info.yearLabel }) },
    ...[1, 2, 3, 4].map((n) => ({ key: `q${n}`, label: t('colQuarter', lang, { n }) })),
    { key: 'periodPlan', label: t('colPlanPeriod', lang, { period: info.periodLabel }) },
    ...(booked ? [{ key: 'booked', label: t('colBookedPeriod', lang, { period: info.periodLabel }) }] : []),
  ];
  const lines: StatementLineData[] = plan.members.map((m, i) => ({
    key: m.member.name,
    label: m.member.name,
    kind: 'line',
    values: {
      share: decimalOf(m.share),
      population: m.member.population === undefined ? null : countText(m.member.population),
      amount: kr(m.amount),
      ...Object.fromEntries(m.quarters.map((q, k) => [`q${k + 1}`, kr(q)])),
      periodPlan: kr(m.periodPlan),
      ...(booked ? { booked: kr(booked.byMember[i]) } : {}),
    },
  }));
  const total = (pick: (i: number) => number | null) => {
    const v = plan.members.map((_, i) => pick(i)).filter((x): x is number => x !== null);
    return v.length === 0 ? null : kr(v.reduce((a, x) => a + x, 0));
  };
  lines.push({
    key: 'total',
    label: t('finTotal', lang),
    kind: 'sum',
    values: {
      share: decimalOf(plan.members.reduce((a, m) => a.plus(m.share), ZERO)),
      population: null,
      amount: total((i) => plan.members[i].amount),
      ...Object.fromEntries([0, 1, 2, 3].map((q) => [`q${q + 1}`, total((i) => plan.members[i].quarters[q])])),
      periodPlan: total((i) => plan.members[i].periodPlan),
      ...(booked ? { booked: total((i) => booked.byMember[i]) } : {}),
    },
  });
  return { key: 'financingPlan', title: t('titleFinancing', lang, { year: info.yearLabel }), columns, lines };
}

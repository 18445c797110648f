/**
 * Balansräkning: opening balance, closing balance (opening + the period's movements, plus
 * the period's result on *Periodens resultat*) and the balance at the same date last year
 * (opening − the rest of last year's movements, for the notes). Presentation signs: assets
 * as debit, equity, provisions and liabilities as credit.
 */
import { ASSET_SECTIONS, BALANCE_SECTIONS, sectionName } from '../chart/sections';
import type { SectionKey } from '../input/parsed';
import { t } from '../layout/texts';
import { resultLabel } from './incomeStatement';
import { Dec, fromOre, ZERO } from '../money';
import { PREV, sumSlots } from '../post/balances';
import type { ReportContext } from './context';
import { runSpec, type SectionLine } from './engine';
import { groupLines } from './lines';
import type { SpecItem, Statement, StatementRow, Values } from './types';

export const BALANCE_COLUMNS = ['opening', 'closing', 'prevSameDate'] as const;

/** Presentation value of one balance account. */
function balanceAccountValues(ctx: ReportContext, section: SectionKey, account: number): Values {
  const sign = ASSET_SECTIONS.has(section) ? 1 : -1;
  const ib = ctx.opening?.get(account) ?? 0;
  const arr = ctx.balances.byAccount.get(account);
  const pres = (ore: number) => fromOre(sign * ore);
  return {
    opening: pres(ib),
    closing: pres(ib + sumSlots(arr, 0, ctx.period)),
    prevSameDate: ctx.hasPrevYear ? pres(ib - sumSlots(arr, PREV + ctx.period, PREV + 12)) : null,
  };
}

function balanceLines(ctx: ReportContext, res3: Dec, res3Prev: Dec | null): (section: SectionKey) => SectionLine[] {
  const accounts = [...ctx.balances.byAccount.keys(), ...(ctx.opening?.keys() ?? [])].filter((a) => a < 3000);
  const linesOf = groupLines(ctx, accounts, BALANCE_SECTIONS, (account, section) => balanceAccountValues(ctx, section, account));
  return (section) => {
    const out = linesOf(section);
    if (section === 'result') {
      // The period's result is not on any account yet: it is added to the first result line.
      if (out.length === 0) out.push({ label: sectionName('result', ctx.lang), note: false, fromData: false, accounts: [], order: 0 });
      const first = out[0];
      // The line's name follows the report: *Årets resultat* for a whole year, else *Periodens
      // resultat* — also when a Kontoplan (kept from year to year) names it the other way.
      const standard = new Set(
        [sectionName('result', ctx.lang), ...(['isRes3', 'isRes3Year'] as const).map((k) => t(k, ctx.lang))].map((l) => l.toLowerCase()),
      );
      if (standard.has(first.label.trim().toLowerCase()) && first.label !== resultLabel(ctx)) {
        first.label = resultLabel(ctx);
        first.fromData = false;
      }
      first.accounts = [
        ...first.accounts,
        {
          account: 0,
          name: resultLabel(ctx),
          values: { opening: ZERO, closing: res3, prevSameDate: res3Prev },
        },
      ];
    }
    return out;
  };
}

export function balanceSpec(ctx: ReportContext): SpecItem[] {
  const L = ctx.lang;
  return [
    { kind: 'heading', heading: t('bsAssets', L), key: 'assetsHeading' },
    { kind: 'heading', heading: t('bsFixed', L), key: 'fixedHeading' },
    { kind: 'section', section: 'fixedAssets' },
    { kind: 'sum', sum: 'fixedTotal', label: t('bsFixedTotal', L), of: ['section:fixedAssets'], role: 'total' },
    { kind: 'heading', heading: t('bsCurrent', L), key: 'currentHeading' },
    { kind: 'section', section: 'receivables' },
    { kind: 'section', section: 'investments', minLines: 0 },
    { kind: 'section', section: 'cash' },
    { kind: 'sum', sum: 'currentTotal', label: t('bsCurrentTotal', L), of: ['section:receivables', 'section:investments', 'section:cash'], role: 'total' },
    { kind: 'sum', sum: 'assetsTotal', label: t('bsAssetsTotal', L), of: ['fixedTotal', 'currentTotal'], role: 'grandTotal' },
    { kind: 'heading', heading: t('bsEquityLiabilities', L), key: 'equityLiabilitiesHeading' },
    { kind: 'heading', heading: t('bsEquity', L), key: 'equityHeading' },
    { kind: 'section', section: 'equity' },
    { kind: 'section', section: 'result' },
    { kind: 'sum', sum: 'equityTotal', label: t('bsEquityTotal', L), of: ['section:equity', 'section:result'], role: 'total' },
    { kind: 'heading', heading: t('bsProvisions', L), key: 'provisionsHeading' },
    { kind: 'section', section: 'provisions' },
    { kind: 'sum', sum: 'provisionsTotal', label: t('bsProvisionsTotal', L), of: ['section:provisions'], role: 'total' },
    { kind: 'heading', heading: t('bsLiabilities', L), key: 'liabilitiesHeading' },
    { kind: 'section', section: 'longTermLiabilities', minLines: 0 },
    { kind: 'section', section: 'currentLiabilities' },
    {
      kind: 'sum',
      sum: 'liabilitiesTotal',
      label: t('bsLiabilitiesTotal', L),
      of: ['section:longTermLiabilities', 'section:currentLiabilities'],
      role: 'total',
    },
    { kind: 'sum', sum: 'equityLiabilitiesTotal', label: t('bsTotal', L), of: ['equityTotal', 'provisionsTotal', 'liabilitiesTotal'], role: 'grandTotal' },
  ];
}

/** Builds the balance sheet; `res3` is the period's result (presentation sign). */
export function buildBalanceSheet(ctx: ReportContext, res3: Dec, res3Prev: Dec | null): Statement {
  const empty = new Set<string>(ctx.hasPrevYear ? [] : ['prevSameDate']);
  return withoutRepeatedHeadings(
    runSpec('balance', balanceSpec(ctx), BALANCE_COLUMNS, balanceLines(ctx, res3, res3Prev), (s) => sectionName(s, ctx.lang), empty),
    ctx,
  );
}

/**
 * A heading and the line right under it with the same words ("Eget kapital" / "Eget kapital")
 * read as a slip. A heading over a single line of its own name goes (the line and its sum
 * stay); the equity line beside *Periodens resultat* is *Övrigt eget kapital*, the term of
 * RKR R14's balance sheet.
 */
function withoutRepeatedHeadings(statement: Statement, ctx: ReportContext): Statement {
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');
  const rows: StatementRow[] = [];
  statement.rows.forEach((row, i) => {
    if (row.kind === 'heading') {
      const lines: StatementRow[] = [];
      for (let j = i + 1; j < statement.rows.length && statement.rows[j].kind === 'line'; j++) lines.push(statement.rows[j]);
      if (lines.length === 1 && same(lines[0].label, row.label)) return;
      for (const line of lines) {
        if (line.section === 'equity' && same(line.label, row.label)) {
          line.label = t('bsEquityOther', ctx.lang);
          line.fromData = false;
        }
      }
    }
    rows.push(row);
  });
  return { ...statement, rows };
}

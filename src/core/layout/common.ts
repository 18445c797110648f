/** What every sheet's layout needs to know about the report it belongs to. */
import type { StatementLayout } from '../input/parsed';
import type { Lang } from '../input/types';
import type { Dec } from '../money';

export interface LayoutInfo {
  lang: Lang;
  organisation: string;
  generatedAt: string;
  year: number;
  period: number;
  firstMonth: number;
  /** "jan–aug 2024" */
  periodLabel: string;
  /** "jan–aug 2023" */
  prevPeriodLabel: string;
  /** "2024" or "2024/2025" */
  yearLabel: string;
  prevYearLabel: string;
  /** First day of the fiscal year and last day of the period, YYYY-MM-DD. */
  openingDate: string;
  closingDate: string;
  /** The same date a year earlier. */
  prevClosingDate: string;
  /** Uppställning: undefined = the traditional layout. */
  layout?: StatementLayout;
  /** The smallest budget (kr) a percentage is shown against (layout/percentRule.ts). */
  percentThreshold: Dec;
}

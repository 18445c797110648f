/**
 * What every statement is built from: the posted balances, the budget, the opening
 * balance and the chart, for one report year and period.
 */
import type { AccountMap } from '../chart/accountMap';
import type { Settings } from '../input/parsed';
import type { Lang } from '../input/types';
import type { BudgetFigure } from '../post/budget';
import type { Balances } from '../post/balances';

export interface ReportContext {
  lang: Lang;
  settings: Settings;
  year: number;
  period: number;
  firstMonth: number;
  balances: Balances;
  accounts: AccountMap;
  /** Budget per account (all cost centres), undefined without a Budget range. */
  budget?: Map<number, BudgetFigure>;
  /** Budget per cost-centre code ('' = none) and account. */
  budgetByCostCentre?: Map<string, Map<number, BudgetFigure>>;
  /** Opening balance per account, öre; undefined without an IngaendeBalans range. */
  opening?: Map<number, number>;
  /** Whether the ledger has rows of the year before. */
  hasPrevYear: boolean;
}

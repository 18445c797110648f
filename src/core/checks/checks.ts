/**
 * The checks that prove the report reconciles. Each check has a status (OK / Varning / Fel),
 * a detail, and — where two figures of the report must agree — a live difference formula
 * over the report's own cells, so the reader (and LibreOffice) can recompute it.
 */
import type { Lang } from '../input/types';
import { formatAmount, type Dec } from '../money';
import type { CheckResult } from '../model/types';
import { t } from '../layout/texts';
import { ct, type CheckTextKey } from './checkTexts';

export interface CheckRow extends CheckResult {
  /**
   * A difference that must be 0, as a formula over report cells, with its exact value — or
   * a check's figure (`formula` absent: a plain value; `style` integer for a count).
   */
  difference?: { formula?: string; value: Dec; style?: 'kr' | 'integer' };
  /**
   * A status the checks sheet computes live from the figure: `when` is a condition in which
   * `{x}` stands for the figure's cell; true gives `fail`, false OK. `status` is the same
   * rule applied to the exact figures.
   */
  live?: { when: string; fail: 'warning' | 'error' };
}

/** Builds check rows with one language and tolerance rules. */
export class Checks {
  readonly rows: CheckRow[] = [];
  constructor(private readonly lang: Lang) {}

  text(key: CheckTextKey, params: Record<string, string | number> = {}): string {
    return ct(key, this.lang, params);
  }

  kr(v: Dec): string {
    return formatAmount(v, this.lang, 2);
  }

  /** "1 rad", "2 034 rader": a count of ledger rows as a reader says it. */
  rowCount(n: number): string {
    return t('rowCount', this.lang, n);
  }

  add(key: string, status: CheckResult['status'], label: string, detail: string, difference?: CheckRow['difference']): void {
    this.rows.push({ key, status, label, detail, ...(difference ? { difference } : {}) });
  }

  /**
   * A check with a live status: `fails` is the rule `when` applied to the exact figures;
   * the sheet writes `IF(when, fail, OK)` over the figure's cell.
   */
  judge(
    key: string,
    label: string,
    detail: string,
    figure: NonNullable<CheckRow['difference']>,
    when: string,
    fails: boolean,
    fail: 'warning' | 'error' = 'warning',
  ): void {
    this.rows.push({ key, status: fails ? fail : 'ok', label, detail, difference: figure, live: { when, fail } });
  }

  /** A reconciliation: OK when the difference is exactly zero, else `failStatus`. */
  reconcile(key: string, label: string, detail: string, difference: { formula: string; value: Dec }, failStatus: CheckResult['status'] = 'error'): void {
    this.add(
      key,
      difference.value.isZero() ? 'ok' : failStatus,
      label,
      difference.value.isZero() ? detail : `${detail}: ${this.kr(difference.value)}`,
      difference,
    );
  }
}

/** A short list for details: the first few items and "…" when there are more. */
export function shortList(items: (string | number)[], max = 8): string {
  return items.slice(0, max).join(', ') + (items.length > max ? ', …' : '');
}

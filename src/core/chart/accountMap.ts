/**
 * Maps accounts to statement lines: the user's `Kontoplan` first (a single account wins
 * over a range, a narrower range over a wider one), the default chart as the fallback.
 */
import type { ChartRow, SectionKey } from '../input/parsed';
import type { Lang } from '../input/types';
import { DEFAULT_ACCOUNT_NAMES, DEFAULT_CHART, LINE_NAMES, lineName } from './defaultChart';

const LINE_ORDER = Object.keys(LINE_NAMES);
import { sectionName } from './sections';

export interface AccountMapping {
  section: SectionKey;
  /** Statement line label (as shown). */
  line: string;
  note: boolean;
  depreciation: boolean;
  /** Account name for notes, or '' */
  name: string;
  /** True when the user's chart did not map the account and the default chart did. */
  fallback: boolean;
  /** Order key: the first account (or range start) of the mapping row, for line order. */
  order: number;
  /** Text of the line from the user's data (written as text, never as a formula). */
  fromData: boolean;
}

interface Candidate {
  from: number;
  to: number;
  section: SectionKey;
  line: string;
  note: boolean;
  depreciation: boolean;
  fromData: boolean;
  index: number;
  /** Line order: the row of the line's first account in the user's Kontoplan, or the line's rank in the default chart. */
  rank: number;
}

const DEPRECIATION_WORD = /avskrivning|depreciation|amortisation|amortization/i;

function pick(cands: Candidate[], account: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of cands) {
    if (account < c.from || account > c.to) continue;
    if (!best || c.to - c.from < best.to - best.from || (c.to - c.from === best.to - best.from && c.index > best.index)) best = c;
  }
  return best;
}

/** Builds the account → line lookup for one report. Memoises per account. */
export class AccountMap {
  private readonly user: Candidate[];
  private readonly defaults: Candidate[];
  private readonly names = new Map<number, string>();
  private readonly cache = new Map<number, AccountMapping | null>();

  constructor(chart: ChartRow[] | undefined, lang: Lang) {
    this.user = (chart ?? []).map((r, index) => ({
      from: r.from,
      to: r.to,
      section: r.section,
      line: r.line?.trim() || sectionName(r.section, lang),
      note: r.note,
      depreciation: DEPRECIATION_WORD.test(r.line ?? '') || (r.section === 'expenses' && r.from >= 7800 && r.to <= 7899),
      fromData: !!r.line?.trim(),
      index,
      rank: index,
    }));
    this.defaults = DEFAULT_CHART.map((r, index) => ({
      from: r.from,
      to: r.to,
      section: r.section,
      line: r.line ? lineName(r.line, lang) : sectionName(r.section, lang),
      note: !!r.note,
      depreciation: !!r.depreciation,
      fromData: false,
      index,
      rank: r.line ? LINE_ORDER.indexOf(r.line) : -1,
    }));
    for (const r of chart ?? []) if (r.name && r.from === r.to) this.names.set(r.from, r.name);
    this.hasUserChart = chart !== undefined;
  }

  /** Whether the workbook had its own chart (unmapped accounts are then warnings). */
  readonly hasUserChart: boolean;

  /** The mapping of an account, or undefined when not even the default chart maps it. */
  map(account: number): AccountMapping | undefined {
    const cached = this.cache.get(account);
    if (cached !== undefined) return cached ?? undefined;
    let c = pick(this.user, account);
    let fallback = false;
    if (!c) {
      c = pick(this.defaults, account);
      fallback = this.hasUserChart && c !== undefined;
    }
    const mapping: AccountMapping | null = c
      ? {
          section: c.section,
          line: c.line,
          note: c.note,
          depreciation: c.depreciation,
          name: this.names.get(account) ?? DEFAULT_ACCOUNT_NAMES[account] ?? '',
          fallback,
          order: c.rank,
          fromData: c.fromData,
        }
      : null;
    this.cache.set(account, mapping);
    return mapping ?? undefined;
  }

  /**
   * Every line a section has in the chart, in the order of each line's first account —
   * so lines with no activity still show (as the seeds do) when the chart names them.
   */
  linesOf(section: SectionKey): { line: string; order: number; note: boolean; fromData: boolean }[] {
    const source = this.hasUserChart ? this.user : this.defaults;
    const seen = new Map<string, { line: string; order: number; note: boolean; fromData: boolean }>();
    for (const c of source) {
      if (c.section !== section) continue;
      const prev = seen.get(c.line);
      if (!prev) seen.set(c.line, { line: c.line, order: c.rank, note: c.note, fromData: c.fromData });
      else {
        prev.order = Math.min(prev.order, c.rank);
        prev.note = prev.note || c.note;
      }
    }
    return [...seen.values()].sort((a, b) => a.order - b.order);
  }
}

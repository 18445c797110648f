/**
 * Collects problems found in a SIE file. Every problem carries `params.line` (1-based) and
 * `params.text` (the line as read, shortened to 200 characters). A broken file can hold
 * thousands of the same mistake: after 100 of one code the rest are counted, and one
 * `sieMoreProblems` problem says how many were left out.
 */
import type { Problem, Severity } from '../input/types';
import type { ProblemCode } from '../messages/messages';

export const MAX_PER_CODE = 100;
const MAX_TEXT = 200;

export class ProblemSink {
  readonly problems: Problem[] = [];
  private readonly counts = new Map<string, number>();
  private readonly severities = new Map<string, Severity>();

  add(severity: Severity, code: ProblemCode, line: number, text: string, params: Record<string, string | number> = {}, value?: string): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (severity === 'error' || !this.severities.has(code)) this.severities.set(code, severity);
    if (count > MAX_PER_CODE) return;
    const problem: Problem = { severity, code, params: { line, text: shorten(text), ...params } };
    if (value !== undefined) problem.value = shorten(value);
    this.problems.push(problem);
  }

  /** The problems, with one `sieMoreProblems` per code that was cut. */
  finish(): Problem[] {
    const out = this.problems.slice();
    for (const [code, count] of this.counts) {
      if (count > MAX_PER_CODE) {
        out.push({
          severity: this.severities.get(code) ?? 'warning',
          code: 'sieMoreProblems',
          params: { line: 0, text: '', problemCode: code, omitted: count - MAX_PER_CODE },
        });
      }
    }
    return out;
  }
}

export function shorten(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) + '…' : text;
}

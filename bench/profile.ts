/**
 * Where the time goes: a V8 CPU profile (`.cpuprofile`, from `node --cpu-prof` or the
 * inspector) summed into self time per function and per source file.
 */
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: Hotspot[];
  files: Hotspot[];
}

const ROOT = path.resolve(__dirname, '..');

function fileOf(url: string): string {
  if (!url) return '(native / V8)';
  const p = url.startsWith('file://') ? decodeURIComponent(url.slice(7)) : url;
  if (p.startsWith('node:')) return p;
  const rel = path.relative(ROOT, p);
  return rel.startsWith('..') ? p : rel;
}

/** Self time per function (`name (file:line)`) and per file, largest first. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (!n) continue;
    const f = fileOf(n.callFrame.url);
    // No line numbers: under tsx they point into the transpiled code, not the source.
    const name = `${n.callFrame.functionName || '(anonymous)'} (${f})`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    file.set(f, (file.get(f) ?? 0) + us);
    total += us;
  }
  const rank = (m: Map<string, number>): Hotspot[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }));
  return { totalMs: total / 1000, functions: rank(fn), files: rank(file) };
}

/** The summary as markdown lists. */
export function profileMarkdown(title: string, s: ProfileSummary): string {
  const ms = (n: number): string => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
  const line = (h: Hotspot) => `| ${ms(h.ms)} | ${(h.share * 100).toFixed(1)} % | \`${h.name}\` |`;
  return [
    `#### ${title} — ${ms(s.totalMs)} ms sampled`,
    '',
    '| self ms | share | function |',
    '|---:|---:|---|',
    ...s.functions.map(line),
    '',
    '| self ms | share | file |',
    '|---:|---:|---|',
    ...s.files.map(line),
    '',
  ].join('\n');
}

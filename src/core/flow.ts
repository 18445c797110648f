/**
 * A feasible circulation with lower and upper bounds on integer arcs (Dinic's max flow on the
 * usual lower-bound reduction). Pure graph arithmetic on small whole numbers: it rounds
 * nothing itself — `money.roundNested` uses it to find roundings that keep every total.
 */

export interface Arc {
  from: number;
  to: number;
  lower: number;
  upper: number;
}

/**
 * An integral flow on `arcs` (over nodes 0..nodeCount−1) with lower ≤ flow ≤ upper on every
 * arc and inflow = outflow at every node, or undefined when there is none. Arcs are tried in
 * the order given: put the preferred ones first.
 */
export function feasibleCirculation(nodeCount: number, arcs: readonly Arc[]): number[] | undefined {
  const source = nodeCount;
  const sink = nodeCount + 1;
  const g = new Residual(nodeCount + 2);
  const excess = new Array<number>(nodeCount).fill(0);
  const ids = arcs.map((a) => {
    if (a.lower > a.upper) throw new Error(`feasibleCirculation: arc ${a.from}→${a.to} has lower ${a.lower} > upper ${a.upper}`);
    excess[a.to] += a.lower;
    excess[a.from] -= a.lower;
    return g.add(a.from, a.to, a.upper - a.lower);
  });
  let need = 0;
  for (let n = 0; n < nodeCount; n++) {
    if (excess[n] > 0) {
      g.add(source, n, excess[n]);
      need += excess[n];
    } else if (excess[n] < 0) g.add(n, sink, -excess[n]);
  }
  if (g.maxFlow(source, sink) !== need) return undefined;
  return arcs.map((a, i) => a.lower + g.flowOn(ids[i]));
}

/** A residual graph: edge e and its reverse e^1. */
class Residual {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly initial: number[] = [];
  private readonly next: number[] = [];
  private readonly tail: number[];
  private level: Int32Array;
  private current: number[] = [];

  constructor(n: number) {
    this.head = new Array<number>(n).fill(-1);
    this.tail = new Array<number>(n).fill(-1);
    this.level = new Int32Array(n);
  }

  /** Appends an edge (kept in insertion order per node); returns its id. */
  add(u: number, v: number, c: number): number {
    const e = this.to.length;
    this.push(u, v, c);
    this.push(v, u, 0);
    return e;
  }

  private push(u: number, v: number, c: number): void {
    const e = this.to.length;
    this.to.push(v);
    this.cap.push(c);
    this.initial.push(c);
    this.next.push(-1);
    if (this.tail[u] < 0) this.head[u] = e;
    else this.next[this.tail[u]] = e;
    this.tail[u] = e;
  }

  flowOn(e: number): number {
    return this.initial[e] - this.cap[e];
  }

  maxFlow(s: number, t: number): number {
    let total = 0;
    while (this.bfs(s, t)) {
      this.current = [...this.head];
      for (let f = this.dfs(s, t, Infinity); f > 0; f = this.dfs(s, t, Infinity)) total += f;
    }
    return total;
  }

  private bfs(s: number, t: number): boolean {
    this.level.fill(-1);
    this.level[s] = 0;
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i];
      for (let e = this.head[u]; e >= 0; e = this.next[e]) {
        const v = this.to[e];
        if (this.cap[e] > 0 && this.level[v] < 0) {
          this.level[v] = this.level[u] + 1;
          queue.push(v);
        }
      }
    }
    return this.level[t] >= 0;
  }

  /** One augmenting path along the level graph (iterative, so deep trees cannot overflow the stack). */
  private dfs(s: number, t: number, limit: number): number {
    const path: number[] = [];
    let u = s;
    for (;;) {
      if (u === t) {
        let f = limit;
        for (const e of path) f = Math.min(f, this.cap[e]);
        for (const e of path) {
          this.cap[e] -= f;
          this.cap[e ^ 1] += f;
        }
        return f;
      }
      let e = this.current[u];
      while (e >= 0 && !(this.cap[e] > 0 && this.level[this.to[e]] === this.level[u] + 1)) e = this.next[e];
      this.current[u] = e;
      if (e >= 0) {
        path.push(e);
        u = this.to[e];
      } else {
        // dead end: retreat and skip the edge that led here
        this.level[u] = -1;
        if (path.length === 0) return 0;
        const back = path.pop()!;
        u = this.to[back ^ 1];
        this.current[u] = this.next[this.current[u]];
      }
    }
  }
}

/**
 * A cheapest flow that meets given supplies and demands on a network of integer arcs
 * (successive shortest paths, Bellman–Ford with a queue). Pure graph arithmetic on small whole
 * numbers: it rounds nothing itself — `money.roundNested` uses it to find the roundings that
 * keep every total.
 */

export interface FlowArc {
  from: number;
  to: number;
  /** Most that may flow, ≥ 0. */
  capacity: number;
  /** Cost per unit, ≥ 0. */
  cost: number;
}

/**
 * An integral flow on `arcs` (over nodes 0..nodeCount−1) in which each node n sends out
 * `supply[n]` more than it takes in (negative: takes in more), at least total cost; undefined
 * when no flow meets the supplies.
 */
export function cheapestFlow(nodeCount: number, arcs: readonly FlowArc[], supply: readonly number[]): number[] | undefined {
  const source = nodeCount;
  const sink = nodeCount + 1;
  const g = new Residual(nodeCount + 2);
  const ids = arcs.map((a) => {
    if (a.capacity < 0 || a.cost < 0) throw new Error(`cheapestFlow: arc ${a.from}→${a.to} has a negative capacity or cost`);
    return g.add(a.from, a.to, a.capacity, a.cost);
  });
  let need = 0;
  for (let n = 0; n < nodeCount; n++) {
    const s = supply[n] ?? 0;
    if (s > 0) {
      g.add(source, n, s, 0);
      need += s;
    } else if (s < 0) g.add(n, sink, -s, 0);
  }
  if (g.cheapestFlow(source, sink, need) !== need) return undefined;
  return ids.map((e) => g.flowOn(e));
}

/** A residual graph: edge e and its reverse e^1 (cost negated). */
class Residual {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly initial: number[] = [];
  private readonly next: number[] = [];

  constructor(private readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  add(u: number, v: number, c: number, cost: number): number {
    const e = this.to.length;
    this.push(u, v, c, cost);
    this.push(v, u, 0, -cost);
    return e;
  }

  private push(u: number, v: number, c: number, cost: number): void {
    this.to.push(v);
    this.cap.push(c);
    this.cost.push(cost);
    this.initial.push(c);
    this.next.push(this.head[u]);
    this.head[u] = this.to.length - 1;
  }

  flowOn(e: number): number {
    return this.initial[e] - this.cap[e];
  }

  /** Sends up to `limit` from s to t along cheapest paths; returns how much it sent. */
  cheapestFlow(s: number, t: number, limit: number): number {
    let sent = 0;
    const dist = new Float64Array(this.nodes);
    const via = new Int32Array(this.nodes);
    const queued = new Uint8Array(this.nodes);
    while (sent < limit) {
      dist.fill(Infinity);
      via.fill(-1);
      dist[s] = 0;
      const queue = [s];
      queued[s] = 1;
      for (let i = 0; i < queue.length; i++) {
        const u = queue[i];
        queued[u] = 0;
        for (let e = this.head[u]; e >= 0; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          const d = dist[u] + this.cost[e];
          if (d < dist[v]) {
            dist[v] = d;
            via[v] = e;
            if (!queued[v]) {
              queued[v] = 1;
              queue.push(v);
            }
          }
        }
      }
      if (dist[t] === Infinity) break;
      let f = limit - sent;
      for (let v = t; v !== s; v = this.to[via[v] ^ 1]) f = Math.min(f, this.cap[via[v]]);
      for (let v = t; v !== s; v = this.to[via[v] ^ 1]) {
        this.cap[via[v]] -= f;
        this.cap[via[v] ^ 1] += f;
      }
      sent += f;
    }
    return sent;
  }
}

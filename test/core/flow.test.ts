/** The cheapest-flow helper behind `money.roundNested` (src/core/flow.ts). */
import { cheapestFlow } from '../../src/core/flow';

describe('cheapestFlow', () => {
  // 0 → 1 → 3 costs 1 + 1, 0 → 2 → 3 costs 5 + 0; each arc carries at most 1
  const arcs = [
    { from: 0, to: 1, capacity: 1, cost: 1 },
    { from: 1, to: 3, capacity: 1, cost: 1 },
    { from: 0, to: 2, capacity: 1, cost: 5 },
    { from: 2, to: 3, capacity: 1, cost: 0 },
  ];

  it('sends one unit the cheap way', () => {
    expect(cheapestFlow(4, arcs, [1, 0, 0, -1])).toEqual([1, 1, 0, 0]);
  });

  it('sends a second unit the dear way when the cheap one is full', () => {
    expect(cheapestFlow(4, arcs, [2, 0, 0, -2])).toEqual([1, 1, 1, 1]);
  });

  it('reroutes through a reverse arc when that is cheaper overall', () => {
    // 0 → 1 → 2 → 3 would be cheapest for one unit, but two units must use 0 → 2 and 1 → 3
    const cross = [
      { from: 0, to: 1, capacity: 1, cost: 0 },
      { from: 1, to: 2, capacity: 1, cost: 0 },
      { from: 2, to: 3, capacity: 1, cost: 0 },
      { from: 0, to: 2, capacity: 1, cost: 3 },
      { from: 1, to: 3, capacity: 1, cost: 3 },
    ];
    expect(cheapestFlow(4, cross, [2, 0, 0, -2])).toEqual([1, 0, 1, 1, 1]);
  });

  it('says when no flow meets the supplies', () => {
    expect(cheapestFlow(4, arcs, [3, 0, 0, -3])).toBeUndefined();
  });
});

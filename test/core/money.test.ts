import fc from 'fast-check';
import { allocate, cumulativeLinear, Dec, fromOre, oreString, toOre } from '../../src/core/money';

describe('money', () => {
  it('converts between öre and exact kronor', () => {
    expect(oreString(-123456)).toBe('-1234.56');
    expect(oreString(5)).toBe('0.05');
    expect(toOre(new Dec('0.005'))).toBe(1);
    expect(toOre(new Dec('-0.005'))).toBe(-1);
    expect(fromOre(10).plus(fromOre(20)).toFixed(2)).toBe('0.30');
  });

  it('periodises linearly to the öre: 10 000 kr over 4 of 12 months is 3 333,33 kr', () => {
    expect(cumulativeLinear(1_000_000, 4)).toBe(333_333);
    expect(cumulativeLinear(1_000_000, 12)).toBe(1_000_000);
    expect(cumulativeLinear(-1_000_000, 8)).toBe(-666_667);
  });

  it('monthly parts of a periodised budget always add up to the annual budget', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (annual) => {
        let sum = 0;
        for (let m = 1; m <= 12; m++) sum += cumulativeLinear(annual, m) - cumulativeLinear(annual, m - 1);
        return sum === annual;
      }),
    );
  });

  it('allocates 17 668 000 kr as 4 × 4 417 000 kr', () => {
    expect(allocate(1_766_800_000, [1, 1, 1, 1].map((w) => new Dec(w)), 100)).toEqual([
      441_700_000, 441_700_000, 441_700_000, 441_700_000,
    ]);
  });

  it('allocates by largest remainder: 100 kr in three equal parts', () => {
    expect(allocate(10_000, [1, 1, 1].map((w) => new Dec(w)), 100)).toEqual([3_400, 3_300, 3_300]);
  });

  it('allocated parts always sum to the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }).filter((ws) => ws.some((w) => w > 0)),
        (kr, ws) => {
          const parts = allocate(kr * 100, ws.map((w) => new Dec(w)), 100);
          return parts.reduce((a, b) => a + b, 0) === kr * 100 && parts.every((p) => p % 100 === 0);
        },
      ),
    );
  });
});

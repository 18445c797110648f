/**
 * The financing plan's arithmetic, by hand: seed 002 (17 668 tkr, a quarter to each of
 * Försäkringskassan, Arbetsförmedlingen and the region, a quarter to the municipalities by
 * population), seed 003 (the state half as one line), and the property that the parts
 * always add up to the total.
 */
import fc from 'fast-check';
import type { MemberRow, Party } from '../../../src/core/input/members';
import { allocate, Dec, ore } from '../../../src/core/money';
import { financingPlan, periodPart } from '../../../src/core/plans/financingPlan';

const member = (name: string, party: Party, population?: number): MemberRow => ({
  name,
  party,
  sourceRow: 1,
  ...(population === undefined ? {} : { population }),
});
const kr = (n: number) => n * 100;

describe('financingPlan', () => {
  it('splits seed 002: 17 668 000 kr as 4 417 000 to FK, AF and the region, the municipal quarter by population', () => {
    const plan = financingPlan(
      [
        member('Alby', 'municipality', 1000),
        member('Försäkringskassan', 'state'),
        member('VG-region', 'region'),
        member('Arbetsförmedlingen', 'state'),
        member('Bstad', 'municipality', 2000),
      ],
      kr(17_668_000),
      4,
    );
    expect(plan.missing).toEqual([]);
    // state first, then region, then municipalities; range order within a party
    expect(plan.members.map((m) => m.member.name)).toEqual(['Försäkringskassan', 'Arbetsförmedlingen', 'VG-region', 'Alby', 'Bstad']);
    // 4 417 000 × 1/3 = 1 472 333,33 and × 2/3 = 2 944 666,67: the one krona left goes to the larger remainder (Bstad)
    expect(plan.members.map((m) => m.amount)).toEqual([kr(4_417_000), kr(4_417_000), kr(4_417_000), kr(1_472_333), kr(2_944_667)]);
    expect(plan.members.map((m) => m.share.toFixed(6))).toEqual(['0.250000', '0.250000', '0.250000', '0.083333', '0.166667']);
    expect(plan.members[3].share.equals(new Dec(1).div(12))).toBe(true);
    // quarters: 4 417 000 / 4 = 1 104 250; 1 472 333 / 4 = 368 083,25 (the krona left to Q1);
    // 2 944 667 / 4 = 736 166,75 (the three kronor left to Q2–Q4, continuing after Alby's Q1)
    expect(plan.members[0].quarters).toEqual([kr(1_104_250), kr(1_104_250), kr(1_104_250), kr(1_104_250)]);
    expect(plan.members[3].quarters).toEqual([kr(368_084), kr(368_083), kr(368_083), kr(368_083)]);
    expect(plan.members[4].quarters).toEqual([kr(736_166), kr(736_167), kr(736_167), kr(736_167)]);
    // so every quarter's column is a quarter of the total: 4 417 000
    expect([0, 1, 2, 3].map((q) => plan.members.reduce((s, m) => s + m.quarters[q], 0))).toEqual([kr(4_417_000), kr(4_417_000), kr(4_417_000), kr(4_417_000)]);
    // jan–apr: 4 417 000 × 4/12 = 1 472 333,33 → 1 472 333; 1 472 333 × 4/12 = 490 777,67 → 490 778; 2 944 667 × 4/12 = 981 555,67 → 981 556
    expect(plan.members.map((m) => m.periodPlan)).toEqual([kr(1_472_333), kr(1_472_333), kr(1_472_333), kr(490_778), kr(981_556)]);
  });

  it('gives the state half to one member when the range lists the state once (seed 003: 16 692 tkr → 8 346 / 4 173 / 4 173)', () => {
    const plan = financingPlan(
      [member('Staten (FK/Af)', 'state'), member('Västra Götalandsregionen', 'region'), member('Mölndals stad', 'municipality', 65_000)],
      kr(16_692_000),
      8,
    );
    expect(plan.members.map((m) => [m.member.name, m.amount / 100, m.share.toFixed()])).toEqual([
      ['Staten (FK/Af)', 8_346_000, '0.5'],
      ['Västra Götalandsregionen', 4_173_000, '0.25'],
      ['Mölndals stad', 4_173_000, '0.25'],
    ]);
    // jan–aug: 8 346 000 × 8/12 = 5 564 000 exactly
    expect(plan.members[0].periodPlan).toBe(kr(5_564_000));
  });

  it('names the parties that have no member and makes no plan', () => {
    const plan = financingPlan([member('Försäkringskassan', 'state'), member('Alby', 'municipality', 10)], kr(1000), 12);
    expect(plan.missing).toEqual(['region']);
    expect(plan.members).toEqual([]);
  });

  it('periodPart: the whole amount for a full year, nothing for no months, whole kronor in between', () => {
    expect(periodPart(kr(1200), 12)).toBe(kr(1200));
    expect(periodPart(kr(1200), 0)).toBe(0);
    expect(periodPart(kr(1200), 5)).toBe(kr(500));
    // 100 × 1/12 = 8,33 → 8
    expect(periodPart(kr(100), 1)).toBe(kr(8));
  });

  it("property: the members add up to the total, each member's quarters to its amount (within a krona of each other), each quarter's column to a quarter of the total, each member within 2 kr of its exact share", () => {
    const parties = fc.record({
      state: fc.integer({ min: 1, max: 3 }),
      region: fc.integer({ min: 1, max: 2 }),
      populations: fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
      totalKr: fc.integer({ min: 0, max: 100_000_000 }),
      period: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(parties, ({ state, region, populations, totalKr, period }) => {
        const members = [
          ...Array.from({ length: state }, (_, i) => member(`S${i}`, 'state')),
          ...Array.from({ length: region }, (_, i) => member(`R${i}`, 'region')),
          ...populations.map((p, i) => member(`K${i}`, 'municipality', p)),
        ];
        const total = kr(totalKr);
        const plan = financingPlan(members, total, period);
        expect(plan.members.reduce((s, m) => s + m.amount, 0)).toBe(total);
        for (const m of plan.members) {
          expect(m.amount % 100).toBe(0);
          expect(m.quarters.reduce((a, b) => a + b, 0)).toBe(m.amount);
          expect(m.quarters.every((q) => q % 100 === 0 && q >= 0)).toBe(true);
          expect(Math.max(...m.quarters) - Math.min(...m.quarters)).toBeLessThanOrEqual(100);
          expect(m.periodPlan).toBeLessThanOrEqual(m.amount);
          expect(new Dec(m.amount).minus(m.share.times(total)).abs().lessThan(200)).toBe(true);
        }
        expect(
          plan.members
            .reduce((s, m) => s.plus(m.share), new Dec(0))
            .minus(1)
            .abs()
            .lessThan('1e-30'),
        ).toBe(true);
        const columns = [0, 1, 2, 3].map((q) => plan.members.reduce((s, m) => s + m.quarters[q], 0));
        expect(columns).toEqual(
          allocate(
            ore(total),
            [1, 1, 1, 1].map((w) => new Dec(w)),
            100,
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});

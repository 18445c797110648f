/**
 * Participant totals by hand: per municipality and per month by gender, rows outside the
 * period left out, unique participants by person id (a person who moved counted once in
 * the total), a fiscal year that starts in July, and utilisation pro rata.
 */
import type { ParticipantRow, VolumeRow } from '../../../src/core/input/participants';
import { summariseParticipants, totalOf, utilisation } from '../../../src/core/plans/participants';

const row = (ym: string, municipality: string, gender: 'women' | 'men', registered: number, ended: number, person?: string): ParticipantRow => {
  const [year, month] = ym.split('-').map(Number);
  return { year, month, municipality, gender, registered, ended, sourceRow: 1, ...(person ? { person } : {}) };
};

describe('summariseParticipants', () => {
  const rows = [
    row('2024-01', 'Borås', 'women', 50, 21),
    row('2024-01', 'Borås', 'men', 30, 20),
    row('2024-02', 'Borås', 'women', 25, 19),
    row('2024-02', 'Mark', 'men', 7, 2),
    row('2024-03', 'BORÅS', 'men', 1, 0), // same municipality, other case
    row('2024-05', 'Mark', 'women', 9, 9), // after the period (jan–apr)
    row('2023-12', 'Mark', 'women', 4, 4), // the year before
  ];
  const volumes: VolumeRow[] = [
    { municipality: 'Mark', volume: 145, sourceRow: 1 },
    { municipality: 'Bollebygd', volume: 47, sourceRow: 2 },
  ];
  const s = summariseParticipants(rows, volumes, 2024, 4, 1, false);

  it('sums each month of the period by gender (seed 000: January 50 + 30 in, 21 + 20 out)', () => {
    expect(s.months.map((m) => [m.month, m.registered.women, m.registered.men, m.ended.women, m.ended.men])).toEqual([
      [1, 50, 30, 21, 20],
      [2, 25, 7, 19, 2],
      [3, 0, 1, 0, 0],
      [4, 0, 0, 0, 0],
    ]);
    expect(totalOf(s.months[0].registered)).toBe(80);
    expect(s.outsideRows).toBe(2);
  });

  it('sums each municipality, Arsvolym order first, names matched without case', () => {
    expect(s.municipalities.map((m) => [m.name, m.volume, totalOf(m.registered), m.registered.women, totalOf(m.ended)])).toEqual([
      ['Mark', 145, 7, 0, 2],
      ['Bollebygd', 47, 0, 0, 0],
      ['Borås', undefined, 106, 75, 60],
    ]);
    expect(s.uniqueTotal).toBeUndefined();
    expect(s.municipalities[0].unique).toBeUndefined();
  });

  it('counts unique participants by person id; a person in two municipalities is one in the total', () => {
    const p = summariseParticipants(
      [
        row('2024-01', 'Borås', 'women', 1, 0, '19800101-1234'),
        row('2024-03', 'Borås', 'women', 0, 1, '19800101-1234'),
        row('2024-02', 'Borås', 'men', 1, 0, '19900202-2345'),
        row('2024-04', 'Mark', 'women', 1, 0, '19800101-1234'),
        row('2024-02', 'Mark', 'men', 1, 0), // no id on this row
      ],
      undefined,
      2024,
      4,
      1,
      true,
    );
    expect(p.municipalities.map((m) => [m.name, m.unique, totalOf(m.registered)])).toEqual([
      ['Borås', 2, 2],
      ['Mark', 1, 2],
    ]);
    expect(p.uniqueTotal).toBe(2);
  });

  it('follows a fiscal year from July: months jul 2023 … through the period, 2024 rows in place', () => {
    const p = summariseParticipants(
      [row('2023-07', 'A', 'men', 3, 1), row('2024-01', 'A', 'women', 2, 0), row('2023-06', 'A', 'men', 9, 9)],
      undefined,
      2023,
      7,
      7,
      false,
    );
    expect(p.months.map((m) => `${m.year}-${m.month}`)).toEqual(['2023-7', '2023-8', '2023-9', '2023-10', '2023-11', '2023-12', '2024-1']);
    expect(p.months[0].registered.men).toBe(3);
    expect(p.months[6].registered.women).toBe(2);
    expect(p.outsideRows).toBe(1);
  });
});

describe('utilisation', () => {
  it('is registrations ÷ (annual volume × months/12)', () => {
    // 76 ÷ (145 × 4/12) = 76 ÷ 48,33… = 1,5724…; 17 ÷ (47 × 4/12) = 1,0851…
    expect(utilisation(76, 145, 4)!.toFixed(6)).toBe('1.572414');
    expect(utilisation(17, 47, 4)!.toFixed(6)).toBe('1.085106');
    expect(utilisation(40, 120, 12)!.toFixed()).toBe('0.3333333333333333333333333333333333333333');
  });

  it('is null without a volume, with a zero volume or no months', () => {
    expect(utilisation(5, undefined, 4)).toBeNull();
    expect(utilisation(5, 0, 4)).toBeNull();
    expect(utilisation(5, 10, 0)).toBeNull();
  });
});

/**
 * The parsers of Medlemsbidrag, Deltagare, Arsvolym and Projekt (aliases, value forms), the
 * Medlem column of Kontoplan, and how the extras' ranges are found by name.
 */
import { parseWorkbook } from '../../../src/core/input';
import { parseMembers, partyOf } from '../../../src/core/input/members';
import { countOf, genderOf, parseParticipants, parseVolumes } from '../../../src/core/input/participants';
import { listOf, parseProjects } from '../../../src/core/input/projects';
import type { Problem } from '../../../src/core/input/types';
import { extraRangeOf, findExtraRanges } from '../../../src/core/extras/ranges';
import { range } from '../../helpers/ranges';

describe('Medlemsbidrag', () => {
  it('reads English headers, every party spelling, populations as text and account ranges', () => {
    const problems: Problem[] = [];
    const parsed = parseMembers(
      range('Contributions', [
        ['Member', 'Party', 'Population', 'Account'],
        ['Försäkringskassan', 'Staten', null, 3810],
        ['Regionen', 'landsting', null, '3820-3829'],
        ['Alby', 'Municipality', '48 312', null],
        ['Bstad', 'KOMMUN', 7894, 3831],
      ]),
      problems,
    )!;
    expect(problems).toEqual([]);
    expect(parsed.hasAccountColumn).toBe(true);
    expect(parsed.rows.map((r) => [r.name, r.party, r.population, r.accounts])).toEqual([
      ['Försäkringskassan', 'state', undefined, { from: 3810, to: 3810 }],
      ['Regionen', 'region', undefined, { from: 3820, to: 3829 }],
      ['Alby', 'municipality', 48312, undefined],
      ['Bstad', 'municipality', 7894, { from: 3831, to: 3831 }],
    ]);
  });

  it('knows the parties and nothing else', () => {
    expect(['Stat', 'state', 'Region', 'Regionen', 'kommunen', 'Kommuner'].map(partyOf)).toEqual([
      'state',
      'state',
      'region',
      'region',
      'municipality',
      'municipality',
    ]);
    expect(partyOf('Landstinget X')).toBeUndefined();
    expect(partyOf(null)).toBeUndefined();
  });
});

describe('Deltagare and Arsvolym', () => {
  it("reads the contract's aliases, blank counts as 0, periods in every form, a person id", () => {
    const problems: Problem[] = [];
    const parsed = parseParticipants(
      range('Participants', [
        ['Month', 'Municipality', 'Gender', 'Nya', 'Avslutade', 'Deltagar-id'],
        ['2024-01', 'Alby', 'Female', 2, null, 'A1'],
        [202402, 'Alby', 'Man', '3', 0, 1234],
        [new Date(Date.UTC(2024, 2, 15)), 'Bstad', 'kvinna', null, 1, null],
      ]),
      problems,
    )!;
    expect(problems).toEqual([]);
    expect(parsed.hasPersonColumn).toBe(true);
    expect(parsed.rows.map((r) => [r.year, r.month, r.municipality, r.gender, r.registered, r.ended, r.person])).toEqual([
      [2024, 1, 'Alby', 'women', 2, 0, 'A1'],
      [2024, 2, 'Alby', 'men', 3, 0, '1234'],
      [2024, 3, 'Bstad', 'women', 0, 1, undefined],
    ]);
  });

  it('an Insats column (alias KST): codes as text, blank allowed, a value that is no code is an error at its cell', () => {
    const problems: Problem[] = [];
    const parsed = parseParticipants(
      range('Deltagare', [
        ['Månad', 'Kommun', 'Kön', 'Inskrivna', 'Utskrivna', 'KST'],
        ['2024-01', 'Alby', 'K', 2, 0, 3001],
        ['2024-01', 'Alby', 'M', 1, 0, ' P-7 '],
        ['2024-02', 'Alby', 'M', 1, 0, null],
        ['2024-02', 'Alby', 'K', 1, 0, true],
      ]),
      problems,
    )!;
    expect(parsed.hasInsatsColumn).toBe(true);
    expect(parsed.rows.map((r) => r.insats)).toEqual(['3001', 'P-7', undefined]);
    expect(problems.map((p) => [p.code, p.cell, p.severity])).toEqual([['notCode', 'F5', 'error']]);
  });

  it('genders and counts', () => {
    expect(['K', 'kvinna', 'F', 'M', 'Man', 'män', 'Male'].map(genderOf)).toEqual(['women', 'women', 'women', 'men', 'men', 'men', 'men']);
    expect(genderOf('X')).toBeUndefined();
    expect([null, '', 0, 12, ' 7 '].map(countOf)).toEqual([0, 0, 0, 12, 7]);
    expect([-1, 1.5, 'tre', true].map((v) => countOf(v as never))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads expected volumes', () => {
    const problems: Problem[] = [];
    const v = parseVolumes(
      range('Arsvolym', [
        ['Kommun', 'Årsvolym'],
        ['Alby', 40],
        ['Bstad', '12'],
      ]),
      problems,
    )!;
    expect(problems).toEqual([]);
    expect(v.rows.map((r) => [r.municipality, r.volume])).toEqual([
      ['Alby', 40],
      ['Bstad', 12],
    ]);
  });
});

describe('Projekt', () => {
  it('reads dates in every form, lists of cost centres, flat-rate account ranges and a budget as text', () => {
    const problems: Problem[] = [];
    const parsed = parseProjects(
      range('Projekt', [
        ['Code', 'Name', 'Start', 'End', 'Funder', 'Budget', 'Actual cost centres', 'Flat-rate cost centres', 'Flat-rate accounts'],
        ['SPACE', 'Space', '2015-11-01', 43403, 'ESF', '4 200 000', '3041; 3043', 3042, '5500-5599, 7551'],
        [3044, null, new Date(Date.UTC(2016, 1, 1)), 20190131, null, null, null, null, null],
      ]),
      problems,
    )!;
    expect(problems).toEqual([]);
    expect(parsed.rows.map((r) => ({ ...r, sourceRow: undefined }))).toEqual([
      {
        code: 'SPACE',
        name: 'Space',
        funder: 'ESF',
        start: 20151101,
        end: 20181030,
        budget: 420_000_000,
        actualCostCentres: ['3041', '3043'],
        flatRateCostCentres: ['3042'],
        flatRateAccounts: [
          { from: 5500, to: 5599 },
          { from: 7551, to: 7551 },
        ],
        sourceRow: undefined,
      },
      { code: '3044', start: 20160201, end: 20190131, actualCostCentres: [], flatRateCostCentres: [], flatRateAccounts: [], sourceRow: undefined },
    ]);
  });

  it('lists', () => {
    expect(listOf('3041, 3042;3043')).toEqual(['3041', '3042', '3043']);
    expect(listOf(3041)).toEqual(['3041']);
    expect(listOf(null)).toEqual([]);
    expect(listOf(true)).toBeUndefined();
  });
});

describe('the Medlem column of Kontoplan', () => {
  it('is an optional field of each chart row, and its column is remembered for problems', () => {
    const p = parseWorkbook({
      ranges: [
        range('Huvudbok', [
          ['Period', 'Konto', 'Belopp'],
          ['2024-01', 3810, 1],
        ]),
        range('Kontoplan', [
          ['Konto', 'Avsnitt', 'Member'],
          [3810, 'Bidrag', 'Försäkringskassan'],
          ['3800-3899', 'Bidrag', null],
        ]),
      ],
    });
    expect(p.chart!.memberCol).toBe(2);
    expect(p.chart!.rows.map((r) => r.member)).toEqual(['Försäkringskassan', undefined]);
  });

  it('is absent without the column', () => {
    const p = parseWorkbook({
      ranges: [
        range('Huvudbok', [
          ['Period', 'Konto', 'Belopp'],
          ['2024-01', 3810, 1],
        ]),
        range('Kontoplan', [
          ['Konto', 'Avsnitt'],
          [3810, 'Bidrag'],
        ]),
      ],
    });
    expect(p.chart).toEqual({ rows: [{ from: 3810, to: 3810, section: 'contributions', note: false, sourceRow: 1 }], ref: expect.anything() });
  });
});

describe("finding the extras' ranges", () => {
  it('by every alias, with Swedish letters, a sheet prefix, any case', () => {
    expect(['Medlemsbidrag', 'contributions', 'Deltagare', 'Participants', 'Årsvolym', 'ARSVOLYM', 'Data!Projekt', 'projects'].map(extraRangeOf)).toEqual([
      'Medlemsbidrag',
      'Medlemsbidrag',
      'Deltagare',
      'Deltagare',
      'Arsvolym',
      'Arsvolym',
      'Projekt',
      'Projekt',
    ]);
    expect(extraRangeOf('Huvudbok')).toBeUndefined();
  });

  it('the first range of a name is used; a blank one is left out with a warning', () => {
    const problems: Problem[] = [];
    const found = findExtraRanges([range('Projekt', [[null]]), range('Deltagare', [['Månad']]), range('Huvudbok', [['x']])], problems);
    expect(Object.keys(found)).toEqual(['Deltagare']);
    expect(problems.map((p) => [p.code, p.range])).toEqual([['rangeEmpty', 'Projekt']]);
  });
});

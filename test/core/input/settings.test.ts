import { parseWorkbook } from '../../../src/core/input';
import type { RawCell, WorkbookInput } from '../../../src/core/input';

const ledger = {
  name: 'Huvudbok',
  sheet: 'Data',
  row: 0,
  col: 0,
  values: [
    ['Datum', 'Konto', 'Belopp'],
    ['2024-01-01', 4010, 1],
  ],
};
const settingsOf = (values: RawCell[][], overrides?: WorkbookInput['overrides']) => {
  const p = parseWorkbook({ ranges: [ledger, { name: 'Installningar', sheet: 'Inställningar', row: 0, col: 0, values }], overrides });
  return { settings: p.settings, problems: p.problems.map((x) => [x.severity, x.code, x.cell ?? '']) };
};

describe('Installningar', () => {
  it('has the contract defaults and leaves year and period to the posting step', () => {
    const { settings } = settingsOf([]);
    expect(settings).toEqual({ organisation: '', firstMonth: 1, lang: 'sv', forecastMethod: 'budget', varianceThreshold: '0.1' });
    expect(parseWorkbook({ ranges: [ledger] }).settings).toEqual(settings);
  });

  const all: RawCell[][] = [
    ['Organisation', 'Samordningsförbundet Sjuhärad'],
    ['Räkenskapsår', 2024],
    ['Period', 4],
    ['Första månad', 1],
    ['Språk', 'sv'],
    ['Eget kapital mål', '2 000 000'],
    ['Medlemsbidrag totalt', 17_668_000],
    ['Prognosmetod', 'Utfall+budget'],
    ['Avvikelsegräns', '10 %'],
  ];
  const expected = {
    organisation: 'Samordningsförbundet Sjuhärad',
    year: 2024,
    period: 4,
    firstMonth: 1,
    lang: 'sv',
    equityTarget: 200_000_000,
    totalContributions: 1_766_800_000,
    forecastMethod: 'actualPlusBudget',
    varianceThreshold: '0.1',
  };

  it('reads every setting when the first row is already data', () => {
    expect(settingsOf(all)).toEqual({ settings: expected, problems: [] });
  });

  it('reads the same with a header row, and with a title above the header row', () => {
    for (const header of [
      ['Inställning', 'Värde'],
      ['Key', 'Value'],
      ['Nyckel', 'Värde:'],
      ['Setting', 'Value'],
    ]) {
      expect(settingsOf([header, ...all])).toEqual({ settings: expected, problems: [] });
    }
    expect(settingsOf([['Inställningar', null], ['Inställning', 'Värde'], ...all])).toEqual({ settings: expected, problems: [] });
  });

  it('reads English keys and values', () => {
    const { settings, problems } = settingsOf([
      ['Organization', 'Finsam X'],
      ['Fiscal year', '2024'],
      ['Through month', '8'],
      ['First month', 'July'],
      ['Language', 'English'],
      ['Equity target', '2,000,000.00'],
      ['Total contributions', '(1 000)'],
      ['Forecast method', 'Run-rate'],
      ['Variance threshold', 0.15],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      organisation: 'Finsam X',
      year: 2024,
      period: 8,
      firstMonth: 7,
      lang: 'en',
      equityTarget: 200_000_000,
      totalContributions: -100_000,
      forecastMethod: 'runRate',
      varianceThreshold: '0.15',
    });
  });

  it('accepts the aliases År, Månad, Till och med månad, Förbund', () => {
    expect(
      settingsOf([
        ['Förbund', 'F'],
        ['År', 2023],
        ['Till och med månad', 12],
      ]).settings,
    ).toMatchObject({ organisation: 'F', year: 2023, period: 12 });
    expect(settingsOf([['Månad', '3']]).settings.period).toBe(3);
  });

  it.each([
    ['10 %', '0.1'],
    ['10%', '0.1'],
    ['0,1', '0.1'],
    [0.1, '0.1'],
    [10, '0.1'],
    ['12,5 %', '0.125'],
    [5, '0.05'],
    ['0', '0'],
  ])('reads the variance threshold %j as %s', (raw, fraction) => {
    expect(settingsOf([['Avvikelsegräns', raw]]).settings.varianceThreshold).toBe(fraction);
  });

  it.each([
    ['Budget', 'budget'],
    ['budget', 'budget'],
    ['Utfall+budget', 'actualPlusBudget'],
    ['Utfall + budget', 'actualPlusBudget'],
    ['Actual+budget', 'actualPlusBudget'],
    ['Takt', 'runRate'],
    ['Run-rate', 'runRate'],
    ['Runrate', 'runRate'],
  ])('reads the forecast method %j as %s', (raw, method) => {
    expect(settingsOf([['Prognosmetod', raw]]).settings.forecastMethod).toBe(method);
  });

  it.each([
    ['LKBR', 'lkbr'],
    ['lkbr', 'lkbr'],
    [' Lkbr ', 'lkbr'],
    ['Traditionell', 'traditional'],
    ['TRADITIONELL', 'traditional'],
    ['Traditional', 'traditional'],
  ])('reads the layout (Uppställning) %j as %s', (raw, layout) => {
    expect(settingsOf([['Uppställning', raw]]).settings.layout).toBe(layout);
  });

  it('leaves the layout traditional (unset) without Uppställning, and refuses an unknown layout at its cell', () => {
    expect(settingsOf([['Period', 3]]).settings.layout).toBeUndefined();
    expect(settingsOf([['Uppställning', '']]).settings.layout).toBeUndefined();
    const bad = settingsOf([
      ['Period', 3],
      ['Uppställning', 'RKR R11'],
    ]);
    expect(bad.problems).toEqual([['error', 'invalidSetting', 'B2']]);
    expect(bad.settings.layout).toBeUndefined();
  });

  it.each([
    ['sv', 'sv'],
    ['svenska', 'sv'],
    ['Svenska', 'sv'],
    ['en', 'en'],
    ['English', 'en'],
  ])('reads the language %j as %s', (raw, lang) => {
    expect(settingsOf([['Språk', raw]]).settings.lang).toBe(lang);
  });

  it('reads a month name as Period, converted to the fiscal month', () => {
    // Fiscal year July–June: April is fiscal month 10.
    expect(
      settingsOf([
        ['Första månad', 'juli'],
        ['Period', 'april'],
      ]).settings,
    ).toMatchObject({ firstMonth: 7, period: 10 });
    expect(settingsOf([['Period', 'april']]).settings.period).toBe(4);
  });

  it('reads a split fiscal year 2024/25 as 2024', () => {
    expect(settingsOf([['Räkenskapsår', '2024/25']]).settings.year).toBe(2024);
    expect(settingsOf([['Räkenskapsår', '2024/2025']]).settings.year).toBe(2024);
  });

  it('leaves a setting with an empty value at its default', () => {
    expect(
      settingsOf([
        ['Räkenskapsår', null],
        ['Språk', ''],
      ]),
    ).toEqual({
      settings: { organisation: '', firstMonth: 1, lang: 'sv', forecastMethod: 'budget', varianceThreshold: '0.1' },
      problems: [],
    });
  });

  it('reports bad values with their cell, unknown keys and repeated keys', () => {
    const { settings, problems } = settingsOf([
      ['Inställning', 'Värde'],
      ['Period', 13],
      ['Räkenskapsår', 'i år'],
      ['Språk', 'tyska'],
      ['Prognosmetod', 'gissning'],
      ['Avvikelsegräns', 'hög'],
      ['Första månad', 0],
      ['Eget kapital mål', '2 miljoner'],
      ['Färg', 'blå'],
      ['Period', 4],
    ]);
    expect(problems).toEqual([
      ['error', 'invalidSetting', 'B2'],
      ['error', 'invalidSetting', 'B3'],
      ['error', 'invalidSetting', 'B4'],
      ['error', 'invalidSetting', 'B5'],
      ['error', 'invalidSetting', 'B6'],
      ['error', 'invalidSetting', 'B7'],
      ['error', 'notAmount', 'B8'],
      ['warning', 'unknownSetting', 'A9'],
      ['warning', 'duplicateSetting', 'A10'],
    ]);
    expect(settings.period).toBeUndefined(); // the first Period (13) was bad; the repeat is not used
  });

  it('lets the overrides win over the range', () => {
    const { settings } = settingsOf(
      [
        ['Räkenskapsår', 2023],
        ['Period', 12],
        ['Språk', 'sv'],
      ],
      { year: 2024, period: 4, lang: 'en' },
    );
    expect(settings).toMatchObject({ year: 2024, period: 4, lang: 'en' });
  });
});

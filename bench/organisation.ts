/**
 * The benchmark's fictional association, "Samordningsförbundet Bänken": 40 cost centres and
 * 124 accounts — larger than the example workbook (15 cost centres), as issue 2 asks
 * ("40 cost centres, about 120 accounts"). Plain data; the generator (generate.ts) spends
 * against it.
 */

export const ORGANISATION = 'Samordningsförbundet Bänken';

export interface BenchCostCentre {
  code: number;
  name: string;
  group: string;
}

/** 5 common + 30 activities + 4 project parts + 1 financing = 40 cost centres. */
export const COST_CENTRES: readonly BenchCostCentre[] = [
  { code: 1000, name: 'Styrelse', group: 'Förbundsgemensamt' },
  { code: 1100, name: 'Kansli', group: 'Förbundsgemensamt' },
  { code: 1200, name: 'Information och utveckling', group: 'Förbundsgemensamt' },
  { code: 1300, name: 'Uppföljning och utvärdering', group: 'Förbundsgemensamt' },
  { code: 1400, name: 'Ekonomiservice och revision', group: 'Förbundsgemensamt' },
  ...Array.from({ length: 30 }, (_, i) => ({ code: 3001 + i, name: `Insats ${i + 1}`, group: 'Insatser' })),
  ...Array.from({ length: 4 }, (_, i) => ({ code: 3041 + i, name: `ESF-projekt, del ${i + 1}`, group: 'Projekt' })),
  { code: 9000, name: 'Medlemsbidrag', group: 'Finansiering' },
];

/** Cost centres that employ staff and buy services (all but financing). */
export const SPENDING_CENTRES: readonly number[] = COST_CENTRES.filter((c) => c.code !== 9000).map((c) => c.code);
/** Cost centres of the ESF project (their rows carry the project code). */
export const PROJECT_CENTRES: ReadonlySet<number> = new Set([3041, 3042, 3043, 3044]);
export const PROJECT_CODE = 'ESF-B';
export const FINANCING_CENTRE = 9000;

/** One statement line of the chart: an account range, its section and line, and its accounts. */
export interface ChartGroup {
  from: number;
  to: number;
  section: string;
  line: string;
  note: boolean;
  /** Accounts of the group that the ledger uses, with their names. */
  accounts: readonly (readonly [number, string])[];
}

const named = (name: string, ...accounts: number[]): [number, string][] => accounts.map((a) => [a, `${name} ${a}`]);

/** 124 accounts in 17 statement lines. */
export const CHART: readonly ChartGroup[] = [
  {
    from: 1500,
    to: 1799,
    section: 'Kortfristiga fordringar',
    line: 'Kortfristiga fordringar',
    note: true,
    accounts: [
      [1511, 'Kundfordringar'],
      [1640, 'Skattefordringar'],
      [1687, 'Redovisningskonto moms'],
      [1710, 'Förutbetalda hyror'],
      [1790, 'Förutbetalda kostnader'],
      [1791, 'Upplupna intäkter'],
    ],
  },
  {
    from: 1900,
    to: 1999,
    section: 'Likvida medel',
    line: 'Likvida medel',
    note: true,
    accounts: [
      [1920, 'Bank'],
      [1930, 'Placeringskonto'],
    ],
  },
  { from: 2000, to: 2098, section: 'Eget kapital', line: 'Eget kapital', note: false, accounts: [[2010, 'Eget kapital']] },
  { from: 2099, to: 2099, section: 'Periodens resultat', line: 'Periodens resultat', note: false, accounts: [[2099, 'Periodens resultat']] },
  {
    from: 2400,
    to: 2999,
    section: 'Kortfristiga skulder',
    line: 'Kortfristiga skulder',
    note: true,
    accounts: [
      [2411, 'Leverantörsskulder'],
      [2711, 'Personalskatt'],
      [2731, 'Sociala avgifter'],
      [2920, 'Semesterlöneskuld'],
      [2931, 'Upplupna sociala avgifter'],
      [2991, 'Upplupna kostnader'],
    ],
  },
  {
    from: 3000,
    to: 3499,
    section: 'Intäkter',
    line: 'Försäljning',
    note: true,
    accounts: [
      [3010, 'Försäljning tjänster'],
      [3020, 'Kursavgifter'],
      [3110, 'Hyresintäkter'],
    ],
  },
  {
    from: 3500,
    to: 3599,
    section: 'Intäkter',
    line: 'Projektintäkter',
    note: true,
    accounts: [
      [3510, 'Bidrag ESF'],
      [3520, 'Övriga statsbidrag'],
      [3590, 'Övriga bidrag'],
    ],
  },
  { from: 3600, to: 3799, section: 'Intäkter', line: 'Övriga intäkter', note: true, accounts: [[3740, 'Öresutjämning']] },
  {
    from: 3800,
    to: 3899,
    section: 'Bidrag',
    line: 'Erhållna bidrag från huvudmännen',
    note: false,
    accounts: [
      [3810, 'Bidrag Försäkringskassan'],
      [3811, 'Bidrag Arbetsförmedlingen'],
      [3820, 'Bidrag regionen'],
      ...named('Bidrag kommun', 3830, 3831, 3832, 3833, 3834, 3835),
    ],
  },
  { from: 3900, to: 3999, section: 'Intäkter', line: 'Övriga intäkter', note: true, accounts: [[3990, 'Övriga intäkter']] },
  {
    from: 5000,
    to: 5499,
    section: 'Kostnader',
    line: 'Personalkostnader',
    note: true,
    accounts: [
      ...named('Löner', 5010, 5011, 5020, 5030, 5040, 5050, 5060, 5070),
      ...named('Arvoden', 5110, 5111, 5120),
      ...named('Reseersättning', 5210, 5211, 5220),
      ...named('Sociala avgifter', 5410, 5411, 5412, 5420),
    ],
  },
  {
    from: 5500,
    to: 5599,
    section: 'Kostnader',
    line: 'Verksamhetsanknutna kostnader',
    note: true,
    accounts: named(
      'Verksamhetskostnad',
      5510,
      5511,
      5520,
      5521,
      5530,
      5531,
      5532,
      5538,
      5539,
      5540,
      5541,
      5542,
      5543,
      5544,
      5545,
      5550,
      5560,
      5570,
      5580,
      5590,
    ),
  },
  { from: 5600, to: 5999, section: 'Kostnader', line: 'Övriga personalkostnader', note: true, accounts: named('Personalkostnad', 5910, 5920, 5930, 5940) },
  { from: 6000, to: 6199, section: 'Kostnader', line: 'Lokalkostnader', note: true, accounts: named('Lokalkostnad', 6110, 6120, 6130, 6140, 6150) },
  {
    from: 6200,
    to: 7999,
    section: 'Kostnader',
    line: 'Övriga kostnader',
    note: true,
    accounts: [
      ...named('Övrig kostnad', 6210, 6230, 6250, 6310, 6320, 6410, 6420, 6451, 6452, 6460, 6510, 6520, 6530, 6550, 6590, 6710, 6720, 6911, 6912, 6990),
      ...named('Övrig kostnad', 7010, 7020, 7110, 7120, 7212, 7213, 7251, 7310, 7320, 7410, 7510, 7520, 7551, 7552, 7599, 7610, 7619, 7630, 7690, 7810),
    ],
  },
  {
    from: 8000,
    to: 8399,
    section: 'Finansiella intäkter',
    line: 'Finansiella intäkter',
    note: false,
    accounts: [
      [8310, 'Ränteintäkter bank'],
      [8320, 'Ränteintäkter placeringar'],
    ],
  },
  {
    from: 8400,
    to: 8899,
    section: 'Finansiella kostnader',
    line: 'Finansiella kostnader',
    note: false,
    accounts: [
      [8410, 'Räntekostnader'],
      [8490, 'Bankavgifter'],
    ],
  },
];

const accountsOf = (from: number, to: number): number[] => CHART.flatMap((g) => g.accounts.map(([a]) => a)).filter((a) => a >= from && a <= to);

/** What supplier invoices are booked on: activity costs, premises and other costs. */
export const SUPPLIER_ACCOUNTS: readonly number[] = [...accountsOf(5500, 5999), ...accountsOf(6000, 7999)];
/** What customer invoices are booked on. */
export const SALES_ACCOUNTS: readonly number[] = [3010, 3020, 3110, 3520, 3590, 3990];
/** The owners' contribution accounts, one per member. */
export const CONTRIBUTION_ACCOUNTS: readonly number[] = accountsOf(3800, 3899);
/** Salary and social-fee accounts of the payroll vouchers. */
export const SALARY_ACCOUNT = 5010;
export const FEE_ACCOUNT = 5410;
export const BOARD_FEE_ACCOUNT = 5110;
export const BANK = 1920;
export const RECEIVABLES = 1511;
export const PAYABLES = 2411;
export const TAX = 2711;
export const SOCIAL_FEES = 2731;
export const EQUITY = 2010;

/** Number of accounts in the chart (for the report). */
export const ACCOUNT_COUNT = CHART.reduce((n, g) => n + g.accounts.length, 0);

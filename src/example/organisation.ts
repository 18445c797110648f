/**
 * The fictional Samordningsförbundet Exempelförbundet: its members, cost centres, chart of
 * accounts and the year's activity plan (the budget, and what the ledger generator spends
 * against it). Invented figures of a realistic size — not any seed's figures.
 */

export const ORGANISATION = 'Samordningsförbundet Exempelförbundet';

/** The report month of the example (a tertial report, jan–aug). */
export const REPORT_PERIOD = 8;

/** Owners' contributions of the report year and of the year before, in kronor. */
export const TOTAL_CONTRIBUTIONS = 14_800_000;
export const TOTAL_CONTRIBUTIONS_PRIOR_YEAR = 14_600_000;

export const EQUITY_TARGET = 2_000_000;

export type Party = 'Stat' | 'Region' | 'Kommun';

export interface Member {
  name: string;
  party: Party;
  /** Inhabitants (municipalities only). */
  population?: number;
  /** Short municipality name used in the participant ranges. */
  municipality?: string;
  /** Revenue account of the member's contribution. */
  account: number;
  /** Days from the contribution invoice to its payment. */
  paysAfterDays: number;
}

export const MEMBERS: readonly Member[] = [
  { name: 'Försäkringskassan', party: 'Stat', account: 3810, paysAfterDays: 14 },
  { name: 'Arbetsförmedlingen', party: 'Stat', account: 3811, paysAfterDays: 18 },
  { name: 'Region Mellanlandet', party: 'Region', account: 3820, paysAfterDays: 21 },
  { name: 'Åsby kommun', party: 'Kommun', population: 48_312, municipality: 'Åsby', account: 3830, paysAfterDays: 25 },
  { name: 'Norrviks kommun', party: 'Kommun', population: 11_205, municipality: 'Norrvik', account: 3831, paysAfterDays: 30 },
  { name: 'Lindbacka kommun', party: 'Kommun', population: 7_894, municipality: 'Lindbacka', account: 3832, paysAfterDays: 20 },
];

/** The member that pays its third-quarter contribution of the report year late (open at 31 August). */
export const LATE_PAYER = 'Norrviks kommun';

export interface CostCentre {
  code: number;
  name: string;
  group: string;
}

export const COST_CENTRES: readonly CostCentre[] = [
  { code: 1000, name: 'Styrelse/politisk organisation', group: 'Förbundsgemensamt' },
  { code: 1100, name: 'Kansli', group: 'Förbundsgemensamt' },
  { code: 1200, name: 'Information/utveckling', group: 'Förbundsgemensamt' },
  { code: 1300, name: 'Uppföljning/utvärdering', group: 'Förbundsgemensamt' },
  { code: 1400, name: 'Ekonomiservice och revision', group: 'Förbundsgemensamt' },
  { code: 3001, name: 'Coacher Åsby', group: 'Insatser' },
  { code: 3002, name: 'Arbetsträning Åsby', group: 'Insatser' },
  { code: 3003, name: 'Stegvis – unga vuxna Norrvik', group: 'Insatser' },
  { code: 3004, name: 'Hälsofrämjande grupp Lindbacka', group: 'Insatser' },
  { code: 3005, name: 'Kompetensutveckling i samverkan', group: 'Insatser' },
  { code: 3006, name: 'Grön rehabilitering', group: 'Insatser' },
  { code: 3007, name: 'Individsamverkansteam', group: 'Insatser' },
  { code: 3041, name: 'ESF Vägen vidare, faktiska kostnader', group: 'Projekt' },
  { code: 3042, name: 'ESF Vägen vidare, schablonkostnader', group: 'Projekt' },
  { code: 9000, name: 'Medlemsbidrag', group: 'Finansiering' },
];

/**
 * A cost centre the ledger uses (a summer activity started in June of the report year) that
 * is deliberately missing from `Kostnadsstallen` and from the budget: the realistic warning.
 */
export const UNLISTED_COST_CENTRE = 3008;

/** The ESF project. */
export const PROJECT = {
  code: 'ESF-VV',
  name: 'Vägen vidare',
  funder: 'Europeiska socialfonden+ (ESF+)',
  /** Start and end relative to the report year: start 1 March of the year before. */
  startYearOffset: -1,
  startMonth: 3,
  endYearOffset: 1,
  endMonth: 2,
  budget: 4_200_000,
  costCentres: [3041, 3042],
  /** Share of the project's costs that the ESF claims ask back. */
  claimShare: 0.85,
} as const;

/** Account names (the seeds' samordningsförbund plan, plus the example's own accounts). */
export const ACCOUNT_NAMES: Record<number, string> = {
  1511: 'Kundfordringar',
  1687: 'Redovisningskonto moms',
  1790: 'Förutbetalda kostnader',
  1920: 'Plusgiro/bank',
  2010: 'Eget kapital',
  2099: 'Periodens resultat',
  2411: 'Leverantörsskulder',
  2711: 'Innehållen personalskatt',
  2731: 'Avräkning lagstadgade sociala avgifter',
  2931: 'Upplupna sociala avgifter',
  2991: 'Upplupna kostnader',
  3510: 'Bidrag Europeiska socialfonden',
  3740: 'Öres- och kronutjämning',
  3810: 'Bidrag Försäkringskassan',
  3811: 'Bidrag Arbetsförmedlingen',
  3820: 'Bidrag Region Mellanlandet',
  3830: 'Bidrag Åsby kommun',
  3831: 'Bidrag Norrviks kommun',
  3832: 'Bidrag Lindbacka kommun',
  3990: 'Övriga intäkter',
  5010: 'Löner månadsavlönade',
  5110: 'Arvoden förtroendevalda',
  5111: 'Ersättning för förlorad arbetsinkomst',
  5210: 'Reseersättningar',
  5410: 'Lagstadgade arbetsgivaravgifter',
  5411: 'Avtalsenliga avgifter (KPA)',
  5538: 'Verksamhetsanknutna IT-kostnader',
  5539: 'Övriga verksamhetsanknutna tjänster',
  5540: 'Övriga verksamhetsanknutna kostnader',
  5542: 'Verksamhetsanknutna resekostnader',
  5544: 'Verksamhetsanknutna utbildnings-, kurs- och konferenskostnader',
  5910: 'Personalutbildning',
  6110: 'Lokalhyra',
  6230: 'Datakommunikation',
  6451: 'Kontorsmaterial',
  6911: 'Kostnader för information och licenser',
  7212: 'Tele, mobil',
  7251: 'Postbefordran',
  7551: 'Konsultarvoden',
  7599: 'Övriga tjänster',
  7619: 'Övriga kostnader',
  8310: 'Ränteintäkter bank',
  8490: 'Bank- och plusgiroavgifter',
};

/** One row of the `Kontoplan` range: an account or a range `from-to`. */
export interface ChartLine {
  account: number | string;
  name: string;
  section: string;
  line: string;
  note: boolean;
}

/**
 * The chart: ranges for the statement lines and single accounts for the note texts, in the
 * order the lines are shown (as the seeds show them).
 */
export const CHART: readonly ChartLine[] = [
  { account: '1500-1799', name: 'Kortfristiga fordringar', section: 'Kortfristiga fordringar', line: 'Kortfristiga fordringar', note: true },
  single(1511, 'Kortfristiga fordringar', 'Kortfristiga fordringar', true),
  single(1687, 'Kortfristiga fordringar', 'Kortfristiga fordringar', true),
  single(1790, 'Kortfristiga fordringar', 'Kortfristiga fordringar', true),
  { account: '1900-1999', name: 'Likvida medel', section: 'Likvida medel', line: 'Likvida medel', note: true },
  single(1920, 'Likvida medel', 'Likvida medel', true),
  { account: '2000-2098', name: 'Eget kapital', section: 'Eget kapital', line: 'Eget kapital', note: false },
  single(2010, 'Eget kapital', 'Eget kapital', false),
  single(2099, 'Periodens resultat', 'Periodens resultat', false),
  { account: '2400-2999', name: 'Kortfristiga skulder', section: 'Kortfristiga skulder', line: 'Kortfristiga skulder', note: true },
  single(2411, 'Kortfristiga skulder', 'Kortfristiga skulder', true),
  single(2711, 'Kortfristiga skulder', 'Kortfristiga skulder', true),
  single(2731, 'Kortfristiga skulder', 'Kortfristiga skulder', true),
  single(2931, 'Kortfristiga skulder', 'Kortfristiga skulder', true),
  single(2991, 'Kortfristiga skulder', 'Kortfristiga skulder', true),
  single(3510, 'Intäkter', 'Projektintäkter ESF', false),
  { account: '3700-3799', name: 'Övriga intäkter', section: 'Intäkter', line: 'Övriga intäkter', note: true },
  single(3740, 'Intäkter', 'Övriga intäkter', true),
  { account: '3900-3999', name: 'Övriga intäkter', section: 'Intäkter', line: 'Övriga intäkter', note: true },
  single(3990, 'Intäkter', 'Övriga intäkter', true),
  { account: '3800-3899', name: 'Bidrag från huvudmännen', section: 'Bidrag', line: 'Erhållna bidrag från huvudmännen', note: false },
  { account: '5100-5199', name: 'Arvoden', section: 'Kostnader', line: 'Arvoden', note: false },
  single(5110, 'Kostnader', 'Arvoden', false),
  single(5111, 'Kostnader', 'Arvoden', false),
  { account: '5200-5299', name: 'Reseersättningar', section: 'Kostnader', line: 'Reseersättning', note: false },
  single(5210, 'Kostnader', 'Reseersättning', false),
  { account: '5400-5499', name: 'Sociala avgifter', section: 'Kostnader', line: 'Sociala avgifter', note: false },
  single(5410, 'Kostnader', 'Sociala avgifter', false),
  single(5411, 'Kostnader', 'Sociala avgifter', false),
  { account: '5000-5999', name: 'Övriga personalkostnader', section: 'Kostnader', line: 'Övriga personalkostnader', note: false },
  single(5010, 'Kostnader', 'Övriga personalkostnader', false),
  single(5910, 'Kostnader', 'Övriga personalkostnader', false),
  { account: '5500-5599', name: 'Verksamhetsanknutna kostnader', section: 'Kostnader', line: 'Verksamhetsanknutna kostnader', note: true },
  single(5538, 'Kostnader', 'Verksamhetsanknutna kostnader', true),
  single(5539, 'Kostnader', 'Verksamhetsanknutna kostnader', true),
  single(5540, 'Kostnader', 'Verksamhetsanknutna kostnader', true),
  single(5542, 'Kostnader', 'Verksamhetsanknutna kostnader', true),
  single(5544, 'Kostnader', 'Verksamhetsanknutna kostnader', true),
  { account: '6100-6199', name: 'Lokalkostnader', section: 'Kostnader', line: 'Lokalkostnader', note: false },
  single(6110, 'Kostnader', 'Lokalkostnader', false),
  { account: '6200-7999', name: 'Övriga kostnader', section: 'Kostnader', line: 'Övriga kostnader', note: true },
  single(6230, 'Kostnader', 'Övriga kostnader', true),
  single(6451, 'Kostnader', 'Övriga kostnader', true),
  single(6911, 'Kostnader', 'Övriga kostnader', true),
  single(7212, 'Kostnader', 'Övriga kostnader', true),
  single(7251, 'Kostnader', 'Övriga kostnader', true),
  single(7551, 'Kostnader', 'Övriga kostnader', true),
  single(7599, 'Kostnader', 'Övriga kostnader', true),
  single(7619, 'Kostnader', 'Övriga kostnader', true),
  { account: '8000-8399', name: 'Finansiella intäkter', section: 'Finansiella intäkter', line: 'Övriga finansiella intäkter', note: false },
  single(8310, 'Finansiella intäkter', 'Övriga finansiella intäkter', false),
  { account: '8400-8899', name: 'Finansiella kostnader', section: 'Finansiella kostnader', line: 'Övriga finansiella kostnader', note: false },
  single(8490, 'Finansiella kostnader', 'Övriga finansiella kostnader', false),
];

function single(account: number, section: string, line: string, note: boolean): ChartLine {
  return { account, name: ACCOUNT_NAMES[account], section, line, note };
}

/** How a plan line's actual costs arise in the ledger. */
export type PlanKind =
  /** One invoice a month from a member municipality for the month before, whole kronor, no VAT. */
  | 'service'
  /** `perMonth` supplier invoices a month (scaled by the ledger size), random amounts. */
  | 'invoices'
  /** Quarterly rent invoiced in advance in the last month of the quarter before. */
  | 'rent'
  /** Budget only; the actuals come from the payroll (salaries, fees, social charges). */
  | 'payroll'
  /** Budget only; the actuals come from the bank (interest, fees). */
  | 'bank';

export interface PlanLine {
  costCentre: number;
  account: number;
  /** Budget of the report year in kronor, debit positive. */
  budget: number;
  kind: PlanKind;
  /** Invoices a month at the example's natural size (kind `invoices`). */
  perMonth?: number;
  /** VAT rate in percent on the supplier's invoices (recovered on 1687). */
  vat?: number;
  suppliers?: readonly string[];
  /** What the invoices are for (ledger text). */
  what?: string;
  /** Seasonal weights by month (12); when given the budget row lists all twelve months. */
  months?: readonly number[];
  /** Actual level against budget in the year before and in the report year. */
  levelPrior?: number;
  level?: number;
  /** First month (1–12) of the year before in which the line has costs (project start). */
  startPrior?: number;
}

const NO_JULY = [1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1] as const;
/** Board meetings: none in January and in the summer. */
const MEETINGS = [0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1] as const;
/** Rent: Q1 through the reversed prepayment in January, then invoices in March, June, September. */
const RENT_MONTHS = [1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0] as const;

/** The activity plan of the report year: the budget per cost centre and account. */
export const PLAN: readonly PlanLine[] = [
  // Förbundsgemensamt
  { costCentre: 1000, account: 5110, budget: 160_000, kind: 'payroll', months: MEETINGS },
  { costCentre: 1000, account: 5111, budget: 28_000, kind: 'payroll' },
  { costCentre: 1000, account: 5210, budget: 24_000, kind: 'payroll' },
  { costCentre: 1000, account: 5410, budget: 59_000, kind: 'payroll' },
  {
    costCentre: 1000,
    account: 5544,
    budget: 60_000,
    kind: 'invoices',
    perMonth: 0.5,
    vat: 12,
    suppliers: ['Konferensgården Sjövik AB', 'Hotell Mellanstaden'],
    what: 'styrelsekonferens',
    months: NO_JULY,
    levelPrior: 0.9,
    level: 0.8,
  },
  {
    costCentre: 1000,
    account: 7619,
    budget: 12_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 12,
    suppliers: ['Caféet vid torget', 'Restaurang Gästis'],
    what: 'förtäring sammanträde',
    levelPrior: 1,
    level: 1.1,
  },
  { costCentre: 1100, account: 5010, budget: 1_165_000, kind: 'payroll' },
  { costCentre: 1100, account: 5410, budget: 366_000, kind: 'payroll' },
  {
    costCentre: 1100,
    account: 5411,
    budget: 95_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 0,
    suppliers: ['KPA Pension'],
    what: 'avtalsförsäkringar och pension',
    levelPrior: 0.95,
    level: 1,
  },
  {
    costCentre: 1100,
    account: 5910,
    budget: 30_000,
    kind: 'invoices',
    perMonth: 0.3,
    vat: 25,
    suppliers: ['Kompetenshuset AB'],
    what: 'kurs personal',
    levelPrior: 1,
    level: 0.7,
  },
  {
    costCentre: 1100,
    account: 6110,
    budget: 216_000,
    kind: 'rent',
    vat: 25,
    suppliers: ['Fastighets AB Stationshuset'],
    what: 'lokalhyra',
    months: RENT_MONTHS,
    levelPrior: 0.97,
    level: 1,
  },
  {
    costCentre: 1100,
    account: 6230,
    budget: 30_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 25,
    suppliers: ['Nätbolaget Mitt AB'],
    what: 'bredband och nätverk',
    levelPrior: 1,
    level: 1,
  },
  {
    costCentre: 1100,
    account: 6451,
    budget: 12_000,
    kind: 'invoices',
    perMonth: 2,
    vat: 25,
    suppliers: ['Kontorsvaruhuset i Åsby AB', 'Papper & Penna AB'],
    what: 'kontorsmaterial',
    levelPrior: 1.1,
    level: 0.9,
  },
  {
    costCentre: 1100,
    account: 6911,
    budget: 36_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 25,
    suppliers: ['Programvaruhuset AB', 'Webbyrån Klart AB'],
    what: 'licenser och webbplats',
    levelPrior: 0.9,
    level: 1.05,
  },
  {
    costCentre: 1100,
    account: 7212,
    budget: 14_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 25,
    suppliers: ['Mobiloperatören Norden AB'],
    what: 'mobilabonnemang',
    levelPrior: 1,
    level: 1,
  },
  {
    costCentre: 1100,
    account: 7251,
    budget: 3_000,
    kind: 'invoices',
    perMonth: 0.5,
    vat: 0,
    suppliers: ['Brevbäraren AB'],
    what: 'porto',
    levelPrior: 1,
    level: 0.6,
  },
  {
    costCentre: 1100,
    account: 7599,
    budget: 48_000,
    kind: 'invoices',
    perMonth: 2,
    vat: 25,
    suppliers: ['IT-supporten Mellan AB', 'Tryckeriet i Norrvik AB'],
    what: 'tjänster',
    levelPrior: 0.9,
    level: 1,
  },
  { costCentre: 1100, account: 8310, budget: -40_000, kind: 'bank' },
  { costCentre: 1100, account: 8490, budget: 9_600, kind: 'bank' },
  {
    costCentre: 1200,
    account: 5544,
    budget: 200_000,
    kind: 'invoices',
    perMonth: 2,
    vat: 12,
    suppliers: ['Konferensgården Sjövik AB', 'Föreläsarbyrån Insikt AB', 'Folkhögskolan i Lindbacka'],
    what: 'utbildningsdag samverkan',
    months: NO_JULY,
    levelPrior: 0.85,
    level: 0.75,
  },
  {
    costCentre: 1200,
    account: 6911,
    budget: 40_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 25,
    suppliers: ['Webbyrån Klart AB', 'Tryckeriet i Norrvik AB'],
    what: 'informationsmaterial',
    levelPrior: 1,
    level: 0.9,
  },
  {
    costCentre: 1200,
    account: 7551,
    budget: 80_000,
    kind: 'invoices',
    perMonth: 0.5,
    vat: 25,
    suppliers: ['Utvecklingskonsult Berg AB'],
    what: 'processtöd',
    levelPrior: 0.8,
    level: 1.2,
  },
  {
    costCentre: 1300,
    account: 5538,
    budget: 24_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 25,
    suppliers: ['Uppföljningssystem SUS-support'],
    what: 'SUS-licens och support',
    levelPrior: 1,
    level: 1,
  },
  {
    costCentre: 1300,
    account: 7551,
    budget: 240_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 25,
    suppliers: ['Utvärderarna i Norden AB'],
    what: 'extern utvärdering',
    levelPrior: 0.9,
    level: 0.95,
  },
  {
    costCentre: 1400,
    account: 7551,
    budget: 110_000,
    kind: 'invoices',
    perMonth: 0.3,
    vat: 25,
    suppliers: ['Revisionsbyrån Granskning AB'],
    what: 'revision',
    levelPrior: 1,
    level: 1,
  },
  {
    costCentre: 1400,
    account: 7599,
    budget: 150_000,
    kind: 'service',
    suppliers: ['Åsby kommun, ekonomiservice'],
    what: 'ekonomi- och lönetjänst',
    levelPrior: 0.97,
    level: 1,
  },
  // Insatser
  {
    costCentre: 3001,
    account: 5539,
    budget: 2_800_000,
    kind: 'service',
    suppliers: ['Åsby kommun, arbetsmarknadsenheten'],
    what: 'coacher',
    levelPrior: 0.9,
    level: 0.82,
  },
  {
    costCentre: 3001,
    account: 5542,
    budget: 15_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 6,
    suppliers: ['Länstrafiken Mellanlandet'],
    what: 'resor deltagare',
    levelPrior: 1,
    level: 1.2,
  },
  {
    costCentre: 3002,
    account: 5539,
    budget: 2_400_000,
    kind: 'service',
    suppliers: ['Åsby kommun, arbetsmarknadsenheten'],
    what: 'arbetsträning',
    levelPrior: 0.95,
    level: 1.02,
  },
  {
    costCentre: 3002,
    account: 5540,
    budget: 60_000,
    kind: 'invoices',
    perMonth: 2,
    vat: 25,
    suppliers: ['Byggvaruhuset Åsby AB', 'Arbetskläder Norr AB'],
    what: 'material arbetsträning',
    levelPrior: 1,
    level: 1.1,
  },
  {
    costCentre: 3003,
    account: 5539,
    budget: 1_450_000,
    kind: 'service',
    suppliers: ['Norrviks kommun, Stegvis'],
    what: 'Stegvis unga vuxna',
    levelPrior: 0.93,
    level: 0.97,
  },
  {
    costCentre: 3004,
    account: 5539,
    budget: 1_000_000,
    kind: 'service',
    suppliers: ['Lindbacka kommun, hälsoteamet'],
    what: 'hälsofrämjande grupp',
    levelPrior: 0.96,
    level: 0.95,
  },
  {
    costCentre: 3005,
    account: 5539,
    budget: 120_000,
    kind: 'service',
    suppliers: ['Region Mellanlandet, kompetenscentrum'],
    what: 'samverkansutbildning',
    levelPrior: 0.8,
    level: 0.9,
  },
  {
    costCentre: 3005,
    account: 5544,
    budget: 300_000,
    kind: 'invoices',
    perMonth: 2,
    vat: 12,
    suppliers: ['Folkhögskolan i Lindbacka', 'Föreläsarbyrån Insikt AB', 'Konferensgården Sjövik AB'],
    what: 'kursdag ACT',
    months: NO_JULY,
    levelPrior: 0.8,
    level: 0.7,
  },
  {
    costCentre: 3006,
    account: 5539,
    budget: 1_850_000,
    kind: 'service',
    suppliers: ['Naturbruksgården Grönäng'],
    what: 'grön rehabilitering',
    levelPrior: 0.95,
    level: 1.08,
  },
  {
    costCentre: 3006,
    account: 5540,
    budget: 100_000,
    kind: 'invoices',
    perMonth: 2,
    vat: 25,
    suppliers: ['Trädgårdshandeln Blomman', 'Friluftsbutiken AB'],
    what: 'material och utrustning',
    levelPrior: 1,
    level: 1.15,
  },
  {
    costCentre: 3007,
    account: 5539,
    budget: 1_700_000,
    kind: 'service',
    suppliers: ['Region Mellanlandet, psykiatrin'],
    what: 'individsamverkansteam',
    levelPrior: 0.92,
    level: 0.96,
  },
  // Projekt (from the project start, March of the year before)
  { costCentre: 3041, account: 5010, budget: 500_000, kind: 'payroll' },
  { costCentre: 3041, account: 5410, budget: 157_000, kind: 'payroll' },
  {
    costCentre: 3041,
    account: 5540,
    budget: 30_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 25,
    suppliers: ['Kontorsvaruhuset i Åsby AB', 'Friluftsbutiken AB'],
    what: 'projektmaterial',
    levelPrior: 0.8,
    level: 1,
    startPrior: 3,
  },
  {
    costCentre: 3041,
    account: 5542,
    budget: 18_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 6,
    suppliers: ['Länstrafiken Mellanlandet', 'Tågbolaget Mitt'],
    what: 'resor projektpersonal',
    levelPrior: 0.9,
    level: 1,
    startPrior: 3,
  },
  {
    costCentre: 3042,
    account: 5539,
    budget: 700_000,
    kind: 'service',
    suppliers: ['Lindbacka kommun, arbetsmarknad'],
    what: 'deltagarinsatser projektet',
    levelPrior: 0.7,
    level: 1,
    startPrior: 3,
  },
  {
    costCentre: 3042,
    account: 5544,
    budget: 60_000,
    kind: 'invoices',
    perMonth: 1,
    vat: 12,
    suppliers: ['Föreläsarbyrån Insikt AB', 'Folkhögskolan i Lindbacka'],
    what: 'projektutbildning',
    months: NO_JULY,
    levelPrior: 0.8,
    level: 1,
    startPrior: 3,
  },
];

/** The unbudgeted summer activity on the unlisted cost centre (report year, June–August). */
export const SUMMER_ACTIVITY = {
  costCentre: UNLISTED_COST_CENTRE,
  account: 5539,
  supplier: 'Norrviks kommun, feriearbete',
  what: 'sommarinsats unga vuxna',
  monthly: 58_000,
  fromMonth: 6,
} as const;

/** Staff employed by the association (monthly salary in kronor, prior year / report year from April). */
export interface Employee {
  title: string;
  costCentre: number;
  salaryPrior: number;
  salary: number;
  /** First month of the year before with salary (project staff start with the project). */
  startPrior?: number;
  project?: boolean;
}

export const EMPLOYEES: readonly Employee[] = [
  { title: 'förbundschef', costCentre: 1100, salaryPrior: 52_800, salary: 54_900 },
  { title: 'utvecklingsledare', costCentre: 1100, salaryPrior: 41_600, salary: 43_100 },
  { title: 'projektledare ESF', costCentre: 3041, salaryPrior: 40_500, salary: 42_000, startPrior: 3, project: true },
];

/** Employer's social security charges (arbetsgivaravgifter), per ten thousand. */
export const SOCIAL_CHARGES_PER_10000 = 3142;
/** Preliminary tax withheld, per cent. */
export const TAX_PERCENT = 30;
/** Expected participants a year per municipality (`Arsvolym`). */
export const EXPECTED_YEARLY_VOLUME: Record<string, number> = { Åsby: 160, Norrvik: 45, Lindbacka: 35 };

/** Full-year forecasts (net, debit positive) for some cost centres; the rest follow the budget. */
export const FORECASTS: readonly { costCentre: number; annual: number }[] = [
  { costCentre: 1100, annual: 1_960_000 },
  { costCentre: 1200, annual: 260_000 },
  { costCentre: 3001, annual: 2_450_000 },
  { costCentre: 3006, annual: 2_080_000 },
  { costCentre: 3041, annual: -520_000 },
];

/**
 * The message catalogue: every problem code with its Swedish and English text.
 *
 * Each text is a function of the `Problem` (value found, parameters); the location prefix
 * (`Huvudbok (Data!D17): `) is added by `formatProblem`. To add a code, add an entry here
 * with both languages and a test of its wording.
 */
import { formatSieProblem, lineLabel, SIE_MESSAGES, type SieProblemCode } from '../sie/messages';
import { MAX_AMOUNT } from '../input/amount';
import { SECTIONS } from '../input/sections';
import { SETTINGS, type SettingId } from '../input/settings';
import type { Lang, Problem } from '../input/types';
import { defineCatalogue, type CatalogueKey } from '../text/catalogue';
import { joinList, sheetRef } from './format';
import { formatAmount, isDecimalText } from '../money';

/** The texts of one problem code. */
export interface Message {
  sv: (p: Problem) => string;
  en: (p: Problem) => string;
}

const param = (p: Problem, key: string): string => {
  const v = p.params?.[key];
  return v === undefined ? '' : String(v);
};
const value = (p: Problem): string => p.value ?? '';
/** A decimal (an amount, a count) in the language's notation; any other text as it is. */
const decimal = (text: string, lang: Lang): string => (isDecimalText(text) ? formatAmount(text, lang) : text);
const kr = (p: Problem, key: string, lang: Lang): string => decimal(param(p, key), lang);
const foundSv = (p: Problem): string => {
  const f = param(p, 'found');
  return f ? `Rubrikraden innehåller: ${f}.` : 'Rubrikraden är tom.';
};
const foundEn = (p: Problem): string => {
  const f = param(p, 'found');
  return f ? `The header row holds: ${f}.` : 'The header row is empty.';
};

const inColumnSv = (p: Problem): string => (param(p, 'column') ? `Cellen i kolumnen "${param(p, 'column')}"` : 'Cellen');
const inColumnEn = (p: Problem): string => (param(p, 'column') ? `The cell in the column "${param(p, 'column')}"` : 'The cell');
/** ` (=SUM(A1:A5))`, or nothing for a formula whose text is not stored in the cell (a shared formula). */
const formulaOf = (p: Problem): string => (value(p).length > 1 ? ` (${value(p)})` : '');

const settingName = (id: string, lang: Lang): string => SETTINGS.find((s) => s.id === id)?.[lang] ?? id;

/** What each setting expects, for `invalidSetting`. */
const SETTING_EXPECTED: Record<SettingId, { sv: string; en: string }> = {
  organisation: { sv: 'en text', en: 'a text' },
  year: { sv: 'ett år, t.ex. 2024', en: 'a year such as 2024' },
  period: { sv: 'en månad 1–12 eller ett månadsnamn, t.ex. 4 eller april', en: 'a month 1–12 or a month name such as 4 or April' },
  firstMonth: { sv: 'en månad 1–12 eller ett månadsnamn, t.ex. 7 eller juli', en: 'a month 1–12 or a month name such as 7 or July' },
  lang: { sv: 'sv eller en', en: 'sv or en' },
  equityTarget: { sv: 'ett belopp i kronor, t.ex. 2 000 000', en: 'an amount in kronor such as 2,000,000' },
  totalContributions: { sv: 'ett belopp i kronor, t.ex. 17 668 000', en: 'an amount in kronor such as 17,668,000' },
  forecastMethod: { sv: 'Budget, Utfall+budget eller Takt', en: 'Budget, Actual+budget or Run-rate' },
  varianceThreshold: { sv: 'en procentsats, t.ex. 10 % eller 0,1', en: 'a percentage such as 10 % or 0.1' },
  layout: { sv: 'Traditionell eller LKBR', en: 'Traditionell (or Traditional) or LKBR' },
  transactionRows: { sv: 'ett heltal 0–1 000 000 (0 = inget blad Verifikationer)', en: 'a whole number 0–1,000,000 (0 = no Transactions sheet)' },
};

/** Every problem code. */
const MESSAGES = defineCatalogue({
  // ── Ranges and header rows ────────────────────────────────────────────────────────────
  rangeMissing: {
    sv: (p) =>
      `Arbetsboken saknar området ${p.range}. Namnge cellerna (med rubrikraden) ${joinList(param(p, 'names').split(', '), 'eller')}, eller gör dem till en tabell med det namnet.`,
    en: (p) =>
      `The workbook has no range ${p.range}. Name its cells (with the header row) ${joinList(param(p, 'names').split(', '), 'or')}, or make them a table with that name.`,
  },
  rangeDuplicate: {
    sv: (p) =>
      `Området "${value(p)}" är ett andra område för ${p.range} och används inte; "${param(p, 'used')}" på bladet ${sheetRef(param(p, 'usedSheet'))} används.`,
    en: (p) =>
      `The range "${value(p)}" is a second range for ${p.range} and is not used; "${param(p, 'used')}" on sheet ${sheetRef(param(p, 'usedSheet'))} is used.`,
  },
  rangeEmpty: {
    sv: (p) => `Området "${value(p)}" är tomt och används inte.`,
    en: (p) => `The range "${value(p)}" is empty and is not used.`,
  },
  columnMissing: {
    sv: (p) => `Kolumnen "${param(p, 'column')}" saknas (godtagna rubriker: ${param(p, 'accepted')}). ${foundSv(p)}`,
    en: (p) => `The column "${param(p, 'columnEn')}" is missing (accepted headers: ${param(p, 'accepted')}). ${foundEn(p)}`,
  },
  dateColumnMissing: {
    sv: (p) => `Kolumnen för datum saknas: det behövs Datum eller Period (godtagna rubriker: ${param(p, 'accepted')}). ${foundSv(p)}`,
    en: (p) => `The date column is missing: Date or Period is needed (accepted headers: ${param(p, 'accepted')}). ${foundEn(p)}`,
  },
  amountColumnMissing: {
    sv: (p) => `Kolumnen för belopp saknas: det behövs Belopp, eller både Debet och Kredit (godtagna rubriker: ${param(p, 'accepted')}). ${foundSv(p)}`,
    en: (p) => `The amount column is missing: Amount, or both Debit and Credit, is needed (accepted headers: ${param(p, 'accepted')}). ${foundEn(p)}`,
  },
  budgetAnnualMissing: {
    sv: (p) =>
      `Kolumnen "Helår" saknas och alla tolv månadskolumner (Jan … Dec) finns inte heller (godtagna rubriker för helår: ${param(p, 'accepted')}). ${foundSv(p)}`,
    en: (p) =>
      `The column "Annual" is missing and not all twelve month columns (Jan … Dec) are there either (accepted headers for the annual amount: ${param(p, 'accepted')}). ${foundEn(p)}`,
  },
  columnDuplicate: {
    sv: (p) => `Kolumnen "${param(p, 'column')}" finns flera gånger; den första (${param(p, 'first')}) används.`,
    en: (p) => `The column "${param(p, 'column')}" appears more than once; the first (${param(p, 'first')}) is used.`,
  },

  // ── Cells ─────────────────────────────────────────────────────────────────────────────
  requiredCellEmpty: {
    sv: (p) => `Kolumnen "${param(p, 'column')}" är tom på en rad som har andra uppgifter. Fyll i värdet eller töm hela raden.`,
    en: (p) => `The column "${param(p, 'column')}" is empty on a row that has other data. Fill it in or clear the whole row.`,
  },
  notAmount: {
    sv: (p) => `Värdet "${value(p)}" är inte ett belopp. Förväntat ett tal, t.ex. 1 234,56 eller -1 234,56.`,
    en: (p) => `The value "${value(p)}" is not an amount. Expected a number such as 1,234.56 or -1 234,56.`,
  },
  amountTooManyDecimals: {
    sv: (p) =>
      `Värdet "${value(p)}" har fler än två decimaler (ett ensamt kommatecken är decimaltecken). Förväntat ett belopp med högst två decimaler, t.ex. 1 234,56; skriv tusental med mellanslag: 1 234.`,
    en: (p) =>
      `The value "${value(p)}" has more than two decimals (a single comma is read as the decimal sign). Expected an amount with at most two decimals such as 1,234.56; write thousands as 1 234 or 1,234.00.`,
  },
  amountAmbiguous: {
    sv: (p) =>
      `Värdet "${value(p)}" är tvetydigt: punkten kan vara decimaltecken eller tusentalsavgränsare. Skriv tusental med mellanslag (1 234) och högst två decimaler (1,23).`,
    en: (p) =>
      `The value "${value(p)}" is ambiguous: the point may be a decimal sign or a thousands separator. Write thousands with a space (1 234) and at most two decimals (1.23).`,
  },
  cellError: {
    sv: (p) => `${inColumnSv(p)} innehåller Excel-felet ${value(p)}, inte ett värde. Rätta formeln eller värdet som ger felet.`,
    en: (p) => `${inColumnEn(p)} holds the Excel error ${value(p)}, not a value. Correct the formula or the value that causes it.`,
  },
  formulaWithoutValue: {
    sv: (p) => `${inColumnSv(p)} innehåller en formel${formulaOf(p)} utan sparat värde. Öppna och spara arbetsboken i Excel, eller skriv in värdena.`,
    en: (p) => `${inColumnEn(p)} holds a formula${formulaOf(p)} with no stored value. Open and save the workbook in Excel, or give values.`,
  },
  amountTooLarge: {
    sv: (p) => `Värdet "${value(p)}" är för stort för ett belopp (högst ${decimal(MAX_AMOUNT, 'sv')} kr, positivt eller negativt).`,
    en: (p) => `The value "${value(p)}" is too large for an amount (max ${decimal(MAX_AMOUNT, 'en')} kr, positive or negative).`,
  },
  amountRounded: {
    sv: (p) => `Beloppet ${decimal(value(p), 'sv')} har fler än två decimaler och avrundas till ${kr(p, 'rounded', 'sv')}.`,
    en: (p) => `The amount ${decimal(value(p), 'en')} has more than two decimals and is rounded to ${kr(p, 'rounded', 'en')}.`,
  },
  amountBoolean: {
    sv: () => `Cellen innehåller ett sanningsvärde (SANT/FALSKT), inte ett belopp. Förväntat ett tal, t.ex. 1 234,56.`,
    en: () => `The cell holds a logical value (TRUE/FALSE), not an amount. Expected a number such as 1,234.56.`,
  },
  debitCreditEmpty: {
    sv: (p) => `Både "${param(p, 'debit')}" och "${param(p, 'credit')}" är tomma på en rad som har andra uppgifter. Ange beloppet i den ena.`,
    en: (p) => `Both "${param(p, 'debit')}" and "${param(p, 'credit')}" are empty on a row that has other data. Enter the amount in one of them.`,
  },
  debitCreditBoth: {
    sv: (p) =>
      `Både "${param(p, 'debit')}" och "${param(p, 'credit')}" har ett belopp på samma rad; raden räknas som debet minus kredit, ${kr(p, 'amount', 'sv')}. Ange beloppet i bara den ena om det inte är meningen.`,
    en: (p) =>
      `Both "${param(p, 'debit')}" and "${param(p, 'credit')}" hold an amount on the same row; the row counts as debit minus credit, ${kr(p, 'amount', 'en')}. Enter the amount in one of them unless that is meant.`,
  },
  notDate: {
    sv: (p) => `Värdet "${value(p)}" är inte ett datum. Förväntat ÅÅÅÅ-MM-DD, t.ex. 2024-03-31, eller ett datumvärde.`,
    en: (p) => `The value "${value(p)}" is not a date. Expected YYYY-MM-DD such as 2024-03-31, or a date value.`,
  },
  invalidDate: {
    sv: (p) => `Datumet "${value(p)}" finns inte.`,
    en: (p) => `The date "${value(p)}" does not exist.`,
  },
  notPeriod: {
    sv: (p) => `Värdet "${value(p)}" är inte en period. Förväntat ÅÅÅÅ-MM eller ÅÅÅÅMM, t.ex. 2024-03 eller 202403.`,
    en: (p) => `The value "${value(p)}" is not a period. Expected YYYY-MM or YYYYMM such as 2024-03 or 202403.`,
  },
  invalidMonth: {
    sv: (p) => `Perioden "${value(p)}" har en månad som inte finns; månaden ska vara 1–12.`,
    en: (p) => `The period "${value(p)}" has a month that does not exist; the month must be 1–12.`,
  },
  notAccount: {
    sv: (p) => `Värdet "${value(p)}" är inte ett kontonummer. Förväntat ett heltal 1000–9999, t.ex. 3001.`,
    en: (p) => `The value "${value(p)}" is not an account number. Expected a whole number 1000–9999 such as 3001.`,
  },
  notAccountOrRange: {
    sv: (p) => `Värdet "${value(p)}" är inte ett konto eller ett kontointervall. Förväntat ett konto 1000–9999 eller ett intervall, t.ex. 5500-5599.`,
    en: (p) => `The value "${value(p)}" is not an account or an account range. Expected an account 1000–9999 or a range such as 5500-5599.`,
  },
  unknownSection: {
    sv: (p) => `Avsnittet "${value(p)}" finns inte. Tillåtna avsnitt: ${SECTIONS.map((s) => s.sv).join(', ')}.`,
    en: (p) => `The section "${value(p)}" is unknown. Allowed sections: ${SECTIONS.map((s) => s.en).join(', ')} (or the Swedish names).`,
  },
  notCode: {
    sv: (p) => `Värdet "${value(p)}" kan inte vara en kod. Förväntat text eller ett heltal, t.ex. 3001.`,
    en: (p) => `The value "${value(p)}" cannot be a code. Expected text or a whole number such as 3001.`,
  },
  budgetMonthsDiffer: {
    sv: (p) => `Helår ${kr(p, 'annual', 'sv')} skiljer sig från summan av månaderna ${kr(p, 'months', 'sv')}; månaderna används.`,
    en: (p) => `The annual amount ${kr(p, 'annual', 'en')} differs from the sum of the months ${kr(p, 'months', 'en')}; the months are used.`,
  },
  duplicateCostCentre: {
    sv: (p) => `Kostnadsstället "${value(p)}" finns redan (${param(p, 'first')}); den första raden används.`,
    en: (p) => `The cost centre "${value(p)}" is already listed (${param(p, 'first')}); the first row is used.`,
  },
  duplicateForecast: {
    sv: (p) => `Kostnadsstället "${value(p)}" har redan en prognos (${param(p, 'first')}); den första raden används.`,
    en: (p) => `The cost centre "${value(p)}" already has a forecast (${param(p, 'first')}); the first row is used.`,
  },

  textWithoutHeading: {
    sv: () => 'Texten saknar rubrik (kolumnen Rubrik är tom och ingen rubrik står ovanför). Den visas utan rubrik; skriv en rubrik, t.ex. Inledning.',
    en: () =>
      'The text has no heading (the Heading column is empty and no heading is above it). It is shown without one; write a heading such as Introduction.',
  },
  textTooLong: {
    sv: (p) => `Texten har ${param(p, 'length')} tecken; en cell rymmer högst ${param(p, 'max')}. Den kortas; dela texten på flera rader.`,
    en: (p) => `The text has ${param(p, 'length')} characters; a cell holds at most ${param(p, 'max')}. It is cut; split the text over several rows.`,
  },

  // ── Settings ──────────────────────────────────────────────────────────────────────────
  unknownSetting: {
    sv: (p) => `Inställningen "${value(p)}" är okänd och används inte. Kända inställningar: ${SETTINGS.map((s) => s.sv).join(', ')}.`,
    en: (p) => `The setting "${value(p)}" is unknown and is not used. Known settings: ${SETTINGS.map((s) => s.en).join(', ')}.`,
  },
  invalidSetting: {
    sv: (p) =>
      `Värdet "${value(p)}" för inställningen ${settingName(param(p, 'setting'), 'sv')} är ogiltigt. Förväntat ${SETTING_EXPECTED[param(p, 'setting') as SettingId]?.sv ?? ''}.`,
    en: (p) =>
      `The value "${value(p)}" of the setting ${settingName(param(p, 'setting'), 'en')} is not valid. Expected ${SETTING_EXPECTED[param(p, 'setting') as SettingId]?.en ?? ''}.`,
  },
  duplicateSetting: {
    sv: (p) => `Inställningen ${settingName(param(p, 'setting'), 'sv')} anges flera gånger; den första (${param(p, 'first')}) används.`,
    en: (p) => `The setting ${settingName(param(p, 'setting'), 'en')} is given more than once; the first (${param(p, 'first')}) is used.`,
  },

  // ── Whole ranges ──────────────────────────────────────────────────────────────────────
  rangeTotalTooLarge: {
    sv: (p) =>
      `Områdets belopp når vid värdet "${value(p)}" sammanlagt ${kr(p, 'total', 'sv')} kr räknat utan tecken, över gränsen ${kr(p, 'max', 'sv')} kr för ett område. Så stora summor kan rapporten inte räkna exakt; kontrollera beloppen.`,
    en: (p) =>
      `At the value "${value(p)}" the range's amounts add up to ${kr(p, 'total', 'en')} kr counted without sign, over the limit of ${kr(p, 'max', 'en')} kr for a range. The report cannot add up such sums exactly; check the amounts.`,
  },
  ledgerEmpty: {
    sv: () => `Huvudboken har inga rader.`,
    en: () => `The ledger has no rows.`,
  },
  yearWithoutData: {
    sv: (p) =>
      `Huvudboken har inga rader i räkenskapsåret ${param(p, 'year')}; rapporten visar bara nollor för året. Den senaste bokföringen är från ${param(p, 'latest')}.`,
    en: (p) =>
      `The ledger has no rows in the fiscal year ${param(p, 'year')}; the report shows only zeros for the year. The latest entries are from ${param(p, 'latest')}.`,
  },
  moreProblems: {
    sv: (p) => `… och ytterligare ${decimal(param(p, 'count'), 'sv')} problem i området som inte visas.`,
    en: (p) => `… and ${decimal(param(p, 'count'), 'en')} more problems in the range that are not shown.`,
  },

  // ── Posting and checks (reported by later steps) ──────────────────────────────────────
  unmappedAccount: {
    sv: (p) => `Konto ${param(p, 'account')} har bokningar men finns inte i kontoplanen; det redovisas enligt standardkontoplanens kontoklass.`,
    en: (p) => `Account ${param(p, 'account')} has postings but is not in the chart of accounts; it is reported by the default plan's account class.`,
  },
  accountNotReported: {
    sv: (p) =>
      `Konto ${param(p, 'account')} har bokningar men hör inte till någon rad i rapporten (kontoklass 0 och 9 och konton som kontoplanen inte placerar redovisas inte); beloppen ingår varken i resultat- eller balansräkningen.`,
    en: (p) =>
      `Account ${param(p, 'account')} has postings but belongs to no line of the report (classes 0 and 9 and accounts the chart does not place are not reported); its amounts are in neither the income statement nor the balance sheet.`,
  },
  voucherUnbalanced: {
    sv: (p) => `Verifikation ${param(p, 'voucher')} balanserar inte: differensen är ${kr(p, 'difference', 'sv')} kr.`,
    en: (p) => `Voucher ${param(p, 'voucher')} does not balance: the difference is ${kr(p, 'difference', 'en')} kr.`,
  },
  costCentreWithoutName: {
    sv: (p) =>
      `Kostnadsställe ${param(p, 'costCentre')} används men finns inte i registret över kostnadsställen (området Kostnadsstallen); det visas med sin kod.`,
    en: (p) => `Cost centre ${param(p, 'costCentre')} is used but is not in the register of cost centres (the Kostnadsstallen range); it is shown by its code.`,
  },
} satisfies Record<string, Message>);

/** The entries, for tests that go through every code. */
export const messages = MESSAGES.entries;

/**
 * Problem codes of the financing plan, participant flows and projects (`Medlemsbidrag`,
 * `Deltagare`, `Arsvolym`, `Projekt`, and the `Medlem` column of `Kontoplan`). Part of the
 * one catalogue: `formatProblem` renders them like every other code; their tests are in
 * test/core/extras/messages.test.ts.
 */
const PLAN_TEXTS = defineCatalogue({
  contributionsTotalMissing: {
    sv: () =>
      `Området Medlemsbidrag finns men inställningen Medlemsbidrag totalt saknas. Ange årets totala medlemsbidrag i kronor i Installningar, t.ex. 17 668 000.`,
    en: () =>
      `The range Medlemsbidrag (Contributions) is there but the setting Total contributions is missing. Enter the year's total contributions in kronor in Installningar (Settings), such as 17,668,000.`,
  },
  contributionsTotalNotWhole: {
    sv: (p) => `Medlemsbidrag totalt ${kr(p, 'total', 'sv')} kr är inte hela kronor; finansieringsplanen fördelar ${kr(p, 'used', 'sv')} kr.`,
    en: (p) => `Total contributions ${kr(p, 'total', 'en')} is not whole kronor; the financing plan splits ${kr(p, 'used', 'en')}.`,
  },
  contributionsPartyMissing: {
    sv: (p) =>
      `Medlemsbidrag saknar medlem för ${param(p, 'partiesSv')}. Staten betalar hälften, regionen en fjärdedel och kommunerna en fjärdedel; ange minst en medlem med Huvudman ${param(p, 'keysSv')}.`,
    en: (p) =>
      `Medlemsbidrag (Contributions) has no member for ${param(p, 'partiesEn')}. The state pays half, the region a quarter and the municipalities a quarter; add at least one member with Huvudman (Party) ${param(p, 'keysEn')}.`,
  },
  unknownParty: {
    sv: (p) => `Huvudmannen "${value(p)}" är okänd. Förväntat Stat, Region eller Kommun.`,
    en: (p) => `The party "${value(p)}" is unknown. Expected Stat, Region or Kommun (State, Region or Municipality).`,
  },
  memberPopulationMissing: {
    sv: (p) =>
      `Kommunen ${param(p, 'member')} saknar befolkning. Kommunernas fjärdedel fördelas efter befolkning: ange antalet invånare i kolumnen Befolkning.`,
    en: (p) =>
      `The municipality ${param(p, 'member')} has no population. The municipalities' quarter is split by population: enter the number of inhabitants in the Befolkning (Population) column.`,
  },
  notPopulation: {
    sv: (p) => `Värdet "${value(p)}" är inte en befolkning. Förväntat ett heltal större än 0, t.ex. 48 312.`,
    en: (p) => `The value "${value(p)}" is not a population. Expected a whole number above 0 such as 48,312.`,
  },
  duplicateMember: {
    sv: (p) => `Medlemmen "${value(p)}" finns redan (${param(p, 'first')}); den första raden används.`,
    en: (p) => `The member "${value(p)}" is already listed (${param(p, 'first')}); the first row is used.`,
  },
  chartMemberUnknown: {
    sv: (p) => `Medlemmen "${value(p)}" finns inte i Medlemsbidrag; kontona på raden knyts inte till någon medlem.`,
    en: (p) => `The member "${value(p)}" is not in Medlemsbidrag (Contributions); the row's accounts are tied to no member.`,
  },
  unknownGender: {
    sv: (p) => `Könet "${value(p)}" är okänt. Förväntat K eller Kvinna, M eller Man.`,
    en: (p) => `The gender "${value(p)}" is unknown. Expected K, Kvinna or F (woman), M or Man (man).`,
  },
  notCount: {
    sv: (p) => `Värdet "${value(p)}" är inte ett antal. Förväntat ett heltal 0 eller större, t.ex. 12.`,
    en: (p) => `The value "${value(p)}" is not a count. Expected a whole number 0 or above such as 12.`,
  },
  duplicateMunicipality: {
    sv: (p) => `Kommunen "${value(p)}" finns redan (${param(p, 'first')}); den första raden används.`,
    en: (p) => `The municipality "${value(p)}" is already listed (${param(p, 'first')}); the first row is used.`,
  },
  projectEndBeforeStart: {
    sv: (p) => `Slutdatumet "${value(p)}" ligger före startdatumet ${param(p, 'start')}.`,
    en: (p) => `The end date "${value(p)}" is before the start date ${param(p, 'start')}.`,
  },
  duplicateProject: {
    sv: (p) => `Projektet "${value(p)}" finns redan (${param(p, 'first')}); den första raden används.`,
    en: (p) => `The project "${value(p)}" is already listed (${param(p, 'first')}); the first row is used.`,
  },
} satisfies Record<string, Message>);

/** The problem codes of the financing plan, participant flows and projects. */
export const PLAN_MESSAGES = PLAN_TEXTS.entries;

/** Where a problem is, as a prefix: `Huvudbok (Data!D17)`, `Huvudbok`, `Data!D17`, or empty. */
export function problemLocation(p: Problem): string {
  const cell = p.cell ? (p.sheet ? `${sheetRef(p.sheet)}!${p.cell}` : p.cell) : '';
  if (p.range && cell) return `${p.range} (${cell})`;
  return p.range ?? cell;
}

/**
 * A problem as one line of text in the user's language (every code of the product, SIE
 * import problems included):
 * `Huvudbok (Data!D17): Värdet "12 kr" är inte ett belopp. …`.
 * Throws for a code that is not in the catalogue (a programmer mistake).
 */
export function formatProblem(p: Problem, lang: Lang): string {
  // SIE import problems are located by line, not by cell: their texts live beside the importer.
  if (Object.prototype.hasOwnProperty.call(SIE_MESSAGES, p.code)) return formatSieProblem(p, lang);
  let text: string;
  if (MESSAGES.has(p.code)) text = MESSAGES.t(p.code, lang, p);
  else if (PLAN_TEXTS.has(p.code)) text = PLAN_TEXTS.t(p.code, lang, p);
  // Only a code from outside the program's own types can get here (a cast, JSON of an old run).
  else throw new Error(`formatProblem: unknown problem code "${p.code}"`);
  const sieLine = p.params?.sieLine;
  if (typeof sieLine === 'number' && !p.cell) {
    // A problem in a range imported from a SIE file: the file's line, as the user has it.
    const sieText = String(p.params?.sieText ?? '');
    return `${lineLabel(sieLine, lang)}: ${text}${sieText ? ` — ${sieText}` : ''}`;
  }
  const where = problemLocation(p);
  return where ? `${where}: ${text}` : text;
}

/** Every problem code the catalogues know: a `Problem` can carry no other. */
export type ProblemCode = CatalogueKey<typeof MESSAGES> | CatalogueKey<typeof PLAN_TEXTS> | SieProblemCode;

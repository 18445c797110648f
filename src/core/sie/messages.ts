/**
 * Swedish and English texts for the SIE import's problem codes. A small table of its own
 * until the main message catalogue (src/core/messages) takes these codes over.
 * Placeholders `{name}` are filled from `problem.params` (and `{value}` from `problem.value`);
 * amounts (`expected`, `actual`, `difference`, `amount`, `closingPrev`, `opening`) are exact
 * decimal text and shown in the language's notation.
 */
import type { Lang, Problem } from '../input/types';
import { defineCatalogue, type CatalogueKey } from '../text/catalogue';
import { formatAmount, isDecimalText } from '../money';

const SIE_TEXTS = defineCatalogue({
  sieNotSie: {
    sv: 'Filen är ingen SIE-fil: den har ingen känd SIE-post (#FLAGGA, #VER, #TRANS …).',
    en: 'The file is not a SIE file: it has no known SIE record (#FLAGGA, #VER, #TRANS …).',
  },
  sieSyntax: { sv: '{reason}.', en: '{reason}.' },
  sieMissingField: { sv: 'Fältet {field} saknas.', en: 'The field {field} is missing.' },
  sieBadAmount: {
    sv: '”{value}” är inget belopp (väntat t.ex. -1234.50, med decimalpunkt och högst två decimaler).',
    en: '“{value}” is not an amount (expected e.g. -1234.50, with a decimal point and at most two decimals).',
  },
  sieBadDate: {
    sv: '”{value}” är inget giltigt datum i fältet {field} (väntat ÅÅÅÅMMDD).',
    en: '“{value}” is not a valid date in the field {field} (expected YYYYMMDD).',
  },
  sieBadPeriod: { sv: '”{value}” är ingen period (väntat ÅÅÅÅMM).', en: '“{value}” is not a period (expected YYYYMM).' },
  sieBadNumber: { sv: '”{value}” är inget heltal (fältet {field}).', en: '“{value}” is not a whole number (field {field}).' },
  sieBadAccount: { sv: '”{value}” är inget kontonummer.', en: '“{value}” is not an account number.' },
  sieBadObjectList: {
    sv: '”{value}” är ingen giltig objektlista (väntat t.ex. {1 "3001" 6 "P1"}: par av dimension och objekt).',
    en: '“{value}” is not a valid object list (expected e.g. {1 "3001" 6 "P1"}: pairs of dimension and object).',
  },
  sieBadAccountType: {
    sv: 'Kontotypen ”{value}” är okänd (väntat T, S, K eller I); kontot får sin typ av kontoklassen.',
    en: 'The account type “{value}” is unknown (expected T, S, K or I); the account class decides its type.',
  },
  sieTransOutsideVer: {
    sv: '{label} står utanför en verifikation (#VER med { … }).',
    en: '{label} stands outside a voucher (#VER with { … }).',
  },
  sieVerNotOpened: {
    sv: 'Verifikationen saknar ”{” på raden efter #VER.',
    en: 'The voucher lacks “{” on the line after #VER.',
  },
  sieVerNotClosed: {
    sv: 'Verifikationen avslutas aldrig med ”}” — filen kan vara avkortad.',
    en: 'The voucher is never closed with “}” — the file may be truncated.',
  },
  sieUnexpectedBrace: {
    sv: '”{brace}” står där ingen verifikation öppnas eller stängs.',
    en: '“{brace}” stands where no voucher is opened or closed.',
  },
  sieChecksumMismatch: {
    sv: 'Kontrollsumman stämmer inte: filen anger #KSUMMA {stated} men innehållet ger {computed}. Filen har ändrats eller skadats efter att den skapades.',
    en: 'The checksum does not match: the file states #KSUMMA {stated} but its contents give {computed}. The file was changed or damaged after it was written.',
  },
  sieChecksumNoStart: {
    sv: '#KSUMMA med ett värde, men ingen inledande #KSUMMA före den.',
    en: '#KSUMMA with a value, but no opening #KSUMMA before it.',
  },
  sieChecksumNoEnd: {
    sv: '#KSUMMA inleder en kontrollsumma men filen slutar utan den avslutande #KSUMMA — filen kan vara avkortad.',
    en: '#KSUMMA starts a checksum but the file ends without the closing #KSUMMA — the file may be truncated.',
  },
  sieChecksumNotVerified: {
    sv: 'Kontrollsumman (#KSUMMA) kunde inte kontrolleras: filen är kodad som {encoding}, inte PC8 (teckentabell 437) som summan avser.',
    en: 'The checksum (#KSUMMA) could not be verified: the file is encoded as {encoding}, not PC8 (code page 437) as the sum requires.',
  },
  sieRtransWithoutTrans: {
    sv: '#RTRANS följs inte av sin kopia (#TRANS med samma konto, objekt och belopp) som formatet föreskriver; den tillagda raden räknas en gång.',
    en: '#RTRANS is not followed by its copy (#TRANS with the same account, objects and amount) as the format prescribes; the added row is counted once.',
  },
  sieFlagSet: {
    sv: 'Filen är markerad som redan inläst (#FLAGGA 1). Kontrollera att det är rätt fil och att dess verifikationer inte redan finns i bokföringen.',
    en: 'The file is marked as already read in (#FLAGGA 1). Check that it is the right file and that its vouchers are not in the books already.',
  },
  sieFirstNotFlagga: {
    sv: 'Filen börjar inte med #FLAGGA (den första posten är {value}).',
    en: 'The file does not start with #FLAGGA (the first record is {value}).',
  },
  sieUnsupportedType: {
    sv: 'Filen anger SIE typ {type}, som inte finns (typerna är 1–4); den läses som typ 4.',
    en: 'The file states SIE type {type}, which does not exist (the types are 1–4); it is read as type 4.',
  },
  sieDuplicateBalance: {
    sv: '{label} för år {year} och konto {account} förekommer mer än en gång; beloppen läggs ihop.',
    en: '{label} for year {year} and account {account} occurs more than once; the amounts are added up.',
  },
  sieMoreProblems: {
    sv: 'Ytterligare {omitted} problem av samma slag ({problemCode}) visas inte.',
    en: '{omitted} more problems of the same kind ({problemCode}) are not shown.',
  },
  sieNoFiscalYear: {
    sv: 'Filen saknar #RAR 0 (räkenskapsåret); året tas från huvudbokens datum.',
    en: 'The file has no #RAR 0 (the fiscal year); the year is taken from the ledger dates.',
  },
  sieNothingToReport: {
    sv: 'Filen har varken verifikationer (#VER) eller saldon för räkenskapsåret (#PSALDO 0, #RES 0, #UB 0 med #RAR 0); det finns inget att göra en rapport av.',
    en: 'The file has neither vouchers (#VER) nor balances for the fiscal year (#PSALDO 0, #RES 0, #UB 0 with #RAR 0); there is nothing to build a report from.',
  },
  sieFromPeriodBalances: {
    sv: 'Filen (SIE typ {type}) har saldon men inga verifikationer: rapporten byggs av periodsaldona (#PSALDO 0) och den ingående balansen (#IB 0). Kontroller som kräver verifikationer görs inte (se kontrollbladet).',
    en: 'The file (SIE type {type}) has balances but no vouchers: the report is built from the period balances (#PSALDO 0) and the opening balance (#IB 0). Checks that need vouchers are not made (see the checks sheet).',
  },
  sieFromAnnualBalances: {
    sv: 'Filen (SIE typ {type}) har bara årets saldon (#IB 0, #UB 0, #RES 0): rapporten gäller hela räkenskapsåret och kan inte delas upp per månad eller kostnadsställe. Kontroller som kräver verifikationer görs inte (se kontrollbladet).',
    en: 'The file (SIE type {type}) has only the year’s balances (#IB 0, #UB 0, #RES 0): the report covers the whole fiscal year and cannot be split by month or cost centre. Checks that need vouchers are not made (see the checks sheet).',
  },
  sieNoPeriodBalance: {
    sv: 'Konto {account} har årets belopp {amount} men inga periodsaldon (#PSALDO 0); beloppet läggs på räkenskapsårets sista dag.',
    en: 'Account {account} has the year’s amount {amount} but no period balances (#PSALDO 0); the amount is put on the last day of the fiscal year.',
  },
  sieAnnualOnly: {
    sv: 'Filen har bara helårssaldon (SIE typ 1), så rapporten kan bara göras för hela räkenskapsåret (period 12), inte för period {period}.',
    en: 'The file has only annual balances (SIE type 1), so the report can only cover the whole fiscal year (period 12), not period {period}.',
  },
  sieClosingVoucher: {
    sv: 'Verifikation {voucher} är en bokslutsverifikation (för årets resultat till eget kapital via 8999); rapporten visar resultatet före den, och dess rader på 8990–8999 och 2000–2099 räknas inte.',
    en: 'Voucher {voucher} is a closing entry (moves the year’s result to equity through 8999); the report shows the result before it, and its rows on 8990–8999 and 2000–2099 are not counted.',
  },
  sieDuplicateVoucher: {
    sv: 'Verifikation {voucher} finns två gånger med samma datum (rad {first} och den här raden); båda räknas — kontrollera om filen har exporterats två gånger.',
    en: 'Voucher {voucher} appears twice with the same date (line {first} and this line); both are counted — check whether the file was exported twice.',
  },
  sieFiscalYearFromPrevious: {
    sv: 'Filen saknar ett giltigt #RAR 0; räkenskapsåret tas som året efter #RAR -1: {start}–{end}.',
    en: 'The file has no valid #RAR 0; the fiscal year is taken as the year after #RAR -1: {start}–{end}.',
  },
  sieRarEmpty: {
    sv: '#RAR {year} saknar start- och slutdatum och läses inte; räkenskapsåret tas från de andra #RAR-raderna eller verifikationernas datum.',
    en: '#RAR {year} has no start and end date and is not read; the fiscal year is taken from the other #RAR lines or the vouchers’ dates.',
  },
  sieEncodingGuessed: {
    sv: 'Filen är inte kodad som PC8 (teckentabell 437), som SIE föreskriver, utan som {encoding}; den läses så (första raden med å, ä eller ö).',
    en: 'The file is not encoded as PC8 (code page 437), as SIE prescribes, but as {encoding}; it is read so (the first line with å, ä or ö).',
  },
  sieUtf8Stray: {
    sv: 'Filen är UTF-8 men har {count} byte som inte är UTF-8 (första på den här raden); de läses som Windows-1252.',
    en: 'The file is UTF-8 but has {count} bytes that are not UTF-8 (the first on this line); they are read as Windows-1252.',
  },
  sieAccountTooLong: {
    sv: 'Konto {account} har fler än fyra siffror; rapporten och arbetsboken bygger på fyrsiffriga konton (BAS, 0000–9999). Byt till ett fyrsiffrigt konto i ekonomisystemet och exportera igen.',
    en: 'Account {account} has more than four digits; the report and the workbook use four-digit accounts (BAS, 0000–9999). Change it to a four-digit account in the accounting system and export again.',
  },
  sieVoucherUnbalanced: {
    sv: 'Verifikation {voucher} balanserar inte: raderna summerar till {difference}.',
    en: 'Voucher {voucher} does not balance: its rows add up to {difference}.',
  },
  sieVoucherOutsideYear: {
    sv: 'Verifikation {voucher}: raden är daterad {date}, utanför räkenskapsåret (#RAR 0) och året före.',
    en: 'Voucher {voucher}: the row is dated {date}, outside the fiscal year (#RAR 0) and the year before.',
  },
  sieDimensionIgnored: {
    sv: 'Objekt i dimension {dim} {name} läses inte in (bara dimension 1, kostnadsställe, och 6, projekt).',
    en: 'Objects of dimension {dim} {name} are not imported (only dimension 1, cost centre, and 6, project).',
  },
  sieComparativeAnnualOnly: {
    sv: 'Föregående års utfall finns bara som årsbelopp (#RES -1), inte per månad (#PSALDO -1); jämförelsekolumnen kommer inte från filen.',
    en: 'Last year’s actuals are only given as annual amounts (#RES -1), not per month (#PSALDO -1); the comparative column does not come from the file.',
  },
  sieComparativeDiff: {
    sv: 'Konto {account}: föregående års månadsbelopp (#PSALDO -1) summerar till {actual} men #RES -1 anger {expected} (skillnad {difference}).',
    en: 'Account {account}: last year’s monthly amounts (#PSALDO -1) add up to {actual} but #RES -1 states {expected} (difference {difference}).',
  },
  sieBudgetOutsideYear: {
    sv: 'Budgetraden för period {period} ligger utanför räkenskapsåret och läses inte in.',
    en: 'The budget row for period {period} lies outside the fiscal year and is not imported.',
  },
  sieBalanceDiff: {
    sv: 'Konto {account}: ingående balans plus årets transaktioner ger {actual}, men utgående balans (#UB 0) är {expected} (skillnad {difference}).',
    en: 'Account {account}: opening balance plus this year’s transactions gives {actual}, but the closing balance (#UB 0) is {expected} (difference {difference}).',
  },
  sieResultDiff: {
    sv: 'Konto {account}: årets transaktioner summerar till {actual}, men #RES 0 anger {expected} (skillnad {difference}).',
    en: 'Account {account}: this year’s transactions add up to {actual}, but #RES 0 states {expected} (difference {difference}).',
  },
  sieUbIbDiff: {
    sv: 'Konto {account}: utgående balans föregående år (#UB -1) är {closingPrev}, men ingående balans i år (#IB 0) är {opening} (skillnad {difference}).',
    en: 'Account {account}: last year’s closing balance (#UB -1) is {closingPrev}, but this year’s opening balance (#IB 0) is {opening} (difference {difference}).',
  },
  sieResultAccountWithIb: {
    sv: 'Resultatkonto {account} har en ingående balans (#IB 0) på {amount}.',
    en: 'Result account {account} has an opening balance (#IB 0) of {amount}.',
  },
} satisfies Record<string, { sv: string; en: string }>);

/** The SIE import's problem texts by code. */
export const SIE_MESSAGES = SIE_TEXTS.entries;

/** The SIE importer's problem codes. */
export type SieProblemCode = CatalogueKey<typeof SIE_TEXTS>;

const SYNTAX_REASONS = defineCatalogue<Record<string, { sv: string; en: string }>>({
  noLabel: { sv: 'Raden börjar inte med en etikett (#…)', en: 'The line does not start with a label (#…)' },
  unterminatedQuote: { sv: 'Ett citattecken avslutas aldrig', en: 'A quoted field is never closed' },
  unterminatedList: { sv: 'En objektlista saknar sitt avslutande ”}”', en: 'An object list lacks its closing “}”' },
  nestedList: { sv: 'En objektlista innehåller ”{”', en: 'An object list contains “{”' },
});

const LINE = defineCatalogue({
  line: { sv: 'Rad {line}', en: 'Line {line}' },
});

/** Where in a SIE file: `Rad 12` / `Line 12`. */
export function lineLabel(line: number, lang: Lang): string {
  return LINE.t('line', lang, { line });
}

const AMOUNT_PARAMS = new Set(['expected', 'actual', 'difference', 'amount', 'closingPrev', 'opening']);

/**
 * One line of text for a SIE problem in the user's language, e.g.
 * `Rad 12: ”abc” är inget belopp (…). — #TRANS 1930 {} abc`.
 */
export function formatSieProblem(problem: Problem, lang: Lang): string {
  const params = problem.params ?? {};
  const valueOf = (key: string): string | undefined => {
    if (key === 'value') return problem.value ?? '';
    if (key === 'reason') {
      const r = String(params.reason ?? '');
      return SYNTAX_REASONS.has(r) ? SYNTAX_REASONS.t(r, lang) : r;
    }
    const v = params[key];
    if (v === undefined) return undefined;
    const text = String(v);
    return AMOUNT_PARAMS.has(key) && isDecimalText(text) ? formatAmount(text, lang) : text;
  };
  const body = SIE_TEXTS.has(problem.code) ? SIE_TEXTS.t(problem.code, lang, valueOf) : problem.code;
  const line = Number(params.line ?? 0);
  if (!line) return body.replace(/ {2,}/g, ' ');
  const text = String(params.text ?? '');
  return `${lineLabel(line, lang)}: ${body.replace(/ {2,}/g, ' ')}${text ? ` — ${text}` : ''}`;
}

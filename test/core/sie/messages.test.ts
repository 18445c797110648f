import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Problem } from '../../../src/core/input/types';
import { formatSieProblem, SIE_MESSAGES } from '../../../src/core/sie/messages';
import { importSie } from '../../../src/core/sie';
import { MAX_PER_CODE } from '../../../src/core/sie/problems';

/** The problems of a SIE text (LF line ends, imported as bytes). */
const problemsOf = (...lines: string[]): Problem[] => importSie(new TextEncoder().encode(lines.join('\n') + '\n')).problems;
const H = ['#FLAGGA 0', '#SIETYP 4', '#RAR 0 20240101 20241231'];
const VER = (...rows: string[]) => ['#VER A 1 20240110 "Text"', '{', ...rows, '}'];

/** The one problem with `code` among the problems of the input. */
function only(code: string, problems: Problem[]): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

type Case = [code: string, input: string[], sv: string, en: string];

const CASES: Case[] = [
  [
    'sieNotSie',
    ['hej'],
    'Filen är ingen SIE-fil: den har ingen känd SIE-post (#FLAGGA, #VER, #TRANS …).',
    'The file is not a SIE file: it has no known SIE record (#FLAGGA, #VER, #TRANS …).',
  ],
  [
    'sieFlagSet',
    ['#FLAGGA 1', '#SIETYP 4'],
    'Rad 1: Filen är markerad som redan inläst (#FLAGGA 1). Kontrollera att det är rätt fil och att dess verifikationer inte redan finns i bokföringen. — #FLAGGA 1',
    'Line 1: The file is marked as already read in (#FLAGGA 1). Check that it is the right file and that its vouchers are not in the books already. — #FLAGGA 1',
  ],
  [
    'sieSyntax',
    [...H, '#KONTO 1930 "Bank'],
    'Rad 4: Ett citattecken avslutas aldrig. — #KONTO 1930 "Bank',
    'Line 4: A quoted field is never closed. — #KONTO 1930 "Bank',
  ],
  ['sieMissingField', [...H, '#KTYP 1930'], 'Rad 4: Fältet kontotyp saknas. — #KTYP 1930', 'Line 4: The field kontotyp is missing. — #KTYP 1930'],
  [
    'sieBadAmount',
    [...H, '#IB 0 1930 1000,00'],
    'Rad 4: ”1000,00” är inget belopp (väntat t.ex. -1234.50, med decimalpunkt och högst två decimaler). — #IB 0 1930 1000,00',
    'Line 4: “1000,00” is not an amount (expected e.g. -1234.50, with a decimal point and at most two decimals). — #IB 0 1930 1000,00',
  ],
  [
    'sieBadDate',
    [...H, '#VER A 1 2024-01-10 "x"', '{', '}'],
    'Rad 4: ”2024-01-10” är inget giltigt datum i fältet verdatum (väntat ÅÅÅÅMMDD). — #VER A 1 2024-01-10 "x"',
    'Line 4: “2024-01-10” is not a valid date in the field verdatum (expected YYYYMMDD). — #VER A 1 2024-01-10 "x"',
  ],
  [
    'sieBadPeriod',
    [...H, '#PBUDGET 0 2024-01 5010 {} 1.00'],
    'Rad 4: ”2024-01” är ingen period (väntat ÅÅÅÅMM). — #PBUDGET 0 2024-01 5010 {} 1.00',
    'Line 4: “2024-01” is not a period (expected YYYYMM). — #PBUDGET 0 2024-01 5010 {} 1.00',
  ],
  [
    'sieBadNumber',
    [...H, '#RAR x 20230101 20231231'],
    'Rad 4: ”x” är inget heltal (fältet årsnr). — #RAR x 20230101 20231231',
    'Line 4: “x” is not a whole number (field årsnr). — #RAR x 20230101 20231231',
  ],
  [
    'sieBadAccount',
    [...H, '#KONTO 19A0 "Bank"'],
    'Rad 4: ”19A0” är inget kontonummer. — #KONTO 19A0 "Bank"',
    'Line 4: “19A0” is not an account number. — #KONTO 19A0 "Bank"',
  ],
  [
    'sieBadObjectList',
    [...H, ...VER('#TRANS 1930 {1 "3001" 6} 1.00')],
    'Rad 6: ”{1 3001 6}” är ingen giltig objektlista (väntat t.ex. {1 "3001" 6 "P1"}: par av dimension och objekt). — #TRANS 1930 {1 "3001" 6} 1.00',
    'Line 6: “{1 3001 6}” is not a valid object list (expected e.g. {1 "3001" 6 "P1"}: pairs of dimension and object). — #TRANS 1930 {1 "3001" 6} 1.00',
  ],
  [
    'sieBadAccountType',
    [...H, '#KTYP 1930 X'],
    'Rad 4: Kontotypen ”X” är okänd (väntat T, S, K eller I); kontot får sin typ av kontoklassen. — #KTYP 1930 X',
    'Line 4: The account type “X” is unknown (expected T, S, K or I); the account class decides its type. — #KTYP 1930 X',
  ],
  [
    'sieTransOutsideVer',
    [...H, '#BTRANS 1930 {} 1.00'],
    'Rad 4: #BTRANS står utanför en verifikation (#VER med { … }). — #BTRANS 1930 {} 1.00',
    'Line 4: #BTRANS stands outside a voucher (#VER with { … }). — #BTRANS 1930 {} 1.00',
  ],
  [
    'sieVerNotOpened',
    [...H, '#VER A 1 20240110 "x"', '#TRANS 1930 {} 1.00'],
    'Rad 4: Verifikationen saknar ”{” på raden efter #VER. — #VER A 1 20240110 "x"',
    'Line 4: The voucher lacks “{” on the line after #VER. — #VER A 1 20240110 "x"',
  ],
  [
    'sieVerNotClosed',
    [...H, '#VER A 1 20240110 "x"', '{', '#TRANS 1930 {} 1.00'],
    'Rad 4: Verifikationen avslutas aldrig med ”}” — filen kan vara avkortad. — #VER A 1 20240110 "x"',
    'Line 4: The voucher is never closed with “}” — the file may be truncated. — #VER A 1 20240110 "x"',
  ],
  [
    'sieUnexpectedBrace',
    [...H, '{'],
    'Rad 4: ”{” står där ingen verifikation öppnas eller stängs. — {',
    'Line 4: “{” stands where no voucher is opened or closed. — {',
  ],
  // 1134709759 = CRC-32 of "#KONTO1930Bank" (Python: zlib.crc32(b'#KONTO1930Bank'))
  [
    'sieChecksumMismatch',
    ['#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Bank"', '#KSUMMA 7'],
    'Rad 4: Kontrollsumman stämmer inte: filen anger #KSUMMA 7 men innehållet ger 1134709759. Filen har ändrats eller skadats efter att den skapades. — #KSUMMA 7',
    'Line 4: The checksum does not match: the file states #KSUMMA 7 but its contents give 1134709759. The file was changed or damaged after it was written. — #KSUMMA 7',
  ],
  [
    'sieChecksumNoStart',
    ['#FLAGGA 0', '#KSUMMA 7'],
    'Rad 2: #KSUMMA med ett värde, men ingen inledande #KSUMMA före den. — #KSUMMA 7',
    'Line 2: #KSUMMA with a value, but no opening #KSUMMA before it. — #KSUMMA 7',
  ],
  [
    'sieChecksumNoEnd',
    ['#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Bank"'],
    'Rad 2: #KSUMMA inleder en kontrollsumma men filen slutar utan den avslutande #KSUMMA — filen kan vara avkortad. — #KSUMMA',
    'Line 2: #KSUMMA starts a checksum but the file ends without the closing #KSUMMA — the file may be truncated. — #KSUMMA',
  ],
  [
    'sieChecksumNotVerified',
    ['#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Företagskonto"', '#KSUMMA 7'],
    'Rad 4: Kontrollsumman (#KSUMMA) kunde inte kontrolleras: filen är kodad som utf-8, inte PC8 (teckentabell 437) som summan avser. — #KSUMMA 7',
    'Line 4: The checksum (#KSUMMA) could not be verified: the file is encoded as utf-8, not PC8 (code page 437) as the sum requires. — #KSUMMA 7',
  ],
  [
    'sieRtransWithoutTrans',
    [...H, ...VER('#RTRANS 1930 {} 1.00', '#TRANS 2440 {} -1.00')],
    'Rad 6: #RTRANS följs inte av sin kopia (#TRANS med samma konto, objekt och belopp) som formatet föreskriver; den tillagda raden räknas en gång. — #RTRANS 1930 {} 1.00',
    'Line 6: #RTRANS is not followed by its copy (#TRANS with the same account, objects and amount) as the format prescribes; the added row is counted once. — #RTRANS 1930 {} 1.00',
  ],
  [
    'sieFirstNotFlagga',
    ['#SIETYP 4', '#FLAGGA 0'],
    'Rad 1: Filen börjar inte med #FLAGGA (den första posten är #SIETYP). — #SIETYP 4',
    'Line 1: The file does not start with #FLAGGA (the first record is #SIETYP). — #SIETYP 4',
  ],
  [
    'sieDuplicateBalance',
    [...H, '#UB 0 1930 1.00', '#UB 0 1930 2.00'],
    'Rad 5: #UB för år 0 och konto 1930 förekommer mer än en gång; beloppen läggs ihop. — #UB 0 1930 2.00',
    'Line 5: #UB for year 0 and account 1930 occurs more than once; the amounts are added up. — #UB 0 1930 2.00',
  ],
  [
    'sieMoreProblems',
    [...H, ...Array.from({ length: MAX_PER_CODE + 3 }, () => 'x')],
    'Ytterligare 3 problem av samma slag (sieSyntax) visas inte.',
    '3 more problems of the same kind (sieSyntax) are not shown.',
  ],
  [
    'sieNoFiscalYear',
    ['#FLAGGA 0', ...VER('#TRANS 1930 {} 0.00')],
    'Filen saknar #RAR 0 (räkenskapsåret); året tas från huvudbokens datum.',
    'The file has no #RAR 0 (the fiscal year); the year is taken from the ledger dates.',
  ],
  [
    'sieVoucherUnbalanced',
    [...H, ...VER('#TRANS 1930 {} 1234.50')],
    'Rad 4: Verifikation A 1 balanserar inte: raderna summerar till 1\u00a0234,50. — #VER A 1 20240110 "Text"',
    'Line 4: Voucher A 1 does not balance: its rows add up to 1,234.50. — #VER A 1 20240110 "Text"',
  ],
  [
    'sieDimensionIgnored',
    [...H, '#DIM 20 "Anställd"', ...VER('#TRANS 7010 {20 "E7"} 1.00', '#TRANS 1930 {} -1.00')],
    'Rad 7: Objekt i dimension 20 Anställd läses inte in (bara dimension 1, kostnadsställe, och 6, projekt). — #TRANS 7010 {20 "E7"} 1.00',
    'Line 7: Objects of dimension 20 Anställd are not imported (only dimension 1, cost centre, and 6, project). — #TRANS 7010 {20 "E7"} 1.00',
  ],
  [
    'sieBudgetOutsideYear',
    [...H, '#PBUDGET 0 202501 5010 {} 1.00'],
    'Rad 4: Budgetraden för period 202501 ligger utanför räkenskapsåret och läses inte in. — #PBUDGET 0 202501 5010 {} 1.00',
    'Line 4: The budget row for period 202501 lies outside the fiscal year and is not imported. — #PBUDGET 0 202501 5010 {} 1.00',
  ],
  [
    'sieBalanceDiff',
    [...H, '#IB 0 1930 1000000.00', '#UB 0 1930 1000100.00', ...VER('#TRANS 1930 {} 50.00', '#TRANS 3010 {} -50.00')],
    'Rad 5: Konto 1930: ingående balans plus årets transaktioner ger 1\u00a0000\u00a0050,00, men utgående balans (#UB 0) är 1\u00a0000\u00a0100,00 (skillnad \u221250,00). — #UB 0 1930 1000100.00',
    'Line 5: Account 1930: opening balance plus this year’s transactions gives 1,000,050.00, but the closing balance (#UB 0) is 1,000,100.00 (difference \u221250.00). — #UB 0 1930 1000100.00',
  ],
  [
    'sieResultDiff',
    [...H, '#RES 0 3010 -40.00', ...VER('#TRANS 1930 {} 50.00', '#TRANS 3010 {} -50.00')],
    'Rad 4: Konto 3010: årets transaktioner summerar till \u221250,00, men #RES 0 anger \u221240,00 (skillnad \u221210,00). — #RES 0 3010 -40.00',
    'Line 4: Account 3010: this year’s transactions add up to \u221250.00, but #RES 0 states \u221240.00 (difference \u221210.00). — #RES 0 3010 -40.00',
  ],
  [
    'sieUbIbDiff',
    [...H, '#UB -1 1930 10.00', '#IB 0 1930 12.00'],
    'Rad 5: Konto 1930: utgående balans föregående år (#UB -1) är 10,00, men ingående balans i år (#IB 0) är 12,00 (skillnad 2,00). — #IB 0 1930 12.00',
    'Line 5: Account 1930: last year’s closing balance (#UB -1) is 10.00, but this year’s opening balance (#IB 0) is 12.00 (difference 2.00). — #IB 0 1930 12.00',
  ],
  [
    'sieResultAccountWithIb',
    [...H, '#IB 0 4010 -3.50'],
    'Rad 4: Resultatkonto 4010 har en ingående balans (#IB 0) på \u22123,50. — #IB 0 4010 -3.50',
    'Line 4: Result account 4010 has an opening balance (#IB 0) of \u22123.50. — #IB 0 4010 -3.50',
  ],
  [
    'sieUnsupportedType',
    ['#FLAGGA 0', '#SIETYP 7'],
    'Rad 2: Filen anger SIE typ 7, som inte finns (typerna är 1–4); den läses som typ 4. — #SIETYP 7',
    'Line 2: The file states SIE type 7, which does not exist (the types are 1–4); it is read as type 4. — #SIETYP 7',
  ],
  [
    'sieVoucherOutsideYear',
    [...H, '#VER A 1 20250110 "x"', '{', '#TRANS 1930 {} 0.00', '}'],
    'Rad 6: Verifikation A 1: raden är daterad 20250110, utanför räkenskapsåret (#RAR 0) och året före. — #TRANS 1930 {} 0.00',
    'Line 6: Voucher A 1: the row is dated 20250110, outside the fiscal year (#RAR 0) and the year before. — #TRANS 1930 {} 0.00',
  ],
  [
    'sieComparativeAnnualOnly',
    [...H, '#RES -1 3010 -5000.00', ...VER()],
    'Rad 4: Föregående års utfall finns bara som årsbelopp (#RES -1), inte per månad (#PSALDO -1); jämförelsekolumnen kommer inte från filen. — #RES -1 3010 -5000.00',
    'Line 4: Last year’s actuals are only given as annual amounts (#RES -1), not per month (#PSALDO -1); the comparative column does not come from the file. — #RES -1 3010 -5000.00',
  ],
  [
    'sieComparativeDiff',
    [...H, '#RES -1 3010 -5000.00', '#PSALDO -1 202301 3010 {} -4999.99', ...VER()],
    'Rad 4: Konto 3010: föregående års månadsbelopp (#PSALDO -1) summerar till \u22124\u00a0999,99 men #RES -1 anger \u22125\u00a0000,00 (skillnad 0,01). — #RES -1 3010 -5000.00',
    'Line 4: Account 3010: last year’s monthly amounts (#PSALDO -1) add up to \u22124,999.99 but #RES -1 states \u22125,000.00 (difference 0.01). — #RES -1 3010 -5000.00',
  ],
  [
    'sieNothingToReport',
    H,
    'Filen har varken verifikationer (#VER) eller saldon för räkenskapsåret (#PSALDO 0, #RES 0, #UB 0 med #RAR 0); det finns inget att göra en rapport av.',
    'The file has neither vouchers (#VER) nor balances for the fiscal year (#PSALDO 0, #RES 0, #UB 0 with #RAR 0); there is nothing to build a report from.',
  ],
  [
    'sieFromPeriodBalances',
    [...H, '#PSALDO 0 202401 3010 {} -5.00'],
    'Filen (SIE typ 4) har saldon men inga verifikationer: rapporten byggs av periodsaldona (#PSALDO 0) och den ingående balansen (#IB 0). Kontroller som kräver verifikationer görs inte (se kontrollbladet).',
    'The file (SIE type 4) has balances but no vouchers: the report is built from the period balances (#PSALDO 0) and the opening balance (#IB 0). Checks that need vouchers are not made (see the checks sheet).',
  ],
  [
    'sieFromAnnualBalances',
    ['#FLAGGA 0', '#SIETYP 1', '#RAR 0 20240101 20241231', '#RES 0 3010 -5.00'],
    'Filen (SIE typ 1) har bara årets saldon (#IB 0, #UB 0, #RES 0): rapporten gäller hela räkenskapsåret och kan inte delas upp per månad eller kostnadsställe. Kontroller som kräver verifikationer görs inte (se kontrollbladet).',
    'The file (SIE type 1) has only the year’s balances (#IB 0, #UB 0, #RES 0): the report covers the whole fiscal year and cannot be split by month or cost centre. Checks that need vouchers are not made (see the checks sheet).',
  ],
  [
    'sieNoPeriodBalance',
    [...H, '#PSALDO 0 202401 3010 {} -5.00', '#RES 0 3010 -5.00', '#RES 0 5010 7.50'],
    'Rad 6: Konto 5010 har årets belopp 7,50 men inga periodsaldon (#PSALDO 0); beloppet läggs på räkenskapsårets sista dag. — #RES 0 5010 7.50',
    'Line 6: Account 5010 has the year’s amount 7.50 but no period balances (#PSALDO 0); the amount is put on the last day of the fiscal year. — #RES 0 5010 7.50',
  ],
  [
    'sieClosingVoucher',
    [...H, ...VER('#TRANS 8999 {} 10.00', '#TRANS 2099 {} -10.00')],
    'Rad 4: Verifikation A 1 är en bokslutsverifikation (för årets resultat till eget kapital via 8999); rapporten visar resultatet före den, och dess rader på 8990–8999 och 2000–2099 räknas inte. — #VER A 1 20240110 "Text"',
    'Line 4: Voucher A 1 is a closing entry (moves the year’s result to equity through 8999); the report shows the result before it, and its rows on 8990–8999 and 2000–2099 are not counted. — #VER A 1 20240110 "Text"',
  ],
  [
    'sieDuplicateVoucher',
    [...H, ...VER('#TRANS 1930 {} 0.00'), ...VER('#TRANS 1930 {} 0.00')],
    'Rad 8: Verifikation A 1 finns två gånger med samma datum (rad 4 och den här raden); båda räknas — kontrollera om filen har exporterats två gånger. — #VER A 1 20240110 "Text"',
    'Line 8: Voucher A 1 appears twice with the same date (line 4 and this line); both are counted — check whether the file was exported twice. — #VER A 1 20240110 "Text"',
  ],
  [
    'sieFiscalYearFromPrevious',
    ['#FLAGGA 0', '#RAR -1 20230101 20231231', ...VER()],
    'Rad 2: Filen saknar ett giltigt #RAR 0; räkenskapsåret tas som året efter #RAR -1: 20240101–20241231. — #RAR -1 20230101 20231231',
    'Line 2: The file has no valid #RAR 0; the fiscal year is taken as the year after #RAR -1: 20240101–20241231. — #RAR -1 20230101 20231231',
  ],
  [
    'sieRarEmpty',
    ['#FLAGGA 0', '#RAR 0 ', ...VER()],
    'Rad 2: #RAR 0 saknar start- och slutdatum och läses inte; räkenskapsåret tas från de andra #RAR-raderna eller verifikationernas datum. — #RAR 0 ',
    'Line 2: #RAR 0 has no start and end date and is not read; the fiscal year is taken from the other #RAR lines or the vouchers’ dates. — #RAR 0 ',
  ],
  [
    'sieAccountTooLong',
    [...H, '#KONTO 61100 "Lång"', ...VER()],
    'Rad 4: Konto 61100 har fler än fyra siffror; rapporten och arbetsboken bygger på fyrsiffriga konton (BAS, 0000–9999). Byt till ett fyrsiffrigt konto i ekonomisystemet och exportera igen. — #KONTO 61100 "Lång"',
    'Line 4: Account 61100 has more than four digits; the report and the workbook use four-digit accounts (BAS, 0000–9999). Change it to a four-digit account in the accounting system and export again. — #KONTO 61100 "Lång"',
  ],
];

/** Codes whose input is not SIE text: tested one by one below. */
const TESTED_APART = ['sieEncodingGuessed', 'sieUtf8Stray', 'sieAnnualOnly'];

describe('formatSieProblem: messages of the bytes and of the report', () => {
  const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

  it('sieEncodingGuessed', () => {
    const p = only('sieEncodingGuessed', importSie(latin1([...H, '#FNAMN "Övningsbolaget"', ...VER()].join('\r\n'))).problems);
    expect(formatSieProblem(p, 'sv')).toBe(
      'Rad 4: Filen är inte kodad som PC8 (teckentabell 437), som SIE föreskriver, utan som ISO 8859-1/8859-15/Windows-1252 (Latin-1/Latin-9); den läses så (första raden med å, ä eller ö). — #FNAMN "Övningsbolaget"',
    );
    expect(formatSieProblem(p, 'en')).toBe(
      'Line 4: The file is not encoded as PC8 (code page 437), as SIE prescribes, but as ISO 8859-1/8859-15/Windows-1252 (Latin-1/Latin-9); it is read so (the first line with å, ä or ö). — #FNAMN "Övningsbolaget"',
    );
  });

  it('sieUtf8Stray', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode([...H, '#FNAMN "Förbundet Åby"', '#KONTO 1930 "F'].join('\n')),
      0xf6,
      ...latin1('retag"\n'),
      ...new TextEncoder().encode(VER().join('\n')),
    ]);
    const p = only('sieUtf8Stray', importSie(bytes).problems);
    expect(formatSieProblem(p, 'sv')).toBe(
      'Rad 5: Filen är UTF-8 men har 1 byte som inte är UTF-8 (första på den här raden); de läses som Windows-1252. — #KONTO 1930 "Företag"',
    );
    expect(formatSieProblem(p, 'en')).toBe(
      'Line 5: The file is UTF-8 but has 1 bytes that are not UTF-8 (the first on this line); they are read as Windows-1252. — #KONTO 1930 "Företag"',
    );
  });

  it('sieAnnualOnly', () => {
    const p: Problem = { severity: 'error', code: 'sieAnnualOnly', params: { line: 0, text: '', period: 6 } };
    expect(formatSieProblem(p, 'sv')).toBe(
      'Filen har bara helårssaldon (SIE typ 1), så rapporten kan bara göras för hela räkenskapsåret (period 12), inte för period 6.',
    );
    expect(formatSieProblem(p, 'en')).toBe(
      'The file has only annual balances (SIE type 1), so the report can only cover the whole fiscal year (period 12), not period 6.',
    );
  });
});

describe('formatSieProblem: one test per message, Swedish and English', () => {
  it.each(CASES)('%s', (code, input, sv, en) => {
    const problem = only(code, problemsOf(...input));
    expect(formatSieProblem(problem, 'sv')).toBe(sv);
    expect(formatSieProblem(problem, 'en')).toBe(en);
  });

  it('covers every code of the table, and the table covers every code the import can report', () => {
    expect([...CASES.map((c) => c[0]), ...TESTED_APART].sort()).toEqual(Object.keys(SIE_MESSAGES).sort());
    const sources = readdirSync(join(__dirname, '../../../src/core/sie'))
      .map((f) => readFileSync(join(__dirname, '../../../src/core/sie', f), 'utf8'))
      .join('\n');
    const emitted = new Set([...sources.matchAll(/'(sie[A-Z]\w+)'/g)].map((m) => m[1]));
    for (const code of emitted) expect(Object.keys(SIE_MESSAGES)).toContain(code);
  });

  it('explains every syntax reason in both languages', () => {
    const reasons: [string[], string, string][] = [
      [[...H, 'utan etikett'], 'Raden börjar inte med en etikett (#…).', 'The line does not start with a label (#…).'],
      [[...H, ...VER('#TRANS 1930 {1 "3001" 1.00')], 'En objektlista saknar sitt avslutande ”}”.', 'An object list lacks its closing “}”.'],
      [[...H, ...VER('#TRANS 1930 {1 {2}} 1.00')], 'En objektlista innehåller ”{”.', 'An object list contains “{”.'],
    ];
    for (const [input, sv, en] of reasons) {
      const p = problemsOf(...input).find((q) => q.code === 'sieSyntax')!;
      expect(formatSieProblem(p, 'sv')).toContain(sv);
      expect(formatSieProblem(p, 'en')).toContain(en);
    }
  });

  it('leaves no placeholder unfilled for any problem of the fixtures', () => {
    const dir = join(__dirname, '../../fixtures/sie');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.se'))) {
      for (const p of importSie(new Uint8Array(readFileSync(join(dir, name)))).problems) {
        for (const lang of ['sv', 'en'] as const) expect(formatSieProblem(p, lang)).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });

  it('shows amounts with the money module’s formatter (no-break spaces, minus sign U+2212)', () => {
    const p: Problem = { severity: 'warning', code: 'sieResultAccountWithIb', params: { account: 3010, amount: '-1234567.89' } };
    expect(formatSieProblem(p, 'sv')).toBe('Resultatkonto 3010 har en ingående balans (#IB 0) på \u22121\u00a0234\u00a0567,89.');
    expect(formatSieProblem(p, 'en')).toBe('Result account 3010 has an opening balance (#IB 0) of \u22121,234,567.89.');
  });
});

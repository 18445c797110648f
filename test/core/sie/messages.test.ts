import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Problem } from '../../../src/core/input/types';
import { formatAmount, formatSieProblem, SIE_MESSAGES } from '../../../src/core/sie/messages';
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
  ['sieNotSie', ['hej'],
    'Filen är ingen SIE-fil: den har ingen känd SIE-post (#FLAGGA, #VER, #TRANS …).',
    'The file is not a SIE file: it has no known SIE record (#FLAGGA, #VER, #TRANS …).'],
  ['sieFlagSet', ['#FLAGGA 1', '#SIETYP 4'],
    'Rad 1: Filen är markerad som redan inläst (#FLAGGA 1). Kontrollera att det är rätt fil och att dess verifikationer inte redan finns i bokföringen. — #FLAGGA 1',
    'Line 1: The file is marked as already read in (#FLAGGA 1). Check that it is the right file and that its vouchers are not in the books already. — #FLAGGA 1'],
  ['sieSyntax', [...H, '#KONTO 1930 "Bank'],
    'Rad 4: Ett citattecken avslutas aldrig. — #KONTO 1930 "Bank',
    'Line 4: A quoted field is never closed. — #KONTO 1930 "Bank'],
  ['sieMissingField', [...H, '#KTYP 1930'],
    'Rad 4: Fältet kontotyp saknas. — #KTYP 1930',
    'Line 4: The field kontotyp is missing. — #KTYP 1930'],
  ['sieBadAmount', [...H, '#IB 0 1930 1000,00'],
    'Rad 4: ”1000,00” är inget belopp (väntat t.ex. -1234.50, med decimalpunkt och högst två decimaler). — #IB 0 1930 1000,00',
    'Line 4: “1000,00” is not an amount (expected e.g. -1234.50, with a decimal point and at most two decimals). — #IB 0 1930 1000,00'],
  ['sieBadDate', [...H, '#VER A 1 2024-01-10 "x"', '{', '}'],
    'Rad 4: ”2024-01-10” är inget giltigt datum i fältet verdatum (väntat ÅÅÅÅMMDD). — #VER A 1 2024-01-10 "x"',
    'Line 4: “2024-01-10” is not a valid date in the field verdatum (expected YYYYMMDD). — #VER A 1 2024-01-10 "x"'],
  ['sieBadPeriod', [...H, '#PBUDGET 0 2024-01 5010 {} 1.00'],
    'Rad 4: ”2024-01” är ingen period (väntat ÅÅÅÅMM). — #PBUDGET 0 2024-01 5010 {} 1.00',
    'Line 4: “2024-01” is not a period (expected YYYYMM). — #PBUDGET 0 2024-01 5010 {} 1.00'],
  ['sieBadNumber', [...H, '#RAR x 20230101 20231231'],
    'Rad 4: ”x” är inget heltal (fältet årsnr). — #RAR x 20230101 20231231',
    'Line 4: “x” is not a whole number (field årsnr). — #RAR x 20230101 20231231'],
  ['sieBadAccount', [...H, '#KONTO 19A0 "Bank"'],
    'Rad 4: ”19A0” är inget kontonummer. — #KONTO 19A0 "Bank"',
    'Line 4: “19A0” is not an account number. — #KONTO 19A0 "Bank"'],
  ['sieBadObjectList', [...H, ...VER('#TRANS 1930 {1 "3001" 6} 1.00')],
    'Rad 6: ”{1 3001 6}” är ingen giltig objektlista (väntat t.ex. {1 "3001" 6 "P1"}: par av dimension och objekt). — #TRANS 1930 {1 "3001" 6} 1.00',
    'Line 6: “{1 3001 6}” is not a valid object list (expected e.g. {1 "3001" 6 "P1"}: pairs of dimension and object). — #TRANS 1930 {1 "3001" 6} 1.00'],
  ['sieBadAccountType', [...H, '#KTYP 1930 X'],
    'Rad 4: Kontotypen ”X” är okänd (väntat T, S, K eller I); kontot får sin typ av kontoklassen. — #KTYP 1930 X',
    'Line 4: The account type “X” is unknown (expected T, S, K or I); the account class decides its type. — #KTYP 1930 X'],
  ['sieTransOutsideVer', [...H, '#BTRANS 1930 {} 1.00'],
    'Rad 4: #BTRANS står utanför en verifikation (#VER med { … }). — #BTRANS 1930 {} 1.00',
    'Line 4: #BTRANS stands outside a voucher (#VER with { … }). — #BTRANS 1930 {} 1.00'],
  ['sieVerNotOpened', [...H, '#VER A 1 20240110 "x"', '#TRANS 1930 {} 1.00'],
    'Rad 4: Verifikationen saknar ”{” på raden efter #VER. — #VER A 1 20240110 "x"',
    'Line 4: The voucher lacks “{” on the line after #VER. — #VER A 1 20240110 "x"'],
  ['sieVerNotClosed', [...H, '#VER A 1 20240110 "x"', '{', '#TRANS 1930 {} 1.00'],
    'Rad 4: Verifikationen avslutas aldrig med ”}” — filen kan vara avkortad. — #VER A 1 20240110 "x"',
    'Line 4: The voucher is never closed with “}” — the file may be truncated. — #VER A 1 20240110 "x"'],
  ['sieUnexpectedBrace', [...H, '{'],
    'Rad 4: ”{” står där ingen verifikation öppnas eller stängs. — {',
    'Line 4: “{” stands where no voucher is opened or closed. — {'],
  // 1134709759 = CRC-32 of "#KONTO1930Bank" (Python: zlib.crc32(b'#KONTO1930Bank'))
  ['sieChecksumMismatch', ['#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Bank"', '#KSUMMA 7'],
    'Rad 4: Kontrollsumman stämmer inte: filen anger #KSUMMA 7 men innehållet ger 1134709759. Filen har ändrats eller skadats efter att den skapades. — #KSUMMA 7',
    'Line 4: The checksum does not match: the file states #KSUMMA 7 but its contents give 1134709759. The file was changed or damaged after it was written. — #KSUMMA 7'],
  ['sieChecksumNoStart', ['#FLAGGA 0', '#KSUMMA 7'],
    'Rad 2: #KSUMMA med ett värde, men ingen inledande #KSUMMA före den. — #KSUMMA 7',
    'Line 2: #KSUMMA with a value, but no opening #KSUMMA before it. — #KSUMMA 7'],
  ['sieChecksumNoEnd', ['#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Bank"'],
    'Rad 2: #KSUMMA inleder en kontrollsumma men filen slutar utan den avslutande #KSUMMA — filen kan vara avkortad. — #KSUMMA',
    'Line 2: #KSUMMA starts a checksum but the file ends without the closing #KSUMMA — the file may be truncated. — #KSUMMA'],
  ['sieChecksumNotVerified', ['#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Företagskonto"', '#KSUMMA 7'],
    'Rad 4: Kontrollsumman (#KSUMMA) kunde inte kontrolleras: filen är kodad som utf-8, inte PC8 (teckentabell 437) som summan avser. — #KSUMMA 7',
    'Line 4: The checksum (#KSUMMA) could not be verified: the file is encoded as utf-8, not PC8 (code page 437) as the sum requires. — #KSUMMA 7'],
  ['sieRtransWithoutTrans', [...H, ...VER('#RTRANS 1930 {} 1.00', '#TRANS 2440 {} -1.00')],
    'Rad 6: #RTRANS följs inte av en identisk #TRANS som formatet kräver; raden räknas en gång. — #RTRANS 1930 {} 1.00',
    'Line 6: #RTRANS is not followed by an identical #TRANS as the format requires; the row is counted once. — #RTRANS 1930 {} 1.00'],
  ['sieFirstNotFlagga', ['#SIETYP 4', '#FLAGGA 0'],
    'Rad 1: Filen börjar inte med #FLAGGA (den första posten är #SIETYP). — #SIETYP 4',
    'Line 1: The file does not start with #FLAGGA (the first record is #SIETYP). — #SIETYP 4'],
  ['sieUnsupportedType', ['#FLAGGA 0', '#SIETYP 2'],
    'Rad 2: Filen är SIE typ 2; bara typ 4 innehåller verifikationer. — #SIETYP 2',
    'Line 2: The file is SIE type 2; only type 4 holds vouchers. — #SIETYP 2'],
  ['sieDuplicateBalance', [...H, '#UB 0 1930 1.00', '#UB 0 1930 2.00'],
    'Rad 5: #UB för år 0 och konto 1930 förekommer mer än en gång; beloppen läggs ihop. — #UB 0 1930 2.00',
    'Line 5: #UB for year 0 and account 1930 occurs more than once; the amounts are added up. — #UB 0 1930 2.00'],
  ['sieMoreProblems', [...H, ...Array.from({ length: MAX_PER_CODE + 3 }, () => 'x')],
    'Ytterligare 3 problem av samma slag (sieSyntax) visas inte.',
    '3 more problems of the same kind (sieSyntax) are not shown.'],
  ['sieNoFiscalYear', ['#FLAGGA 0', ...VER('#TRANS 1930 {} 0.00')],
    'Filen saknar #RAR 0 (räkenskapsåret); året tas från huvudbokens datum.',
    'The file has no #RAR 0 (the fiscal year); the year is taken from the ledger dates.'],
  ['sieNoVouchers', H,
    'Filen har inga verifikationer (#VER); huvudboken kommer inte från filen.',
    'The file has no vouchers (#VER); the ledger does not come from the file.'],
  ['sieVoucherUnbalanced', [...H, ...VER('#TRANS 1930 {} 1234.50')],
    'Rad 4: Verifikation A 1 balanserar inte: raderna summerar till 1 234,50. — #VER A 1 20240110 "Text"',
    'Line 4: Voucher A 1 does not balance: its rows add up to 1,234.50. — #VER A 1 20240110 "Text"'],
  ['sieVoucherOutsideYear', [...H, '#VER A 1 20250110 "x"', '{', '#TRANS 1930 {} 0.00', '}'],
    'Rad 4: Verifikation A 1 är daterad 20250110, utanför räkenskapsåret (#RAR 0) och året före. — #VER A 1 20250110 "x"',
    'Line 4: Voucher A 1 is dated 20250110, outside the fiscal year (#RAR 0) and the year before. — #VER A 1 20250110 "x"'],
  ['sieDimensionIgnored', [...H, '#DIM 20 "Anställd"', ...VER('#TRANS 7010 {20 "E7"} 1.00', '#TRANS 1930 {} -1.00')],
    'Rad 7: Objekt i dimension 20 Anställd läses inte in (bara dimension 1, kostnadsställe, och 6, projekt). — #TRANS 7010 {20 "E7"} 1.00',
    'Line 7: Objects of dimension 20 Anställd are not imported (only dimension 1, cost centre, and 6, project). — #TRANS 7010 {20 "E7"} 1.00'],
  ['sieComparativeAnnualOnly', [...H, '#RES -1 3010 -5000.00'],
    'Rad 4: Föregående års utfall finns bara som årsbelopp (#RES -1), inte per månad (#PSALDO -1); jämförelsekolumnen kommer inte från filen. — #RES -1 3010 -5000.00',
    'Line 4: Last year’s actuals are only given as annual amounts (#RES -1), not per month (#PSALDO -1); the comparative column does not come from the file. — #RES -1 3010 -5000.00'],
  ['sieComparativeDiff', [...H, '#RES -1 3010 -5000.00', '#PSALDO -1 202301 3010 {} -4999.99'],
    'Rad 4: Konto 3010: föregående års månadsbelopp (#PSALDO -1) summerar till -4 999,99 men #RES -1 anger -5 000,00 (skillnad 0,01). — #RES -1 3010 -5000.00',
    'Line 4: Account 3010: last year’s monthly amounts (#PSALDO -1) add up to -4,999.99 but #RES -1 states -5,000.00 (difference 0.01). — #RES -1 3010 -5000.00'],
  ['sieBudgetOutsideYear', [...H, '#PBUDGET 0 202501 5010 {} 1.00'],
    'Rad 4: Budgetraden för period 202501 ligger utanför räkenskapsåret och läses inte in. — #PBUDGET 0 202501 5010 {} 1.00',
    'Line 4: The budget row for period 202501 lies outside the fiscal year and is not imported. — #PBUDGET 0 202501 5010 {} 1.00'],
  ['sieBalanceDiff', [...H, '#IB 0 1930 1000000.00', '#UB 0 1930 1000100.00', ...VER('#TRANS 1930 {} 50.00', '#TRANS 3010 {} -50.00')],
    'Rad 5: Konto 1930: ingående balans plus årets transaktioner ger 1 000 050,00, men utgående balans (#UB 0) är 1 000 100,00 (skillnad -50,00). — #UB 0 1930 1000100.00',
    'Line 5: Account 1930: opening balance plus this year’s transactions gives 1,000,050.00, but the closing balance (#UB 0) is 1,000,100.00 (difference -50.00). — #UB 0 1930 1000100.00'],
  ['sieResultDiff', [...H, '#RES 0 3010 -40.00', ...VER('#TRANS 1930 {} 50.00', '#TRANS 3010 {} -50.00')],
    'Rad 4: Konto 3010: årets transaktioner summerar till -50,00, men #RES 0 anger -40,00 (skillnad -10,00). — #RES 0 3010 -40.00',
    'Line 4: Account 3010: this year’s transactions add up to -50.00, but #RES 0 states -40.00 (difference -10.00). — #RES 0 3010 -40.00'],
  ['sieUbIbDiff', [...H, '#UB -1 1930 10.00', '#IB 0 1930 12.00'],
    'Rad 5: Konto 1930: utgående balans föregående år (#UB -1) är 10,00, men ingående balans i år (#IB 0) är 12,00 (skillnad 2,00). — #IB 0 1930 12.00',
    'Line 5: Account 1930: last year’s closing balance (#UB -1) is 10.00, but this year’s opening balance (#IB 0) is 12.00 (difference 2.00). — #IB 0 1930 12.00'],
  ['sieResultAccountWithIb', [...H, '#IB 0 4010 -3.50'],
    'Rad 4: Resultatkonto 4010 har en ingående balans (#IB 0) på -3,50. — #IB 0 4010 -3.50',
    'Line 4: Result account 4010 has an opening balance (#IB 0) of -3.50. — #IB 0 4010 -3.50'],
  ['sieAccountOutOfRange', [...H, '#KONTO 193 "Kort"'],
    'Rad 4: Konto 193 ligger utanför 1000–9999, som arbetsboken kräver. — #KONTO 193 "Kort"',
    'Line 4: Account 193 is outside 1000–9999, which the workbook requires. — #KONTO 193 "Kort"'],
];

describe('formatSieProblem: one test per message, Swedish and English', () => {
  it.each(CASES)('%s', (code, input, sv, en) => {
    const problem = only(code, problemsOf(...input));
    expect(formatSieProblem(problem, 'sv')).toBe(sv);
    expect(formatSieProblem(problem, 'en')).toBe(en);
  });

  it('covers every code of the table, and the table covers every code the import can report', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual(Object.keys(SIE_MESSAGES).sort());
    const sources = readdirSync(join(__dirname, '../../../src/core/sie')).map((f) => readFileSync(join(__dirname, '../../../src/core/sie', f), 'utf8')).join('\n');
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

  it('formats amounts in each language’s notation', () => {
    expect(formatAmount('-1234567.89', 'sv')).toBe('-1 234 567,89');
    expect(formatAmount('-1234567.89', 'en')).toBe('-1,234,567.89');
    expect(formatAmount('0.05', 'sv')).toBe('0,05');
    expect(formatAmount('999', 'en')).toBe('999');
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import type { Problem } from '../../../src/core/input/types';
import { encodeCp437 } from '../../../src/core/sie/cp437';
import { parseSie, parseSieText } from '../../../src/core/sie/parser';
import { MAX_PER_CODE } from '../../../src/core/sie/problems';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/sie', name)));
const sie = (...lines: string[]) => parseSieText(lines.join('\r\n') + '\r\n', 'cp437');
/** Problems as [line, code, value] for compact expectations. */
const brief = (problems: Problem[]) => problems.map((p) => [p.params?.line, p.code, p.value ?? null]);

describe('parseSie: the full PC8 fixture (every label)', () => {
  const file = parseSie(fixture('full-pc8.se'));
  const lines = new TextDecoder('latin1').decode(fixture('full-pc8.se')).split('\r\n');
  const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;

  it('has no problems and a verified checksum', () => {
    expect(file.problems).toEqual([]);
    expect(file.encoding).toBe('cp437');
    expect(file.checksum).toMatchObject({ verified: true });
    expect(file.checksum!.actual).toBe(file.checksum!.expected);
  });

  it('reads the identification records, with å ä ö from PC8 and escaped quotes', () => {
    expect(file.flag).toBe(0);
    expect(file.program).toEqual({ name: 'Visma Förening', version: '2024.1' });
    expect(file.format).toBe('PC8');
    expect(file.generated).toEqual({ date: '20250115', sign: 'Åsa Öberg' });
    expect(file.sieType).toBe(4);
    expect(file.companyName).toBe('Samordningsförbundet Älvdalen "Finsam"');
    expect(file.orgNr).toBe('222000-1234');
  });

  it('reads several fiscal years (#RAR 0, -1, -2)', () => {
    expect(file.fiscalYears.map((y) => [y.year, y.start, y.end])).toEqual([
      [0, '20240101', '20241231'],
      [-1, '20230101', '20231231'],
      [-2, '20220101', '20221231'],
    ]);
    expect(file.fiscalYears[0].line).toBe(lineOf('#RAR 0'));
  });

  it('merges #KONTO and #KTYP per account, names with spaces and a backslash escape', () => {
    expect(file.accounts.map((a) => [a.account, a.name, a.type])).toEqual([
      [1930, 'Företagskonto', 'T'],
      [2010, 'Eget kapital', 'S'],
      [2099, 'Årets resultat', 'S'],
      [2440, 'Leverantörsskulder', 'S'],
      [3810, 'Bidrag från huvudmännen', 'I'],
      [5010, 'Löner', 'K'],
      [5540, 'Övriga verksamhetsanknutna kostnader', 'K'],
      [6110, 'Kontorsmaterial \\ förbrukning', 'K'],
      [8310, 'Ränteintäkter', 'I'],
    ]);
  });

  it('reads dimensions and objects', () => {
    expect(file.dimensions.map((d) => [d.dim, d.name])).toEqual([
      [1, 'Kostnadsställe'],
      [6, 'Projekt'],
    ]);
    expect(file.objects.map((o) => [o.dim, o.code, o.name])).toEqual([
      [1, '3001', 'Aktivitet Ås'],
      [1, '3002', 'Kansli & administration'],
      [6, 'P1', 'Projekt Öst'],
    ]);
  });

  it('reads #IB, #UB and #RES of several years as integer öre', () => {
    expect(file.openingBalances.map((b) => [b.year, b.account, b.amount])).toEqual([
      [0, 1930, 50_000_000],
      [0, 2010, -45_000_000],
      [0, 2099, -5_000_000],
      [-1, 1930, 40_000_000],
      [-1, 2010, -40_000_000],
    ]);
    expect(file.closingBalances.map((b) => [b.year, b.account, b.amount])).toEqual([
      [0, 1930, 55_631_184],
      [0, 2010, -45_000_000],
      [0, 2099, -5_000_000],
      [0, 2440, 0],
      [-1, 1930, 50_000_000],
      [-1, 2010, -45_000_000],
      [-1, 2099, -5_000_000],
    ]);
    expect(file.results.map((b) => [b.year, b.account, b.amount])).toEqual([
      [0, 3810, -10_000_000],
      [0, 5010, 4_000_000],
      [0, 5540, 250_000],
      [0, 6110, 120_050],
      [0, 8310, -1234],
      [-1, 3810, -8_000_000],
      [-1, 5010, 6_000_000],
      [-1, 6110, 500_000],
    ]);
  });

  it('reads #OIB/#OUB, #PSALDO and #PBUDGET with their object lists', () => {
    expect(file.objectOpeningBalances.map((b) => [b.year, b.account, b.objects, b.amount])).toEqual([[0, 1930, [{ dim: 1, code: '3002' }], 0]]);
    expect(file.objectClosingBalances.map((b) => [b.year, b.account, b.objects, b.amount])).toEqual([
      [
        0,
        5010,
        [
          { dim: 1, code: '3001' },
          { dim: 6, code: 'P1' },
        ],
        3_000_000,
      ],
    ]);
    expect(file.periodBalances).toHaveLength(11);
    expect(file.periodBalances[0]).toMatchObject({ year: 0, period: '202401', account: 3810, objects: [], amount: -10_000_000 });
    expect(file.periodBalances[2]).toMatchObject({ year: -1, period: '202301', account: 3810, objects: [{ dim: 1, code: '3002' }], amount: -4_000_000 });
    expect(file.periodBudgets.map((b) => [b.period, b.account, b.objects.map((o) => o.code).join(), b.amount])).toEqual([
      ['202401', 5010, '3001', 2_500_000],
      ['202402', 5010, '3001', 2_500_000],
      ['202401', 5010, '', 3_500_000],
      ['202401', 3810, '3002', -20_000_000],
      ['202412', 6110, '', 60_000],
    ]);
  });

  it('reads vouchers with their rows: dates, texts, objects, a tab-separated row', () => {
    expect(file.vouchers.map((v) => [v.series, v.number, v.date, v.text, v.rows.length, v.closed])).toEqual([
      ['A', '1', '20240115', 'Bidrag Försäkringskassan', 2, true],
      ['A', '2', '20240125', 'Löner januari', 3, true],
      ['A', '3', '20240210', 'Material', 2, true],
      ['A', '4', '20240301', 'Betalning leverantör', 2, true],
      ['B', '1', '20240331', 'Ränta', 2, true],
      ['B', '2', '20240415', 'Kurs för deltagare', 2, true],
    ]);
    expect(file.vouchers[0]).toMatchObject({ regDate: '20240116', sign: 'ÅÖ', line: lineOf('#VER "A" "1"') });
    expect(file.vouchers[1].rows[0]).toMatchObject({
      account: 5010,
      objects: [
        { dim: 1, code: '3001' },
        { dim: 6, code: 'P1' },
      ],
      amount: 3_000_000,
    });
    expect(file.vouchers[4].rows[0]).toMatchObject({ account: 1930, amount: 1234, date: '20240402', text: 'Ränta Q1 "bank"' });
    expect(file.vouchers[5].rows[0]).toMatchObject({ account: 5540, objects: [{ dim: 1, code: '3001' }], amount: 250_000, line: lineOf('#TRANS\t5540') });
  });

  it('counts an #RTRANS and its compatibility #TRANS once, and keeps #BTRANS apart', () => {
    const v = file.vouchers[2];
    expect(v.rows.map((r) => [r.account, r.amount, r.kind])).toEqual([
      [6110, 120_050, 'normal'],
      [2440, -120_050, 'added'],
    ]);
    expect(v.rows[1]).toMatchObject({ date: '20240211', text: 'Leverantörsskuld', sign: 'ÅÖ', line: lineOf('#RTRANS') });
    expect(v.removedRows.map((r) => [r.account, r.amount, r.text])).toEqual([[6110, 100_000, 'Felaktig rad']]);
  });

  it('ignores unknown labels even when their fields are malformed', () => {
    const file = parseSieText('#FLAGGA 0\n#PROSA "ej avslutad\n#SRU 3010 {1\n#KONTO 1930 "Bank"\n');
    expect(file.problems).toEqual([]);
    expect(file.accounts).toEqual([{ account: 1930, name: 'Bank', line: 4 }]);
  });

  it('ignores unknown labels, also inside a voucher', () => {
    // #PROSA, #ADRESS, #KPTYP, #SRU and #EXTRA (inside voucher B 1) are in the file
    expect(lines.some((l) => l.startsWith('#EXTRA'))).toBe(true);
    expect(file.vouchers[4].rows).toHaveLength(2);
    expect(file.problems).toEqual([]);
  });
});

describe('parseSie: problems carry the line number and the line', () => {
  it('reports each mistake of the syntax-errors fixture on its own line', () => {
    const file = parseSie(fixture('syntax-errors.se'));
    expect(brief(file.problems)).toEqual([
      [5, 'sieSyntax', null],
      [6, 'sieBadAccount', 'ABC'],
      [7, 'sieBadAmount', '12,50'],
      [8, 'sieTransOutsideVer', null],
      [9, 'sieSyntax', null],
      [10, 'sieBadDate', '20240231'],
      [12, 'sieBadObjectList', '{1}'],
      [13, 'sieBadDate', '20241301'],
      [14, 'sieMissingField', null],
      [14, 'sieMissingField', null],
      [16, 'sieUnexpectedBrace', null],
      [17, 'sieBadPeriod', '202413'],
      [18, 'sieMissingField', null],
    ]);
    expect(file.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(file.problems[0].params).toEqual({ line: 5, text: '#KONTO 1930 "Bank', reason: 'unterminatedQuote' });
    expect(file.problems[4].params).toEqual({ line: 9, text: 'detta är ingen post', reason: 'noLabel' });
    expect(file.problems[6].params?.text).toBe('#TRANS 1930 {1} 100.00');
    expect(file.problems.slice(8, 10).map((p) => p.params?.field)).toEqual(['objektlista', 'belopp']);
    expect(file.problems[12].params?.field).toBe('objektnr');
    // the record with an unterminated quote is still read as far as it goes
    expect(file.accounts).toEqual([{ account: 1930, name: 'Bank', line: 5 }]);
  });

  it('reports a voucher cut off by the end of the file, not a crash', () => {
    const file = parseSie(fixture('truncated-ver.se'));
    expect(brief(file.problems)).toEqual([[13, 'sieVerNotClosed', null]]);
    expect(file.problems[0]).toMatchObject({ severity: 'error', params: { text: '#VER "A" "2" 20240111 "Andra"' } });
    expect(file.vouchers.map((v) => [v.number, v.closed, v.rows.length])).toEqual([
      ['1', true, 2],
      ['2', false, 1],
    ]);
  });

  it('reports a file cut in the middle of a line', () => {
    const file = parseSie(fixture('truncated-mid-line.se'));
    expect(brief(file.problems)).toEqual([
      [15, 'sieSyntax', null],
      [15, 'sieMissingField', null],
      [13, 'sieVerNotClosed', null],
    ]);
    expect(file.problems[0].params?.text).toBe('#TRANS 1930 {1 "30');
  });

  it('reports a #VER without its opening brace and reads the next record normally', () => {
    const file = sie('#FLAGGA 0', '#VER A 1 20240101 "x"', '#KONTO 1930 "Bank"');
    expect(brief(file.problems)).toEqual([[2, 'sieVerNotOpened', null]]);
    expect(file.accounts).toHaveLength(1);
    expect(file.vouchers[0]).toMatchObject({ closed: false, rows: [] });
  });

  it('reports a voucher left open when the next record begins, and reads that record', () => {
    const file = sie('#FLAGGA 0', '#VER A 1 20240101 "x"', '{', '#TRANS 1930 {} 1.00', '#VER A 2 20240102 "y"', '{', '#TRANS 1930 {} 2.00', '}');
    expect(brief(file.problems)).toEqual([[2, 'sieVerNotClosed', null]]);
    expect(file.problems[0].params?.next).toBe(5);
    expect(file.vouchers.map((v) => [v.number, v.closed, v.rows.map((r) => r.amount)])).toEqual([
      ['1', false, [100]],
      ['2', true, [200]],
    ]);
  });

  it('warns when #RTRANS is not followed by an identical #TRANS, and counts each row once', () => {
    const file = sie(
      '#FLAGGA 0',
      '#VER A 1 20240101 "x"',
      '{',
      '#RTRANS 1930 {} 5.00',
      '#TRANS 1930 {} 6.00', // not the same row: both count
      '#RTRANS 2440 {} -11.00', // last row of the block: no copy follows
      '}',
    );
    expect(brief(file.problems)).toEqual([
      [4, 'sieRtransWithoutTrans', null],
      [6, 'sieRtransWithoutTrans', null],
    ]);
    expect(file.vouchers[0].rows.map((r) => [r.account, r.amount, r.kind])).toEqual([
      [1930, 500, 'added'],
      [1930, 600, 'normal'],
      [2440, -1100, 'added'],
    ]);
  });

  it('takes a #TRANS as the copy of the #RTRANS or #BTRANS before it when account, objects and amount agree', () => {
    const file = sie(
      '#FLAGGA 0',
      '#VER A 1 20240101 "x"',
      '{',
      '#RTRANS 2510 {1 "10"} 91.29 "" "" 0 "Namn"',
      '#TRANS 2510 {1 "10"} 91.29 "" "" 0', // Fortnox: no signature on the copy
      '#RTRANS 1930 {} 5.00 20240301 "" "" "Namn"',
      '#TRANS 1930 {} 5.00 20240101 ""', // BL: another transdat
      '#BTRANS 2710 {} 3.00 20240301',
      '#TRANS 2710 {} 3.00', // the copy of a removed row never counts
      '#RTRANS 2440 {1 "10"} 1.00',
      '#TRANS 2440 {1 "20"} 1.00', // another object: not the copy
      '}',
    );
    expect(brief(file.problems)).toEqual([[10, 'sieRtransWithoutTrans', null]]);
    const v = file.vouchers[0];
    expect(v.rows.map((r) => [r.account, r.amount, r.kind, r.date ?? '', r.copyLine ?? 0])).toEqual([
      [2510, 9129, 'added', '', 5],
      [1930, 500, 'added', '20240101', 7],
      [2440, 100, 'added', '', 0],
      [2440, 100, 'normal', '', 0],
    ]);
    expect(v.removedRows.map((r) => [r.account, r.copyLine])).toEqual([[2710, 9]]);
  });

  it('reports a text that is no SIE file at all', () => {
    const file = parseSieText('Hej!\nDet här är ett brev.\n');
    expect(brief(file.problems)).toEqual([
      [1, 'sieSyntax', null],
      [2, 'sieSyntax', null],
      [0, 'sieNotSie', null],
    ]);
    expect(brief(parseSieText('').problems)).toEqual([[0, 'sieNotSie', null]]);
  });

  it('warns when the file does not start with #FLAGGA, or states a type that does not exist', () => {
    expect(brief(sie('#SIETYP 7', '#FLAGGA 0').problems)).toEqual([
      [1, 'sieFirstNotFlagga', '#SIETYP'],
      [1, 'sieUnsupportedType', null],
    ]);
    expect(brief(sie('#FLAGGA 0', '#SIETYP 2').problems)).toEqual([]); // types 1–3 are read from their balances
  });

  it('warns about a balance given twice', () => {
    const file = sie('#FLAGGA 0', '#IB 0 1930 1.00', '#IB 0 1930 2.00', '#IB -1 1930 2.00');
    expect(brief(file.problems)).toEqual([[3, 'sieDuplicateBalance', null]]);
    expect(file.problems[0].params).toMatchObject({ label: '#IB', year: 0, account: 1930 });
  });

  it('rejects a #RAR that ends before it starts', () => {
    expect(brief(sie('#FLAGGA 0', '#RAR 0 20241231 20240101').problems)).toEqual([[2, 'sieBadDate', '20240101']]);
  });

  it('shortens a very long line in the problem and caps repeated problems', () => {
    const long = 'x'.repeat(5000);
    const file = parseSieText(['#FLAGGA 0', ...Array.from({ length: MAX_PER_CODE + 20 }, () => long)].join('\n'));
    const syntax = file.problems.filter((p) => p.code === 'sieSyntax');
    expect(syntax).toHaveLength(MAX_PER_CODE);
    expect(String(syntax[0].params?.text).length).toBe(201);
    expect(file.problems.at(-1)).toMatchObject({ code: 'sieMoreProblems', severity: 'error', params: { problemCode: 'sieSyntax', omitted: 20 } });
  });
});

describe('parseSie: line ends', () => {
  const lines = ['#FLAGGA 0', '#KONTO 1930 "Bank"', '#VER A 1 20240101 "x"', '{', '#TRANS 1930 {} 1.00', '#TRANS 2010 {} -1.00', '}', 'skräp'];
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('gives the same records and line numbers with %s', (_, eol) => {
    const file = parseSieText(lines.join(eol) + eol);
    expect(file.lineCount).toBe(8);
    expect(file.vouchers[0].rows.map((r) => [r.line, r.amount])).toEqual([
      [5, 100],
      [6, -100],
    ]);
    expect(brief(file.problems)).toEqual([[8, 'sieSyntax', null]]);
    expect(file.problems[0].params?.text).toBe('skräp');
  });

  it('reads a last line without a line end, and mixed line ends', () => {
    const file = parseSieText('#FLAGGA 0\r\n#KONTO 1930 "A"\n#KONTO 1940 "B"\r#KONTO 1950 "C"');
    expect(file.accounts.map((a) => [a.account, a.line])).toEqual([
      [1930, 2],
      [1940, 3],
      [1950, 4],
    ]);
  });
});

describe('parseSie: #KSUMMA', () => {
  it('verifies a correct checksum of a PC8 file (computed by an independent CRC-32)', () => {
    const file = parseSie(fixture('right-ksumma.se'));
    expect(file.problems).toEqual([]);
    expect(file.checksum).toEqual({ line: 16, expected: 921163339, actual: 921163339, verified: true });
  });

  it('reports a wrong checksum as an error on the #KSUMMA line', () => {
    const file = parseSie(fixture('wrong-ksumma.se'));
    expect(brief(file.problems)).toEqual([[16, 'sieChecksumMismatch', null]]);
    expect(file.problems[0]).toMatchObject({ severity: 'error', params: { stated: 123456789, computed: 921163339, text: '#KSUMMA 123456789' } });
  });

  it('notices a single changed character (ö → o) through the checksum', () => {
    const bytes = fixture('right-ksumma.se');
    const changed = bytes.slice();
    changed[changed.indexOf(0x94)] = 0x6f; // "Löner" → "Loner"
    expect(brief(parseSie(changed).problems)).toEqual([[16, 'sieChecksumMismatch', null]]);
  });

  it('does not depend on separators, quotes or line ends — only on the contents', () => {
    const a = parseSieText('#FLAGGA 0\n#KSUMMA\n#KONTO 1930 "Bank"\n#VER A 1 20240101 x\n{\n#TRANS 1930 {1 "2"} 1\n}\n#KSUMMA 0\n');
    const b = parseSieText('#FLAGGA 0\r\n#KSUMMA\r\n#KONTO\t1930\tBank\r\n#VER "A" "1" 20240101 "x"\r\n{\r\n#TRANS 1930 { 1 2 } "1"\r\n}\r\n#KSUMMA 0\r\n');
    expect(a.checksum!.actual).toBe(b.checksum!.actual);
    // and the sum is CRC-32 of exactly "#KONTO1930Bank#VERA120240101x#TRANS1930121"
    expect(a.checksum!.actual).toBe(crc32(encodeCp437('#KONTO1930Bank#VERA120240101x#TRANS1930121')));
  });

  it('accepts the value written as a signed 32-bit number', () => {
    const body = ['#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Bank"'];
    const sum = crc32(encodeCp437('#KONTO1930Bank'));
    const signed = sum > 0x7fffffff ? sum - 0x100000000 : sum;
    expect(parseSieText([...body, `#KSUMMA ${signed}`].join('\n')).problems).toEqual([]);
    expect(parseSieText([...body, `#KSUMMA ${sum}`].join('\n')).problems).toEqual([]);
  });

  it('only warns for a UTF-8 file whose checksum does not match (the sum is defined over PC8 bytes)', () => {
    const text = '#FLAGGA 0\n#KSUMMA\n#FNAMN "Förbund"\n#KSUMMA 1\n';
    const file = parseSie(new TextEncoder().encode(text));
    expect(file.encoding).toBe('utf-8');
    expect(file.checksum).toMatchObject({ verified: false, expected: 1 });
    expect(brief(file.problems)).toEqual([[4, 'sieChecksumNotVerified', null]]);
    expect(file.problems[0].severity).toBe('warning');
    // a UTF-8 file whose sum was computed over its own bytes is accepted silently
    const own = crc32(new TextEncoder().encode('#FNAMNFörbund'));
    expect(parseSie(new TextEncoder().encode(`#FLAGGA 0\n#KSUMMA\n#FNAMN "Förbund"\n#KSUMMA ${own}\n`)).problems).toEqual([]);
  });

  it('reports a checksum that is started but never finished, or finished but never started', () => {
    expect(brief(sie('#FLAGGA 0', '#KSUMMA', '#KONTO 1930 "Bank"').problems)).toEqual([[2, 'sieChecksumNoEnd', null]]);
    expect(brief(sie('#FLAGGA 0', '#KONTO 1930 "Bank"', '#KSUMMA 42').problems)).toEqual([[3, 'sieChecksumNoStart', null]]);
    expect(brief(sie('#FLAGGA 0', '#KSUMMA', '#KSUMMA abc').problems)).toEqual([[3, 'sieBadNumber', 'abc']]);
  });
});

/** Reference CRC-32 computed bit by bit (independent of the table-driven one under test). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

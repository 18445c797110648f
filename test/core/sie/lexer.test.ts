import { lexLine, quoteField } from '../../../src/core/sie/lexer';
import { oreToDecimal } from '../../../src/core/money';
import { isoDate, oreToSwedish, parseAccount, parseAmount, parseDate, parseInteger, parsePeriod } from '../../../src/core/sie/values';

const t = (value: string, quoted = false) => ({ kind: 'text', value, quoted });

describe('lexLine', () => {
  it('splits a record into label and fields separated by spaces or tabs', () => {
    expect(lexLine('#KONTO 1930 "Företagskonto"')).toEqual({ kind: 'record', label: '#KONTO', fields: [t('1930'), t('Företagskonto', true)] });
    expect(lexLine('#TRANS\t5540\t{1 "3001"}\t2500.00')).toEqual({
      kind: 'record',
      label: '#TRANS',
      fields: [t('5540'), { kind: 'list', items: ['1', '3001'] }, t('2500.00')],
    });
    expect(lexLine('   #RAR   0  20240101   20241231   ')).toEqual({ kind: 'record', label: '#RAR', fields: [t('0'), t('20240101'), t('20241231')] });
  });

  it('reads quoted strings with spaces, \\" and \\\\ escapes, and the empty string', () => {
    expect(lexLine('#FNAMN "Förbundet \\"Finsam\\" Väst"')).toEqual({ kind: 'record', label: '#FNAMN', fields: [t('Förbundet "Finsam" Väst', true)] });
    expect(lexLine('#KONTO 6110 "a \\\\ b"')).toMatchObject({ fields: [t('6110'), t('a \\ b', true)] });
    expect(lexLine('#VER "" "" 20240101 ""')).toMatchObject({ fields: [t('', true), t('', true), t('20240101'), t('', true)] });
    // a backslash before any other character stays as it is
    expect(lexLine('#KONTO 1 "C:\\temp"')).toMatchObject({ fields: [t('1'), t('C:\\temp', true)] });
  });

  it('reads object lists: empty, with pairs, with quoted codes holding spaces and braces', () => {
    expect(lexLine('#TRANS 1930 {} -1.00')).toMatchObject({ fields: [t('1930'), { kind: 'list', items: [] }, t('-1.00')] });
    expect(lexLine('#TRANS 1930 {1 "3001" 6 "P1"} 1')).toMatchObject({ fields: [t('1930'), { kind: 'list', items: ['1', '3001', '6', 'P1'] }, t('1')] });
    expect(lexLine('#TRANS 1930 { 1 "A }{ B" } 1')).toMatchObject({ fields: [t('1930'), { kind: 'list', items: ['1', 'A }{ B'] }, t('1')] });
    expect(lexLine('#TRANS 1930 {1 3001} 1')).toMatchObject({ fields: [t('1930'), { kind: 'list', items: ['1', '3001'] }, t('1')] });
  });

  it('upper-cases the label (labels are case-insensitive)', () => {
    expect(lexLine('#trans 1930 {} 1')).toMatchObject({ kind: 'record', label: '#TRANS' });
  });

  it('recognises block braces and blank lines (also a DOS end-of-file character)', () => {
    expect(lexLine('{')).toEqual({ kind: 'open' });
    expect(lexLine('  }  ')).toEqual({ kind: 'close' });
    expect(lexLine('')).toEqual({ kind: 'empty' });
    expect(lexLine(' \t ')).toEqual({ kind: 'empty' });
    expect(lexLine('\x1a')).toEqual({ kind: 'empty' });
  });

  it('reports what is wrong and still gives the best reading', () => {
    expect(lexLine('detta är ingen post')).toEqual({ kind: 'invalid', error: 'noLabel' });
    expect(lexLine('#KONTO 1930 "Bank')).toEqual({ kind: 'record', label: '#KONTO', fields: [t('1930'), t('Bank', true)], error: 'unterminatedQuote' });
    expect(lexLine('#TRANS 1930 {1 "3001" 100.00')).toMatchObject({
      error: 'unterminatedList',
      fields: [t('1930'), { kind: 'list', items: ['1', '3001', '100.00'] }],
    });
    expect(lexLine('#TRANS 1930 {1 {2}} 1')).toMatchObject({ error: 'nestedList' });
    expect(lexLine('{ 1')).toEqual({ kind: 'invalid', error: 'noLabel' });
  });

  it('quotes a field so that it reads back the same', () => {
    for (const s of ['', 'a b', 'x "y" z', 'back\\slash', 'Öl & Åsa {1}']) {
      const lexed = lexLine(`#X ${quoteField(s)}`);
      expect(lexed).toEqual({ kind: 'record', label: '#X', fields: [t(s, true)] });
    }
  });
});

describe('field values', () => {
  it.each([
    ['-1234.50', -123450],
    ['1234.5', 123450],
    ['1234', 123400],
    ['+12', 1200],
    ['0.05', 5],
    ['-0.00', 0],
    ['007.10', 710],
    ['1.500', 150],
    ['9999999999999.99', 999999999999999],
  ])('amount %s is %d öre', (text, ore) => {
    expect(parseAmount(text)).toBe(ore);
  });

  it.each(['', '12,50', '1.234', '1.', '.5', '1e3', '--1', '1 000', '0x10', 'abc', '10000000000000.00', 'NaN', '1.2.3'])('rejects %p as an amount', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('never turns -0 into a negative zero', () => {
    expect(Object.is(parseAmount('-0'), 0)).toBe(true);
  });

  it('reads dates YYYYMMDD with a real calendar day', () => {
    expect(parseDate('20240229')).toBe('20240229');
    expect(parseDate('20230229')).toBeUndefined();
    expect(parseDate('20240431')).toBeUndefined();
    expect(parseDate('2024-01-01')).toBeUndefined();
    expect(parseDate('20241301')).toBeUndefined();
    expect(parseDate('18991231')).toBeUndefined();
    expect(isoDate('20240115')).toBe('2024-01-15');
  });

  it('reads periods, integers and account numbers', () => {
    expect(parsePeriod('202412')).toBe('202412');
    expect(parsePeriod('202413')).toBeUndefined();
    expect(parseInteger('-1')).toBe(-1);
    expect(Object.is(parseInteger('-0'), 0)).toBe(true);
    expect(parseInteger('1.5')).toBeUndefined();
    expect(parseAccount('1930')).toBe(1930);
    expect(parseAccount('-1930')).toBeUndefined();
    expect(parseAccount('19A0')).toBeUndefined();
  });

  it('writes öre as exact Swedish and SIE decimal text', () => {
    expect(oreToSwedish(-123450)).toBe('-1234,50');
    expect(oreToSwedish(5)).toBe('0,05');
    expect(oreToSwedish(-5)).toBe('-0,05');
    expect(oreToSwedish(0)).toBe('0,00');
    expect(oreToSwedish(999999999999999)).toBe('9999999999999,99');
    expect(oreToDecimal(-123401)).toBe('-1234.01');
  });
});

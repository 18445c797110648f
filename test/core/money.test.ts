import fc from 'fast-check';
import {
  allocate,
  asOre,
  cumulativeLinear,
  Dec,
  decimalText,
  decimalOf,
  formatAmount,
  fromOre,
  isDecimalText,
  isOre,
  ore,
  oreToDecimal,
  toOre,
  withinRounding,
} from '../../src/core/money';

describe('money', () => {
  it('converts between öre and exact kronor', () => {
    expect(oreToDecimal(-123456)).toBe('-1234.56');
    expect(oreToDecimal(5)).toBe('0.05');
    expect(oreToDecimal(-5)).toBe('-0.05');
    expect(oreToDecimal(0)).toBe('0.00');
    expect(decimalOf(new Dec('-5.5'), 2)).toBe('-5.50');
    expect(decimalOf(new Dec('-5.5'))).toBe('-5.5');
    expect(toOre(new Dec('0.005'))).toBe(1);
    expect(toOre(new Dec('-0.005'))).toBe(-1);
    expect(fromOre(10).plus(fromOre(20)).toFixed(2)).toBe('0.30');
  });

  it('periodises linearly to the öre: 10 000 kr over 4 of 12 months is 3 333,33 kr', () => {
    expect(cumulativeLinear(ore(1_000_000), 4)).toBe(333_333);
    expect(cumulativeLinear(ore(1_000_000), 12)).toBe(1_000_000);
    expect(cumulativeLinear(ore(-1_000_000), 8)).toBe(-666_667);
  });

  it('monthly parts of a periodised budget always add up to the annual budget', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (annual) => {
        let sum = 0;
        for (let m = 1; m <= 12; m++) sum += cumulativeLinear(ore(annual), m) - cumulativeLinear(ore(annual), m - 1);
        return sum === annual;
      }),
    );
  });

  it('allocates 17 668 000 kr as 4 × 4 417 000 kr', () => {
    expect(
      allocate(
        ore(1_766_800_000),
        [1, 1, 1, 1].map((w) => new Dec(w)),
        100,
      ),
    ).toEqual([441_700_000, 441_700_000, 441_700_000, 441_700_000]);
  });

  it('allocates by largest remainder: 100 kr in three equal parts', () => {
    expect(
      allocate(
        ore(10_000),
        [1, 1, 1].map((w) => new Dec(w)),
        100,
      ),
    ).toEqual([3_400, 3_300, 3_300]);
  });

  it('allocated parts always sum to the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }).filter((ws) => ws.some((w) => w > 0)),
        (kr, ws) => {
          const parts = allocate(
            ore(kr * 100),
            ws.map((w) => new Dec(w)),
            100,
          );
          return parts.reduce((a, b) => a + b, 0) === kr * 100 && parts.every((p) => p % 100 === 0);
        },
      ),
    );
  });

  it('öre and decimal text are made only from what they say they are', () => {
    expect(isOre(12)).toBe(true);
    expect(isOre(1.5)).toBe(false);
    expect(() => ore(0.1 + 0.2)).toThrow(/öre/);
    expect(asOre(7)).toBe(7);
    expect(isDecimalText('-1234.50')).toBe(true);
    for (const bad of ['', '1,5', '1e3', '+1', '.5', '1.', ' 1', '1 000']) expect(isDecimalText(bad)).toBe(false);
    expect(() => decimalText('12,50')).toThrow(/decimal/);
  });

  it('oreToDecimal is exact for every whole number of öre', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => fromOre(n).toFixed(2) === oreToDecimal(n)));
  });
});

describe('formatAmount: the one number display (CLI, task pane, messages)', () => {
  test.each([
    ['2282425.69', 'sv', 2, '2\u00a0282\u00a0425,69'],
    ['-1234567.5', 'sv', 2, '\u22121\u00a0234\u00a0567,50'],
    ['-1234567.5', 'en', 2, '\u22121,234,567.50'],
    ['0', 'sv', 2, '0,00'],
    ['-0.00', 'sv', 2, '0,00'],
    ['999', 'en', 2, '999.00'],
    ['999', 'en', 0, '999'],
    ['0.125', 'sv', 2, '0,125'],
    ['12.345', 'sv', 0, '12,345'],
    ['9999999999999.99', 'en', 0, '9,999,999,999,999.99'],
    ['12345678901234567.89', 'sv', 2, '12\u00a0345\u00a0678\u00a0901\u00a0234\u00a0567,89'],
  ] as const)('%s in %s with at least %i decimals', (value, lang, decimals, expected) => {
    expect(formatAmount(decimalText(value), lang, decimals)).toBe(expected);
  });

  it('shows exact kronor (Dec) without rounding and counts without decimals', () => {
    expect(formatAmount(new Dec('-1500'), 'sv', 2)).toBe('\u22121\u00a0500,00');
    expect(formatAmount(new Dec('1500'), 'en', 0)).toBe('1,500');
    expect(formatAmount(new Dec('-0'), 'en', 2)).toBe('0.00');
    expect(formatAmount(32_767, 'sv')).toBe('32\u00a0767');
    expect(formatAmount(-1234, 'en')).toBe('\u22121,234');
  });

  it('groups any exact amount and keeps its digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const sv = formatAmount(oreToDecimal(n), 'sv', 2);
        const en = formatAmount(oreToDecimal(n), 'en', 2);
        return (
          sv
            .replace(/\u00a0/g, '')
            .replace(',', '.')
            .replace('\u2212', '-') === oreToDecimal(n) && en.replace(/,/g, '').replace('\u2212', '-') === oreToDecimal(n)
        );
      }),
    );
  });
});

describe('withinRounding: a tkr figure against its exact amount', () => {
  it('allows less than 1 000 kr per rounded part, never that much', () => {
    expect(withinRounding(new Dec('-999.99'), 1)).toBe(true);
    expect(withinRounding(new Dec('1000'), 1)).toBe(false);
    expect(withinRounding(new Dec('1999.99'), 2)).toBe(true);
    // no parts: only an exact match
    expect(withinRounding(new Dec(0), 0)).toBe(true);
    expect(withinRounding(new Dec('0.01'), 0)).toBe(false);
  });
});

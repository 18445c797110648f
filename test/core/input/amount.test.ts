import fc from 'fast-check';
import { parseAmount } from '../../../src/core/input';
import { oreToDecimal } from '../../../src/core/money';

const ore = (raw: Parameters<typeof parseAmount>[0]) => parseAmount(raw);

describe('parseAmount: text in the contract notations', () => {
  it.each([
    // Swedish notation: decimal comma, thousands with space / U+00A0 / U+202F
    ['1234,56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56', 123456],
    ['-1 234,56', -123456],
    ['\u22121 234,56', -123456], // U+2212 minus sign
    ['(1 234,56)', -123456],
    ['12 345 678,9', 1234567890],
    ['0,05', 5],
    // English notation
    ['1,234.56', 123456],
    ['1,234,567.01', 123456701],
    ['1234.56', 123456],
    ['-1,234.56', -123456],
    ['(1,234.56)', -123456],
    // whole numbers and signs
    ['1234', 123400],
    ['1 234', 123400],
    ['1,234,567', 123456700],
    ['+1234', 123400],
    ['+1 234,50', 123450],
    ['12,5', 1250],
    ['12.5', 1250],
    ['  42  ', 4200],
    ['-0,00', 0],
  ])('%j is %d öre', (text, expected) => {
    expect(ore(text)).toEqual({ ok: true, value: expected });
  });

  it('never gives a negative zero', () => {
    const r = ore('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});

describe('parseAmount: text that is rejected', () => {
  it.each([
    ['12 kr', 'notAmount'],
    ['abc', 'notAmount'],
    ['1.2.3', 'notAmount'],
    ['1.234,56', 'notAmount'], // point before comma: neither notation
    ['1,234 567', 'notAmount'],
    ['12 34', 'notAmount'], // a thousands group must have three digits
    ['1234 567', 'notAmount'], // the first group has at most three
    ['1  234', 'notAmount'],
    [',5', 'notAmount'],
    ['5,', 'notAmount'],
    ['--5', 'notAmount'],
    ['(-5)', 'notAmount'],
    ['(5', 'notAmount'],
    ['1e3', 'notAmount'],
    ['+', 'notAmount'],
    ['12345678901234', 'tooLarge'], // 10^13 kr and more is too large (issue 9, point 14)
    ['-10 000 000 000 000', 'tooLarge'],
    ['10000000000000,00', 'tooLarge'],
    // a single comma is always the decimal sign: 1,234 is 1.234 kr
    ['1,234', 'tooManyDecimals'],
    ['1 234,567', 'tooManyDecimals'],
    ['1.2345', 'tooManyDecimals'],
    ['1,234.567', 'tooManyDecimals'],
    // a single point and three digits could be either notation
    ['1.234', 'ambiguous'],
    ['-1.234', 'ambiguous'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('%j → %s', (text, error) => {
    expect(ore(text)).toEqual({ ok: false, error });
  });

  it('rejects logical values, empty cells and dates', () => {
    expect(ore(true)).toEqual({ ok: false, error: 'boolean' });
    expect(ore(false)).toEqual({ ok: false, error: 'boolean' });
    expect(ore(null)).toEqual({ ok: false, error: 'empty' });
    expect(ore(undefined)).toEqual({ ok: false, error: 'empty' });
    expect(ore(new Date(Date.UTC(2024, 0, 1)))).toEqual({ ok: false, error: 'notAmount' });
  });
});

describe('parseAmount: numbers', () => {
  it('converts kronor to öre exactly', () => {
    expect(ore(1234.56)).toEqual({ ok: true, value: 123456 });
    expect(ore(-0.01)).toEqual({ ok: true, value: -1 });
    expect(ore(0.1 + 0.2)).toEqual({ ok: true, value: 30 }); // 30.000000000000004 öre is whole öre
    expect(ore(1234567890123.45)).toEqual({ ok: true, value: 123456789012345 }); // beyond the 1e-6 test, still two decimals
  });

  it('rounds more than two decimals half away from zero and says so', () => {
    expect(ore(12.345)).toEqual({ ok: true, value: 1235, rounded: true });
    expect(ore(-12.345)).toEqual({ ok: true, value: -1235, rounded: true });
    expect(ore(1.005)).toEqual({ ok: true, value: 101, rounded: true }); // 1.005 × 100 is 100.4999… in binary
    expect(ore(0.004)).toEqual({ ok: true, value: 0, rounded: true });
  });

  it('rejects NaN, infinities and amounts of 10^13 kr or more', () => {
    expect(ore(Number.NaN)).toEqual({ ok: false, error: 'notAmount' });
    expect(ore(Infinity)).toEqual({ ok: false, error: 'notAmount' });
    expect(ore(1e13)).toEqual({ ok: false, error: 'tooLarge' });
    expect(ore(-1e13)).toEqual({ ok: false, error: 'tooLarge' });
    expect(ore(1e13 + 0.005)).toEqual({ ok: false, error: 'tooLarge' });
    expect(ore(9999999999999.99)).toEqual({ ok: true, value: 999999999999999 }); // the largest amount accepted
  });
});

describe('oreToDecimal', () => {
  it('writes öre as an exact decimal string', () => {
    expect(oreToDecimal(-123456)).toBe('-1234.56');
    expect(oreToDecimal(5)).toBe('0.05');
    expect(oreToDecimal(100)).toBe('1.00');
    expect(oreToDecimal(0)).toBe('0.00');
  });
});

// ── Property: every notation of the contract reads back to the same öre ──────────────────

/** Groups the digits of a whole number with `sep` every three digits from the right. */
function group(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function parts(o: number): { neg: boolean; kr: string; cents: string } {
  const a = Math.abs(o);
  const c = a % 100;
  return { neg: o < 0, kr: String((a - c) / 100), cents: String(c).padStart(2, '0') };
}

type Notation = (o: number) => string;
const notations: Record<string, Notation> = {
  swedishPlain: (o) => {
    const p = parts(o);
    return `${p.neg ? '-' : ''}${p.kr},${p.cents}`;
  },
  swedishSpace: (o) => {
    const p = parts(o);
    return `${p.neg ? '-' : ''}${group(p.kr, ' ')},${p.cents}`;
  },
  swedishNbsp: (o) => {
    const p = parts(o);
    return `${p.neg ? '-' : ''}${group(p.kr, '\u00a0')},${p.cents}`;
  },
  swedishNarrowNbsp: (o) => {
    const p = parts(o);
    return `${p.neg ? '-' : ''}${group(p.kr, '\u202f')},${p.cents}`;
  },
  swedishMinusSign: (o) => {
    const p = parts(o);
    return `${p.neg ? '\u2212' : ''}${group(p.kr, ' ')},${p.cents}`;
  },
  parenthesesOrPlus: (o) => {
    const p = parts(o);
    return p.neg ? `(${group(p.kr, ' ')},${p.cents})` : `+${group(p.kr, ' ')},${p.cents}`;
  },
  english: (o) => {
    const p = parts(o);
    return `${p.neg ? '-' : ''}${group(p.kr, ',')}.${p.cents}`;
  },
  englishPlain: (o) => {
    const p = parts(o);
    return `${p.neg ? '-' : ''}${p.kr}.${p.cents}`;
  },
  englishParentheses: (o) => {
    const p = parts(o);
    return p.neg ? `(${group(p.kr, ',')}.${p.cents})` : `${group(p.kr, ',')}.${p.cents}`;
  },
};

describe('parseAmount property', () => {
  const oreValues = fc.oneof(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }).map(Number));

  it.each(Object.keys(notations))('%s: formatting öre and parsing it back gives the same öre', (name) => {
    const format = notations[name];
    fc.assert(
      fc.property(oreValues, (o) => {
        const r = parseAmount(format(o));
        return r.ok && r.value === o && !r.rounded;
      }),
      { numRuns: 500 },
    );
  });

  it('a JS number of whole öre reads back exactly, without a rounding warning', () => {
    fc.assert(
      fc.property(oreValues, (o) => {
        const r = parseAmount(o / 100);
        return r.ok && r.value === o && !r.rounded;
      }),
      { numRuns: 1000 },
    );
  });
});

/** The sheet scanner's number reader gives exactly what Number() gives, for every plain decimal and the rest. */
import fc from 'fast-check';
import { numberAt } from '../../src/xlsx/sheetCells';

const read = (s: string) => numberAt(`<v>${s}</v>`, 3, 3 + s.length);

describe('numberAt', () => {
  it('equals Number() for decimals of up to 17 significant digits, with any scale and sign', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 17 }), (m, scale) => {
        const digits = (m < 0n ? -m : m).toString().padStart(scale + 1, '0');
        const text = `${m < 0n ? '-' : ''}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
        expect(Object.is(read(text), Number(text))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('equals Number() for what Excel and other writers put in <v>', () => {
    for (const s of [
      '0',
      '-0',
      '45306',
      '2500.25',
      '-350.5',
      '0.1',
      '1E-3',
      '1.5e+300',
      '9999999999999.99',
      '123456789012345678',
      '.5',
      '1.',
      '-',
      '',
      'abc',
      '1e400',
    ]) {
      const expected = Number(s);
      expect({ s, v: read(s) }).toEqual({ s, v: expected });
    }
  });
});

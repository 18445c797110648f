import { cellAddress, columnLetters } from '../../../src/core/input';

describe('cellAddress', () => {
  it('names columns A–Z, then AA…, beyond Z', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(27)).toBe('AB');
    expect(columnLetters(51)).toBe('AZ');
    expect(columnLetters(52)).toBe('BA');
    expect(columnLetters(701)).toBe('ZZ'); // 26 + 26·26 − 1
    expect(columnLetters(702)).toBe('AAA');
    expect(columnLetters(16383)).toBe('XFD'); // Excel's last column
  });

  it('turns 0-based row and column into an A1 address', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(16, 3)).toBe('D17');
    expect(cellAddress(1048575, 16383)).toBe('XFD1048576');
  });

  it('throws for a negative or fractional coordinate (a programmer mistake)', () => {
    expect(() => cellAddress(-1, 0)).toThrow();
    expect(() => columnLetters(1.5)).toThrow();
  });
});

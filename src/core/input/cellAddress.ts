/**
 * A1 cell addresses from 0-based sheet coordinates.
 */

/** Column letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`, 16383 → `XFD`. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new Error(`columnLetters: not a 0-based column: ${col}`);
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = (n - 1 - rem) / 26;
  }
  return letters;
}

/** A1 address of a 0-based sheet row and column: (16, 3) → `D17`. */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new Error(`cellAddress: not a 0-based row: ${row}`);
  return columnLetters(col) + String(row + 1);
}

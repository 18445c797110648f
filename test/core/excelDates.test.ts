import { excelSerial, serialToDate } from '../../src/core';

describe("Excel's serial dates, one conversion for the core and both shells", () => {
  test('1900 system: serial 25569 is 1970-01-01, 45351 is 2024-02-29 (hand-counted from 1899-12-30)', () => {
    expect(serialToDate(25569).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(serialToDate(45351).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(serialToDate(45351.5).toISOString()).toBe('2024-02-29T12:00:00.000Z');
  });

  test('1904 system: the same serial is 1 462 days later', () => {
    expect(serialToDate(0, true).toISOString()).toBe('1904-01-01T00:00:00.000Z');
    expect(serialToDate(45351 - 1462, true).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  test('excelSerial is the inverse on whole days; a time of day rounds to the nearest day', () => {
    for (const serial of [1, 25569, 45351, 109574]) expect(excelSerial(serialToDate(serial))).toBe(serial);
    expect(excelSerial(new Date(Date.UTC(2024, 1, 28, 23)))).toBe(45351);
  });
});

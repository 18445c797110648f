import { parseDate, parsePeriod } from '../../../src/core/input';

describe('parseDate', () => {
  it('reads Excel serial numbers of the 1900 date system (counted from 1899-12-30)', () => {
    expect(parseDate(25569)).toEqual({ ok: true, value: { year: 1970, month: 1, day: 1 } });
    expect(parseDate(45382)).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } }); // 25569 + 19813 days (1970-01-01 → 2024-03-31)
    expect(parseDate(45351)).toEqual({ ok: true, value: { year: 2024, month: 2, day: 29 } }); // leap day
    expect(parseDate(45382.75)).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } }); // a time of day is dropped
    // Excel's fake 1900-02-29 is serial 60; counted from 1899-12-30 it is 1900-02-28,
    // and serial 61 is 1900-03-01 as in Excel.
    expect(parseDate(60)).toEqual({ ok: true, value: { year: 1900, month: 2, day: 28 } });
    expect(parseDate(61)).toEqual({ ok: true, value: { year: 1900, month: 3, day: 1 } });
  });

  it('reads JS dates by their UTC fields, rounding a time of day to the nearest day', () => {
    expect(parseDate(new Date(Date.UTC(2024, 2, 31)))).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } });
    // Local midnight 2024-04-01 in Stockholm (UTC+2) is 2024-03-31T22:00Z; in winter (UTC+1) 23:00Z.
    expect(parseDate(new Date('2024-03-31T22:00:00Z'))).toEqual({ ok: true, value: { year: 2024, month: 4, day: 1 } });
    expect(parseDate(new Date('2024-01-14T23:00:00Z'))).toEqual({ ok: true, value: { year: 2024, month: 1, day: 15 } });
    expect(parseDate(new Date('2024-01-15T01:00:00Z'))).toEqual({ ok: true, value: { year: 2024, month: 1, day: 15 } });
    expect(parseDate(new Date('not a date'))).toEqual({ ok: false, error: 'notDate' });
  });

  it('reads text YYYY-MM-DD, also with a time', () => {
    expect(parseDate('2024-03-31')).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } });
    expect(parseDate(' 2024-03-31 ')).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } });
    expect(parseDate('2024-03-31 14:05')).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } });
    expect(parseDate('2024-03-31 14:05:09')).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } });
    expect(parseDate('2024-03-31T14:05:09')).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } });
  });

  it('reads an 8-digit number 20240331', () => {
    expect(parseDate(20240331)).toEqual({ ok: true, value: { year: 2024, month: 3, day: 31 } });
  });

  it('rejects what is not a date, and dates that do not exist', () => {
    expect(parseDate('31/3 2024')).toEqual({ ok: false, error: 'notDate' });
    expect(parseDate('2024-3-31')).toEqual({ ok: false, error: 'notDate' });
    expect(parseDate('2024-03-31 25:00')).toEqual({ ok: false, error: 'notDate' });
    expect(parseDate('2024-03')).toEqual({ ok: false, error: 'notDate' });
    expect(parseDate(true)).toEqual({ ok: false, error: 'notDate' });
    expect(parseDate(0)).toEqual({ ok: false, error: 'notDate' });
    expect(parseDate(202403)).toEqual({ ok: false, error: 'notDate' }); // a period is not a serial (year 2454)
    expect(parseDate('2023-02-29')).toEqual({ ok: false, error: 'invalidDate' });
    expect(parseDate('2024-13-01')).toEqual({ ok: false, error: 'invalidDate' });
    expect(parseDate(20240230)).toEqual({ ok: false, error: 'invalidDate' });
    expect(parseDate('')).toEqual({ ok: false, error: 'empty' });
    expect(parseDate(null)).toEqual({ ok: false, error: 'empty' });
  });
});

describe('parsePeriod', () => {
  it('reads YYYY-MM, YYYYMM and the number 202403', () => {
    expect(parsePeriod('2024-03')).toEqual({ ok: true, value: { year: 2024, month: 3 } });
    expect(parsePeriod('2024-3')).toEqual({ ok: true, value: { year: 2024, month: 3 } });
    expect(parsePeriod('202403')).toEqual({ ok: true, value: { year: 2024, month: 3 } });
    expect(parsePeriod(202403)).toEqual({ ok: true, value: { year: 2024, month: 3 } });
    expect(parsePeriod(202412)).toEqual({ ok: true, value: { year: 2024, month: 12 } });
  });

  it('reads a date as its month (Date, serial, text)', () => {
    expect(parsePeriod(new Date(Date.UTC(2024, 2, 1)))).toEqual({ ok: true, value: { year: 2024, month: 3 } });
    expect(parsePeriod(new Date('2024-02-29T23:00:00Z'))).toEqual({ ok: true, value: { year: 2024, month: 3 } }); // local midnight 1 March
    expect(parsePeriod(45352)).toEqual({ ok: true, value: { year: 2024, month: 3 } }); // serial of 2024-03-01
    expect(parsePeriod('2024-03-15')).toEqual({ ok: true, value: { year: 2024, month: 3 } });
  });

  it('rejects month 13 and 0 as a month that does not exist', () => {
    expect(parsePeriod('2024-13')).toEqual({ ok: false, error: 'invalidMonth' });
    expect(parsePeriod(202413)).toEqual({ ok: false, error: 'invalidMonth' });
    expect(parsePeriod('202400')).toEqual({ ok: false, error: 'invalidMonth' });
    expect(parsePeriod('2024-13-01')).toEqual({ ok: false, error: 'invalidMonth' });
  });

  it('rejects other values', () => {
    expect(parsePeriod('mars 2024')).toEqual({ ok: false, error: 'notPeriod' });
    expect(parsePeriod(3)).toEqual({ ok: false, error: 'notPeriod' }); // a bare month number is not a period
    expect(parsePeriod(2024.5)).toEqual({ ok: false, error: 'notPeriod' });
    expect(parsePeriod('2024-003')).toEqual({ ok: false, error: 'notPeriod' });
    expect(parsePeriod(false)).toEqual({ ok: false, error: 'notPeriod' });
    expect(parsePeriod(' ')).toEqual({ ok: false, error: 'empty' });
  });
});

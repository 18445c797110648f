import { cutAtWord, sanitizeSheetName, uniqueSheetName } from '../../src/core/model/sheetNames';

describe('sheet names are cut at a word boundary', () => {
  it('cuts the example cost centre at the last hyphen that fits, not mid-word', () => {
    // "KST 1300 Uppföljning/utvärdering": the slash becomes a hyphen, 32 characters in all.
    expect(sanitizeSheetName('KST 1300 Uppföljning/utvärdering')).toBe('KST 1300 Uppföljning');
  });

  it('cuts at the last space that fits and drops it with the comma before it', () => {
    const name = 'KST 3041 ESF Vägen vidare, faktiska kostnader';
    const cut = sanitizeSheetName(name);
    expect(cut).toBe('KST 3041 ESF Vägen vidare');
    expect(cut.length).toBeLessThanOrEqual(31);
    expect(name.startsWith(cut)).toBe(true);
  });

  it('keeps a whole word that ends exactly at 31 characters', () => {
    const name = 'KST 9 Abcdefghij Klmnopqrstuvwx Rest'; // the 31st character ends "…wx"
    expect(cutAtWord(name, 31)).toBe('KST 9 Abcdefghij Klmnopqrstuvwx');
  });

  it('leaves names that fit alone and cuts a single over-long word where it must', () => {
    expect(sanitizeSheetName('KST 1100 Kansli')).toBe('KST 1100 Kansli');
    expect(cutAtWord('A'.repeat(40), 31)).toBe('A'.repeat(31));
  });

  it("never ends in a small word a cut leaves dangling (the example's KST 1400 and 3005)", () => {
    expect(cutAtWord('KST 1400 Ekonomiservice och revision', 31)).toBe('KST 1400 Ekonomiservice');
    expect(cutAtWord('KST 3005 Kompetensutveckling i samverkan', 31)).toBe('KST 3005 Kompetensutveckling');
    expect(cutAtWord('KST 3003 Stegvis – unga vuxna Norrvik', 31)).toBe('KST 3003 Stegvis – unga vuxna');
    // a name that fits is never touched, small words and all
    expect(cutAtWord('KST 1 Stöd i arbete och', 31)).toBe('KST 1 Stöd i arbete och');
    // a long code after "KST ": cutting at the space would leave only "KST"
    expect(sanitizeSheetName(`KST ${'x'.repeat(30)}`)).toBe(`KST ${'x'.repeat(27)}`);
  });

  it('makes a clashing long name unique at a word boundary too', () => {
    const first = uniqueSheetName('KST 1300 Uppföljning/utvärdering', []);
    const second = uniqueSheetName('KST 1300 Uppföljning/utvärdering', [first]);
    expect(first).toBe('KST 1300 Uppföljning');
    expect(second).toBe('KST 1300 Uppföljning (2)');
  });
});

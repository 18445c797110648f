/**
 * Feature detection reads the `Office` global; a plain stand-in provides it. (office-addin-mock
 * would fit, but it loads office-addin-manifest, whose ES-module dependencies Jest's CommonJS
 * setup here cannot load; the Excel API itself is faked more strictly in fakeExcel.ts.)
 */
import { detectFeatures } from '../../../src/addin/excel/features';

const globals = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete globals.Office;
});

/** Minor version of `1.x` (so 1.12 is above 1.9, unlike the decimal number). */
const minor = (version: string | number): number => Number(String(version).split('.')[1]);

function officeSupporting(max: string): unknown {
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && minor(version) <= minor(max),
      },
    },
  };
}

test('ExcelApi 1.9 present: screen-updating suspension and indent are used', () => {
  globals.Office = officeSupporting('1.12');
  expect(detectFeatures()).toEqual({ api19: true, api116: false });
});

test('ExcelApi 1.16: the date system can be checked', () => {
  globals.Office = officeSupporting('1.16');
  expect(detectFeatures()).toEqual({ api19: true, api116: true });
});

test('only ExcelApi 1.8: the 1.9 features are left out', () => {
  globals.Office = officeSupporting('1.8');
  expect(detectFeatures()).toEqual({ api19: false, api116: false });
});

test('outside Office (no global): nothing optional', () => {
  expect(detectFeatures()).toEqual({ api19: false, api116: false });
});

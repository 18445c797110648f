/**
 * The texts of the sheet *Förvaltningsberättelse* (the management report): its headings, the
 * generated *Ekonomisk översikt* sentences and the equity analysis, plus the forecast comment
 * on the cost-centre sheets. Swedish first, English second. The sentences are cut where a live
 * figure stands between their parts: `{…}Start` before the first figure, `{…}Mid` between the
 * two, `{…}End` after the last.
 */
import { defineCatalogue, type CatalogueKey } from '../text/catalogue';

const TEXTS = defineCatalogue({
  sheetManagement: { sv: 'Förvaltningsberättelse', en: 'Administration report' },
  titleManagement: { sv: 'Förvaltningsberättelse', en: 'Administration report' },
  overview: { sv: 'Ekonomisk översikt', en: 'Financial overview' },
  // result against budget
  resultStart: { sv: '{result} för {period} är', en: '{result} ({period}) is' },
  resultMid: { sv: 'tkr, mot budgeterade', en: 'SEK thousand, against a budget of' },
  resultEnd: { sv: 'tkr.', en: 'SEK thousand.' },
  resultOnly: { sv: 'tkr. Ingen budget är angiven.', en: 'SEK thousand. No budget is given.' },
  betterStart: { sv: 'Resultatet är därmed bättre än budget med', en: 'The result is thus better than budget by' },
  worseStart: { sv: 'Resultatet är därmed sämre än budget med', en: 'The result is thus worse than budget by' },
  // forecast against the full-year budget
  forecastStart: { sv: 'Prognosen för helåret {year} är ett resultat på', en: 'The forecast for the full year {year} is a result of' },
  forecastMid: { sv: 'tkr, mot budgeterade', en: 'SEK thousand, against a budget of' },
  forecastEnd: { sv: 'tkr för helåret.', en: 'SEK thousand for the year.' },
  forecastBetterStart: { sv: 'Prognosen är därmed bättre än helårsbudgeten med', en: 'The forecast is thus better than the full-year budget by' },
  forecastWorseStart: { sv: 'Prognosen är därmed sämre än helårsbudgeten med', en: 'The forecast is thus worse than the full-year budget by' },
  // net cost per area
  areasIntro: {
    sv: 'Områden vars nettokostnad avviker från budget med mer än {pct}:',
    en: 'Areas whose net cost differs from budget by more than {pct}:',
  },
  areasNone: { sv: 'Inget område avviker från budget med mer än {pct}.', en: 'No area differs from budget by more than {pct}.' },
  areaStart: { sv: 'Nettokostnaden för {area} är', en: 'The net cost of {area} is' },
  areaMid: { sv: 'tkr, mot budgeterade', en: 'SEK thousand, against a budget of' },
  areaOver: { sv: 'tkr: över budget.', en: 'SEK thousand: over budget.' },
  areaUnder: { sv: 'tkr: under budget.', en: 'SEK thousand: under budget.' },
  // equity against its target
  equityStart: { sv: 'Eget kapital vid periodens slut är', en: 'Equity at the end of the period is' },
  equityMid: { sv: 'tkr; målet är minst', en: 'SEK thousand; the target is at least' },
  equityEndMet: { sv: 'tkr. Målet nås.', en: 'SEK thousand. The target is met.' },
  equityEndNotMet: { sv: 'tkr. Målet nås inte.', en: 'SEK thousand. The target is not met.' },
  equityNoTarget: { sv: 'tkr. Inget mål är angivet (inställningen Eget kapital mål).', en: 'SEK thousand. No target is set (setting Equity target).' },
  equityForecastStart: { sv: 'Med prognosen blir eget kapital vid årets slut', en: 'With the forecast, equity at the end of the year will be' },
  equityForecastMet: { sv: 'tkr, och målet nås.', en: 'SEK thousand, and the target is met.' },
  equityForecastNotMet: { sv: 'tkr, och målet nås inte.', en: 'SEK thousand, and the target is not met.' },
  equityForecastEnd: { sv: 'tkr.', en: 'SEK thousand.' },
  // the equity analysis
  equityHeading: { sv: 'Eget kapital', en: 'Equity' },
  colEquityTkr: { sv: 'Belopp i tkr', en: 'SEK thousand' },
  colActualShort: { sv: 'Utfall {period}', en: 'Actual {period}' },
  colBudgetShort: { sv: 'Budget {period}', en: 'Budget {period}' },
  colForecastShort: { sv: 'Prognos helår {year}', en: 'Forecast {year}' },
  colBudgetYearShort: { sv: 'Budget helår {year}', en: 'Budget {year}' },
  eqOpening: { sv: 'Ingående eget kapital {date}', en: 'Opening equity {date}' },
  eqResult: { sv: 'Resultat', en: 'Result' },
  eqOther: { sv: 'Övriga förändringar av eget kapital', en: 'Other changes in equity' },
  eqClosing: { sv: 'Utgående eget kapital', en: 'Closing equity' },
  eqTarget: { sv: 'Mål för eget kapital', en: 'Equity target' },
  eqMargin: { sv: 'Över (+) eller under (−) målet', en: 'Above (+) or below (−) the target' },
  eqStatus: { sv: 'Målet nås', en: 'Target met' },
  eqMet: { sv: 'Ja', en: 'Yes' },
  eqNotMet: { sv: 'Nej', en: 'No' },
  eqNoTarget: {
    sv: 'Inget mål för eget kapital är angivet (inställningen Eget kapital mål i Installningar).',
    en: 'No equity target is set (setting Equity target in Settings).',
  },
  // the forecast comment on the cost-centre sheets
  colComment: { sv: 'Kommentar', en: 'Comment' },
  ccComment: { sv: 'Kommentar till prognosen: {comment}', en: 'Comment on the forecast: {comment}' },
});

export type ManagementTextKey = CatalogueKey<typeof TEXTS>;

/** The text `key` in `lang`, with `{name}` placeholders filled from `params`. */
export const t = TEXTS.t;

/** The catalogue's entries (tests go through every key). */
export const MANAGEMENT_TEXTS = TEXTS.entries;

/** Labels and details of the checks sheet, Swedish and English. */
import type { Lang } from '../input/types';

const CHECK_TEXTS = {
  ledgerBalances: { sv: 'Huvudboken balanserar för perioden (summa av raderna = 0)', en: 'The ledger balances for the period (sum of rows = 0)' },
  ledgerBalancesOk: { sv: '{rows} rader i perioden, summa 0,00 kr', en: '{rows} rows in the period, sum 0.00' },
  ledgerBalancesBad: { sv: 'Periodens rader summerar till {diff} kr i stället för 0', en: 'The period\'s rows sum to {diff} instead of 0' },
  vouchers: { sv: 'Varje verifikation balanserar', en: 'Each voucher balances' },
  vouchersNone: { sv: 'Huvudboken har ingen verifikationskolumn; kontrollen kan inte göras', en: 'The ledger has no voucher column; the check cannot be made' },
  vouchersOk: { sv: 'Alla verifikationer balanserar', en: 'All vouchers balance' },
  vouchersBad: { sv: '{count} verifikationer balanserar inte, t.ex. {list}', en: '{count} vouchers do not balance, e.g. {list}' },
  openingBalance: { sv: 'Ingående balans balanserar (summa = 0)', en: 'The opening balance balances (sum = 0)' },
  openingMissing: { sv: 'Området IngaendeBalans saknas: balansräkningen visar bara periodens rörelser', en: 'The range IngaendeBalans is missing: the balance sheet shows only the period\'s movements' },
  openingOk: { sv: 'Summa 0,00 kr', en: 'Sum 0.00' },
  openingBad: { sv: 'Ingående balans summerar till {diff} kr', en: 'The opening balance sums to {diff}' },
  balanceSheet: { sv: 'Balansräkningen balanserar: {column}', en: 'The balance sheet balances: {column}' },
  balanceSheetDetail: { sv: 'Summa tillgångar − summa eget kapital, avsättningar och skulder', en: 'Total assets − total equity, provisions and liabilities' },
  res3Equity: { sv: 'Periodens resultat = förändring av eget kapital', en: 'Result for the period = change in equity' },
  res3EquityDetail: { sv: 'Förändring av summa eget kapital − periodens resultat', en: 'Change in total equity − result for the period' },
  res3EquityOther: { sv: 'Eget kapital har även ändrats med {diff} kr utöver resultatet (visas i finansieringsanalysen)', en: 'Equity also changed by {diff} besides the result (shown in the cash-flow statement)' },
  cashFlow: { sv: 'Finansieringsanalysen = förändring av likvida medel i balansräkningen', en: 'Cash flow = change in cash in the balance sheet' },
  cashFlowDetail: { sv: 'Förändring av likvida medel (finansieringsanalys − balansräkning)', en: 'Change in cash (cash flow − balance sheet)' },
  costCentresTotal: { sv: 'Summan av kostnadsställena = periodens resultat', en: 'Total of the cost centres = result for the period' },
  costCentresTotalDetail: { sv: 'Uppföljning KST totalt − resultaträkningens periodens resultat', en: 'Cost-centre total − result for the period' },
  noteSum: { sv: 'Not {n} {line} = raden i {statement}', en: 'Note {n} {line} = the line in the {statement}' },
  noteSumDetail: { sv: 'Notens summa − radens belopp', en: 'Note total − the line\'s amount' },
  unmapped: { sv: 'Alla konton med rörelser finns i kontoplanen', en: 'Every account with activity is in the chart of accounts' },
  unmappedOk: { sv: 'Inga omappade konton', en: 'No unmapped accounts' },
  unmappedDefault: { sv: 'Ingen egen kontoplan: standardkontoplanen används', en: 'No chart of accounts of its own: the built-in chart is used' },
  unmappedBad: { sv: '{count} konton saknas i Kontoplan och redovisas enligt standardkontoplanen: {list}', en: '{count} accounts are missing from Kontoplan and follow the built-in chart: {list}' },
  unmappedNone: { sv: '{count} konton kan inte placeras i någon rad och ingår inte i rapporten: {list}', en: '{count} accounts map to no line and are left out of the report: {list}' },
  costCentreNames: { sv: 'Alla kostnadsställen har namn', en: 'Every cost centre has a name' },
  costCentreNamesOk: { sv: 'Alla kostnadsställen finns i Kostnadsstallen', en: 'Every cost centre is in Kostnadsstallen' },
  costCentreNamesMissingRange: { sv: 'Området Kostnadsstallen saknas: kostnadsställen visas med kod', en: 'The range Kostnadsstallen is missing: cost centres are shown by code' },
  costCentreNamesBad: { sv: '{count} kostnadsställen saknas i Kostnadsstallen och visas med kod: {list}', en: '{count} cost centres are missing from Kostnadsstallen and are shown by code: {list}' },
  budgetMonths: { sv: 'Budgetens månader stämmer med helår', en: 'Budget months agree with the annual amount' },
  budgetMissing: { sv: 'Området Budget saknas: budgetkolumnerna är tomma', en: 'The range Budget is missing: the budget columns are empty' },
  budgetMonthsOk: { sv: 'Inga avvikelser', en: 'No differences' },
  budgetMonthsBad: { sv: '{count} budgetrader där månaderna och helår skiljer sig; månaderna används', en: '{count} budget rows where the months and the annual amount differ; the months are used' },
  equityTarget: { sv: 'Eget kapital jämfört med målet', en: 'Equity against the target' },
  equityTargetNone: { sv: 'Inget mål angivet (inställningen Eget kapital mål)', en: 'No target set (setting Equity target)' },
  equityTargetOk: { sv: 'Utgående eget kapital {equity} kr ≥ målet {target} kr', en: 'Closing equity {equity} ≥ the target {target}' },
  equityTargetBad: { sv: 'Utgående eget kapital {equity} kr är under målet {target} kr', en: 'Closing equity {equity} is below the target {target}' },
  outsideRows: { sv: 'Rader utanför räkenskapsåret och året före', en: 'Rows outside the fiscal year and the year before' },
  outsideRowsOk: { sv: 'Inga rader utanför {years}', en: 'No rows outside {years}' },
  outsideRowsBad: { sv: '{count} rader utanför {years} ignorerades', en: '{count} rows outside {years} were ignored' },
  afterPeriod: { sv: '{count} rader efter perioden (senare månader {year}) ingår inte', en: '{count} rows after the period (later months of {year}) are not included' },
  prevYear: { sv: 'Jämförelseår finns', en: 'Comparative year present' },
  prevYearOk: { sv: '{count} rader för {year}', en: '{count} rows for {year}' },
  prevYearMissing: { sv: 'Huvudboken har inga rader för {year}: jämförelsekolumnerna är tomma', en: 'The ledger has no rows for {year}: the comparative columns are empty' },
} satisfies Record<string, { sv: string; en: string }>;

export type CheckTextKey = keyof typeof CHECK_TEXTS;

export function ct(key: CheckTextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return CHECK_TEXTS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

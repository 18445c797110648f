/** Labels and details of the checks sheet, Swedish and English. */
import { defineCatalogue, type CatalogueKey } from '../text/catalogue';

const CHECK_TEXTS = defineCatalogue({
  ledgerBalances: { sv: 'Huvudboken balanserar för perioden (summa av raderna = 0)', en: 'The ledger balances for the period (sum of rows = 0)' },
  ledgerBalancesOk: { sv: '{rows} i perioden, summa 0,00 kr', en: '{rows} in the period, sum 0.00' },
  ledgerBalancesBad: { sv: 'Periodens rader summerar till {diff} kr i stället för 0', en: "The period's rows sum to {diff} instead of 0" },
  vouchers: { sv: 'Varje verifikation balanserar', en: 'Each voucher balances' },
  vouchersNone: { sv: 'Huvudboken har ingen verifikationskolumn; kontrollen kan inte göras', en: 'The ledger has no voucher column; the check cannot be made' },
  vouchersOk: { sv: 'Alla verifikationer balanserar', en: 'All vouchers balance' },
  vouchersBad: { sv: 'Verifikationer som inte balanserar ({count} st.): {list}', en: 'Vouchers that do not balance ({count}): {list}' },
  openingBalance: { sv: 'Ingående balans balanserar (summa = 0)', en: 'The opening balance balances (sum = 0)' },
  openingMissing: {
    sv: 'Området IngaendeBalans saknas: balansräkningen visar bara periodens rörelser',
    en: "The range IngaendeBalans is missing: the balance sheet shows only the period's movements",
  },
  openingOk: { sv: 'Summa 0,00 kr', en: 'Sum 0.00' },
  openingBad: { sv: 'Ingående balans summerar till {diff} kr', en: 'The opening balance sums to {diff}' },
  balanceSheet: { sv: 'Balansräkningen balanserar per {column}', en: 'The balance sheet balances at {column}' },
  balanceSheetChange: { sv: 'Balansräkningen balanserar i kolumnen Förändring', en: 'The balance sheet balances in the Change column' },
  balanceSheetDetail: { sv: 'Summa tillgångar − summa eget kapital, avsättningar och skulder', en: 'Total assets − total equity, provisions and liabilities' },
  res3Equity: { sv: '{Result} = förändring av eget kapital', en: '{Result} = change in equity' },
  res3EquityDetail: { sv: 'Förändring av summa eget kapital − {result}', en: 'Change in total equity − {result}' },
  res3EquityOther: {
    sv: 'Eget kapital har även ändrats med {diff} kr utöver resultatet (visas i {cashFlow})',
    en: 'Equity also changed by {diff} besides the result (shown in the cash-flow statement)',
  },
  cashFlowIn: { sv: 'finansieringsanalysen', en: 'the cash-flow statement' },
  cashFlowInLkbr: { sv: 'kassaflödesanalysen', en: 'the cash-flow statement' },
  cashFlow: { sv: 'Finansieringsanalysen = förändring av likvida medel i balansräkningen', en: 'Cash flow = change in cash in the balance sheet' },
  cashFlowDetail: { sv: 'Förändring av likvida medel (finansieringsanalys − balansräkning)', en: 'Change in cash (cash flow − balance sheet)' },
  cashFlowLkbr: { sv: 'Kassaflödesanalysen = förändring av likvida medel i balansräkningen', en: 'Cash flow = change in cash in the balance sheet' },
  cashFlowLkbrDetail: { sv: '{cashChange} − förändring av likvida medel i balansräkningen', en: '{cashChange} − change in cash in the balance sheet' },
  cashFlowPrev: {
    sv: 'Kassaflödesanalysens jämförelsekolumn slutar i likvida medel {date}',
    en: "The cash-flow statement's comparison column ends in the cash at {date}",
  },
  cashFlowPrevOk: { sv: 'Likvida medel vid jämförelseperiodens slut {amount} kr', en: 'Cash at the end of the comparison period {amount}' },
  cashFlowPrevBad: {
    sv: 'Jämförelsekolumnen slutar i {flow} kr men likvida medel {date} är {balance} kr: föregående års bokföring balanserar inte för perioden eller är ofullständig',
    en: "The comparison column ends in {flow} but the cash at {date} is {balance}: last year's postings do not balance for the period or are incomplete",
  },
  cashFlowPrevNone: {
    sv: 'Jämförelsekolumnen är tom (ingående balans eller föregående års bokföring saknas)',
    en: 'The comparison column is empty (no opening balance or no postings of last year)',
  },
  costCentresTotal: { sv: 'Kostnadsställenas resultat = {result}', en: "The cost centres' result = {result}" },
  costCentresTotalDetail: {
    sv: 'Kostnadsställenas och bidragens exakta resultat (Uppföljning KST visar det i hela tkr) − {result} enligt resultaträkningen',
    en: 'Exact result of the cost centres and contributions (the Cost centres sheet shows it in whole tkr) − {result} in the income statement',
  },
  roundingTkr: { sv: 'Avrundning till tkr: {sheet}, {line}', en: 'Rounding to tkr: {sheet}, {line}' },
  roundingTkrDetail: {
    sv: 'Tabellen visar beloppen i hela tkr, vart och ett mindre än 1 000 kr från sitt exakta belopp, och dess summor är summorna av de visade beloppen. Summan i tabellen − {line} i kronor = {diff} kr; {parts} avrundade belopp, så skillnaden ska vara under {limit} kr',
    en: 'The table shows its amounts in whole tkr, each less than 1,000 from its exact amount, and its totals add up the amounts as shown. Total in the table − {line} in kronor = {diff}; {parts} rounded amounts, so the difference must be below {limit}',
  },
  roundingResult: { sv: 'periodens resultat', en: 'result for the period' },
  roundingEquity: { sv: 'utgående eget kapital', en: 'closing equity' },
  noteSum: { sv: 'Not {n} {line} = raden i {statement}', en: 'Note {n} {line} = the line in the {statement}' },
  noteSumIncome: { sv: 'resultaträkningen', en: 'income statement' },
  noteSumBalance: { sv: 'balansräkningen', en: 'balance sheet' },
  noteSumDetail: { sv: 'Notens summa − radens belopp', en: "Note total − the line's amount" },
  unmapped: { sv: 'Alla konton med rörelser finns i kontoplanen', en: 'Every account with activity is in the chart of accounts' },
  unmappedOk: { sv: 'Alla konton hör till en rad i uppställningen', en: 'Every account belongs to a line of the statements' },
  unmappedDefault: { sv: 'Ingen egen kontoplan: standardkontoplanen används', en: 'No chart of accounts of its own: the built-in chart is used' },
  unmappedBad: {
    sv: 'Konton som saknas i området Kontoplan och redovisas enligt standardkontoplanen ({count} st.): {list}',
    en: 'Accounts missing from the Kontoplan range, reported by the built-in chart ({count}): {list}',
  },
  unmappedNone: {
    sv: 'Konton som inte hör till någon rad och inte ingår i rapporten ({count} st.): {list}',
    en: 'Accounts that map to no line and are left out of the report ({count}): {list}',
  },
  costCentreNames: { sv: 'Alla kostnadsställen har namn', en: 'Every cost centre has a name' },
  costCentreNamesOk: {
    sv: 'Alla kostnadsställen finns i registret över kostnadsställen (området Kostnadsstallen)',
    en: 'Every cost centre is in the register of cost centres (the Kostnadsstallen range)',
  },
  costCentreNamesMissingRange: {
    sv: 'Området Kostnadsstallen saknas: kostnadsställen visas med kod',
    en: 'The range Kostnadsstallen is missing: cost centres are shown by code',
  },
  costCentreNamesBad: {
    sv: 'Kostnadsställen som inte finns i registret över kostnadsställen (området Kostnadsstallen) och därför visas med sin kod ({count} st.): {list}',
    en: 'Cost centres not in the register of cost centres (the Kostnadsstallen range), so shown by their code ({count}): {list}',
  },
  budgetMonths: { sv: 'Budgetens månader stämmer med helår', en: 'Budget months agree with the annual amount' },
  budgetMissing: { sv: 'Området Budget saknas: budgetkolumnerna är tomma', en: 'The range Budget is missing: the budget columns are empty' },
  budgetMonthsOk: { sv: 'Inga avvikelser', en: 'No differences' },
  budgetMonthsBad: {
    sv: 'Budgetrader där månaderna och helår skiljer sig ({count} st.); månaderna används',
    en: 'Budget rows where the months and the annual amount differ ({count}); the months are used',
  },
  equityTarget: { sv: 'Eget kapital jämfört med målet', en: 'Equity against the target' },
  equityTargetNone: { sv: 'Inget mål angivet (inställningen Eget kapital mål)', en: 'No target set (setting Equity target)' },
  equityTargetOk: { sv: 'Utgående eget kapital {equity} kr når målet på {target} kr', en: 'Closing equity {equity} meets the target of {target}' },
  equityTargetBad: { sv: 'Utgående eget kapital {equity} kr är under målet på {target} kr', en: 'Closing equity {equity} is below the target of {target}' },
  outsideRows: { sv: 'Rader utanför räkenskapsåret och året före', en: 'Rows outside the fiscal year and the year before' },
  outsideRowsOk: { sv: 'Inga rader utanför {years}', en: 'No rows outside {years}' },
  outsideRowsBad: { sv: '{rows} utanför {years} ingår inte', en: 'Left out: {rows} outside {years}' },
  afterPeriod: {
    sv: '{rows} efter perioden (senare månader {year}) ingår inte',
    en: 'Left out: {rows} after the period (later months of {year})',
  },
  sieFile: {
    sv: 'SIE-filen {file} stämmer med sig själv (IB + verifikationer = UB, verifikationer = RES)',
    en: 'The SIE file {file} agrees with itself (IB + vouchers = UB, vouchers = RES)',
  },
  sieFileOk: { sv: 'Alla konton stämmer', en: 'Every account agrees' },
  sieFileUnchecked: {
    sv: 'Filen har varken #UB 0 eller #RES 0; inget att stämma av mot',
    en: 'The file has neither #UB 0 nor #RES 0; nothing to reconcile against',
  },
  sieFileBad: { sv: 'Konton som skiljer ({count} st.): {list}', en: 'Accounts that differ ({count}): {list}' },
  sieFilePeriods: {
    sv: 'SIE-filen {file} stämmer med sig själv (IB + periodsaldon = UB, periodsaldon = RES)',
    en: 'The SIE file {file} agrees with itself (IB + period balances = UB, period balances = RES)',
  },
  sieFileAnnual: { sv: 'SIE-filen {file} (bara årets saldon, SIE typ 1)', en: 'The SIE file {file} (the year’s balances only, SIE type 1)' },
  sieFileAnnualDetail: {
    sv: 'Rapporten bygger på #IB 0, #UB 0 och #RES 0 för hela räkenskapsåret; filen har inget att stämma av dem mot',
    en: 'The report is built from #IB 0, #UB 0 and #RES 0 for the whole fiscal year; the file has nothing to reconcile them with',
  },
  sieNoVouchers: { sv: 'Kontroller som kräver verifikationer', en: 'Checks that need vouchers' },
  sieNoVouchersPeriods: {
    sv: 'Görs inte: filen har inga verifikationer. Att varje verifikation balanserar, att ingen verifikation finns två gånger och att raderna ligger inom räkenskapsåret kan inte kontrolleras; utfallet per kostnadsställe bygger på objektsaldon (#PSALDO per objekt) där filen har dem',
    en: 'Not made: the file has no vouchers. That every voucher balances, that no voucher appears twice and that the rows lie in the fiscal year cannot be checked; actuals per cost centre come from object balances (#PSALDO per object) where the file has them',
  },
  sieNoVouchersAnnual: {
    sv: 'Görs inte: filen har inga verifikationer och inga periodsaldon. Att varje verifikation balanserar, att ingen verifikation finns två gånger, utfall per månad och per kostnadsställe kan inte tas fram; rapporten gäller hela räkenskapsåret',
    en: 'Not made: the file has no vouchers and no period balances. That every voucher balances, that no voucher appears twice, actuals per month and per cost centre cannot be had; the report covers the whole fiscal year',
  },
  sieClosing: { sv: 'Bokslutsverifikationer (årets resultat till eget kapital)', en: 'Closing entries (the year’s result to equity)' },
  sieClosingDetail: { sv: 'Räknas inte, så resultatet visas före dem: {list}', en: 'Not counted, so the result is shown before them: {list}' },
  sieVoucherAt: { sv: '{voucher} (rad {line})', en: '{voucher} (line {line})' },
  sieVoucherLines: { sv: '{voucher} (rad {lines})', en: '{voucher} (lines {lines})' },
  sieDuplicates: { sv: 'Ingen verifikation finns två gånger i SIE-filen', en: 'No voucher appears twice in the SIE file' },
  sieDuplicatesOk: {
    sv: 'Ingen verifikation har samma serie, nummer och datum som en annan',
    en: 'No voucher has the same series, number and date as another',
  },
  sieDuplicatesBad: { sv: 'Förekommer två gånger och räknas två gånger ({count} st.): {list}', en: 'Appear twice and are counted twice ({count}): {list}' },
  prevYear: { sv: 'Jämförelseår finns', en: 'Comparative year present' },
  prevYearOk: { sv: '{rows} för år {year}', en: '{rows} for {year}' },
  prevYearMissing: {
    sv: 'Huvudboken har inga rader för {year}: jämförelsekolumnerna är tomma',
    en: 'The ledger has no rows for {year}: the comparative columns are empty',
  },
  accruals: {
    sv: 'Periodiseringskonton (17xx, 29xx) med ingående saldo används vid periodens slut',
    en: 'Accrual accounts (17xx, 29xx) with an opening balance are in use at the period end',
  },
  accrualsOk: {
    sv: 'Inget periodiseringskonto med ingående saldo står på noll vid periodens slut',
    en: 'No accrual account with an opening balance stands at zero at the period end',
  },
  accrualsNoOpening: {
    sv: 'Området IngaendeBalans saknas: kontrollen kan inte göras',
    en: 'The range IngaendeBalans is missing: the check cannot be made',
  },
  accrualsBad: {
    sv: 'Periodiseringskonton med ingående saldo som står på noll {date} ({count} st.): {list}. Periodens kostnader och intäkter kan vara ofullständiga: har periodiseringarna bokats?',
    en: 'Accrual accounts with an opening balance that stand at zero on {date} ({count}): {list}. The period’s costs and income may be incomplete: were the accruals booked?',
  },
  accrualAt: { sv: '{account} (IB {amount} kr)', en: '{account} (opening {amount})' },
  ccWithoutPlan: { sv: 'Kostnadsställen med kostnader har budget eller prognos', en: 'Cost centres with costs have a budget or a forecast' },
  ccWithoutPlanOk: {
    sv: 'Alla kostnadsställen med nettokostnad har budget eller angiven prognos',
    en: 'Every cost centre with a net cost has a budget or an entered forecast',
  },
  ccWithoutPlanBad: {
    sv: 'Nettokostnad utan budget och utan angiven prognos ({count} st.): {list}',
    en: 'Net cost without a budget and without an entered forecast ({count}): {list}',
  },
  ccSpent: { sv: '{code} ({amount} kr)', en: '{code} ({amount})' },
  forecastBelow: { sv: 'Ingen prognos under utfallet hittills', en: 'No forecast below the actual to date' },
  forecastBelowOk: {
    sv: 'Ingen angiven prognos har lägre nettokostnad än utfallet hittills',
    en: 'No entered forecast has a lower net cost than the actual to date',
  },
  forecastBelowBad: {
    sv: 'Angivna prognoser med lägre nettokostnad än utfallet hittills, används som angivna ({count} st.): {list}',
    en: 'Entered forecasts with a lower net cost than the actual to date, used as entered ({count}): {list}',
  },
  forecastBelowAt: { sv: '{code} (prognos {forecast} kr, utfall {actual} kr)', en: '{code} (forecast {forecast}, actual {actual})' },
  forecastFloored: {
    sv: 'Beräknade prognoser under utfallet har höjts till utfallet ({count} st.): {list}',
    en: 'Computed forecasts below the actual were raised to the actual ({count}): {list}',
  },
  contribTiming: {
    sv: 'Bokförda medlemsbidrag följer finansieringsplanen för perioden',
    en: 'Booked contributions follow the financing plan for the period',
  },
  contribTimingOk: {
    sv: 'Bokfört {booked} kr, plan {period} {plan} kr: skillnaden {diff} kr ligger inom avvikelsegränsen {pct} av planen',
    en: 'Booked {booked}, plan {period} {plan}: the difference {diff} is within the variance threshold, {pct} of the plan',
  },
  contribTimingBad: {
    sv: 'Bokfört {booked} kr, plan {period} {plan} kr: skillnaden {diff} kr är större än avvikelsegränsen {pct} av planen',
    en: 'Booked {booked}, plan {period} {plan}: the difference {diff} exceeds the variance threshold, {pct} of the plan',
  },
  contribTimingMembers: { sv: 'Per medlem, bokfört − plan (kr): {list}', en: 'Per member, booked − plan: {list}' },
  contribTimingPrepaid: {
    sv: 'Förslag: periodisera {amount} kr som förutbetald intäkt (konto 29xx), så att perioden bär planens bidrag',
    en: 'Suggestion: defer {amount} as prepaid income (förutbetald intäkt, account 29xx), so that the period carries the plan’s contributions',
  },
  contribTimingAccrued: {
    sv: 'Förslag: boka {amount} kr som upplupen intäkt (konto 17xx), så att perioden bär planens bidrag',
    en: 'Suggestion: book {amount} as accrued income (upplupen intäkt, account 17xx), so that the period carries the plan’s contributions',
  },
});

export type CheckTextKey = CatalogueKey<typeof CHECK_TEXTS>;

/** The check text `key` in `lang`, with `{name}` placeholders filled from `params`. */
export const ct = CHECK_TEXTS.t;

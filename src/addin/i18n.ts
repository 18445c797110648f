/**
 * The task pane's texts, Swedish first with English. The report language setting switches
 * them. Messages about input problems come from the core's catalogue (`formatProblem`), not
 * from here.
 */
import { defineCatalogue, type CatalogueKey, type Lang } from '../core';

const TEXTS = defineCatalogue({
  appTitle: { sv: 'Delårsrapport', en: 'Interim report' },
  appIntro: {
    sv: 'Läser arbetsbokens namngivna områden och skriver rapportens blad i samma arbetsbok.',
    en: "Reads the workbook's named ranges and writes the report's sheets into the same workbook.",
  },
  loading: { sv: 'Läser arbetsboken …', en: 'Reading the workbook …' },
  rangesHeading: { sv: 'Områden i arbetsboken', en: 'Ranges in the workbook' },
  rangeRows: { sv: '{rows} rader', en: '{rows} rows' },
  rangeTable: { sv: 'tabell', en: 'table' },
  rangeMissingRequired: { sv: 'saknas – krävs', en: 'missing – required' },
  rangeMissingBalance: {
    sv: 'saknas – behövs för balansräkning och finansieringsanalys',
    en: 'missing – needed for the balance sheet and cash flow',
  },
  rangeMissingOptional: { sv: 'saknas (valfritt)', en: 'missing (optional)' },
  issue_notRange: { sv: 'namnet är inget område ({detail})', en: 'the name is not a range ({detail})' },
  issue_error: { sv: 'namnet pekar på ett fel ({detail})', en: 'the name refers to an error ({detail})' },
  issue_multiArea: {
    sv: 'namnet har flera delområden; ett område måste vara ett enda rektangulärt block ({detail})',
    en: 'the name has several areas; a range must be one rectangular block ({detail})',
  },
  issue_external: {
    sv: 'namnet pekar på en annan arbetsbok; kopiera in data i den här arbetsboken ({detail})',
    en: 'the name refers to another workbook; copy the data into this workbook ({detail})',
  },
  issue_sheetScoped: {
    sv: 'namnet gäller bara ett blad; gör det till ett namn för hela arbetsboken i Namnhanteraren ({detail})',
    en: 'the name belongs to one sheet only; make it a workbook name in the Name Manager ({detail})',
  },
  issue_noHeader: {
    sv: 'tabellen visar ingen rubrikrad; slå på rubrikraden ({detail})',
    en: 'the table shows no header row; turn the header row on ({detail})',
  },
  issue_formula: {
    sv: 'namnet är en formel, inte ett fast område ({detail}); namnge cellerna direkt eller gör dem till en tabell',
    en: 'the name is a formula, not a fixed range ({detail}); name the cells directly or make them a table',
  },
  settingsHeading: { sv: 'Inställningar', en: 'Settings' },
  year: { sv: 'Räkenskapsår', en: 'Fiscal year' },
  period: { sv: 'Till och med månad', en: 'Through month' },
  language: { sv: 'Rapportens språk', en: 'Report language' },
  langSv: { sv: 'Svenska', en: 'Swedish' },
  langEn: { sv: 'Engelska', en: 'English' },
  fromData: { sv: 'enligt data: {value}', en: 'from the data: {value}' },
  yearInvalid: { sv: 'Ange ett år mellan 1900 och 2199.', en: 'Enter a year between 1900 and 2199.' },
  createReport: { sv: 'Skapa rapport', en: 'Create report' },
  refresh: { sv: 'Läs arbetsboken igen', en: 'Read the workbook again' },
  insertExample: { sv: 'Infoga exempeldata', en: 'Insert example data' },
  insertExampleHint: {
    sv: 'Fyller en tom arbetsbok med ett exempel på huvudbok, ingående balans och budget.',
    en: 'Fills an empty workbook with an example ledger, opening balance and budget.',
  },
  exampleInserted: { sv: 'Exempeldata infogad på bladen {sheets}.', en: 'Example data inserted on the sheets {sheets}.' },
  importSie: { sv: 'Importera SIE-fil', en: 'Import SIE file' },
  importSieHint: {
    sv: 'Läser en SIE 4-fil (.se, .si) från bokföringssystemet och skriver huvudbok, ingående balans, kontoplan m.m. på nya blad. Dina egna blad ändras inte.',
    en: 'Reads a SIE 4 file (.se, .si) from the accounting system and writes the ledger, opening balance, chart of accounts etc. on new sheets. Your own sheets are not changed.',
  },
  step_parsingFile: { sv: 'Läser SIE-filen {name} …', en: 'Reading the SIE file {name} …' },
  importHeading: { sv: 'Import från {file}', en: 'Import from {file}' },
  importDone: {
    sv: 'Områdena från filen finns nu i arbetsboken. Dina egna blad ändrades inte.',
    en: "The file's ranges are now in the workbook. Your own sheets were not changed.",
  },
  importDoneNothingWritten: {
    sv: 'Arbetsboken har redan egna områden för allt filen innehåller; inget skrevs.',
    en: 'The workbook already has its own ranges for everything in the file; nothing was written.',
  },
  importNotWrittenErrors: {
    sv: 'Filen har fel och importerades inte: arbetsboken är oförändrad. Rätta felen nedan (eller exportera filen igen) och försök på nytt.',
    en: 'The file has errors and was not imported: the workbook is unchanged. Correct the errors below (or export the file again) and try again.',
  },
  importNotWrittenEmpty: {
    sv: 'Filen innehöll inget att importera (inga verifikationer, saldon, konton eller kostnadsställen). Arbetsboken är oförändrad.',
    en: 'The file held nothing to import (no vouchers, balances, accounts or cost centres). The workbook is unchanged.',
  },
  importFromFileHeading: { sv: 'Från filen', en: 'From the file' },
  importWritten: { sv: '{rows} rader → bladet {sheet}', en: '{rows} rows → sheet {sheet}' },
  importReplacedBroken: {
    sv: 'ersätter namnet {name}, som pekade på ett fel',
    en: 'replaces the name {name}, which referred to an error',
  },
  importUserKept: {
    sv: 'filens {rows} rader skrevs inte: ditt eget område {name} ({reference}) behålls',
    en: "the file's {rows} rows were not written: your own range {name} ({reference}) is kept",
  },
  importUserKeptHint: {
    sv: 'Vill du använda filens i stället: ta bort eller byt namn på ditt område (Formler → Namnhanteraren) och importera igen.',
    en: "To use the file's instead: delete or rename your range (Formulas → Name Manager) and import again.",
  },
  importUserOnlyHeading: { sv: 'Dina egna områden (finns inte i filen)', en: 'Your own ranges (not in the file)' },
  importUserOnly: { sv: 'ditt eget: {reference}', en: 'your own: {reference}' },
  importSheetsReplaced: { sv: 'Ersatte bladen från förra importen: {sheets}.', en: 'Replaced the sheets of the previous import: {sheets}.' },
  importCreateNext: { sv: 'Nästa steg: skapa rapporten från de importerade områdena.', en: 'Next: create the report from the imported ranges.' },
  importProblemsHeading: { sv: 'Anmärkningar om filen', en: 'Notes on the file' },
  reconciliationHeading: { sv: 'Avstämning mot filens saldon', en: "Reconciliation with the file's balances" },
  reconciliationOk: {
    sv: 'Verifikationerna ger exakt filens utgående balanser (#UB) och resultat (#RES).',
    en: "The vouchers give exactly the file's closing balances (#UB) and results (#RES).",
  },
  reconciliationNone: {
    sv: 'Filen anger inga utgående balanser eller resultat att stämma av mot.',
    en: 'The file states no closing balances or results to reconcile with.',
  },
  reconAccount: { sv: 'Konto', en: 'Account' },
  reconExpected: { sv: 'Enligt filen', en: 'In the file' },
  reconActual: { sv: 'Enligt verifikationerna', en: 'From the vouchers' },
  reconDifference: { sv: 'Skillnad', en: 'Difference' },
  reconKind_balance: { sv: 'UB', en: 'closing' },
  reconKind_result: { sv: 'RES', en: 'result' },
  fileNotRead: { sv: 'Filen kunde inte läsas: {message}', en: 'The file could not be read: {message}' },
  progressLabel: { sv: 'Förlopp', en: 'Progress' },
  step_reading: { sv: 'Läser områden …', en: 'Reading ranges …' },
  step_readingRows: { sv: 'Läser områden: {done} av {total} rader', en: 'Reading ranges: {done} of {total} rows' },
  step_checking: { sv: 'Kontrollerar …', en: 'Checking …' },
  step_calculating: { sv: 'Beräknar …', en: 'Calculating …' },
  step_writing: { sv: 'Skriver blad {n} av {m}: {name}', en: 'Writing sheet {n} of {m}: {name}' },
  resultHeading: { sv: 'Rapporten är klar', en: 'The report is done' },
  resultPeriod: { sv: 'Period', en: 'Period' },
  resultAmount: { sv: 'Periodens resultat', en: 'Result for the period' },
  balanceOk: { sv: 'Balansräkningen balanserar', en: 'The balance sheet balances' },
  balanceNotOk: { sv: 'Balansräkningen balanserar inte – se bladet Kontroller', en: 'The balance sheet does not balance – see the Checks sheet' },
  warningCount: { sv: '{n} varningar', en: '{n} warnings' },
  warningCountOne: { sv: '1 varning', en: '1 warning' },
  checksCounted: { sv: 'Kontroller: {ok} OK, {warning} Varning, {error} Fel', en: 'Checks: {ok} OK, {warning} Warning, {error} Error' },
  sheetsWritten: { sv: 'Skrivna blad: {sheets}', en: 'Sheets written: {sheets}' },
  sheetsReplaced: {
    sv: 'Rapportbladen från förra körningen skrevs om; dina formler som pekar på dem fungerar som förut.',
    en: 'The report sheets of the previous run were rewritten; your formulas that point at them still work.',
  },
  sheetsWrittenHeading: { sv: 'Skrivna blad', en: 'Sheets written' },
  // saving the report as PDF (ResultPanel)
  pdfHeading: { sv: 'Spara som PDF', en: 'Save as PDF' },
  pdfHowTo: {
    sv: 'Rapportbladen är inställda för utskrift (A4, en sida bred, sidfot med sidnummer). Välj Arkiv → Exportera → Skapa PDF/XPS (eller Arkiv → Spara som → PDF). Under Alternativ väljer du "Hela arbetsboken", eller markera först rapportbladen (Ctrl-klicka på flikarna) och välj "Aktiva blad".',
    en: 'The report sheets are set up for printing (A4, one page wide, a footer with page numbers). Choose File → Export → Create PDF/XPS (or File → Save As → PDF). Under Options choose "Entire workbook", or first select the report sheets (Ctrl-click their tabs) and choose "Active sheets".',
  },
  pdfNoPrintSetup: {
    sv: 'Den här Excel-versionen kunde inte ställa in utskriften av rapportbladen; ställ in A4 och "Anpassa alla kolumner på en sida" under Arkiv → Skriv ut innan du sparar som PDF.',
    en: 'This version of Excel could not set up the report sheets for printing; choose A4 and "Fit all columns on one page" under File → Print before saving as PDF.',
  },
  openSheet: { sv: 'Gå till bladet {sheet}', en: 'Go to the sheet {sheet}' },
  drillHeading: { sv: 'Resultaträkningens rader (markera verifikationerna)', en: 'Income statement lines (select the transactions)' },
  drillBalanceHeading: { sv: 'Balansräkningens rader', en: 'Balance sheet lines' },
  drillCostCentresHeading: { sv: 'Kostnadsställen', en: 'Cost centres' },
  drillLine: {
    sv: 'Markera verifikationerna bakom {line}, {amount} kr, på bladet {sheet}',
    en: 'Select the transactions behind {line}, SEK {amount}, on the sheet {sheet}',
  },
  moreActions: { sv: 'Fler åtgärder', en: 'More actions' },
  emptyWorkbook: {
    sv: 'Arbetsboken har inga områden ännu, så det finns ingen rapport att skapa. Börja med att importera en SIE-fil från bokföringssystemet eller infoga exempeldata.',
    en: 'The workbook has no ranges yet, so there is no report to create. Start by importing a SIE file from the accounting system or inserting example data.',
  },
  createDisabledEmpty: { sv: 'Skapa rapport kräver en huvudbok i arbetsboken.', en: 'Create report needs a ledger in the workbook.' },
  showDetails: { sv: 'Visa detaljer', en: 'Show details' },
  hideDetails: { sv: 'Dölj detaljer', en: 'Hide details' },
  errorMessage: { sv: 'Meddelande från Excel: {message}', en: 'Message from Excel: {message}' },
  errorLocation: { sv: 'Plats: {location}', en: 'Location: {location}' },
  notWritten: {
    sv: 'Rapporten skrevs inte: rätta felen nedan och försök igen. Arbetsboken är oförändrad.',
    en: 'The report was not written: correct the errors below and try again. The workbook is unchanged.',
  },
  problemsHeading: { sv: 'Fel och varningar', en: 'Errors and warnings' },
  problemsHint: { sv: 'Välj en rad för att gå till cellen.', en: 'Choose a row to go to the cell.' },
  noProblems: { sv: 'Inga fel eller varningar.', en: 'No errors or warnings.' },
  severity_error: { sv: 'Fel', en: 'Error' },
  severity_warning: { sv: 'Varning', en: 'Warning' },
  goToCell: { sv: 'Gå till {cell}', en: 'Go to {cell}' },
  officeErrorTitle: { sv: 'Excel kunde inte slutföra åtgärden', en: 'Excel could not complete the action' },
  errorCode: { sv: 'Felkod: {code}', en: 'Error code: {code}' },
  dismiss: { sv: 'Stäng', en: 'Close' },
  notInExcel: {
    sv: 'Tillägget körs inte i Excel. Öppna det från fliken Start i Excel.',
    en: 'The add-in is not running in Excel. Open it from the Home tab in Excel.',
  },
  // What to do, per Office error code (and our own codes).
  do_RequestPayloadSizeLimitExceeded: {
    sv: 'Förfrågan blev för stor för Excel på webben. Försök igen; fortsätter felet, öppna arbetsboken i Excel för skrivbordet.',
    en: 'The request was too large for Excel on the web. Try again; if it persists, open the workbook in desktop Excel.',
  },
  do_ResponsePayloadSizeLimitExceeded: {
    sv: 'Svaret blev för stort för Excel på webben. Försök igen; fortsätter felet, öppna arbetsboken i Excel för skrivbordet.',
    en: 'The response was too large for Excel on the web. Try again; if it persists, open the workbook in desktop Excel.',
  },
  do_InvalidOperationInCellEditMode: {
    sv: 'En cell redigeras. Tryck Enter eller Esc i arbetsboken och försök igen.',
    en: 'A cell is being edited. Press Enter or Esc in the workbook and try again.',
  },
  do_ItemNotFound: {
    sv: 'Ett blad eller namn finns inte längre. Välj "Läs arbetsboken igen" och försök igen.',
    en: 'A sheet or name no longer exists. Choose "Read the workbook again" and try again.',
  },
  do_ItemAlreadyExists: {
    sv: 'Ett blad eller namn finns redan. Välj "Läs arbetsboken igen" och försök igen.',
    en: 'A sheet or name already exists. Choose "Read the workbook again" and try again.',
  },
  do_AccessDenied: {
    sv: 'Arbetsboken går inte att ändra (skrivskyddad eller skyddad). Ta bort skyddet eller spara en kopia och försök igen.',
    en: 'The workbook cannot be changed (read-only or protected). Remove the protection or save a copy and try again.',
  },
  do_InvalidArgument: {
    sv: 'Excel godtog inte ett värde. Kontrollera namnen på områdena och försök igen.',
    en: 'Excel did not accept a value. Check the names of the ranges and try again.',
  },
  do_InvalidReference: {
    sv: 'Ett namn pekar på ett ogiltigt område. Kontrollera namnen under Formler → Namnhanteraren.',
    en: 'A name refers to an invalid range. Check the names under Formulas → Name Manager.',
  },
  do_ApiNotFound: {
    sv: 'Den här Excel-versionen saknar en funktion som tillägget behöver. Uppdatera Excel eller använd Excel på webben.',
    en: 'This Excel version lacks a feature the add-in needs. Update Excel or use Excel on the web.',
  },
  do_GeneralException: {
    sv: 'Excel rapporterade ett internt fel. Försök igen; spara och öppna arbetsboken på nytt om felet kvarstår.',
    en: 'Excel reported an internal error. Try again; save and reopen the workbook if it persists.',
  },
  do_WorkbookNotEmpty: {
    sv: 'Exempeldata infogas bara i en tom arbetsbok. Skapa en ny tom arbetsbok och försök där.',
    en: 'Example data is only inserted into an empty workbook. Create a new empty workbook and try there.',
  },
  do_SieTooLarge: {
    sv: 'Filen har fler rader än ett Excel-blad rymmer. Exportera en kortare period, eller använd kommandoradsverktyget (finsam-rapport fil.se).',
    en: 'The file has more rows than an Excel sheet holds. Export a shorter period, or use the command-line tool (finsam-rapport file.se).',
  },
  do_SheetProtected: {
    sv: 'Bladet "{sheet}" är skyddat, så rapporten kan inte skrivas där. Ta bort skyddet (Granska → Ta bort skydd för blad) och försök igen. Inget har ändrats.',
    en: 'The sheet "{sheet}" is protected, so the report cannot be written there. Unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.',
  },
  do_Date1904: {
    sv: 'Arbetsboken använder 1904-datumsystemet, så alla datum skulle bli fel med 1 462 dagar. Slå av det (Arkiv → Alternativ → Avancerat → "Använd 1904 datumsystem") eller kör kommandoradsverktyget på filen. Inget har ändrats.',
    en: 'The workbook uses the 1904 date system, so every date would be 1,462 days off. Turn it off (File → Options → Advanced → "Use 1904 date system") or run the command-line tool on the file. Nothing was changed.',
  },
  do_RangeExceedsLimit: {
    sv: 'Ett område var för stort för Excel även i mindre delar. Försök igen; fortsätter felet, använd Excel för skrivbordet.',
    en: 'A range was too large for Excel even in smaller parts. Try again; if it persists, use desktop Excel.',
  },
  do_default: {
    sv: 'Försök igen. Om felet kvarstår, spara arbetsboken, stäng och öppna den igen.',
    en: 'Try again. If it persists, save the workbook, close it and open it again.',
  },
  // the language tag the pane's FluentProvider gets
  locale: { sv: 'sv-SE', en: 'en' },
});

export type TextKey = CatalogueKey<typeof TEXTS>;

/** The text `key` in `lang` with `{param}` placeholders filled in. */
export const tr = TEXTS.t;

/** True when the table has a text for `key` (used for per-error-code advice). */
export const hasText = TEXTS.has;

/**
 * The pane's language from Office's display language (`Office.context.displayLanguage`, e.g.
 * `sv-SE`, `en-GB`): English for English, Swedish for everything else (Swedish first).
 */
export function paneLanguage(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** What the user should do about an Office (or add-in) error code; `sheet` fills `{sheet}`. */
export function adviceFor(code: string | undefined, lang: Lang, about: { sheet?: string } = {}): string {
  const key = `do_${code ?? 'default'}`;
  return tr(hasText(key) ? key : 'do_default', lang, about.sheet !== undefined ? { sheet: about.sheet } : {});
}

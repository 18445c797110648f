/**
 * The command line's own texts, Swedish first and English second. Input problems are worded
 * by the core's message catalogue (`formatProblem`); these are the texts around them.
 */
import { defineCatalogue, type Lang } from '../core';
import type { WorkbookFeature } from '../xlsx/features';
import type { WorkbookFormatProblem } from '../xlsx/package';
import type { ScopedName, SkippedName } from '../xlsx/readWorkbook';
import type { SpliceProblem } from '../xlsx/splice/errors';
import type { UsageError } from './args';
import type { WriteError } from './files';

const TEXTS = defineCatalogue({
  usage: {
    sv: `Användning: finsam-rapport <arbetsbok.xlsx> [--out <rapport.xlsx>] [--year <ÅÅÅÅ>] [--period <1-12>]
                      [--lang sv|en] [--json <modell.json>] [--pdf <rapport.pdf>] [--transaction-rows <n>] [--in-place]

Läser arbetsbokens namngivna områden (Huvudbok, IngaendeBalans, Kontoplan, Budget …) och
skriver en kopia av arbetsboken med rapportbladen tillagda. En SIE 4-fil (.se) kan läsas
direkt; rapporten skrivs då till en ny arbetsbok.

       finsam-rapport import-sie <fil.se> [--out <arbetsbok.xlsx>] [--force] [--lang sv|en]
                      skriver SIE-filens områden till en ny arbetsbok (--force: skriv över en som finns)

  --out <fil>       var kopian skrivs (standard: <namn>-rapport.xlsx bredvid arbetsboken)
  --year <ÅÅÅÅ>     räkenskapsår (ersätter inställningen Räkenskapsår)
  --period <1-12>   till och med månad (ersätter inställningen Period)
  --lang sv|en      rapportens språk (ersätter inställningen Språk)
  --json <fil>      skriv även rapportmodellen som JSON, med exakta belopp
  --pdf <fil>       skriv även rapporten som en PDF med försättsblad (kräver LibreOffice)
  --transaction-rows <n>
                    högst n verifikationsrader på bladet Verifikationer (ersätter inställningen
                    Verifikationer max rader, standard 20 000 per blad; 0 = inget blad)
  --in-place        lägg rapporten i själva arbetsboken (via en temporär fil)
  -h, --help        visa den här hjälpen
  --version         visa versionen

Slutkoder: 0 klart, 1 fel i arbetsboken eller vid skrivning (inget skrevs), 2 felaktigt kommando.`,
    en: `Usage: finsam-rapport <workbook.xlsx> [--out <report.xlsx>] [--year <YYYY>] [--period <1-12>]
                      [--lang sv|en] [--json <model.json>] [--pdf <report.pdf>] [--transaction-rows <n>] [--in-place]

Reads the workbook's named ranges (Huvudbok, IngaendeBalans, Kontoplan, Budget …) and writes
a copy of the workbook with the report sheets added. A SIE 4 file (.se) can be read directly;
the report then goes to a new workbook.

       finsam-rapport import-sie <file.se> [--out <workbook.xlsx>] [--force] [--lang sv|en]
                      writes the SIE file's ranges to a new workbook (--force: overwrite one that exists)

  --out <file>      where the copy is written (default: <name>-rapport.xlsx beside the workbook)
  --year <YYYY>     fiscal year (overrides the setting Räkenskapsår)
  --period <1-12>   through month (overrides the setting Period)
  --lang sv|en      report language (overrides the setting Språk)
  --json <file>     also write the report model as JSON, with exact amounts
  --pdf <file>      also write the report as one PDF with a cover page (needs LibreOffice)
  --transaction-rows <n>
                    at most n ledger rows on the Transactions sheet (overrides the setting
                    Verifikationer max rader, default 20,000 per sheet; 0 = no sheet)
  --in-place        put the report into the workbook itself (through a temporary file)
  -h, --help        show this help
  --version         show the version

Exit codes: 0 done, 1 input or write error (nothing written), 2 usage error.`,
  },
  sieUsage: {
    sv: 'Användning: finsam-rapport import-sie <fil.se> [--out <arbetsbok.xlsx>] [--force] [--lang sv|en]\n  --force  skriv över en arbetsbok som redan finns',
    en: 'Usage: finsam-rapport import-sie <file.se> [--out <workbook.xlsx>] [--force] [--lang sv|en]\n  --force  overwrite a workbook that already exists',
  },
  sieBadArgument: { sv: 'felaktigt argument', en: 'bad argument' },
  // usage errors, by UsageError code
  usage_unknownOption: { sv: 'Okänt alternativ: {option}', en: 'Unknown option: {option}' },
  usage_missingValue: { sv: '{option} behöver ett värde.', en: '{option} needs a value.' },
  usage_repeatedOption: { sv: '{option} är angivet mer än en gång.', en: '{option} is given more than once.' },
  usage_badYear: {
    sv: '--year ska vara ett år med fyra siffror, t.ex. 2024 (fick "{value}").',
    en: '--year must be a four-digit year such as 2024 (got "{value}").',
  },
  usage_badPeriod: { sv: '--period ska vara en månad 1–12 (fick "{value}").', en: '--period must be a month 1–12 (got "{value}").' },
  usage_badTransactionRows: {
    sv: '--transaction-rows ska vara ett heltal 0–1 000 000 (fick "{value}").',
    en: '--transaction-rows must be a whole number 0–1,000,000 (got "{value}").',
  },
  usage_badLang: { sv: '--lang ska vara sv eller en (fick "{value}").', en: '--lang must be sv or en (got "{value}").' },
  usage_noInput: { sv: 'Ange arbetsboken att läsa.', en: 'Name the workbook to read.' },
  usage_extraArgument: { sv: 'Bara en arbetsbok kan anges (fick även "{value}").', en: 'Only one workbook can be given (also got "{value}").' },
  usage_outAndInPlace: { sv: '--out och --in-place kan inte användas tillsammans.', en: '--out and --in-place cannot be used together.' },
  usage_inputMissing: { sv: 'Arbetsboken finns inte: {value}', en: 'The workbook does not exist: {value}' },
  usage_inputNotAFile: { sv: 'Inte en fil: {value}', en: 'Not a file: {value}' },
  usage_outIsInput: {
    sv: '--out pekar på arbetsboken själv ({value}). Ange --in-place om rapporten ska läggas i arbetsboken.',
    en: '--out points at the workbook itself ({value}). Give --in-place to put the report into the workbook.',
  },
  usage_macrosNeedXlsm: {
    sv: 'Arbetsboken innehåller makron, så kopian måste sluta på .xlsm – annars öppnar Excel den inte (fick {value}).',
    en: 'The workbook contains macros, so the copy must end in .xlsm – Excel will not open it otherwise (got {value}).',
  },
  usage_inPlaceSie: {
    sv: '--in-place går inte med en SIE-fil ({value}): rapporten skrivs till en ny arbetsbok (--out).',
    en: '--in-place does not work with a SIE file ({value}): the report is written to a new workbook (--out).',
  },
  usage_inPlaceHardLinked: {
    sv: '{value} har flera namn (hårda länkar). --in-place skulle bara ge det här namnet den nya arbetsboken och lämna den gamla kvar under de andra. Inget skrevs. Använd --out, eller ta bort de andra länkarna först.',
    en: '{value} has several names (hard links). --in-place would give only this name the new workbook and leave the old one under the others. Nothing was written. Use --out, or remove the other links first.',
  },
  usage_jsonIsInput: { sv: '--json pekar på arbetsboken eller rapportfilen ({value}).', en: '--json points at the workbook or the report file ({value}).' },
  usage_pdfIsInput: {
    sv: '--pdf pekar på arbetsboken, rapportfilen eller JSON-filen ({value}).',
    en: '--pdf points at the workbook, the report file or the JSON file ({value}).',
  },
  // workbooks this tool cannot read, by WorkbookFormatProblem
  format_damaged: {
    sv: '{file} är skadad (delen {part} går inte att läsa). Öppna arbetsboken i Excel, låt Excel reparera den och spara den, och försök igen.',
    en: '{file} is damaged (its part {part} cannot be read). Open the workbook in Excel, let Excel repair it, save it, and try again.',
  },
  format_tooLarge: {
    sv: '{file} kan inte läsas: delen {part} packas upp till mer än en arbetsbok kan innehålla (en "zip-bomb" eller en skadad fil). Inget lästes vidare.',
    en: '{file} cannot be read: its part {part} inflates to more than a workbook can hold (a "zip bomb" or a damaged file). Nothing more was read.',
  },
  format_notXlsx: { sv: '{file} är ingen .xlsx-arbetsbok.', en: '{file} is not an .xlsx workbook.' },
  format_encryptedOrXls: {
    sv: '{file} är en äldre .xls-fil eller en lösenordsskyddad arbetsbok. Spara den som .xlsx utan lösenord och försök igen.',
    en: '{file} is an old .xls file or a password-protected workbook. Save it as .xlsx without a password and try again.',
  },
  format_noWorkbook: { sv: '{file} är en zip-fil men ingen Excel-arbetsbok.', en: '{file} is a zip file but not an Excel workbook.' },
  format_strict: {
    sv: '{file} är sparad som "Strikt Open XML". Spara den som vanlig Excel-arbetsbok (.xlsx) och försök igen.',
    en: '{file} is saved as "Strict Open XML". Save it as an ordinary Excel workbook (.xlsx) and try again.',
  },
  // names that were not read, by SkippedName reason
  skipped: { sv: 'Namnet {name} ({ref}) {why} och lästes inte.{hint}', en: 'The name {name} ({ref}) {why} and was not read.{hint}' },
  skipped_refError: { sv: 'hänvisar till #REF! (raderade celler)', en: 'refers to #REF! (deleted cells)' },
  skipped_external: { sv: 'hänvisar till en annan arbetsbok', en: 'refers to another workbook' },
  skipped_multiArea: { sv: 'består av flera områden', en: 'consists of several areas' },
  skipped_notARange: { sv: 'är ingen cellreferens (en formel eller ett värde)', en: 'is not a cell reference (a formula or a value)' },
  skipped_formula: { sv: 'är en formel, inte ett fast område,', en: 'is a formula, not a fixed range,' },
  skipped_unknownSheet: { sv: 'hänvisar till ett blad som inte finns', en: 'refers to a sheet that does not exist' },
  skipped_notAWorksheet: { sv: 'hänvisar till ett diagramblad', en: 'refers to a chart sheet' },
  skipped_sheetScoped: { sv: 'gäller bara bladet {scope} (bladnivå)', en: 'belongs to the sheet {scope} only (sheet-scoped)' },
  skippedHint_formula: {
    sv: 'Namnge cellerna direkt, t.ex. Data!$A$1:$H$500, eller gör dem till en tabell.',
    en: 'Name the cells directly, e.g. Data!$A$1:$H$500, or make them a table.',
  },
  skippedHint_sheetScoped: {
    sv: 'Flera blad har ett namn {name} och inget gäller hela arbetsboken; ge ett av dem arbetsboken som omfång (Formler → Namnhanteraren).',
    en: 'Several sheets have a name {name} and none is workbook-scoped; give one of them the workbook as its scope (Formulas → Name Manager).',
  },
  scopedName: {
    sv: 'Namnet {name} ({ref}) gäller bara bladet {scope} (bladnivå); det används eftersom inget annat namn heter så.',
    en: 'The name {name} ({ref}) belongs to the sheet {scope} only (sheet-scoped); it is used because no other name is called that.',
  },
  // what a copy of the workbook keeps, by WorkbookFeature
  feature_charts: { sv: 'diagram', en: 'charts' },
  feature_pivotTables: { sv: 'pivottabeller', en: 'pivot tables' },
  feature_macros: { sv: 'makron', en: 'macros' },
  feature_slicers: { sv: 'utsnitt', en: 'slicers' },
  feature_externalLinks: { sv: 'länkar till andra arbetsböcker', en: 'links to other workbooks' },
  feature_images: { sv: 'bilder', en: 'images' },
  feature_controls: { sv: 'formulärkontroller', en: 'form controls' },
  feature_comments: { sv: 'kommentarer', en: 'comments' },
  feature_dataModel: { sv: 'en datamodell', en: 'a data model' },
  // why the report could not go into the workbook, by SpliceProblem
  splice_noWorkbook: { sv: 'arbetsboken kunde inte öppnas', en: 'the workbook could not be opened' },
  splice_strict: { sv: 'arbetsboken är sparad som Strikt Open XML', en: 'the workbook is saved as Strict Open XML' },
  splice_workbookPart: {
    sv: 'arbetsbokens bladlista har en form som verktyget inte kan ändra',
    en: "the workbook's sheet list has a form this tool cannot edit",
  },
  splice_styles: { sv: 'arbetsbokens formatmallar har en form som verktyget inte kan ändra', en: "the workbook's styles have a form this tool cannot edit" },
  // a run, step by step
  reading: { sv: (f: string) => `Läser ${f} …`, en: (f: string) => `Reading ${f} …` },
  computing: { sv: () => 'Beräknar rapporten …', en: () => 'Computing the report …' },
  writing: { sv: (f: string) => `Skriver ${f} …`, en: (f: string) => `Writing ${f} …` },
  errorsHeader: {
    sv: (n: number) => `${n === 1 ? 'Ett fel' : `${n} fel`} i arbetsboken – inget skrevs:`,
    en: (n: number) => `${n === 1 ? 'One error' : `${n} errors`} in the workbook – nothing was written:`,
  },
  warningsHeader: { sv: (n: number) => `Varningar (${n}):`, en: (n: number) => `Warnings (${n}):` },
  result: { sv: 'Periodens resultat', en: 'Result for the period' },
  resultYear: { sv: 'Årets resultat', en: 'Result for the year' },
  balance: { sv: 'Balanskontroll', en: 'Balance check' },
  balanceOk: { sv: 'OK', en: 'OK' },
  balanceFailed: { sv: 'FEL', en: 'FAILED' },
  warnings: { sv: 'Varningar', en: 'Warnings' },
  checksCounted: {
    sv: (c: { ok: number; warning: number; error: number }) => `Kontroller: ${c.ok} OK, ${c.warning} Varning, ${c.error} Fel`,
    en: (c: { ok: number; warning: number; error: number }) => `Checks: ${c.ok} OK, ${c.warning} Warning, ${c.error} Error`,
  },
  report: { sv: 'Delårsrapport', en: 'Interim report' },
  reportAnnual: { sv: 'Årsredovisning', en: 'Annual report' },
  ranges: { sv: 'Områden', en: 'Ranges' },
  table: { sv: 'tabell', en: 'table' },
  wrote: { sv: 'Skrev', en: 'Wrote' },
  replaced: {
    sv: (n: number) => `ersatte ${n} tidigare rapportblad`,
    en: (n: number) => `replaced ${n} earlier report sheet${n === 1 ? '' : 's'}`,
  },
  sheets: { sv: 'Rapportblad', en: 'Report sheets' },
  kept: {
    sv: (what: string) => `Arbetsbokens ${what} finns kvar oförändrade i kopian.`,
    en: (what: string) => `The workbook's ${what} are kept unchanged in the copy.`,
  },
  reportOnly: {
    sv: (why: string) => `Obs: rapporten skrevs som en egen arbetsbok med bara rapportbladen, eftersom ${why}. Arbetsboken är orörd.`,
    en: (why: string) => `Note: the report was written as a workbook of its own with only the report sheets, because ${why}. The workbook is untouched.`,
  },
  inPlaceRefused: {
    sv: (why: string) =>
      `Rapporten kan inte läggas in i arbetsboken eftersom ${why}; --in-place skulle ersätta den med en arbetsbok som bara innehåller rapporten. Inget skrevs. Använd --out för att skriva rapporten till en egen fil.`,
    en: (why: string) =>
      `The report cannot be put into the workbook because ${why}; --in-place would replace it with a workbook holding only the report. Nothing was written. Use --out to write the report to a file of its own.`,
  },
  writeFailed: {
    sv: (f: string, m: string) => `Kunde inte skriva ${f}: ${m}. Inget skrevs.`,
    en: (f: string, m: string) => `Could not write ${f}: ${m}. Nothing was written.`,
  },
  readFailed: {
    sv: (f: string, m: string) => `Kunde inte läsa ${f}: ${m}`,
    en: (f: string, m: string) => `Could not read ${f}: ${m}`,
  },
  publishCheckFailed: {
    sv: (f: string, part: string, m: string) =>
      `Den skrivna arbetsboken klarade inte kontrollen före publicering (del ${part}: ${m}); den skulle inte gå att öppna i Excel. ${f} skrevs inte och arbetsboken är orörd. Felet ligger i finsam-rapport, inte i arbetsboken: rapportera det gärna med arbetsboken bifogad.`,
    en: (f: string, part: string, m: string) =>
      `The written workbook failed the check before publishing (part ${part}: ${m}); Excel could not open it. ${f} was not written and the workbook is untouched. The fault is in finsam-rapport, not in the workbook: please report it with the workbook attached.`,
  },
  damagedPart: {
    sv: (f: string, part: string, m: string) => `${f} är skadad: delen ${part} är inte giltig XML (${m}). Öppna och spara arbetsboken i Excel och försök igen.`,
    en: (f: string, part: string, m: string) => `${f} is damaged: its part ${part} is not valid XML (${m}). Open and save the workbook in Excel and try again.`,
  },
  internal: {
    sv: (m: string) => `Internt fel i finsam-rapport: ${m}. Inget skrevs.`,
    en: (m: string) => `Internal error in finsam-rapport: ${m}. Nothing was written.`,
  },
  note: { sv: 'Obs', en: 'Note' },
  choseXlsm: {
    sv: (f: string) => `Obs: arbetsboken innehåller makron, så kopian heter ${f} (.xlsm) – Excel öppnar inte en arbetsbok med makron som .xlsx.`,
    en: (f: string) => `Note: the workbook contains macros, so the copy is named ${f} (.xlsm) – Excel will not open a workbook with macros as .xlsx.`,
  },
  xlsmWithoutMacros: {
    sv: (f: string) => `${f} slutar på .xlsm men innehåller inga makron; Excel kan vägra öppna den. Välj ett namn som slutar på .xlsx.`,
    en: (f: string) => `${f} ends in .xlsm but holds no macros; Excel may refuse to open it. Choose a name ending in .xlsx.`,
  },
  staleRemoved: {
    sv: (names: readonly string[], dir: string) =>
      `tog bort ${names.length === 1 ? 'en temporär fil' : `${names.length} temporära filer`} som en avbruten körning lämnade i ${dir}: ${names.join(', ')}`,
    en: (names: readonly string[], dir: string) =>
      `removed ${names.length === 1 ? 'a temporary file' : `${names.length} temporary files`} an interrupted run left in ${dir}: ${names.join(', ')}`,
  },
  interrupted: {
    sv: (signal: string) => `finsam-rapport: avbrutet (${signal}); de temporära filerna är borttagna.`,
    en: (signal: string) => `finsam-rapport: interrupted (${signal}); the temporary files are removed.`,
  },
  // --pdf (pdf.ts)
  pdfNoLibreOffice: {
    sv: (f: string) =>
      `PDF:en (${f}) kan inte skapas: LibreOffice finns inte på den här datorn. Inget skrevs. Installera LibreOffice (https://sv.libreoffice.org, eller paketet libreoffice-calc) och kör igen – eller kör utan --pdf, öppna rapporten i Excel och välj Arkiv → Exportera → Skapa PDF/XPS (eller Arkiv → Spara som → PDF, "Hela arbetsboken" eller de markerade rapportbladen).`,
    en: (f: string) =>
      `The PDF (${f}) cannot be made: LibreOffice is not installed on this computer. Nothing was written. Install LibreOffice (https://www.libreoffice.org, or the package libreoffice-calc) and run again – or run without --pdf, open the report in Excel and choose File → Export → Create PDF/XPS (or File → Save As → PDF, "Entire workbook" or the selected report sheets).`,
  },
  pdfFailed: {
    sv: (f: string, m: string) => `PDF:en (${f}) kunde inte skapas med LibreOffice: ${m}. Inget skrevs.`,
    en: (f: string, m: string) => `The PDF (${f}) could not be made with LibreOffice: ${m}. Nothing was written.`,
  },
  makingPdf: { sv: (f: string) => `Skapar PDF med LibreOffice: ${f} …`, en: (f: string) => `Making the PDF with LibreOffice: ${f} …` },
  // SIE import
  sieErrors: { sv: 'Fel i SIE-filen ({count}):', en: 'Errors in the SIE file ({count}):' },
  sieFromFile: { sv: 'Från SIE-filen', en: 'From the SIE file' },
  sieBasisPeriods: {
    sv: ' (huvudboken av periodsaldona #PSALDO 0: filen har inga verifikationer)',
    en: ' (the ledger from the period balances #PSALDO 0: the file has no vouchers)',
  },
  sieBasisAnnual: {
    sv: ' (huvudboken av årets saldon #RES 0 och #UB 0: filen har inga verifikationer)',
    en: ' (the ledger from the year’s balances #RES 0 and #UB 0: the file has no vouchers)',
  },
  sieWarnings: { sv: 'Varningar i SIE-filen ({count}):', en: 'Warnings in the SIE file ({count}):' },
  cutWarning: {
    sv: '{range} ({cell}): Texten har {length} tecken men en Excel-cell rymmer {max}; den kortades.',
    en: '{range} ({cell}): The text has {length} characters but an Excel cell holds {max}; it was cut.',
  },
  // writing refused
  writeOwner: {
    sv: 'Kunde inte skriva {file}: filens ägare kan inte behållas (den ägs av en annan användare). Inget skrevs.',
    en: "Could not write {file}: the file's owner cannot be kept (another user owns it). Nothing was written.",
  },
  writeExists: {
    sv: '{file} finns redan. Ange --force för att skriva över den, eller välj ett annat namn med --out. Inget skrevs.',
    en: '{file} already exists. Give --force to overwrite it, or choose another name with --out. Nothing was written.',
  },
});

/** The command line's text `key` in `lang`: a template with its `{name}` placeholders filled, or a function's result. */
export const t = TEXTS.t;

export function usageErrorText(e: UsageError, lang: Lang): string {
  return t(`usage_${e.code}`, lang, { option: e.option ?? '', value: e.value ?? '' });
}

export function formatProblemText(p: WorkbookFormatProblem, file: string, lang: Lang, part = '?'): string {
  return t(`format_${p}`, lang, { file, part });
}

export function skippedText(s: SkippedName, lang: Lang): string {
  const why = t(`skipped_${s.reason}`, lang, { scope: s.scope ?? '' });
  const hintKey = `skippedHint_${s.reason}`;
  const hint = TEXTS.has(hintKey) ? ' ' + t(hintKey, lang, { name: s.name }) : '';
  return t('skipped', lang, { name: s.name, ref: s.ref, why, hint });
}

/** A note for a sheet-scoped name that was read because it is the only one of its name. */
export function scopedNameText(s: ScopedName, lang: Lang): string {
  return t('scopedName', lang, { name: s.name, ref: s.ref, scope: s.scope });
}

export function featuresText(features: readonly WorkbookFeature[], lang: Lang): string {
  return features.map((f) => t(`feature_${f}`, lang)).join(', ');
}

export function spliceProblemText(p: SpliceProblem, lang: Lang): string {
  return t(`splice_${p}`, lang);
}

/** Why writing failed, naming the file that failed (the report, the JSON, an import). */
export function writeErrorText(e: WriteError, lang: Lang): string {
  if (e.kind === 'refused') return t(e.reason === 'owner' ? 'writeOwner' : 'writeExists', lang, { file: e.file });
  return t('writeFailed', lang, e.file, e.message);
}

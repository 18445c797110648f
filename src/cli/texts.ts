/**
 * The command line's own texts, Swedish first and English second. Input problems are worded
 * by the core's message catalogue (`formatProblem`); these are the texts around them.
 */
import type { Lang } from '../core';
import type { WorkbookFeature } from '../xlsx/features';
import type { WorkbookFormatProblem } from '../xlsx/package';
import type { ScopedName, SkippedName } from '../xlsx/readWorkbook';
import type { SpliceProblem } from '../xlsx/splice/errors';
import type { UsageError } from './args';
import { WriteFailed, WriteRefused } from './files';

type Texts = Record<Lang, string>;

export const USAGE: Texts = {
  sv: `Användning: finsam-rapport <arbetsbok.xlsx> [--out <rapport.xlsx>] [--year <ÅÅÅÅ>] [--period <1-12>]
                      [--lang sv|en] [--json <modell.json>] [--in-place]

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
  --in-place        lägg rapporten i själva arbetsboken (via en temporär fil)
  -h, --help        visa den här hjälpen
  --version         visa versionen

Slutkoder: 0 klart, 1 fel i arbetsboken eller vid skrivning (inget skrevs), 2 felaktigt kommando.`,
  en: `Usage: finsam-rapport <workbook.xlsx> [--out <report.xlsx>] [--year <YYYY>] [--period <1-12>]
                      [--lang sv|en] [--json <model.json>] [--in-place]

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
  --in-place        put the report into the workbook itself (through a temporary file)
  -h, --help        show this help
  --version         show the version

Exit codes: 0 done, 1 input or write error (nothing written), 2 usage error.`,
};

export function usageErrorText(e: UsageError, lang: Lang): string {
  const o = e.option ?? '';
  const v = e.value ?? '';
  switch (e.code) {
    case 'unknownOption':
      return lang === 'sv' ? `Okänt alternativ: ${o}` : `Unknown option: ${o}`;
    case 'missingValue':
      return lang === 'sv' ? `${o} behöver ett värde.` : `${o} needs a value.`;
    case 'repeatedOption':
      return lang === 'sv' ? `${o} är angivet mer än en gång.` : `${o} is given more than once.`;
    case 'badYear':
      return lang === 'sv' ? `--year ska vara ett år med fyra siffror, t.ex. 2024 (fick "${v}").` : `--year must be a four-digit year such as 2024 (got "${v}").`;
    case 'badPeriod':
      return lang === 'sv' ? `--period ska vara en månad 1–12 (fick "${v}").` : `--period must be a month 1–12 (got "${v}").`;
    case 'badLang':
      return lang === 'sv' ? `--lang ska vara sv eller en (fick "${v}").` : `--lang must be sv or en (got "${v}").`;
    case 'noInput':
      return lang === 'sv' ? 'Ange arbetsboken att läsa.' : 'Name the workbook to read.';
    case 'extraArgument':
      return lang === 'sv' ? `Bara en arbetsbok kan anges (fick även "${v}").` : `Only one workbook can be given (also got "${v}").`;
    case 'outAndInPlace':
      return lang === 'sv' ? '--out och --in-place kan inte användas tillsammans.' : '--out and --in-place cannot be used together.';
    case 'inputMissing':
      return lang === 'sv' ? `Arbetsboken finns inte: ${v}` : `The workbook does not exist: ${v}`;
    case 'inputNotAFile':
      return lang === 'sv' ? `Inte en fil: ${v}` : `Not a file: ${v}`;
    case 'outIsInput':
      return lang === 'sv'
        ? `--out pekar på arbetsboken själv (${v}). Ange --in-place om rapporten ska läggas i arbetsboken.`
        : `--out points at the workbook itself (${v}). Give --in-place to put the report into the workbook.`;
    case 'macrosNeedXlsm':
      return lang === 'sv'
        ? `Arbetsboken innehåller makron, så kopian måste sluta på .xlsm – annars öppnar Excel den inte (fick ${v}).`
        : `The workbook contains macros, so the copy must end in .xlsm – Excel will not open it otherwise (got ${v}).`;
    case 'inPlaceSie':
      return lang === 'sv'
        ? `--in-place går inte med en SIE-fil (${v}): rapporten skrivs till en ny arbetsbok (--out).`
        : `--in-place does not work with a SIE file (${v}): the report is written to a new workbook (--out).`;
    case 'inPlaceHardLinked':
      return lang === 'sv'
        ? `${v} har flera namn (hårda länkar). --in-place skulle bara ge det här namnet den nya arbetsboken och lämna den gamla kvar under de andra. Inget skrevs. Använd --out, eller ta bort de andra länkarna först.`
        : `${v} has several names (hard links). --in-place would give only this name the new workbook and leave the old one under the others. Nothing was written. Use --out, or remove the other links first.`;
    case 'jsonIsInput':
      return lang === 'sv' ? `--json pekar på arbetsboken eller rapportfilen (${v}).` : `--json points at the workbook or the report file (${v}).`;
  }
}

export function formatProblemText(p: WorkbookFormatProblem, file: string, lang: Lang, part = '?'): string {
  const sv: Record<WorkbookFormatProblem, string> = {
    damaged: `${file} är skadad (delen ${part} går inte att läsa). Öppna arbetsboken i Excel, låt Excel reparera den och spara den, och försök igen.`,
    tooLarge: `${file} kan inte läsas: delen ${part} packas upp till mer än en arbetsbok kan innehålla (en "zip-bomb" eller en skadad fil). Inget lästes vidare.`,
    notXlsx: `${file} är ingen .xlsx-arbetsbok.`,
    encryptedOrXls: `${file} är en äldre .xls-fil eller en lösenordsskyddad arbetsbok. Spara den som .xlsx utan lösenord och försök igen.`,
    noWorkbook: `${file} är en zip-fil men ingen Excel-arbetsbok.`,
    strict: `${file} är sparad som "Strikt Open XML". Spara den som vanlig Excel-arbetsbok (.xlsx) och försök igen.`,
  };
  const en: Record<WorkbookFormatProblem, string> = {
    damaged: `${file} is damaged (its part ${part} cannot be read). Open the workbook in Excel, let Excel repair it, save it, and try again.`,
    tooLarge: `${file} cannot be read: its part ${part} inflates to more than a workbook can hold (a "zip bomb" or a damaged file). Nothing more was read.`,
    notXlsx: `${file} is not an .xlsx workbook.`,
    encryptedOrXls: `${file} is an old .xls file or a password-protected workbook. Save it as .xlsx without a password and try again.`,
    noWorkbook: `${file} is a zip file but not an Excel workbook.`,
    strict: `${file} is saved as "Strict Open XML". Save it as an ordinary Excel workbook (.xlsx) and try again.`,
  };
  return (lang === 'sv' ? sv : en)[p];
}

export function skippedText(s: SkippedName, lang: Lang): string {
  const why: Record<SkippedName['reason'], Texts> = {
    refError: { sv: 'hänvisar till #REF! (raderade celler)', en: 'refers to #REF! (deleted cells)' },
    external: { sv: 'hänvisar till en annan arbetsbok', en: 'refers to another workbook' },
    multiArea: { sv: 'består av flera områden', en: 'consists of several areas' },
    notARange: { sv: 'är ingen cellreferens (en formel eller ett värde)', en: 'is not a cell reference (a formula or a value)' },
    formula: { sv: 'är en formel, inte ett fast område,', en: 'is a formula, not a fixed range,' },
    unknownSheet: { sv: 'hänvisar till ett blad som inte finns', en: 'refers to a sheet that does not exist' },
    notAWorksheet: { sv: 'hänvisar till ett diagramblad', en: 'refers to a chart sheet' },
    sheetScoped: { sv: `gäller bara bladet ${s.scope ?? ''} (bladnivå)`, en: `belongs to the sheet ${s.scope ?? ''} only (sheet-scoped)` },
  };
  const hint: Partial<Record<SkippedName['reason'], Texts>> = {
    formula: {
      sv: 'Namnge cellerna direkt, t.ex. Data!$A$1:$H$500, eller gör dem till en tabell.',
      en: 'Name the cells directly, e.g. Data!$A$1:$H$500, or make them a table.',
    },
    sheetScoped: {
      sv: `Flera blad har ett namn ${s.name} och inget gäller hela arbetsboken; ge ett av dem arbetsboken som omfång (Formler → Namnhanteraren).`,
      en: `Several sheets have a name ${s.name} and none is workbook-scoped; give one of them the workbook as its scope (Formulas → Name Manager).`,
    },
  };
  const more = hint[s.reason];
  return lang === 'sv'
    ? `Namnet ${s.name} (${s.ref}) ${why[s.reason].sv} och lästes inte.${more ? ' ' + more.sv : ''}`
    : `The name ${s.name} (${s.ref}) ${why[s.reason].en} and was not read.${more ? ' ' + more.en : ''}`;
}

/** A note for a sheet-scoped name that was read because it is the only one of its name. */
export function scopedNameText(s: ScopedName, lang: Lang): string {
  return lang === 'sv'
    ? `Namnet ${s.name} (${s.ref}) gäller bara bladet ${s.scope} (bladnivå); det används eftersom inget annat namn heter så.`
    : `The name ${s.name} (${s.ref}) belongs to the sheet ${s.scope} only (sheet-scoped); it is used because no other name is called that.`;
}

const FEATURES: Record<WorkbookFeature, Texts> = {
  charts: { sv: 'diagram', en: 'charts' },
  pivotTables: { sv: 'pivottabeller', en: 'pivot tables' },
  macros: { sv: 'makron', en: 'macros' },
  slicers: { sv: 'utsnitt', en: 'slicers' },
  externalLinks: { sv: 'länkar till andra arbetsböcker', en: 'links to other workbooks' },
  images: { sv: 'bilder', en: 'images' },
  controls: { sv: 'formulärkontroller', en: 'form controls' },
  comments: { sv: 'kommentarer', en: 'comments' },
  dataModel: { sv: 'en datamodell', en: 'a data model' },
};

export function featuresText(features: readonly WorkbookFeature[], lang: Lang): string {
  return features.map((f) => FEATURES[f][lang]).join(', ');
}

export function spliceProblemText(p: SpliceProblem, lang: Lang): string {
  const t: Record<SpliceProblem, Texts> = {
    noWorkbook: { sv: 'arbetsboken kunde inte öppnas', en: 'the workbook could not be opened' },
    strict: { sv: 'arbetsboken är sparad som Strikt Open XML', en: 'the workbook is saved as Strict Open XML' },
    workbookPart: { sv: 'arbetsbokens bladlista har en form som verktyget inte kan ändra', en: "the workbook's sheet list has a form this tool cannot edit" },
    styles: { sv: 'arbetsbokens formatmallar har en form som verktyget inte kan ändra', en: "the workbook's styles have a form this tool cannot edit" },
  };
  return t[p][lang];
}

export const T = {
  reading: { sv: (f: string) => `Läser ${f} …`, en: (f: string) => `Reading ${f} …` },
  computing: { sv: () => 'Beräknar rapporten …', en: () => 'Computing the report …' },
  writing: { sv: (f: string) => `Skriver ${f} …`, en: (f: string) => `Writing ${f} …` },
  errorsHeader: {
    sv: (n: number) => `${n === 1 ? 'Ett fel' : `${n} fel`} i arbetsboken – inget skrevs:`,
    en: (n: number) => `${n === 1 ? 'One error' : `${n} errors`} in the workbook – nothing was written:`,
  },
  warningsHeader: { sv: (n: number) => `Varningar (${n}):`, en: (n: number) => `Warnings (${n}):` },
  result: { sv: 'Periodens resultat', en: 'Result for the period' },
  balance: { sv: 'Balanskontroll', en: 'Balance check' },
  balanceOk: { sv: 'OK', en: 'OK' },
  balanceFailed: { sv: 'FEL', en: 'FAILED' },
  warnings: { sv: 'Varningar', en: 'Warnings' },
  report: { sv: 'Delårsrapport', en: 'Interim report' },
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
      `Den skrivna arbetsboken klarade inte kontrollen före publicering (del ${part}: ${m}); den skulle inte gå att öppna i Excel. ${f} skrevs inte. Skicka gärna arbetsboken till oss.`,
    en: (f: string, part: string, m: string) =>
      `The written workbook failed the check before publishing (part ${part}: ${m}); Excel could not open it. ${f} was not written. Please send us the workbook.`,
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
    sv: (names: readonly string[], dir: string) => `tog bort ${names.length === 1 ? 'en temporär fil' : `${names.length} temporära filer`} som en avbruten körning lämnade i ${dir}: ${names.join(', ')}`,
    en: (names: readonly string[], dir: string) => `removed ${names.length === 1 ? 'a temporary file' : `${names.length} temporary files`} an interrupted run left in ${dir}: ${names.join(', ')}`,
  },
  interrupted: {
    sv: (signal: string) => `finsam-rapport: avbrutet (${signal}); de temporära filerna är borttagna.`,
    en: (signal: string) => `finsam-rapport: interrupted (${signal}); the temporary files are removed.`,
  },
  chartsNotWritten: {
    sv: 'Diagrammen i rapporten skrivs inte av kommandoradsverktyget; deras data finns på bladen.',
    en: 'The report’s charts are not drawn by the command-line tool; their data is on the sheets.',
  },
};

/** Why writing failed, naming the file that failed (the report, the JSON, an import). */
export function writeErrorText(e: unknown, fallbackFile: string, lang: Lang): string {
  if (e instanceof WriteRefused) {
    if (e.reason === 'owner') {
      return lang === 'sv'
        ? `Kunde inte skriva ${e.file}: filens ägare kan inte behållas (den ägs av en annan användare). Inget skrevs.`
        : `Could not write ${e.file}: the file's owner cannot be kept (another user owns it). Nothing was written.`;
    }
    return lang === 'sv'
      ? `${e.file} finns redan. Ange --force för att skriva över den, eller välj ett annat namn med --out. Inget skrevs.`
      : `${e.file} already exists. Give --force to overwrite it, or choose another name with --out. Nothing was written.`;
  }
  const file = e instanceof WriteFailed ? e.file : fallbackFile;
  return T.writeFailed[lang](file, (e as Error).message);
}

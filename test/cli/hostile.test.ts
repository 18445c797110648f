/**
 * Issue 9, the command line under hostile and unlucky input: nothing of the user's is lost,
 * nothing is left behind, nothing printed can drive the terminal. (The tests that need a real
 * process — a closed pipe, signals, SIGKILL — are in process.test.ts.)
 */
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { main, type CliIO } from '../../src/cli/main';
import { readRanges } from '../helpers/xlsx';
import { patchZip, withNames, xlsx } from '../xlsx/helpers';
import { contractWorkbook, GOOD_LEDGER, inTempDir } from './workbooks';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, isTTY: false, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

// The module object itself (not an import namespace), so that jest.spyOn can replace its functions
// for the module under test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsPromises: typeof import('node:fs/promises') = require('node:fs/promises');

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const list = (dir: string) => readdirSync(dir).sort();
const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** A small SIE 4 file: result 10 000,00 kr for January 2024. `extra` lines go before the voucher. */
function sieText(opts: { name?: string; extra?: string[]; flag?: string } = {}): string {
  return [
    `#FLAGGA ${opts.flag ?? '0'}`,
    '#FORMAT PC8',
    '#SIETYP 4',
    `#FNAMN "${opts.name ?? 'Testforbundet'}"`,
    '#RAR 0 20240101 20241231',
    '#KONTO 1930 "Bank"',
    '#KONTO 3010 "Intakter"',
    '#KONTO 2010 "Eget kapital"',
    ...(opts.extra ?? []),
    '#IB 0 1930 5000.00',
    '#IB 0 2010 -5000.00',
    '#VER "A" "1" 20240115 "Bidrag"',
    '{',
    '#TRANS 1930 {} 10000.00',
    '#TRANS 3010 {} -10000.00',
    '}',
    '',
  ].join('\n');
}

function sieDir(text = sieText(), name = 'bokforing.se'): string {
  const dir = mkdtempSync(join(tmpdir(), 'finsam-hostile-'));
  writeFileSync(join(dir, name), Buffer.from(text, 'latin1'));
  return dir;
}

// Control characters that must never reach the terminal raw (C0 but the line break, DEL, C1).
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('1. import-sie never replaces an existing workbook without --force', () => {
  it('refuses the default name beside the SIE file when it exists, naming the file and the flag', async () => {
    const dir = sieDir();
    const mine = join(dir, 'bokforing.xlsx');
    writeFileSync(mine, await contractWorkbook());
    const before = sha(mine);
    const r = await run(['import-sie', 'bokforing.se'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${mine} finns redan. Ange --force för att skriva över den`);
    expect(sha(mine)).toBe(before);
    expect(list(dir)).toEqual(['bokforing.se', 'bokforing.xlsx']);
  });

  it('refuses --out naming an existing file, in English too, and a symbolic link to one', async () => {
    const dir = sieDir();
    const mine = join(dir, 'arbetsbok.xlsx');
    writeFileSync(mine, await contractWorkbook());
    symlinkSync(mine, join(dir, 'genväg.xlsx'));
    const before = sha(mine);
    const r = await run(['import-sie', 'bokforing.se', '--out', 'arbetsbok.xlsx', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${mine} already exists. Give --force to overwrite it`);
    const viaLink = await run(['import-sie', 'bokforing.se', '--out', 'genväg.xlsx'], dir);
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toContain('--force');
    expect(sha(mine)).toBe(before);
    expect(temps(dir)).toEqual([]);
  });

  it('overwrites with --force (through a symbolic link, which stays a link)', async () => {
    const dir = sieDir();
    const mine = join(dir, 'arbetsbok.xlsx');
    writeFileSync(mine, await contractWorkbook());
    symlinkSync(mine, join(dir, 'genväg.xlsx'));
    const r = await run(['import-sie', 'bokforing.se', '--out', 'genväg.xlsx', '--force'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'genväg.xlsx')).isSymbolicLink()).toBe(true);
    const read = await readRanges(mine);
    expect(read.ranges.map((x) => x.name)).toContain('Huvudbok');
    expect(read.sheetNames).not.toContain('Kostnadsställen');
    expect(temps(dir)).toEqual([]);
  });

  it('writes a new workbook when none exists', async () => {
    const dir = sieDir();
    const r = await run(['import-sie', 'bokforing.se'], dir);
    expect(r.code).toBe(0);
    expect(list(dir)).toEqual(['bokforing.se', 'bokforing.xlsx']);
  });
});

describe('2. --in-place on links, owners and modes', () => {
  it('writes through a symbolic link to its target, and the link stays a link', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const other = mkdtempSync(join(tmpdir(), 'finsam-link-'));
    const link = join(other, 'genväg.xlsx');
    symlinkSync(input, link);
    const before = sha(input);
    const r = await run([link, '--in-place']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha(input)).not.toBe(before);
    expect((await readRanges(input)).sheetNames).toContain('Resultaträkning');
    expect(list(other)).toEqual(['genväg.xlsx']);
    expect(list(dirname(input))).toEqual(['förbund.xlsx']);
  });

  it('keeps the owner, group and mode of the replaced file', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    // As root (as CI runs) the file is given to nobody:nogroup; otherwise it stays the user's own.
    const [uid, gid] = process.getuid?.() === 0 ? [65534, 65534] : [statSync(input).uid, statSync(input).gid];
    chownSync(input, uid, gid);
    chmodSync(input, 0o640);
    expect((await run([input, '--in-place'])).code).toBe(0);
    const after = statSync(input);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([uid, gid, 0o640]);
  });

  it('refuses, writing nothing, when the owner cannot be kept', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const before = sha(input);
    // What chown does for an ordinary user when the file belongs to someone else.
    const chown = jest.spyOn(fsPromises, 'chown').mockRejectedValue(Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' }));
    const realStat = fsPromises.stat;
    const stat = jest.spyOn(fsPromises, 'stat').mockImplementation((async (p: string) => {
      const s = await realStat(p);
      return p === input ? Object.assign(s, { uid: s.uid + 1 }) : s;
    }) as typeof fsPromises.stat);
    try {
      const r = await run([input, '--in-place']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Kunde inte skriva ${input}: filens ägare kan inte behållas`);
    } finally {
      chown.mockRestore();
      stat.mockRestore();
    }
    expect(sha(input)).toBe(before);
    expect(list(dirname(input))).toEqual(['förbund.xlsx']);
  });

  it('refuses a hard-linked workbook, naming it, and leaves every name as it was', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const twin = join(dirname(input), 'kopia.xlsx');
    linkSync(input, twin);
    const before = sha(input);
    const r = await run([input, '--in-place']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${input} har flera namn (hårda länkar)`);
    expect(sha(input)).toBe(before);
    expect(statSync(input).ino).toBe(statSync(twin).ino);
    expect(list(dirname(input))).toEqual(['förbund.xlsx', 'kopia.xlsx']);
  });
});

describe('17. a .xlsx workbook holding macros, without --out', () => {
  it('writes the copy as <name>-rapport.xlsm and says so', async () => {
    const withMacros = await patchZip(await contractWorkbook(), (zip) => {
      zip.file('xl/vbaProject.bin', 'VBA');
    });
    const input = inTempDir('förbund.xlsx', withMacros);
    const r = await run([input]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const xlsm = join(dirname(input), 'förbund-rapport.xlsm');
    expect(r.stdout).toContain(`Skrev: ${xlsm}\n`);
    expect(r.stdout).toContain('Obs: arbetsboken innehåller makron, så kopian heter förbund-rapport.xlsm (.xlsm)');
    expect(list(dirname(input))).toEqual(['förbund-rapport.xlsm', 'förbund.xlsx']);
  });
});

describe('18. temporary files', () => {
  it('removes the temporary file when the disk fills up while writing, and says which file failed', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const out = join(dirname(input), 'r.xlsx');
    const realOpen = fsPromises.open;
    // The disk fills up after the first 100 bytes of a temporary file.
    const open = jest.spyOn(fsPromises, 'open').mockImplementation((async (path: string, flags?: string, mode?: number) => {
      const handle = await realOpen(path, flags, mode);
      if (String(path).endsWith('.tmp') && /w/.test(String(flags))) {
        handle.writeFile = async (data: unknown) => {
          await handle.write(Buffer.from(data as Uint8Array).subarray(0, 100));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        };
      }
      return handle;
    }) as typeof fsPromises.open);
    let r: Run;
    try {
      r = await run([input, '--out', out]);
    } finally {
      open.mockRestore();
    }
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Kunde inte skriva ${out}: ENOSPC: no space left on device`);
    expect(list(dirname(input))).toEqual(['förbund.xlsx']);
  });

  it('names the JSON file when only the JSON cannot be written, and writes neither', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const dir = dirname(input);
    writeFileSync(join(dir, 'inte-en-mapp'), 'x');
    const json = join(dir, 'inte-en-mapp', 'modell.json');
    const r = await run([input, '--out', join(dir, 'r.xlsx'), '--json', json]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^Kunde inte skriva ${json.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*Inget skrevs\\.\\n$`));
    expect(list(dir)).toEqual(['förbund.xlsx', 'inte-en-mapp']);
  });

  it('removes stale temporary files of its own beside the target on start, and only those', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const dir = dirname(input);
    const dead = '.förbund-rapport.xlsx.999999999.0badf00d.tmp'; // a process that cannot exist
    const old = `.förbund-rapport.xlsx.${process.pid}.00c0ffee.tmp`; // a running process, but two hours old
    const busy = `.förbund-rapport.xlsx.${process.pid}.0000beef.tmp`; // a running process, fresh: maybe writing now
    const foreign = ['.förbund-rapport.xlsx.tmp', '.annan.xlsx.999999999.0badf00d.tmp', 'förbund-rapport.xlsx.999999999.0badf00d.tmp'];
    for (const n of [dead, old, busy, ...foreign]) writeFileSync(join(dir, n), 'half a workbook');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dir, old), twoHoursAgo, twoHoursAgo);
    const r = await run([input]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Obs: tog bort 2 temporära filer som en avbruten körning lämnade');
    expect(list(dir)).toEqual([busy, ...foreign, 'förbund-rapport.xlsx', 'förbund.xlsx'].sort());
  });
});

describe('19. control characters from the user’s files are printed visibly', () => {
  it('an organisation name holding ESC[2J and an OSC title sequence', async () => {
    const dir = sieDir(sieText({ name: 'Ond\x1b[2J\x1b]0;pwned\x07 Forbund' }));
    const r = await run(['bokforing.se'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/^Ond\\x1b\[2J\\x1b\]0;pwned\\x07 Forbund – Delårsrapport jan 2024\n/);
  });

  it('raw bytes and line breaks of a broken SIE file, in errors and in import-sie', async () => {
    const dir = sieDir(
      sieText({ extra: ['#KONTO 3x\x1b[2J\x9b1m "Trasig"', '#VER "A" "2" 2024011\x075 "x\x0d\x1b[1A"', '{', '#TRANS 1930 {} 1\x1b.00', '}'] }),
    );
    for (const argv of [['bokforing.se'], ['import-sie', 'bokforing.se']]) {
      const r = await run(argv, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Rad \d+/);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
      expect(r.stderr).toContain('\\x1b');
    }
  });
});

describe('20. limits Excel has', () => {
  const LIMIT = 32_767;
  it('import-sie cuts a name longer than a cell holds, at a character boundary, with a warning', async () => {
    // 40 000 characters with an emoji across the limit: the cut must not split it.
    const long = 'A'.repeat(LIMIT - 1) + '😀' + 'B'.repeat(40_000 - LIMIT - 1);
    const dir = sieDir();
    writeFileSync(join(dir, 'bokforing.se'), Buffer.from(sieText({ extra: [`#KONTO 4010 "${long}"`] }), 'utf8'));
    const r = await run(['import-sie', 'bokforing.se', '--out', 'ut.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Varningar \(1\):\n {2}Kontoplan \(Kontoplan!B\d+\): Texten har 40\u00a0000 tecken men en Excel-cell rymmer 32\u00a0767; den kortades\./,
    );
    const read = await readRanges(join(dir, 'ut.xlsx'));
    const texts = read.ranges.flatMap((x) => x.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(LIMIT);
    expect(texts).toContain('A'.repeat(LIMIT - 1));
  });

  it('the report straight from a SIE file cuts the same texts, and every cell of the report fits', async () => {
    const dir = sieDir();
    // An account name at the limit becomes a longer label ("3010 " + name) on the report.
    const text = sieText({ name: 'N'.repeat(LIMIT + 10) }).replace('#KONTO 3010 "Intakter"', `#KONTO 3010 "${'I'.repeat(LIMIT)}"`);
    writeFileSync(join(dir, 'bokforing.se'), text);
    const r = await run(['bokforing.se'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Installningar \(.*\): Texten har 32\u00a0777 tecken men en Excel-cell rymmer 32\u00a0767; den kortades\./);
    // The summary's count and the list agree.
    const listed = Number(/^Varningar \((\d+)\):$/m.exec(r.stdout)?.[1]);
    expect(r.stdout).toContain(`  Varningar: ${listed}\n`);
    expect(listed).toBeGreaterThanOrEqual(2);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'bokforing-rapport.xlsx')));
    const lengths: number[] = [];
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      for (const m of xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)) lengths.push(m[1].length);
    }
    expect(Math.max(...lengths)).toBe(LIMIT);
  });

  it('warns when --out names an .xlsm file for a workbook without macros', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--out', join(dirname(input), 'r.xlsm')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Obs: r.xlsm slutar på .xlsm men innehåller inga makron');
    const dir = sieDir();
    const imported = await run(['import-sie', 'bokforing.se', '--out', 'ut.xlsm'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Obs: ut.xlsm slutar på .xlsm men innehåller inga makron');
  });

  it('cuts a cost centre’s sheet name at a character boundary, never inside an emoji', async () => {
    // "KST " + 26 letters is 30 UTF-16 units; the emoji's first half would be unit 31.
    const cc = 'x'.repeat(26) + '😀';
    const ledger = GOOD_LEDGER.map((row) => (row.cc === '20' ? { ...row, cc } : row));
    const input = inTempDir('förbund.xlsx', await contractWorkbook(ledger));
    const r = await run([input]);
    expect(r.code).toBe(0);
    const names = (await readRanges(join(dirname(input), 'förbund-rapport.xlsx'))).sheetNames;
    expect(names.some((n) => n.startsWith('KST xxxxxxxx'))).toBe(true);
    for (const n of names) {
      expect(n).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(n.length).toBeLessThanOrEqual(31);
    }
  });
});

describe('20. warnings for input that is read but rarely meant', () => {
  it('--year with no ledger rows in that year', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--year', '2023']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  Huvudbok (Huvudbok!A1): Huvudboken har inga rader i räkenskapsåret 2023; rapporten visar bara nollor för året. Den senaste bokföringen är från 2024.',
    );
    const en = await run([input, '--year', '2023', '--lang', 'en']);
    expect(en.stdout).toContain('The ledger has no rows in the fiscal year 2023');
    // The year that has data gives no such warning.
    expect((await run([input, '--year', '2024'])).stdout).not.toContain('inga rader i räkenskapsåret');
  });

  it('#FLAGGA 1: a SIE file already read in', async () => {
    const dir = sieDir(sieText({ flag: '1' }));
    for (const argv of [['bokforing.se'], ['import-sie', 'bokforing.se']]) {
      const r = await run(argv, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Varningar i SIE-filen \(1\):\n {2}Rad 1: Filen är markerad som redan inläst \(#FLAGGA 1\)/);
    }
    const unread = await run(['bokforing.se', '--out', 'b.xlsx'], sieDir());
    expect(unread.stdout).not.toContain('#FLAGGA 1');
  });

  it('Debet and Kredit both filled in one row', async () => {
    const utc = (m: number, d: number) => new Date(Date.UTC(2024, m - 1, d));
    const bytes = await xlsx((wb) => {
      const hb = wb.addWorksheet('Huvudbok');
      hb.addRow(['Datum', 'Konto', 'Debet', 'Kredit']);
      hb.addRow([utc(1, 15), 1930, 10000, null]);
      hb.addRow([utc(1, 15), 3800, null, 10000]);
      hb.addRow([utc(2, 10), 5410, 3000, 499.75]);
      hb.addRow([utc(2, 10), 1930, 0, 2500.25]);
      hb.getColumn(1).numFmt = 'yyyy-mm-dd';
    });
    const input = inTempDir('förbund.xlsx', await withNames(bytes, [{ name: 'Huvudbok', ref: 'Huvudbok!$A$1:$D$5' }]));
    const r = await run([input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  Periodens resultat: 7\u00a0499,75 kr');
    expect(r.stdout).toContain(
      'Huvudbok (Huvudbok!C4): Både "Debet" och "Kredit" har ett belopp på samma rad; raden räknas som debet minus kredit, 2\u00a0500,25.',
    );
    // A zero on the other side is how many systems write an empty one: no warning.
    expect(r.stdout).not.toContain('Huvudbok!C5');
  });
});

/**
 * `--pdf` on the command line without converting (the conversion itself: test/libreoffice/pdf.test.ts):
 * parsing, the targets it may not be, finding LibreOffice, and the message — Swedish first —
 * when LibreOffice is missing, with nothing written.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { main, type CliIO } from '../../src/cli/main';
import { findSoffice, reportPdf } from '../../src/cli/pdf';
import { handModel } from '../xlsx/fixtures';
import { contractWorkbook, inTempDir } from './workbooks';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('--pdf', () => {
  test('is an option with a value, given once', () => {
    expect(parseArgs(['a.xlsx', '--pdf', 'r.pdf'])).toEqual({ kind: 'run', options: { input: 'a.xlsx', pdf: 'r.pdf', inPlace: false } });
    expect(parseArgs(['a.xlsx', '--pdf'])).toMatchObject({ kind: 'usageError', error: { code: 'missingValue', option: '--pdf' } });
    expect(parseArgs(['a.xlsx', '--pdf', 'a.pdf', '--pdf=b.pdf'])).toMatchObject({ kind: 'usageError', error: { code: 'repeatedOption', option: '--pdf' } });
  });

  test('may not be the workbook, the report or the JSON file', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--out', join(dirname(input), 'r.xlsx'), '--pdf', join(dirname(input), 'r.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pdf pekar på arbetsboken, rapportfilen eller JSON-filen');
  });

  test('without LibreOffice: a message on how to get the PDF, exit 1, nothing written', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const before = process.env.FINSAM_SOFFICE;
    process.env.FINSAM_SOFFICE = join(dirname(input), 'no-soffice-here');
    try {
      const sv = await run([input, '--pdf', join(dirname(input), 'r.pdf')]);
      expect(sv.code).toBe(1);
      expect(sv.stderr).toContain('LibreOffice finns inte på den här datorn. Inget skrevs.');
      expect(sv.stderr).toContain('Installera LibreOffice');
      expect(sv.stderr).toContain('Arkiv → Exportera → Skapa PDF/XPS');
      expect(readdirSync(dirname(input))).toEqual(['förbund.xlsx']);
      const en = await run([input, '--pdf', join(dirname(input), 'r.pdf'), '--lang', 'en']);
      expect(en.stderr).toContain('LibreOffice is not installed');
      expect(en.stderr).toContain('File → Export → Create PDF/XPS');
    } finally {
      if (before === undefined) delete process.env.FINSAM_SOFFICE;
      else process.env.FINSAM_SOFFICE = before;
    }
  });
});

describe('finding soffice', () => {
  test('FINSAM_SOFFICE when it names a file, only there; else the PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'finsam-soffice-'));
    const bin = join(dir, 'soffice');
    writeFileSync(bin, '#!/bin/sh\n');
    chmodSync(bin, 0o755);
    expect(findSoffice({ FINSAM_SOFFICE: bin })).toBe(bin);
    expect(findSoffice({ FINSAM_SOFFICE: join(dir, 'missing'), PATH: dir })).toBeUndefined();
    expect(findSoffice({ PATH: `/nonexistent-dir:${dir}` })).toBe(bin);
    expect(existsSync(bin)).toBe(true);
  });
});

describe('reportPdf: a failed conversion is its failure, in LibreOffice’s words, never an exception', () => {
  /** A stand-in for soffice: a script that says `says` on stderr and exits with `code`. */
  const fakeSoffice = (says: string, code: number): string => {
    const script = join(mkdtempSync(join(tmpdir(), 'finsam-soffice-')), 'soffice');
    writeFileSync(script, `#!/bin/sh\necho '${says}' >&2\nexit ${code}\n`);
    chmodSync(script, 0o755);
    return script;
  };

  test('LibreOffice exits with an error: its message and stderr', async () => {
    const r = await reportPdf(handModel(), fakeSoffice('kan inte konvertera', 3));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/kan inte konvertera$/);
  });

  test('LibreOffice exits 0 without a PDF: said so', async () => {
    expect(await reportPdf(handModel(), fakeSoffice('', 0))).toEqual({ ok: false, error: 'LibreOffice wrote no PDF' });
  });

  test('the CLI says the conversion failed and writes nothing (exit 1)', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const before = readdirSync(dirname(input)).sort();
    const soffice = fakeSoffice('trasig', 3);
    const saved = process.env.FINSAM_SOFFICE;
    process.env.FINSAM_SOFFICE = soffice;
    try {
      const r = await run([input, '--pdf', join(dirname(input), 'r.pdf')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/r\.pdf/);
      expect(r.stderr).toContain('trasig');
      expect(readdirSync(dirname(input)).sort()).toEqual(before);
    } finally {
      if (saved === undefined) delete process.env.FINSAM_SOFFICE;
      else process.env.FINSAM_SOFFICE = saved;
    }
  });
});

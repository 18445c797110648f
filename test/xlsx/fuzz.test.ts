/**
 * A bounded fuzz run of the workbook reader and the CLI (issue 9): mutated zips (flipped bytes,
 * cut files) and mutated XML parts (cut, unbalanced, junk elements, entities, bogus cell
 * references, foreign namespaces). Whatever the file, the CLI never crashes and is done within
 * seconds (a hang guard, not a benchmark), and its answer is the one the file calls for:
 *  - a file the reader refuses: exit 1, a message naming the file, nothing written;
 *  - ranges with input errors: exit 1, the count in the header and every error on its own line,
 *    each with a known code and its range or cell, nothing written;
 *  - otherwise: exit 0, a report whose copy holds the same ranges as the input, with every
 *    report sheet of the model;
 * and the same file gives the same answer twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { main } from '../../src/cli/main';
import { buildReport, formatProblem, isReportRangeName, type Problem } from '../../src/core';
import { readWorkbookRanges, type WorkbookRead } from '../../src/xlsx/readWorkbook';
import { readRanges } from '../helpers/xlsx';
import { contractWorkbook, inTempDir } from '../cli/workbooks';
import { patchZip } from './helpers';

/** A small deterministic PRNG (mulberry32), so that a failing case can be re-run by its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTS = [
  'xl/workbook.xml',
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
];

const XML_MUTATIONS: ((xml: string, rnd: () => number) => string)[] = [
  (x, r) => x.slice(0, Math.floor(r() * x.length)),
  (x, r) => {
    const i = Math.floor(r() * x.length);
    return x.slice(0, i) + '<junk a="1"><deeper>' + x.slice(i);
  },
  (x) => x.replace(/<\/[^>]+>/, ''),
  (x) => x.replace(/r="([A-Z]+)(\d+)"/, 'r="XFZZ99999999"'),
  (x) => x.replace(/r="(\d+)"/, 'r="-7"'),
  (x) => x.replace(/<v>[^<]*<\/v>/, '<v>1e400</v>'),
  (x) => x.replace(/<v>([^<]*)<\/v>/, '<v>NaN</v>'),
  (x) => x.replace(/t="s"/, 't="s"><v>999999</v></c><c t="s"'),
  (x) => x.replace(/^(<\?xml[^>]*>)?/, '$1<!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;">]>'),
  (x) => x.replace(/>([^<]{1,40})</, '>&bogus;$1<'),
  (x) => x.replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/, 'urn:somewhere-else'),
  (x) => x.replace(/<(\w+)/, '<p:$1').replace(/<\/(\w+)>$/, '</p:$1>'),
  (x) => x.replace(/(<definedName[^>]*>)[^<]*/, '$1OFFSET(Huvudbok!$A$1,0,0,COUNTA(Huvudbok!$A:$A),4)'),
  (x) => x.replace(/(<definedName[^>]*>)[^<]*/, "$1'[Bok 2.xlsx]Data'!$A$1:$B$5"),
  (x) => x.replace(/Target="[^"]*"/, 'Target="../../../../etc/passwd"'),
  (x) => x.replace(/count="\d+"/, 'count="-1"'),
];

describe('fuzzing the workbook reader and the CLI', () => {
  let base: Buffer;
  beforeAll(async () => {
    base = await contractWorkbook();
  });

  const cases = Array.from({ length: 48 }, (_v, i) => 1000 + i);

  it.each(cases)(
    'seed %i: the answer the file calls for (exit 1 naming the damage or each error, or a report that keeps the ranges), twice the same',
    async (seed) => {
      const rnd = prng(seed);
      let bytes: Buffer;
      if (seed % 4 === 0) {
        bytes = Buffer.from(base);
        const flips = 1 + Math.floor(rnd() * 16);
        for (let k = 0; k < flips; k++) bytes[Math.floor(rnd() * bytes.length)] ^= 1 + Math.floor(rnd() * 255);
      } else if (seed % 4 === 1) {
        bytes = base.subarray(0, Math.floor(rnd() * base.length));
      } else {
        const part = PARTS[Math.floor(rnd() * PARTS.length)];
        const mutation = XML_MUTATIONS[Math.floor(rnd() * XML_MUTATIONS.length)];
        bytes = await patchZip(base, async (zip) => {
          const file = zip.file(part);
          if (file) zip.file(part, mutation(await file.async('string'), rnd));
        });
      }
      const input = inTempDir('fuzz.xlsx', bytes);
      const out = `${input}.rapport.xlsx`;
      const run = async () => {
        let stdout = '';
        let stderr = '';
        const code = await main([input, '--out', out], {
          stdout: { write: (s: string) => (stdout += s) },
          stderr: { write: (s: string) => (stderr += s) },
          isTTY: false,
        });
        return { code, stdout, stderr };
      };
      const first = await run();
      if (process.env.FUZZ_LOG) process.stdout.write(`seed ${seed}: exit ${first.code} ${first.stderr.split('\n')[0].slice(0, 150)}\n`);
      expect({ seed, internal: /Internt fel|Internal error/.test(first.stderr) }).toEqual({ seed, internal: false });

      // What the file calls for, from the reader and the core directly.
      // A file the reader refuses comes back as its failure (the Result), never as an exception.
      const opened = await readWorkbookRanges(bytes, { wanted: isReportRangeName });
      const read: WorkbookRead | undefined = opened.ok ? opened.value : undefined;
      const built = read && buildReport({ ranges: read.ranges });
      const errors: Problem[] = built?.problems.filter((p) => p.severity === 'error') ?? [];
      if (read === undefined) {
        expect({ seed, code: first.code, namesFile: first.stderr.includes(input) }).toEqual({ seed, code: 1, namesFile: true });
      } else if (errors.length > 0 || built?.model === undefined) {
        expect({ seed, code: first.code, errors: errors.length }).toEqual({ seed, code: 1, errors: expect.any(Number) });
        const lines = first.stderr.trimEnd().split('\n');
        expect(lines[0]).toBe(errors.length === 1 ? 'Ett fel i arbetsboken – inget skrevs:' : `${errors.length} fel i arbetsboken – inget skrevs:`);
        expect(lines).toHaveLength(errors.length + 1);
        for (const p of errors) {
          // A known code (formatProblem throws for another) and where it is.
          expect(p.range ?? p.cell).toBeTruthy();
          expect(lines).toContain(`  ${formatProblem(p, 'sv')}`);
        }
      } else if (first.code === 1) {
        // The ranges read, but a part the copy needs (content types, styles, relationships) is
        // damaged: refused as a damaged file, naming the part — never a report-only stand-in.
        expect({ seed, damaged: /är skadad \(delen [^)]+ går inte att läsa\)/.test(first.stderr), namesFile: first.stderr.includes(input) }).toEqual({
          seed,
          damaged: true,
          namesFile: true,
        });
      } else {
        expect({ seed, code: first.code, stderr: first.stderr }).toEqual({ seed, code: 0, stderr: '' });
        const copy = await readRanges(readFileSync(out), { wanted: isReportRangeName });
        // The copy keeps the user's ranges as they were read, and has every sheet of the report.
        expect(copy.ranges).toEqual(read.ranges);
        expect(copy.sheetNames).toEqual(expect.arrayContaining([...read.sheetNames, ...built.model.sheets.map((s) => s.name)]));
      }
      // Nothing but the report is left beside the input (no temporary file), and only on exit 0.
      expect(readdirSync(dirname(input)).sort()).toEqual(first.code === 0 ? [basename(input), basename(out)].sort() : [basename(input)]);
      // The same file, the same answer.
      expect(await run()).toEqual(first);
    },
    20_000,
  );
});

/**
 * A bounded fuzz run of the workbook reader and the CLI (issue 9): mutated zips (flipped bytes,
 * cut files) and mutated XML parts (cut, unbalanced, junk elements, entities, bogus cell
 * references, foreign namespaces). Whatever the file, the CLI exits 0 (report written, and it
 * passes the check before publishing) or 1 (a message about the input) — never an internal
 * error, never a crash — and it is done within seconds (a hang guard, not a benchmark).
 */
import { existsSync } from 'node:fs';
import { main } from '../../src/cli/main';
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

const PARTS = ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];

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

  it.each(cases)('seed %i: exits 0 or 1 with a message, never an internal error', async (seed) => {
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
    let stderr = '';
    const code = await main([input, '--out', out], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, isTTY: false });
    expect({ seed, code: code === 0 || code === 1, internal: /Internt fel|Internal error/.test(stderr) }).toEqual({ seed, code: true, internal: false });
    if (code === 1) expect(stderr.trim().length).toBeGreaterThan(10);
    if (process.env.FUZZ_LOG) process.stdout.write(`seed ${seed}: exit ${code} ${stderr.split("\n")[0].slice(0, 150)}\n`);
    expect(existsSync(out)).toBe(code === 0);
  }, 10_000);
});

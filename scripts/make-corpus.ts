/**
 * Writes the corpus of workbooks from real writers (test/corpus/writers.ts) to a folder, to
 * open them in Excel or another program by hand:
 *   npx tsx scripts/make-corpus.ts [folder]      (default: out/corpus)
 * Needs LibreOffice and python3-openpyxl, as the corpus test does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../test/corpus/writers';

async function run(): Promise<void> {
  const dir = process.argv[2] ?? join('out', 'corpus');
  mkdirSync(dir, { recursive: true });
  for (const c of await buildCorpus()) {
    writeFileSync(join(dir, c.file), c.bytes);
    console.log(`${join(dir, c.file)}  (${c.writer})`);
  }
}

run().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * The worker thread of the check before publishing (parallelCheck.ts): checks the parts it is
 * sent for well-formedness (wellFormed.ts) and answers with their relationship ids or the
 * problem, under the request's id. Runs only from the built CLI (build/xlsx/checkWorker.js).
 */
import { parentPort } from 'node:worker_threads';
import { checkWellFormed } from './wellFormed';

export interface CheckRequest {
  part: string;
  xml: string;
}

export type CheckAnswer = { part: string; ids: string[] } | { part: string; problem: string };

/** What the main thread sends, and what comes back: one batch of parts under one id. */
export interface WorkerRequest {
  id: number;
  parts: CheckRequest[];
}
export interface WorkerAnswer {
  id: number;
  answers: CheckAnswer[];
}

/**
 * While the main thread reads the workbook, the worker runs its check over a made-up sheet of a
 * few thousand cells, so the parser is compiled (hot) when the real parts come.
 */
function warmUp(): void {
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}" s="1" t="inlineStr"><is><t>2024-01-25</t></is></c><c r="B${r}" s="2"><v>${r}.5</v></c><c r="C${r}" s="3"><f>SUM(B1:B${r})</f><v>1</v></c></row>`;
  const rows = Array.from({ length: 3000 }, (_, i) => row(i + 1)).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData><drawing r:id="rId1"/></worksheet>`;
  for (let i = 0; i < 3; i++) checkWellFormed(xml, 'warm-up');
}

warmUp();

parentPort?.on('message', ({ id, parts }: WorkerRequest) => {
  const answers: CheckAnswer[] = parts.map(({ part, xml }) => {
    try {
      return { part, ids: checkWellFormed(xml, part) };
    } catch (e) {
      return { part, problem: e instanceof Error ? e.message : String(e) };
    }
  });
  parentPort?.postMessage({ id, answers } satisfies WorkerAnswer);
});

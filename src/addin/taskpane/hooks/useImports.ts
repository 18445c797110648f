/**
 * Data into the workbook: the bundled example, or a SIE file's ranges. Either way the
 * workbook is read again once something was written; an import's outcome gets the focus.
 */
import { useRef, useState, type RefObject } from 'react';
import type { Lang } from '../../../core';
import { tr } from '../../i18n';
import type { ImportResult, TaskpaneActions } from '../../workflow';
import type { Activity } from './useActivity';
import type { ReportRun } from './useReportRun';

export interface Imports {
  /** The last SIE import's outcome, until the next import or example. */
  imported: ImportResult | undefined;
  /** Where focus goes when an import is done: the import's heading (its outcome, then "Skapa rapport"). */
  headingRef: RefObject<HTMLHeadingElement | null>;
  insertExample: () => Promise<void>;
  /** Reads the chosen file's bytes; the workflow imports them. */
  importFile: (file: File) => Promise<void>;
}

export function useImports(actions: TaskpaneActions, activity: Activity, run: ReportRun, lang: Lang): Imports {
  const [imported, setImported] = useState<ImportResult>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { attempt, setInfo, setProgress } = activity;

  const insertExample = async () => {
    setInfo(undefined);
    setImported(undefined);
    const inserted = await attempt('example', async () => {
      const sheets = await actions.insertExample();
      setInfo(tr('exampleInserted', lang, { sheets: sheets.join(', ') }));
      return true;
    });
    if (inserted) await run.scan();
  };

  const importFile = async (file: File) => {
    setInfo(undefined);
    run.clearResult();
    setImported(undefined);
    const outcome = await attempt('import', async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await actions.importSie({ name: file.name, bytes }, setProgress);
      setImported(result);
      return result;
    });
    if (outcome?.written) await run.scan();
    if (outcome) headingRef.current?.focus();
  };

  return { imported, headingRef, insertExample, importFile };
}

/**
 * What the pane is doing: which workbook action is under way (at most one), its progress,
 * how the last one failed and a one-line success note. Every action runs through `attempt`,
 * so starting, failing and finishing look the same for all of them.
 */
import { useCallback, useState } from 'react';
import { describeOfficeError, type OfficeErrorInfo } from '../../excel/officeErrors';
import type { Progress } from '../../workflow';

/** The action under way: re-reading the workbook, creating the report, inserting the example, importing a SIE file. */
export type Busy = 'scan' | 'create' | 'example' | 'import';

export interface Activity {
  busy: Busy | undefined;
  /** True while an action runs: the other actions are disabled. */
  working: boolean;
  progress: Progress | undefined;
  setProgress: (progress: Progress | undefined) => void;
  error: OfficeErrorInfo | undefined;
  /** Shows a failure (e.g. of selecting a cell, which is not an action of its own). */
  fail: (e: unknown) => void;
  dismissError: () => void;
  info: string | undefined;
  setInfo: (info: string | undefined) => void;
  /**
   * Runs `task` as action `what`: busy while it runs, the previous error cleared, a thrown
   * error shown. Returns the task's value, or undefined when it failed.
   */
  attempt: <T>(what: Busy, task: () => Promise<T>) => Promise<T | undefined>;
}

export function useActivity(): Activity {
  const [busy, setBusy] = useState<Busy>();
  const [progress, setProgress] = useState<Progress>();
  const [error, setError] = useState<OfficeErrorInfo>();
  const [info, setInfo] = useState<string>();

  const fail = useCallback((e: unknown) => {
    setError(describeOfficeError(e));
  }, []);
  const dismissError = useCallback(() => {
    setError(undefined);
  }, []);
  const attempt = useCallback(async <T>(what: Busy, task: () => Promise<T>): Promise<T | undefined> => {
    setBusy(what);
    setError(undefined);
    try {
      return await task();
    } catch (e) {
      setError(describeOfficeError(e));
      return undefined;
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  }, []);

  return { busy, working: busy !== undefined, progress, setProgress, error, fail, dismissError, info, setInfo, attempt };
}

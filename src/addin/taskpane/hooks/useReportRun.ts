/**
 * The report's run: read the workbook (its ranges and the dry run's check), then create the
 * report on request. A new read clears the last result; so does a new run, until it is done.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CheckResult, CreateResult, RangeStatus, TaskpaneActions } from '../../workflow';
import type { Activity } from './useActivity';
import type { ReportSettings } from './useReportSettings';

export interface ReportRun {
  /** The contract's ranges as found; undefined until the first read. */
  ranges: RangeStatus[] | undefined;
  check: CheckResult | undefined;
  result: CreateResult | undefined;
  /** No contract range at all: nothing to create a report from yet. */
  empty: boolean;
  /** Reads the workbook again (also done once when the pane opens). */
  scan: () => Promise<void>;
  create: () => Promise<void>;
  clearResult: () => void;
  /** Selects a cell or range of the workbook (a problem's cell, a written sheet, a drill-down). */
  select: (sheet: string, cell: string) => Promise<void>;
}

export function useReportRun(actions: TaskpaneActions, activity: Activity, settings: ReportSettings): ReportRun {
  const [ranges, setRanges] = useState<RangeStatus[]>();
  const [check, setCheck] = useState<CheckResult>();
  const [result, setResult] = useState<CreateResult>();
  const { attempt, setProgress, setInfo, fail } = activity;
  const { takeDefaults } = settings;

  const scan = useCallback(async () => {
    await attempt('scan', async () => {
      setRanges(await actions.findRanges());
      const checked = await actions.check(setProgress);
      setCheck(checked);
      setResult(undefined);
      takeDefaults(checked.defaults);
    });
  }, [actions, attempt, setProgress, takeDefaults]);

  useEffect(() => {
    void scan();
  }, [scan]);

  const create = async () => {
    setInfo(undefined);
    setResult(undefined);
    const run = settings.forRun();
    await attempt('create', async () => {
      setResult(await actions.createReport(run, setProgress));
    });
  };

  const select = async (sheet: string, cell: string) => {
    try {
      await actions.selectCell(sheet, cell);
    } catch (e) {
      fail(e);
    }
  };

  return {
    ranges,
    check,
    result,
    empty: ranges !== undefined && ranges.every((r) => !r.found && !r.issue),
    scan,
    create,
    clearResult: () => {
      setResult(undefined);
    },
    select,
  };
}

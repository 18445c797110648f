/**
 * The report's settings (year, period, language) as the form shows them. The workbook's
 * defaults fill in what the user has not changed; only a language the user or the data chose
 * is sent to the core.
 */
import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../../core';
import type { CheckResult, RunSettings } from '../../workflow';
import { parseYear, type SettingsValue } from '../components/SettingsForm';

export interface ReportSettings {
  value: SettingsValue;
  /** The user changed the form. */
  change: (next: SettingsValue) => void;
  /** The workbook was read: its defaults replace what the user has not changed. */
  takeDefaults: (defaults: CheckResult['defaults']) => void;
  /** The settings of a run, as the workflow takes them. */
  forRun: () => RunSettings;
  /** The year field holds something that is not a year. */
  yearInvalid: boolean;
}

export function useReportSettings(initialLang: Lang): ReportSettings {
  const [value, setValue] = useState<SettingsValue>({ year: '', period: undefined, lang: initialLang });
  /** Which settings the user changed (those are never overwritten by the data's defaults). */
  const touched = useRef({ year: false, period: false, lang: false });
  /** Whether the language came from the user or the data (else it is not sent to the core). */
  const langKnown = useRef(false);

  const change = (next: SettingsValue) => {
    touched.current = {
      year: touched.current.year || next.year !== value.year,
      period: touched.current.period || next.period !== value.period,
      lang: touched.current.lang || next.lang !== value.lang,
    };
    if (next.lang !== value.lang) langKnown.current = true;
    setValue(next);
  };

  const takeDefaults = useCallback((d: CheckResult['defaults']) => {
    if (d.lang !== undefined) langKnown.current = true;
    setValue((s) => ({
      year: touched.current.year ? s.year : d.year !== undefined ? String(d.year) : s.year,
      period: touched.current.period ? s.period : (d.period ?? s.period),
      lang: touched.current.lang ? s.lang : (d.lang ?? s.lang),
    }));
  }, []);

  const forRun = (): RunSettings => ({
    ...(parseYear(value.year) !== undefined ? { year: parseYear(value.year) } : {}),
    ...(value.period !== undefined ? { period: value.period } : {}),
    ...(langKnown.current ? { lang: value.lang } : {}),
  });

  const yearInvalid = value.year.trim() !== '' && parseYear(value.year) === undefined;
  return { value, change, takeDefaults, forRun, yearInvalid };
}

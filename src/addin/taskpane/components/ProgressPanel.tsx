/** The step the run is on, with a progress bar (indeterminate while the core works). */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../../core';
import { tr } from '../../i18n';
import type { Progress } from '../../workflow';
import { formatAmount } from '../../../core';

export function progressText(p: Progress, lang: Lang): string {
  switch (p.step) {
    case 'reading':
      return p.totalRows > 0
        ? tr('step_readingRows', lang, { done: formatAmount(p.rowsRead, lang), total: formatAmount(p.totalRows, lang) })
        : tr('step_reading', lang);
    case 'checking':
      return tr('step_checking', lang);
    case 'calculating':
      return tr('step_calculating', lang);
    case 'writing':
      return tr('step_writing', lang, { n: p.sheet, m: p.sheets, name: p.name });
    case 'parsingFile':
      return tr('step_parsingFile', lang, { name: p.name });
  }
}

/** 0–1, or undefined for an indeterminate bar. */
export function progressValue(p: Progress): number | undefined {
  if (p.step === 'reading') return p.totalRows > 0 ? p.rowsRead / p.totalRows : undefined;
  if (p.step === 'writing') return (p.sheet - 1) / p.sheets;
  return undefined;
}

export function ProgressPanel({ progress, lang }: { progress: Progress; lang: Lang }) {
  const text = progressText(progress, lang);
  return (
    <Field validationMessage={text} validationState="none" data-testid="progress">
      <ProgressBar value={progressValue(progress)} thickness="large" aria-label={`${tr('progressLabel', lang)}: ${text}`} />
    </Field>
  );
}

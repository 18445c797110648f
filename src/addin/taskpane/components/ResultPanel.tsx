/** The outcome of a run: the period's result, the balance check, the number of warnings and how to save it as PDF. */
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { formatAmount, type Lang } from '../../../core';
import { tr } from '../../i18n';
import type { CreateResult } from '../../workflow';

const useStyles = makeStyles({
  // Each term above its value: an amount like "2 282 425,69 kr" (no-break spaces) fits 270 px.
  facts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  // No bullets: a wrapped link (a button) loses its marker in Chromium; one sheet per line.
  sheets: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  link: { textAlign: 'left' },
});

/** The outcome; each written sheet is a link that activates it (`onOpenSheet`). */
export function ResultPanel({ result, lang, onOpenSheet }: { result: CreateResult; lang: Lang; onOpenSheet: (sheet: string) => void }) {
  const styles = useStyles();
  if (!result.written || !result.summary) {
    return (
      <MessageBar intent="error" data-testid="result">
        <MessageBarBody>{tr('notWritten', lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  const s = result.summary;
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  // The checks sheet's statuses, counted as the command line counts them.
  const checks = s.checks;
  const checksToLook = checks ? checks.warning + checks.error : 0;
  return (
    <MessageBar intent={s.balanced ? (warnings + checksToLook > 0 ? 'warning' : 'success') : 'error'} layout="multiline" data-testid="result">
      <MessageBarBody>
        <MessageBarTitle>{tr('resultHeading', lang)}</MessageBarTitle>
        <dl className={styles.facts}>
          <dt className={styles.term}>{tr('resultPeriod', lang)}</dt>
          <dd className={styles.value}>{s.periodLabel}</dd>
          <dt className={styles.term}>{tr('resultAmount', lang)}</dt>
          <dd className={styles.value} data-testid="result-amount">
            {formatAmount(s.result, lang, 2)} kr
          </dd>
        </dl>
        <div data-testid="result-balance">{tr(s.balanced ? 'balanceOk' : 'balanceNotOk', lang)}</div>
        <div data-testid="result-warnings">{warnings === 1 ? tr('warningCountOne', lang) : tr('warningCount', lang, { n: warnings })}</div>
        {checks && <div data-testid="result-checks">{tr('checksCounted', lang, checks)}</div>}
        {result.replaced.length > 0 && <div>{tr('sheetsReplaced', lang)}</div>}
        <div id="sheets-written">{tr('sheetsWrittenHeading', lang)}</div>
        <ul className={styles.sheets} aria-labelledby="sheets-written" data-testid="result-sheets">
          {result.sheets.map((sheet) => (
            <li key={sheet}>
              <Link
                as="button"
                className={styles.link}
                onClick={() => {
                  onOpenSheet(sheet);
                }}
                aria-label={tr('openSheet', lang, { sheet })}
              >
                {sheet}
              </Link>
            </li>
          ))}
        </ul>
        <div id="save-pdf" className={styles.term}>
          {tr('pdfHeading', lang)}
        </div>
        <div aria-labelledby="save-pdf" data-testid="result-pdf">
          {tr('pdfHowTo', lang)}
          {result.printSetup !== undefined && result.printSetup !== 'set' && <> {tr('pdfNoPrintSetup', lang)}</>}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The outcome of a run: the period's result, the balance check, the number of warnings and how to save it as PDF. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { formatAmount, type Lang } from '../../../core';
import { tr } from '../../i18n';
import type { CreateResult } from '../../workflow';
import { LinkList } from './LinkList';

const useStyles = makeStyles({
  // Each term above its value: an amount like "2 282 425,69 kr" (no-break spaces) fits 270 px.
  facts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The outcome; each written sheet is a link that activates it (`onOpenSheet`), and each line
 * of the income statement a link that selects its ledger rows on Verifikationer (`onSelect`).
 */
export function ResultPanel({
  result,
  lang,
  onOpenSheet,
  onSelect,
}: {
  result: CreateResult;
  lang: Lang;
  onOpenSheet: (sheet: string) => void;
  onSelect?: (sheet: string, range: string) => void;
}) {
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
  const lines = (result.drill ?? []).filter((d) => d.from === 'income');
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
        {onSelect && lines.length > 0 && (
          <LinkList
            id="drill-lines"
            heading={tr('drillHeading', lang)}
            testId="result-lines"
            items={lines.map((line) => ({
              key: `${line.sheet}!${line.range}`,
              label: (
                <>
                  {line.label}: {formatAmount(line.value, lang, 2)}
                </>
              ),
              ariaLabel: tr('drillLine', lang, { line: line.label, amount: formatAmount(line.value, lang, 2), sheet: line.sheet }),
              onClick: () => {
                onSelect(line.sheet, line.range);
              },
            }))}
          />
        )}
        {result.replaced.length > 0 && <div>{tr('sheetsReplaced', lang)}</div>}
        <LinkList
          id="sheets-written"
          heading={tr('sheetsWrittenHeading', lang)}
          testId="result-sheets"
          items={result.sheets.map((sheet) => ({
            key: sheet,
            label: sheet,
            ariaLabel: tr('openSheet', lang, { sheet }),
            onClick: () => {
              onOpenSheet(sheet);
            },
          }))}
        />
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

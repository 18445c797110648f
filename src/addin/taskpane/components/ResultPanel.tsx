/** The outcome of a run: the period's result, the balance check, the number of warnings and how to save it as PDF. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatAmount, type Lang } from '../../../core';
import { tr } from '../../i18n';
import type { CreateResult, DrillLine } from '../../workflow';
import { LinkList, type LinkItem } from './LinkList';

const useStyles = makeStyles({
  // Each term above its value: an amount like "2 282 425,69 kr" (no-break spaces) fits 270 px.
  facts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  // The accordion's headers line up with the text above them.
  drillMore: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

/** The groups of drill-down lines after the income statement's, each folded until opened. */
const MORE_LINES = [
  { from: 'balance', heading: 'drillBalanceHeading', testId: 'result-lines-balance' },
  { from: 'costCentres', heading: 'drillCostCentresHeading', testId: 'result-lines-cost-centres' },
] as const;

/**
 * The outcome; each written sheet is a link that activates it (`onOpenSheet`), and each line
 * of the income statement a link that selects its ledger rows on Verifikationer (`onSelect`);
 * the balance sheet's lines and the cost centres likewise, in two folded groups.
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
  const linesFrom = (from: string) => (result.drill ?? []).filter((d) => d.from === from);
  const lines = linesFrom('income');
  const more = MORE_LINES.map((g) => ({ ...g, lines: linesFrom(g.from) })).filter((g) => g.lines.length > 0);
  const drillItems = (select: (sheet: string, range: string) => void, list: readonly DrillLine[]): LinkItem[] =>
    list.map((line) => ({
      key: `${line.sheet}!${line.range}`,
      label: (
        <>
          {line.label}: {formatAmount(line.value, lang, 2)}
        </>
      ),
      ariaLabel: tr('drillLine', lang, { line: line.label, amount: formatAmount(line.value, lang, 2), sheet: line.sheet }),
      onClick: () => {
        select(line.sheet, line.range);
      },
    }));
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
          <LinkList id="drill-lines" heading={tr('drillHeading', lang)} testId="result-lines" items={drillItems(onSelect, lines)} />
        )}
        {onSelect && more.length > 0 && (
          <Accordion collapsible multiple className={styles.drillMore}>
            {more.map((g) => (
              <AccordionItem key={g.from} value={g.from}>
                <AccordionHeader size="small" button={{ id: `${g.testId}-heading` }}>
                  {tr(g.heading, lang)}
                </AccordionHeader>
                <AccordionPanel>
                  <LinkList id={`${g.testId}-heading`} testId={g.testId} items={drillItems(onSelect, g.lines)} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
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

/**
 * The outcome of a SIE import: which ranges came from the file (with their rows and the sheet
 * they were written on), which of the user's own ranges were kept instead, the reconciliation
 * of the vouchers with the file's balances, the file's problems (by line), and — when the
 * import was written — "Skapa rapport" at once.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Lang } from '../../../core';
import type { ImportedRange } from '../../excel/writeImport';
import { formatAmount } from '../../../core';
import { tr } from '../../i18n';
import type { ImportResult, ReconciliationRow } from '../../workflow';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere' },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column' },
  name: { fontWeight: tokens.fontWeightSemibold },
  written: { color: tokens.colorNeutralForeground2 },
  kept: { color: tokens.colorPaletteDarkOrangeForeground1 },
  amount: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  next: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
});

/** `19 rader → bladet Huvudbok`, or why the file's range was not written. */
export function importedRangeText(r: ImportedRange, lang: Lang): string {
  const rows = formatAmount(r.rows, lang);
  if (r.status === 'userKept') return tr('importUserKept', lang, { rows, name: r.user.name, reference: r.user.reference });
  const written = tr('importWritten', lang, { rows, sheet: r.sheet });
  return r.replacedBroken ? `${written} (${tr('importReplacedBroken', lang, { name: r.replacedBroken })})` : written;
}

/** The headline: imported, nothing needed writing, or why nothing was written. */
export function importStatusText(result: ImportResult, lang: Lang): string {
  if (result.notWritten === 'errors') return tr('importNotWrittenErrors', lang);
  if (result.notWritten === 'empty') return tr('importNotWrittenEmpty', lang);
  return result.sheets.length > 0 ? tr('importDone', lang) : tr('importDoneNothingWritten', lang);
}

export interface ImportPanelProps {
  result: ImportResult;
  lang: Lang;
  disabled: boolean;
  /** The heading, focusable from script: the pane moves focus here when an import is done. */
  headingRef?: Ref<HTMLHeadingElement>;
  onCreateReport: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

export function ImportPanel({ result, lang, disabled, headingRef, onCreateReport, onSelect }: ImportPanelProps) {
  const styles = useStyles();
  const needsLook =
    result.notWritten === 'empty' || result.ranges.some((r) => r.status === 'userKept') || result.problems.length > 0 || result.reconciliation.length > 0;
  const intent = result.notWritten === 'errors' ? 'error' : needsLook ? 'warning' : 'success';
  return (
    <section className={styles.panel} aria-labelledby="import-heading" data-testid="import-result">
      <h2 id="import-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {tr('importHeading', lang, { file: result.fileName })}
      </h2>
      <MessageBar intent={intent} layout="multiline" data-testid="import-status">
        <MessageBarBody>{importStatusText(result, lang)}</MessageBarBody>
      </MessageBar>

      {result.ranges.length > 0 && (
        <>
          <Caption1 as="h3" className={styles.name}>
            {tr('importFromFileHeading', lang)}
          </Caption1>
          <ul className={styles.list} aria-label={tr('importFromFileHeading', lang)}>
            {result.ranges.map((r) => (
              <li key={r.key} className={styles.item} data-import-range={r.key} data-status={r.status}>
                <span className={styles.name}>{r.key}</span>
                <Caption1 className={r.status === 'written' ? styles.written : styles.kept}>{importedRangeText(r, lang)}</Caption1>
              </li>
            ))}
          </ul>
          {result.ranges.some((r) => r.status === 'userKept') && <Caption1>{tr('importUserKeptHint', lang)}</Caption1>}
        </>
      )}

      {result.userOnly.length > 0 && (
        <>
          <Caption1 as="h3" className={styles.name}>
            {tr('importUserOnlyHeading', lang)}
          </Caption1>
          <ul className={styles.list} aria-label={tr('importUserOnlyHeading', lang)}>
            {result.userOnly.map((u) => (
              <li key={u.key} className={styles.item} data-user-range={u.key}>
                <span className={styles.name}>{u.key}</span>
                <Caption1 className={styles.written}>{tr('importUserOnly', lang, { reference: u.user.reference })}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}

      {result.replaced.length > 0 && <Caption1>{tr('importSheetsReplaced', lang, { sheets: result.replaced.join(', ') })}</Caption1>}

      {result.notWritten !== 'errors' && <Reconciliation rows={result.reconciliation} checked={result.reconciliationChecked} lang={lang} />}

      <Caption1 as="h3" className={styles.name}>
        {tr('importProblemsHeading', lang)} ({result.problems.length})
      </Caption1>
      <ProblemList problems={result.problems} lang={lang} onSelect={onSelect} />

      {result.written && (
        <div className={styles.next}>
          <Caption1>{tr('importCreateNext', lang)}</Caption1>
          <Button appearance="primary" disabledFocusable={disabled} onClick={onCreateReport} data-testid="import-create">
            {tr('createReport', lang)}
          </Button>
        </div>
      )}
    </section>
  );
}

function Reconciliation({ rows, checked, lang }: { rows: ReconciliationRow[]; checked: boolean; lang: Lang }) {
  const styles = useStyles();
  if (rows.length === 0) {
    return <Caption1 data-testid="reconciliation">{tr(checked ? 'reconciliationOk' : 'reconciliationNone', lang)}</Caption1>;
  }
  return (
    <>
      <Caption1 as="h3" className={styles.name}>
        {tr('reconciliationHeading', lang)}
      </Caption1>
      <Table size="extra-small" aria-label={tr('reconciliationHeading', lang)} data-testid="reconciliation">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{tr('reconAccount', lang)}</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>{tr('reconExpected', lang)}</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>{tr('reconActual', lang)}</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>{tr('reconDifference', lang)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={`${r.kind}-${r.account}`} data-account={r.account}>
              <TableCell>
                {r.account} ({tr(r.kind === 'balance' ? 'reconKind_balance' : 'reconKind_result', lang)})
              </TableCell>
              <TableCell className={styles.amount}>{formatAmount(r.expected, lang, 2)}</TableCell>
              <TableCell className={styles.amount}>{formatAmount(r.actual, lang, 2)}</TableCell>
              <TableCell className={styles.amount}>{r.difference === '' ? '' : formatAmount(r.difference, lang, 2)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

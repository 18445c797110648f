/** The contract's ranges: where each was found and how many data rows it has, or what is missing. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../../core';
import { tr } from '../../i18n';
import type { RangeStatus } from '../../workflow';
import { formatAmount } from '../../../core';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column' },
  name: { fontWeight: tokens.fontWeightSemibold },
  found: { color: tokens.colorNeutralForeground2 },
  missingRequired: { color: tokens.colorPaletteRedForeground1 },
  missingBalance: { color: tokens.colorPaletteDarkOrangeForeground1 },
  missingOptional: { color: tokens.colorNeutralForeground3 },
});

export interface RangeListProps {
  ranges: RangeStatus[];
  lang: Lang;
}

export function RangeList({ ranges, lang }: RangeListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={tr('rangesHeading', lang)}>
      {ranges.map((r) => (
        <li key={r.key} className={styles.item} data-range={r.key}>
          <span className={styles.name}>{r.key}</span>
          <Caption1 className={statusClass(r, styles)}>{statusText(r, lang)}</Caption1>
        </li>
      ))}
    </ul>
  );
}

function statusClass(r: RangeStatus, styles: ReturnType<typeof useStyles>): string {
  if (r.found && !r.issue) return styles.found;
  if (r.need === 'required') return styles.missingRequired;
  if (r.need === 'balanceSheet') return styles.missingBalance;
  return styles.missingOptional;
}

/** `Huvudbok!A3:G3415 · 3 412 rader`, or why it cannot be used, or that it is missing. */
export function statusText(r: RangeStatus, lang: Lang): string {
  if (r.found) {
    const where = r.found.source === 'table' ? `${tr('rangeTable', lang)} ${r.found.name}, ${r.found.address}` : r.found.address;
    const named = r.found.source === 'name' && r.found.name !== r.key ? `${r.found.name}: ` : '';
    return `${named}${where} · ${tr('rangeRows', lang, { rows: formatAmount(r.dataRows ?? 0, lang) })}`;
  }
  if (r.issue) return `${r.issue.name}: ${tr(`issue_${r.issue.kind}`, lang, { detail: r.issue.detail })}`;
  if (r.need === 'required') return tr('rangeMissingRequired', lang);
  if (r.need === 'balanceSheet') return tr('rangeMissingBalance', lang);
  return tr('rangeMissingOptional', lang);
}

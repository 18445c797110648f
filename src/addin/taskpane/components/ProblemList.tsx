/**
 * Errors and warnings. An entry with a cell is a real button: a click, Enter or Space selects
 * the cell in the workbook.
 */
import { Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type Lang, type Problem, formatProblem } from '../../../core';
import { tr } from '../../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  entry: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  text: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, marginTop: '2px' },
});

/** A problem's text in `lang`; never throws (an unknown code shows as the code). */
export function problemText(p: Problem, lang: Lang): string {
  try {
    return formatProblem(p, lang);
  } catch {
    return [p.range, p.cell, p.code, p.value].filter(Boolean).join(' · ');
  }
}

export interface ProblemListProps {
  problems: Problem[];
  lang: Lang;
  onSelect: (sheet: string, cell: string) => void;
}

export function ProblemList({ problems, lang, onSelect }: ProblemListProps) {
  const styles = useStyles();
  if (problems.length === 0) return <Caption1>{tr('noProblems', lang)}</Caption1>;
  const sorted = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  return (
    <ul className={styles.list} aria-label={tr('problemsHeading', lang)} data-testid="problems">
      {sorted.map((p, i) => {
        const text = problemText(p, lang);
        const badge = (
          <Badge className={styles.badge} appearance="tint" color={p.severity === 'error' ? 'danger' : 'warning'}>
            {tr(p.severity === 'error' ? 'severity_error' : 'severity_warning', lang)}
          </Badge>
        );
        return (
          <li key={`${i}-${p.code}-${p.cell ?? ''}`} data-severity={p.severity}>
            {p.sheet && p.cell ? (
              <Button
                appearance="subtle"
                className={styles.entry}
                aria-label={`${tr('goToCell', lang, { cell: `${p.sheet}!${p.cell}` })}: ${text}`}
                onClick={() => {
                  onSelect(p.sheet as string, p.cell as string);
                }}
              >
                {badge}
                <span className={styles.text}>{text}</span>
              </Button>
            ) : (
              <div className={styles.entry}>
                {badge}
                <span className={styles.text}>{text}</span>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

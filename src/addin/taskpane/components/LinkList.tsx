/**
 * A labelled list of links that act in the workbook (open a sheet, select a line's rows): one
 * per line, no bullets (a wrapped link, a button, loses its marker in Chromium). `id` names
 * the list's label for `aria-labelledby`.
 */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  link: { textAlign: 'left' },
});

export interface LinkItem {
  key: string;
  label: ReactNode;
  /** What a screen reader says: where the link goes. */
  ariaLabel: string;
  onClick: () => void;
}

/**
 * `heading` is shown above the list and names it; without one, `id` is the id of an element
 * elsewhere that names it (an accordion's header).
 */
export function LinkList({ id, heading, items, testId }: { id: string; heading?: string; items: readonly LinkItem[]; testId: string }) {
  const styles = useStyles();
  return (
    <>
      {heading !== undefined && <div id={id}>{heading}</div>}
      <ul className={styles.list} aria-labelledby={id} data-testid={testId}>
        {items.map((item) => (
          <li key={item.key}>
            <Link as="button" className={styles.link} onClick={item.onClick} aria-label={item.ariaLabel}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

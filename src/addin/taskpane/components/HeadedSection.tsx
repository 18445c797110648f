/** A section of the pane labelled by its own `h2` (`id` names the heading for `aria-labelledby`). */
import { Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePaneStyles } from './paneStyles';

export function HeadedSection({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {heading}
      </Subtitle2>
      {children}
    </section>
  );
}

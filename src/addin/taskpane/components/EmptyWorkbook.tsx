/** A workbook without any contract range: say so, and offer the two ways to get data (a SIE file, the example). */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang } from '../../../core';
import { tr } from '../../i18n';
import { usePaneStyles } from './paneStyles';

export function EmptyWorkbook({
  lang,
  disabled,
  onImportSie,
  onInsertExample,
}: {
  lang: Lang;
  disabled: boolean;
  onImportSie: () => void;
  onInsertExample: () => void;
}) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} data-testid="empty-workbook">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{tr('emptyWorkbook', lang)}</MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={disabled} onClick={onImportSie} title={tr('importSieHint', lang)} data-testid="import-sie">
          {tr('importSie', lang)}
        </Button>
        <Button disabledFocusable={disabled} onClick={onInsertExample} title={tr('insertExampleHint', lang)} data-testid="insert-example">
          {tr('insertExample', lang)}
        </Button>
      </div>
    </section>
  );
}

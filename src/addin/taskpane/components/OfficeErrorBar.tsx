/**
 * An Office error as a person sees it: what happened and what to do in one line; the error
 * code, Excel's own message and where it happened behind "Visa detaljer".
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Lang } from '../../../core';
import type { OfficeErrorInfo } from '../../excel/officeErrors';
import { adviceFor, tr } from '../../i18n';

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function OfficeErrorBar({ error, lang, onDismiss }: { error: OfficeErrorInfo; lang: Lang; onDismiss: () => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="office-error">
      <MessageBarBody>
        <div data-testid="office-error-line">{adviceFor(error.code, lang, error.sheet !== undefined ? { sheet: error.sheet } : {})}</div>
        {open && (
          <div id={detailsId} className={styles.details} data-testid="office-error-details">
            {error.code && <div data-testid="office-error-code">{tr('errorCode', lang, { code: error.code })}</div>}
            <div>{tr('errorMessage', lang, { message: error.message })}</div>
            {error.location && <div>{tr('errorLocation', lang, { location: error.location })}</div>}
          </div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="transparent"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          {tr(open ? 'hideDetails' : 'showDetails', lang)}
        </Button>
        <Button appearance="transparent" onClick={onDismiss}>
          {tr('dismiss', lang)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

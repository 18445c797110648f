/** An Office error as a person sees it: what failed, the error code, and what to do. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../../core/input/types';
import type { OfficeErrorInfo } from '../../excel/officeErrors';
import { adviceFor, tr } from '../../i18n';

export function OfficeErrorBar({ error, lang, onDismiss }: { error: OfficeErrorInfo; lang: Lang; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="office-error">
      <MessageBarBody>
        <MessageBarTitle>{tr('officeErrorTitle', lang)}</MessageBarTitle>
        <div>{adviceFor(error.code, lang, error.sheet !== undefined ? { sheet: error.sheet } : {})}</div>
        {error.code && <div data-testid="office-error-code">{tr('errorCode', lang, { code: error.code })}</div>}
        <div>{error.message}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={onDismiss}>
          {tr('dismiss', lang)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

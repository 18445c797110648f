/**
 * "Importera SIE-fil": a Fluent button (focusable, Enter/Space) that opens the browser's file
 * picker — a real `<input type="file">`, kept out of the tab order because the button stands
 * for it. The chosen file goes to `onFile`; the input is cleared so the same file can be
 * chosen again (a re-import).
 */
import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../../../core/input/types';
import { tr } from '../../i18n';

/** The extensions SIE files have (`.se` for SIE 4 exports; `.si` and `.sie` occur too). */
export const SIE_ACCEPT = '.se,.si,.sie';

export interface SieImportButtonProps {
  lang: Lang;
  disabled: boolean;
  onFile: (file: File) => void;
}

export function SieImportButton({ lang, disabled, onFile }: SieImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={SIE_ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="sie-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Button disabledFocusable={disabled} onClick={() => input.current?.click()} title={tr('importSieHint', lang)} data-testid="import-sie">
        {tr('importSie', lang)}
      </Button>
    </>
  );
}

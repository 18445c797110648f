/**
 * The file picker behind "Importera SIE-fil": a real `<input type="file">`, kept out of the tab
 * order and hidden because a Fluent button or menu item stands for it (`ref.current.click()`).
 * The chosen file goes to `onFile`; the input is cleared so the same file can be chosen again
 * (a re-import).
 */
import { forwardRef } from 'react';

/** The extensions SIE files have (`.se` for SIE 4 exports; `.si` and `.sie` occur too). */
export const SIE_ACCEPT = '.se,.si,.sie';

export const SieFileInput = forwardRef<HTMLInputElement, { onFile: (file: File) => void }>(function SieFileInput({ onFile }, ref) {
  return (
    <input
      ref={ref}
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
  );
});

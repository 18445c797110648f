/**
 * "Skapa rapport" and the menu of the other actions, with the run's progress right under them,
 * where the eye is. `primary`: whether "Skapa rapport" is the one primary action of the pane.
 */
import { Button, Caption1, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { Lang } from '../../../core';
import { tr } from '../../i18n';
import type { Progress } from '../../workflow';
import { usePaneStyles } from './paneStyles';
import { ProgressPanel } from './ProgressPanel';

export interface ActionBarProps {
  lang: Lang;
  /** An action is under way. */
  working: boolean;
  /** The workbook has no contract range: only reading it again is offered. */
  empty: boolean;
  primary: boolean;
  createDisabled: boolean;
  progress: Progress | undefined;
  onCreate: () => void;
  onRefresh: () => void;
  onInsertExample: () => void;
  onImportSie: () => void;
}

export function ActionBar({ lang, working, empty, primary, createDisabled, progress, onCreate, onRefresh, onInsertExample, onImportSie }: ActionBarProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.section}>
      <div className={styles.actions}>
        <Button
          appearance={primary && !empty ? 'primary' : 'secondary'}
          disabledFocusable={createDisabled}
          aria-describedby={empty ? 'create-disabled' : undefined}
          onClick={onCreate}
          data-testid="create"
        >
          {tr('createReport', lang)}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton disabledFocusable={working} data-testid="more-actions">
              {tr('moreActions', lang)}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={onRefresh}>{tr('refresh', lang)}</MenuItem>
              {!empty && <MenuItem onClick={onInsertExample}>{tr('insertExample', lang)}</MenuItem>}
              {!empty && <MenuItem onClick={onImportSie}>{tr('importSie', lang)}</MenuItem>}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {empty && <Caption1 id="create-disabled">{tr('createDisabledEmpty', lang)}</Caption1>}
      <div aria-live="polite">{progress && <ProgressPanel progress={progress} lang={lang} />}</div>
    </div>
  );
}

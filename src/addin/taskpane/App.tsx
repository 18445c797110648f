/**
 * The task pane. State and flow only: every workbook action comes in as a prop
 * (`TaskpaneActions`), so nothing here touches Office.js. Reads as a composition: what the
 * pane is doing (`useActivity`) → the report's settings → the report's run (read the
 * workbook, create the report) → data into the workbook (the example, a SIE file) → the
 * sections that show them.
 */
import { Caption1, Divider, FluentProvider, MessageBar, MessageBarBody, Title3, webLightTheme } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang, Problem } from '../../core';
import { tr } from '../i18n';
import type { TaskpaneActions } from '../workflow';
import { ActionBar } from './components/ActionBar';
import { EmptyWorkbook } from './components/EmptyWorkbook';
import { HeadedSection } from './components/HeadedSection';
import { ImportPanel } from './components/ImportPanel';
import { OfficeErrorBar } from './components/OfficeErrorBar';
import { usePaneStyles } from './components/paneStyles';
import { ProblemList } from './components/ProblemList';
import { RangeList } from './components/RangeList';
import { ResultPanel } from './components/ResultPanel';
import { SettingsForm } from './components/SettingsForm';
import { SieFileInput } from './components/SieImportButton';
import { useActivity } from './hooks/useActivity';
import { useImports } from './hooks/useImports';
import { useReportRun } from './hooks/useReportRun';
import { useReportSettings } from './hooks/useReportSettings';

export interface AppProps {
  actions: TaskpaneActions;
  /** The pane's own language: Office's display language (`paneLanguage`). The report's language is a separate setting. */
  uiLang?: Lang;
  /** The report language before the workbook says otherwise (Swedish first). */
  initialLang?: Lang;
}

export function App({ actions, uiLang = 'sv', initialLang = 'sv' }: AppProps) {
  const styles = usePaneStyles();
  const lang = uiLang;
  const activity = useActivity();
  const settings = useReportSettings(initialLang);
  const run = useReportRun(actions, activity, settings);
  const imports = useImports(actions, activity, run, lang);
  /** The SIE file picker, opened by the "Importera SIE-fil" button or menu item. */
  const fileInput = useRef<HTMLInputElement>(null);

  const { working } = activity;
  const { result, check, empty } = run;
  const imported = imports.imported;
  const problems: Problem[] = result?.problems ?? check?.problems ?? [];
  const openFile = () => fileInput.current?.click();
  const create = () => void run.create();
  const insertExample = () => void imports.insertExample();
  const select = (sheet: string, cell: string) => void run.select(sheet, cell);

  return (
    <FluentProvider theme={webLightTheme} lang={tr('locale', lang)}>
      <main className={styles.root} aria-busy={working}>
        <header className={styles.section}>
          <Title3 as="h1">{tr('appTitle', lang)}</Title3>
          <Caption1 className={styles.intro}>{tr('appIntro', lang)}</Caption1>
        </header>

        {activity.error && <OfficeErrorBar error={activity.error} lang={lang} onDismiss={activity.dismissError} />}
        {activity.info && (
          <MessageBar intent="success" data-testid="info">
            <MessageBarBody>{activity.info}</MessageBarBody>
          </MessageBar>
        )}

        <SieFileInput ref={fileInput} onFile={(file) => void imports.importFile(file)} />
        {empty && <EmptyWorkbook lang={lang} disabled={working} onImportSie={openFile} onInsertExample={insertExample} />}

        <HeadedSection id="ranges-heading" heading={tr('rangesHeading', lang)}>
          {run.ranges ? <RangeList ranges={run.ranges} lang={lang} /> : <Caption1>{tr('loading', lang)}</Caption1>}
        </HeadedSection>

        <HeadedSection id="settings-heading" heading={tr('settingsHeading', lang)}>
          <SettingsForm value={settings.value} defaults={check?.defaults ?? {}} lang={lang} disabled={working} onChange={settings.change} />
        </HeadedSection>

        <ActionBar
          lang={lang}
          working={working}
          empty={empty}
          // One primary action at a time: after an import, the import panel's "Skapa rapport" is it.
          primary={!imported?.written}
          createDisabled={working || settings.yearInvalid || empty}
          progress={activity.progress}
          onCreate={create}
          onRefresh={() => void run.scan()}
          onInsertExample={insertExample}
          onImportSie={openFile}
        />

        <div aria-live="polite" className={styles.section}>
          {result && (
            <ResultPanel
              result={result}
              lang={lang}
              onOpenSheet={(sheet) => void run.select(sheet, 'A1')}
              onSelect={(sheet, range) => void run.select(sheet, range)}
            />
          )}
        </div>

        {imported && (
          <>
            <Divider />
            <ImportPanel
              result={imported}
              lang={lang}
              disabled={working || settings.yearInvalid}
              headingRef={imports.headingRef}
              onCreateReport={create}
              onSelect={select}
            />
          </>
        )}

        {(check || result) && (
          <>
            <Divider />
            <HeadedSection id="problems-heading" heading={`${tr('problemsHeading', lang)} (${problems.length})`}>
              {problems.some((p) => p.cell) && <Caption1>{tr('problemsHint', lang)}</Caption1>}
              <ProblemList problems={problems} lang={lang} onSelect={select} />
            </HeadedSection>
          </>
        )}
      </main>
    </FluentProvider>
  );
}

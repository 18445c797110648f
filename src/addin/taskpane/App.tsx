/**
 * The task pane. State and flow only: every workbook action comes in as a prop
 * (`TaskpaneActions`), so nothing here touches Office.js.
 */
import {
  Button,
  Caption1,
  Divider,
  FluentProvider,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang, Problem } from '../../core';
import { describeOfficeError } from '../excel/officeErrors';
import type { OfficeErrorInfo } from '../excel/officeErrors';
import { tr } from '../i18n';
import type { CheckResult, CreateResult, ImportResult, Progress, RangeStatus, RunSettings, TaskpaneActions } from '../workflow';
import { ImportPanel } from './components/ImportPanel';
import { OfficeErrorBar } from './components/OfficeErrorBar';
import { ProblemList } from './components/ProblemList';
import { ProgressPanel } from './components/ProgressPanel';
import { RangeList } from './components/RangeList';
import { ResultPanel } from './components/ResultPanel';
import { SettingsForm, parseYear } from './components/SettingsForm';
import { SieFileInput } from './components/SieImportButton';
import type { SettingsValue } from './components/SettingsForm';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: 'break-word',
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
});

type Busy = 'scan' | 'create' | 'example' | 'select' | 'import';

export interface AppProps {
  actions: TaskpaneActions;
  /** The pane's own language: Office's display language (`paneLanguage`). The report's language is a separate setting. */
  uiLang?: Lang;
  /** The report language before the workbook says otherwise (Swedish first). */
  initialLang?: Lang;
}

export function App({ actions, uiLang = 'sv', initialLang = 'sv' }: AppProps) {
  const styles = useStyles();
  const [ranges, setRanges] = useState<RangeStatus[]>();
  const [check, setCheck] = useState<CheckResult>();
  const [settings, setSettings] = useState<SettingsValue>({ year: '', period: undefined, lang: initialLang });
  const [busy, setBusy] = useState<Busy>();
  const [progress, setProgress] = useState<Progress>();
  const [result, setResult] = useState<CreateResult>();
  const [error, setError] = useState<OfficeErrorInfo>();
  const [info, setInfo] = useState<string>();
  const [imported, setImported] = useState<ImportResult>();
  /** Where focus goes when an import is done: the import's heading (its outcome, then "Skapa rapport"). */
  const importHeading = useRef<HTMLHeadingElement>(null);
  /** Which settings the user changed (those are never overwritten by the data's defaults). */
  const touched = useRef({ year: false, period: false, lang: false });
  /** Whether the language came from the user or the data (else it is not sent to the core). */
  const langKnown = useRef(false);
  /** The SIE file picker, opened by the "Importera SIE-fil" button or menu item. */
  const fileInput = useRef<HTMLInputElement>(null);
  const lang = uiLang;

  const scan = useCallback(async () => {
    setBusy('scan');
    setError(undefined);
    try {
      setRanges(await actions.findRanges());
      const checked = await actions.check(setProgress);
      setCheck(checked);
      setResult(undefined);
      const d = checked.defaults;
      if (d.lang !== undefined) langKnown.current = true;
      setSettings((s) => ({
        year: touched.current.year ? s.year : d.year !== undefined ? String(d.year) : s.year,
        period: touched.current.period ? s.period : (d.period ?? s.period),
        lang: touched.current.lang ? s.lang : (d.lang ?? s.lang),
      }));
    } catch (e) {
      setError(describeOfficeError(e));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  }, [actions]);

  useEffect(() => {
    void scan();
  }, [scan]);

  const onSettings = (next: SettingsValue) => {
    touched.current = {
      year: touched.current.year || next.year !== settings.year,
      period: touched.current.period || next.period !== settings.period,
      lang: touched.current.lang || next.lang !== settings.lang,
    };
    if (next.lang !== settings.lang) langKnown.current = true;
    setSettings(next);
  };

  const create = async () => {
    setBusy('create');
    setError(undefined);
    setInfo(undefined);
    setResult(undefined);
    const run: RunSettings = {
      ...(parseYear(settings.year) !== undefined ? { year: parseYear(settings.year) } : {}),
      ...(settings.period !== undefined ? { period: settings.period } : {}),
      ...(langKnown.current ? { lang: settings.lang } : {}),
    };
    try {
      setResult(await actions.createReport(run, setProgress));
    } catch (e) {
      setError(describeOfficeError(e));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  };

  const insertExample = async () => {
    setBusy('example');
    setError(undefined);
    setInfo(undefined);
    setImported(undefined);
    try {
      const sheets = await actions.insertExample();
      setInfo(tr('exampleInserted', lang, { sheets: sheets.join(', ') }));
    } catch (e) {
      setError(describeOfficeError(e));
      setBusy(undefined);
      return;
    }
    setBusy(undefined);
    await scan();
  };

  /** Reads the chosen file's bytes; the workflow imports them. A successful import re-reads the workbook. */
  const importFile = async (file: File) => {
    setBusy('import');
    setError(undefined);
    setInfo(undefined);
    setResult(undefined);
    setImported(undefined);
    let outcome: ImportResult | undefined;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      outcome = await actions.importSie({ name: file.name, bytes }, setProgress);
      setImported(outcome);
    } catch (e) {
      setError(describeOfficeError(e));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
    if (outcome?.written) await scan();
    if (outcome) importHeading.current?.focus();
  };

  const select = async (sheet: string, cell: string) => {
    try {
      await actions.selectCell(sheet, cell);
    } catch (e) {
      setError(describeOfficeError(e));
    }
  };

  const problems: Problem[] = result?.problems ?? check?.problems ?? [];
  const yearInvalid = settings.year.trim() !== '' && parseYear(settings.year) === undefined;
  const working = busy !== undefined;
  /** No contract range at all: nothing to create a report from yet. */
  const empty = ranges !== undefined && ranges.every((r) => !r.found && !r.issue);
  const openFile = () => fileInput.current?.click();
  // One primary action at a time: after an import, the import panel's "Skapa rapport" is it.
  const createPrimary = !imported?.written;

  return (
    <FluentProvider theme={webLightTheme} lang={tr('locale', lang)}>
      <main className={styles.root} aria-busy={working}>
        <header className={styles.section}>
          <Title3 as="h1">{tr('appTitle', lang)}</Title3>
          <Caption1 className={styles.intro}>{tr('appIntro', lang)}</Caption1>
        </header>

        {error && (
          <OfficeErrorBar
            error={error}
            lang={lang}
            onDismiss={() => {
              setError(undefined);
            }}
          />
        )}
        {info && (
          <MessageBar intent="success" data-testid="info">
            <MessageBarBody>{info}</MessageBarBody>
          </MessageBar>
        )}

        <SieFileInput ref={fileInput} onFile={(file) => void importFile(file)} />
        {empty && (
          <section className={styles.section} data-testid="empty-workbook">
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{tr('emptyWorkbook', lang)}</MessageBarBody>
            </MessageBar>
            <div className={styles.actions}>
              <Button appearance="primary" disabledFocusable={working} onClick={openFile} title={tr('importSieHint', lang)} data-testid="import-sie">
                {tr('importSie', lang)}
              </Button>
              <Button disabledFocusable={working} onClick={() => void insertExample()} title={tr('insertExampleHint', lang)} data-testid="insert-example">
                {tr('insertExample', lang)}
              </Button>
            </div>
          </section>
        )}

        <section className={styles.section} aria-labelledby="ranges-heading">
          <Subtitle2 as="h2" id="ranges-heading">
            {tr('rangesHeading', lang)}
          </Subtitle2>
          {ranges ? <RangeList ranges={ranges} lang={lang} /> : <Caption1>{tr('loading', lang)}</Caption1>}
        </section>

        <section className={styles.section} aria-labelledby="settings-heading">
          <Subtitle2 as="h2" id="settings-heading">
            {tr('settingsHeading', lang)}
          </Subtitle2>
          <SettingsForm value={settings} defaults={check?.defaults ?? {}} lang={lang} disabled={working} onChange={onSettings} />
        </section>

        <div className={styles.section}>
          <div className={styles.actions}>
            <Button
              appearance={createPrimary && !empty ? 'primary' : 'secondary'}
              disabledFocusable={working || yearInvalid || empty}
              aria-describedby={empty ? 'create-disabled' : undefined}
              onClick={() => void create()}
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
                  <MenuItem onClick={() => void scan()}>{tr('refresh', lang)}</MenuItem>
                  {!empty && <MenuItem onClick={() => void insertExample()}>{tr('insertExample', lang)}</MenuItem>}
                  {!empty && <MenuItem onClick={openFile}>{tr('importSie', lang)}</MenuItem>}
                </MenuList>
              </MenuPopover>
            </Menu>
          </div>
          {empty && <Caption1 id="create-disabled">{tr('createDisabledEmpty', lang)}</Caption1>}
          {/* Progress right under the one primary action, where the eye is. */}
          <div aria-live="polite">{progress && <ProgressPanel progress={progress} lang={lang} />}</div>
        </div>

        <div aria-live="polite" className={styles.section}>
          {result && (
            <ResultPanel result={result} lang={lang} onOpenSheet={(sheet) => void select(sheet, 'A1')} onSelect={(sheet, range) => void select(sheet, range)} />
          )}
        </div>

        {imported && (
          <>
            <Divider />
            <ImportPanel
              result={imported}
              lang={lang}
              disabled={working || yearInvalid}
              headingRef={importHeading}
              onCreateReport={() => void create()}
              onSelect={(sheet, cell) => void select(sheet, cell)}
            />
          </>
        )}

        {(check || result) && (
          <>
            <Divider />
            <section className={styles.section} aria-labelledby="problems-heading">
              <Subtitle2 as="h2" id="problems-heading">
                {tr('problemsHeading', lang)} ({problems.length})
              </Subtitle2>
              {problems.some((p) => p.cell) && <Caption1>{tr('problemsHint', lang)}</Caption1>}
              <ProblemList problems={problems} lang={lang} onSelect={(sheet, cell) => void select(sheet, cell)} />
            </section>
          </>
        )}
      </main>
    </FluentProvider>
  );
}

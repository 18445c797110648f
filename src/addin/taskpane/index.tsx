/**
 * The task pane's entry: waits for Office, binds the workflow to `Excel.run` and renders the
 * pane. This file and src/addin/excel are the only places that know about Office.js.
 */
import { createRoot } from 'react-dom/client';
import { exampleWorkbook } from '../../example/exampleWorkbook';
import { detectFeatures } from '../excel/features';
import { paneLanguage, tr } from '../i18n';
import { createActions } from '../workflow';
import { App } from './App';

function mount(): ReturnType<typeof createRoot> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  return createRoot(container);
}

Office.onReady((info) => {
  const root = mount();
  const lang = paneLanguage(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    root.render(<p role="alert">{tr('notInExcel', lang)}</p>);
    return;
  }
  const actions = createActions({
    run: (options, batch) => Excel.run(options, batch),
    features: detectFeatures,
    example: () => exampleWorkbook(),
  });
  root.render(<App actions={actions} uiLang={lang} />);
}).catch((e: unknown) => {
  const root = mount();
  root.render(<p role="alert">{String(e)}</p>);
});

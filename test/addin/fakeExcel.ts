/**
 * A STRICT fake of the Excel JavaScript API subset the add-in uses, for unit tests (Node) and
 * for the end-to-end test's in-page host (bundled for the browser; no Node APIs here).
 *
 * What makes it strict, like Excel:
 * - client objects are proxies: a property can be read only after `load()` and `sync()`
 *   (else `PropertyNotLoaded`), and any member outside the modelled subset throws;
 * - commands are queued and run at `context.sync()`, in order; a failing command stops the
 *   batch (earlier commands stay applied) and clears the queue;
 * - a request whose JSON payload is over 5 MB is refused as a whole with
 *   `RequestPayloadSizeLimitExceeded`, a response over 5 MB with
 *   `ResponsePayloadSizeLimitExceeded` (Excel on the web's limits);
 * - a string written to `values`/`formulas` is parsed like typed input: `=…` is a formula,
 *   `+…`/`-…`/`@…` too unless numeric, numbers/dates/booleans are converted, a leading `'`
 *   marks text — except in a cell formatted `@`, which stores the string as it is;
 * - sheet names are validated and unique; renaming a sheet rewrites formulas that refer to
 *   it; deleting one turns its names into #REF!; objects are dead after `Excel.run` ends.
 * It counts syncs and records the largest request and response.
 *
 * This module is the entry; the fake lives in fake/, one concern each:
 * - `host.ts`: `FakeExcelHost`, `Excel.run`, options, statistics, the set-up and inspection helpers;
 * - `context.ts`: the request context — queued commands, `sync()`, payload limits, sync accounting;
 * - `client.ts`: the strict client-object base, loads, collections, write guards;
 * - `workbookClient.ts`, `worksheets.ts`, `ranges.ts`, `names.ts`, `tables.ts`: the API objects;
 * - `workbook.ts` (the data), `formula.ts` (evaluation), `a1.ts` (addresses), `errors.ts`.
 */
export { formatAddress, formatLocal, parseLocal } from './fake/a1';
export type { Rect } from './fake/a1';
export { FakeRichApiError } from './fake/errors';
export type { Scalar } from './fake/formula';
export { FakeExcelHost, PAYLOAD_LIMIT } from './fake/host';
export type { FakeHostOptions, FakeStats, SyncRecord } from './fake/host';
export { SheetData, WorkbookData, parseInput } from './fake/workbook';
export type { ChartRecord, FormatRecord, NameData, TableData } from './fake/workbook';

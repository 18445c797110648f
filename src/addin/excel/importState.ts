/**
 * What the workbook holds before a SIE import, and what the import may change.
 *
 * Sheets a SIE import wrote carry a marker: a workbook-scoped name `FinsamSie_<n>` on their A1
 * (as report sheets carry `FinsamRapport_<n>`), with a comment naming the contract range. A
 * re-import replaces exactly those sheets and the contract names that point at them. Every
 * other sheet, name and table is the user's: a contract range the user already has (under any
 * of its names, as a name or a table) is kept, and the file's range of that kind is not written.
 * A contract name that refers to an error (`#REF!`, left behind when its sheet was deleted)
 * holds neither a range nor data; the import replaces it.
 */
import { type RangeData, type ContractRange, SIE_SHEET_NAMES, uniqueSheetName } from '../../core';
import { contractRangeOf } from '../contractRanges';
import { isMultiAreaOrExternal } from './findRanges';
import type { MarkedSheet } from './types';

/** Prefix of the markers on the sheets a SIE import wrote. */
export const SIE_MARKER_PREFIX = 'FinsamSie_';
/** Start of every SIE marker's comment: `finsam-sie <contract range>: <file name>`. */
export const SIE_MARKER_COMMENT = 'finsam-sie';

const SIE_MARKER = new RegExp(`^${SIE_MARKER_PREFIX}\\d+$`, 'i');

/** True for the name of a SIE import's sheet marker (`FinsamSie_3`, any case). */
export function isSieMarkerName(name: string): boolean {
  return SIE_MARKER.test(name);
}

/** A workbook name or table that stands for a contract range. */
export interface ContractNameState {
  /** As the workbook spells it (`Kontoplan`, `Ledger`, `IB` …). */
  name: string;
  key: ContractRange;
  source: 'name' | 'table';
  /** The name's type (`Range`, `Error`, `String` …); `Range` for a table. */
  type: string;
  /** What it refers to, as Excel shows it (`Data!$A$1:$E$40`); for a table its name. */
  reference: string;
  /** The sheet of a single-area range name. */
  sheet?: string;
}

export interface ImportState {
  sheetNames: string[];
  /** Every workbook-scoped name (markers and the user's), for free marker numbers. */
  nameNames: string[];
  /** The SIE markers and the sheets they mark (none when the marker refers to #REF!). */
  markers: MarkedSheet[];
  contractNames: ContractNameState[];
}

/**
 * Loads sheets, names, tables and the sheets behind the SIE markers and the contract names.
 * Two syncs (one when there is nothing to resolve).
 */
export async function loadImportState(context: Excel.RequestContext): Promise<ImportState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();

  const resolvable = (item: Excel.NamedItem): boolean => item.type === 'Range' && !isMultiAreaOrExternal(String(item.value ?? ''));
  const sheetOf = (item: Excel.NamedItem): Excel.Worksheet => {
    const ws = item.getRange().worksheet;
    ws.load('name');
    return ws;
  };
  const markers = names.items.filter((n) => isSieMarkerName(n.name)).map((item) => ({ marker: item.name, ws: resolvable(item) ? sheetOf(item) : undefined }));
  const contract = names.items.flatMap((item) => {
    const key = contractRangeOf(item.name);
    if (!key) return [];
    return [{ item, key, ws: resolvable(item) ? sheetOf(item) : undefined }];
  });
  if (markers.some((m) => m.ws) || contract.some((c) => c.ws)) await context.sync();

  const contractNames: ContractNameState[] = contract.map(({ item, key, ws }) => ({
    name: item.name,
    key,
    source: 'name',
    type: item.type,
    reference: String(item.value ?? ''),
    ...(ws ? { sheet: ws.name } : {}),
  }));
  for (const table of tables.items) {
    const key = contractRangeOf(table.name);
    if (key) contractNames.push({ name: table.name, key, source: 'table', type: 'Range', reference: table.name });
  }
  return {
    sheetNames: worksheets.items.map((w) => w.name),
    nameNames: names.items.map((n) => n.name),
    markers: markers.map((m) => ({ marker: m.marker, ...(m.ws ? { sheet: m.ws.name } : {}) })),
    contractNames,
  };
}

/** A user's range of the contract that the import keeps. */
export interface UserRange {
  name: string;
  source: 'name' | 'table';
  reference: string;
  /** True when it is a name that is not a single range (a constant, several areas …). */
  unusable: boolean;
}

/** One range of the file and what the import does with it. */
export type ImportDecision =
  | {
      key: ContractRange;
      action: 'write';
      range: RangeData;
      /** The new sheet's name: the SIE sheet name, made unique against the user's sheets. */
      sheet: string;
      /** A broken name (`#REF!`) of the user's that the new name replaces. */
      replacesBroken?: string;
    }
  | { key: ContractRange; action: 'keepUser'; range: RangeData; user: UserRange };

export interface ImportPlan {
  decisions: ImportDecision[];
  /** The user's contract ranges for which the file has nothing: kept as they are. */
  userOnly: { key: ContractRange; user: UserRange }[];
  /** Sheets of the previous import: deleted by the swap. */
  oldSheets: string[];
  /** Contract names to delete before the new ones are added: the previous import's and broken ones being replaced. */
  namesToDelete: string[];
}

/** Decides, without touching the workbook, which of the file's ranges go where. Pure. */
export function planImport(state: ImportState, ranges: readonly RangeData[]): ImportPlan {
  const oldSheets = new Set(state.markers.flatMap((m) => (m.sheet ? [m.sheet] : [])));
  const ours = (c: ContractNameState): boolean => c.source === 'name' && c.type === 'Range' && c.sheet !== undefined && oldSheets.has(c.sheet);
  const broken = (c: ContractNameState): boolean => c.source === 'name' && c.type === 'Error';
  const userOf = (key: ContractRange): UserRange | undefined => {
    const c = state.contractNames.find((n) => n.key === key && !ours(n) && !broken(n));
    if (!c) return undefined;
    const unusable = c.source === 'name' && (c.type !== 'Range' || isMultiAreaOrExternal(c.reference));
    return { name: c.name, source: c.source, reference: c.reference, unusable };
  };

  const fileKeys = new Set<ContractRange>();
  const namesToDelete = state.contractNames.filter(ours).map((c) => c.name);
  const userSheets = state.sheetNames.filter((n) => !oldSheets.has(n));
  const finalNames: string[] = [];
  const decisions: ImportDecision[] = [];
  for (const range of ranges) {
    const key = contractRangeOf(range.name);
    if (!key || fileKeys.has(key)) throw new Error(`planImport: ${range.name} is not one contract range of the file`);
    fileKeys.add(key);
    const user = userOf(key);
    if (user) {
      decisions.push({ key, action: 'keepUser', range, user });
      continue;
    }
    const brokenName = state.contractNames.find((n) => n.key === key && broken(n));
    // Every broken name of this range goes: the core would see two ranges otherwise.
    for (const b of state.contractNames) if (b.key === key && broken(b)) namesToDelete.push(b.name);
    const sheet = uniqueSheetName(SIE_SHEET_NAMES[key] ?? key, [...userSheets, ...finalNames]);
    finalNames.push(sheet);
    decisions.push({ key, action: 'write', range, sheet, ...(brokenName ? { replacesBroken: brokenName.name } : {}) });
  }

  const userOnly: ImportPlan['userOnly'] = [];
  const listed = new Set<ContractRange>();
  for (const c of state.contractNames) {
    if (fileKeys.has(c.key) || listed.has(c.key)) continue;
    const user = userOf(c.key);
    if (!user) continue;
    listed.add(c.key);
    userOnly.push({ key: c.key, user });
  }
  return { decisions, userOnly, oldSheets: [...oldSheets], namesToDelete };
}

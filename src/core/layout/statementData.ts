/** The JSON form of a statement: exact decimal strings per line and column. */
import type { StatementData } from '../model/types';
import type { Statement } from '../statements/types';
import { decimalOf, type Dec } from '../money';

export function toStatementData(statement: Statement, title: string, columns: [string, string][]): StatementData {
  const str = (v: Dec | null | undefined) => (v === null || v === undefined ? null : decimalOf(v, 2));
  return {
    key: statement.key,
    title,
    columns: columns.map(([key, label]) => ({ key, label })),
    lines: statement.rows.map((r) => ({
      key: r.key,
      label: r.label,
      kind: r.kind,
      values: Object.fromEntries(columns.map(([k]) => [k, r.kind === 'heading' ? null : str(r.values[k])])),
      ...(r.accounts && r.accounts.length
        ? { accounts: r.accounts.map((a) => ({ account: a.account, name: a.name, values: Object.fromEntries(columns.map(([k]) => [k, str(a.values[k])])) })) }
        : {}),
    })),
  };
}

/**
 * An independent sum of a SIE file's rows, for checking reports made from it: no code of the
 * product is used. The file is read line by line with regular expressions:
 *   - `#TRANS` rows only: what a reader that knows nothing of SIE 4B's `#RTRANS`/`#BTRANS`
 *     sees. The format writes every added row (#RTRANS) again as a plain #TRANS copy and a
 *     removed row (#BTRANS) never as a #TRANS, so the plain rows are the books;
 *   - `#PSALDO 0 … {}` (the total level), `#RES 0`, `#IB 0`, `#UB 0`, and `#PSALDO 0` per cost
 *     centre `{1 "…"}`.
 * Amounts are öre (integers); a row's date is its transdat, else its voucher's date.
 */
export interface PlainRow {
  account: number;
  ore: number;
  /** `YYYYMMDD` */
  date: string;
  costCentre?: string;
}

export interface PlainSums {
  trans: PlainRow[];
  psaldo: { period: string; account: number; ore: number; costCentre?: string }[];
  /** Every `#PSALDO 0` row whatever its object list, with its cost centre when it names one. */
  psaldoAll: { period: string; account: number; ore: number; costCentre?: string }[];
  res: Map<number, number>;
  ib: Map<number, number>;
  ub: Map<number, number>;
  /** `#RAR 0` start and end, when the file has them. */
  year?: { start: string; end: string };
}

const ore = (text: string): number => {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0') || '0'));
};

/** Bytes of any 8-bit or UTF-8 SIE file: only ASCII tokens are read. */
export function plainSums(bytes: Uint8Array): PlainSums {
  const text = Buffer.from(bytes).toString('latin1');
  const out: PlainSums = { trans: [], psaldo: [], psaldoAll: [], res: new Map(), ib: new Map(), ub: new Map() };
  let voucherDate = '';
  const add = (m: Map<number, number>, a: number, v: number) => m.set(a, (m.get(a) ?? 0) + v);
  for (const line of text.split(/\r\n|\n|\r/)) {
    let m: RegExpExecArray | null;
    if ((m = /^#VER\s+("[^"]*"|\S+)\s+("[^"]*"|\S+)\s+(\d{8})/.exec(line))) voucherDate = m[3];
    else if ((m = /^#TRANS\s+(\d+)\s+\{([^}]*)\}\s+(\S+)(?:\s+"?(\d{8})?"?)?/.exec(line))) {
      const cc = /(?:^|\s)"?1"?\s+"([^"]*)"/.exec(m[2]);
      out.trans.push({ account: Number(m[1]), ore: ore(m[3]), date: m[4] ?? voucherDate, ...(cc ? { costCentre: cc[1] } : {}) });
    } else if ((m = /^#PSALDO\s+0\s+(\d{6})\s+(\d+)\s+\{([^}]*)\}\s+(\S+)/.exec(line))) {
      const objects = m[3].trim();
      const cc = /^"?1"?\s+"([^"]*)"$/.exec(objects);
      if (objects === '' || cc) out.psaldo.push({ period: m[1], account: Number(m[2]), ore: ore(m[4]), ...(cc ? { costCentre: cc[1] } : {}) });
      const anyCc = /(?:^|\s)"?1"?\s+"([^"]*)"/.exec(objects);
      out.psaldoAll.push({ period: m[1], account: Number(m[2]), ore: ore(m[4]), ...(anyCc ? { costCentre: anyCc[1] } : {}) });
    } else if ((m = /^#(RES|IB|UB)\s+0\s+(\d+)\s+(\S+)/.exec(line))) {
      add(m[1] === 'RES' ? out.res : m[1] === 'IB' ? out.ib : out.ub, Number(m[2]), ore(m[3]));
    } else if ((m = /^#RAR\s+0\s+(\d{8})\s+(\d{8})/.exec(line))) out.year = { start: m[1], end: m[2] };
  }
  return out;
}

/** BAS account classes 3–8 (income statement), by the account as the file writes it. */
export const isResultAccount = (account: number): boolean => account >= 3000 && account <= 8999;

/**
 * The period's result as the report shows it (income positive): minus the sum of the result
 * accounts' #TRANS rows dated from `from` to `to` (inclusive, `YYYYMMDD`), leaving out
 * `exclude` (e.g. the closing entries' 8999).
 */
export function plainResult(rows: readonly PlainRow[], from: string, to: string, exclude: (r: PlainRow) => boolean = () => false): string {
  let sum = 0;
  for (const r of rows) if (isResultAccount(r.account) && r.date >= from && r.date <= to && !exclude(r)) sum += r.ore;
  return oreText(-sum);
}

/** öre → `1234.50` (the report model's exact decimal text). */
export function oreText(v: number): string {
  const abs = Math.abs(v);
  return `${v < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

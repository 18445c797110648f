/**
 * SIE 4 bytes → `SieFile`. Pure and total: every input gives a result with its problems,
 * never an exception, in time linear in the size of the file.
 *
 * Records read: #FLAGGA #PROGRAM #FORMAT #GEN #SIETYP #FNAMN #ORGNR #RAR #KONTO #KTYP #DIM
 * #OBJEKT #IB #UB #RES #OIB #OUB #PSALDO #PBUDGET #VER (with #TRANS #RTRANS #BTRANS) #KSUMMA.
 * Unknown labels are ignored, as the format requires.
 *
 * `#RTRANS` (SIE 4B) is a row added to a voucher afterwards; the format has every #RTRANS
 * followed by a #TRANS copy for programs that do not know #RTRANS, so the pair counts once
 * (see `readRow` for what makes a copy). `#BTRANS` is a row removed afterwards: kept on the
 * voucher for audit, never counted, nor is a #TRANS copy of it.
 */
import type { Severity } from '../input/types';
import { checksumText, Crc32, parseChecksumValue } from './checksum';
import { encodeCp437 } from './cp437';
import { decodeSieBytes, type SieEncoding } from './decode';
import { lexLine, type SieField } from './lexer';
import { ProblemSink } from './problems';
import { lineText } from './sourceLines';
import type { SieAccount, SieBalance, SieFile, SieObjectRef, SiePeriodBalance, SieTrans, SieVoucher } from './types';
import { parseAccount, parseAmount, parseDate, parseInteger, parsePeriod } from './values';
import type { ProblemCode } from '../messages/messages';

/** Reads a SIE file from its bytes (encoding detected from the bytes). */
export function parseSie(bytes: Uint8Array): SieFile {
  const { text, encoding, note } = decodeSieBytes(bytes);
  const reader = new SieReader(encoding);
  if (note) reader.encodingNote = { kind: note.kind, line: lineOfOffset(bytes, note.offset), count: note.count };
  return reader.read(text);
}

/** 1-based line of the byte at `offset` (lines end at CRLF, LF or CR, as the reader splits them). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

const ENCODING_NAMES: Record<SieEncoding, string> = {
  cp437: 'PC8 (CP437)',
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (Latin-1)',
  'iso-8859-15': 'ISO 8859-15 (Latin-9)',
  latin: 'ISO 8859-1/8859-15/Windows-1252 (Latin-1/Latin-9)',
};

/** Labels that may only stand outside a #VER block: meeting one inside means `}` is missing. */
const TOP_LEVEL_LABELS = new Set([
  '#FLAGGA',
  '#PROGRAM',
  '#FORMAT',
  '#GEN',
  '#SIETYP',
  '#FNAMN',
  '#ORGNR',
  '#RAR',
  '#KONTO',
  '#KTYP',
  '#DIM',
  '#OBJEKT',
  '#IB',
  '#UB',
  '#RES',
  '#OIB',
  '#OUB',
  '#PSALDO',
  '#PBUDGET',
  '#VER',
  '#KSUMMA',
]);

/** The shared empty object list (`{}`); frozen, as every object list of a parsed file is read-only. */
const NO_OBJECTS = Object.freeze([]) as unknown as SieObjectRef[];

const ROW_LABELS = new Set(['#TRANS', '#RTRANS', '#BTRANS']);

/**
 * Reads SIE text. `encoding` is what the bytes were (it decides how `#KSUMMA` is checked:
 * the checksum is specified over code page 437 bytes).
 */
export function parseSieText(text: string, encoding: SieEncoding = 'cp437'): SieFile {
  return new SieReader(encoding).read(text);
}

/** The `#RTRANS` or `#BTRANS` just read, waiting to see whether a `#TRANS` copy follows. */
interface Pending {
  label: string;
  row?: SieTrans;
  line: number;
  text: string;
}

class SieReader {
  private readonly sink = new ProblemSink();
  private readonly file: SieFile;
  private readonly accounts = new Map<number, SieAccount>();
  private readonly seenBalances = new Set<string>();
  private readonly objectRefs = new Map<string, SieObjectRef>();
  private state: 'top' | 'expectOpen' | 'inVer' = 'top';
  private voucher?: SieVoucher;
  private voucherText = '';
  private pending?: Pending;
  private crc?: Crc32;
  private crcStartLine = 0;
  private crcEnded = false;
  private sawRecord = false;
  private sawKnownLabel = false;
  private readonly utf8 = new TextEncoder();
  private lineNo = 0;
  private lineText = '';
  /** What the decoder noticed about the bytes, reported at its line when the file is read. */
  encodingNote?: { kind: 'guessed' | 'utf8Stray'; line: number; count: number };

  constructor(private readonly encoding: SieEncoding) {
    this.file = {
      encoding,
      source: '',
      lineCount: 0,
      fiscalYears: [],
      accounts: [],
      dimensions: [],
      objects: [],
      openingBalances: [],
      closingBalances: [],
      results: [],
      objectOpeningBalances: [],
      objectClosingBalances: [],
      periodBalances: [],
      periodBudgets: [],
      vouchers: [],
      problems: [],
    };
  }

  read(text: string): SieFile {
    this.file.source = text;
    // Lines end at CRLF, LF or a lone CR (old Mac files). Walked with indexOf rather than
    // split: no array of a million strings; the next CR and LF are remembered, so the walk
    // is linear even when the file has no CR at all.
    const n = text.length;
    let pos = 0;
    let lineNo = 0;
    let lf = -1;
    let cr = -1;
    while (pos < n) {
      if (lf < pos) {
        lf = text.indexOf('\n', pos);
        if (lf < 0) lf = n;
      }
      if (cr < pos) {
        cr = text.indexOf('\r', pos);
        if (cr < 0) cr = n;
      }
      let end: number;
      let next: number;
      if (cr < lf) {
        end = cr;
        next = cr + 1 === lf ? lf + 1 : cr + 1;
      } else {
        end = lf;
        next = lf + 1;
      }
      lineNo++;
      this.lineNo = lineNo;
      this.lineText = text.slice(pos, end);
      this.readLine(this.lineText);
      pos = next;
    }
    this.file.lineCount = lineNo;
    this.finish();
    return this.file;
  }

  private problem(severity: Severity, code: ProblemCode, params: Record<string, string | number> = {}, value?: string): void {
    this.sink.add(severity, code, this.lineNo, this.lineText, params, value);
  }

  private readLine(raw: string): void {
    const lexed = lexLine(raw);
    switch (lexed.kind) {
      case 'empty':
        return;
      case 'invalid':
        this.problem('error', 'sieSyntax', { reason: lexed.error });
        return;
      case 'open':
        if (this.state === 'expectOpen') this.state = 'inVer';
        else this.problem('error', 'sieUnexpectedBrace', { brace: '{' });
        return;
      case 'close':
        if (this.state === 'inVer') this.closeVoucher(true);
        else this.problem('error', 'sieUnexpectedBrace', { brace: '}' });
        return;
      case 'record':
        break;
    }
    const { label, fields } = lexed;
    if (!this.sawRecord) {
      this.sawRecord = true;
      if (label !== '#FLAGGA') this.problem('warning', 'sieFirstNotFlagga', {}, label);
    }
    const known = TOP_LEVEL_LABELS.has(label) || ROW_LABELS.has(label);
    if (known) this.sawKnownLabel = true;
    // Unknown labels are ignored as the format requires — even when their fields are malformed.
    if (lexed.error && known) this.problem('error', 'sieSyntax', { reason: lexed.error });

    if (label === '#KSUMMA') {
      this.readChecksum(fields);
    } else if (this.crc && !this.crcEnded) {
      const contents = checksumText(label, fields);
      this.crc.add(this.encoding === 'cp437' ? encodeCp437(contents) : this.utf8.encode(contents));
    }

    if (this.state === 'expectOpen') {
      this.problemAt(this.voucher!.line, this.voucherText, 'error', 'sieVerNotOpened');
      this.closeVoucher(false);
    }
    if (this.state === 'inVer') {
      if (ROW_LABELS.has(label)) {
        this.readRow(label, fields);
        return;
      }
      if (!TOP_LEVEL_LABELS.has(label)) return; // unknown label inside a voucher: ignored
      this.problemAt(this.voucher!.line, this.voucherText, 'error', 'sieVerNotClosed', { next: this.lineNo });
      this.closeVoucher(false);
    }
    this.readTopLevel(label, fields);
  }

  private problemAt(line: number, text: string, severity: Severity, code: ProblemCode, params: Record<string, string | number> = {}): void {
    this.sink.add(severity, code, line, text, params);
  }

  private readTopLevel(label: string, fields: SieField[]): void {
    switch (label) {
      case '#FLAGGA': {
        const v = this.text(fields, 0);
        if (v !== undefined) {
          const n = parseInteger(v);
          if (n === undefined) this.problem('warning', 'sieBadNumber', { field: 'flagga' }, v);
          else this.file.flag = n;
          // 1: the receiving program marks a file it has read in; reading it again may count it twice.
          if (n === 1) this.problem('warning', 'sieFlagSet', {}, v);
        }
        return;
      }
      case '#PROGRAM': {
        const name = this.text(fields, 0);
        if (name !== undefined) this.file.program = { name, version: this.text(fields, 1) };
        return;
      }
      case '#FORMAT':
        this.file.format = this.text(fields, 0);
        return;
      case '#GEN': {
        const date = this.text(fields, 0);
        if (date !== undefined) this.file.generated = { date, sign: this.text(fields, 1) };
        return;
      }
      case '#SIETYP': {
        const v = this.text(fields, 0);
        const n = v === undefined ? undefined : parseInteger(v);
        if (n === undefined) this.problem('warning', 'sieBadNumber', { field: 'typnr' }, v ?? '');
        else {
          this.file.sieType = n;
          if (n < 1 || n > 4) this.problem('warning', 'sieUnsupportedType', { type: n });
        }
        return;
      }
      case '#FNAMN':
        this.file.companyName = this.text(fields, 0);
        return;
      case '#ORGNR':
        this.file.orgNr = this.text(fields, 0);
        return;
      case '#RAR': {
        const year = this.integer(fields, 0, 'årsnr');
        if (year !== undefined && fields.length === 1) {
          // BL Administration's SIE 4I writes `#RAR 0` with no dates.
          this.problem('warning', 'sieRarEmpty', { year });
          return;
        }
        const start = this.date(fields, 1, 'start');
        const end = this.date(fields, 2, 'slut');
        if (year === undefined || start === undefined || end === undefined) return;
        if (end < start) {
          this.problem('error', 'sieBadDate', { field: 'slut' }, end);
          return;
        }
        this.file.fiscalYears.push({ line: this.lineNo, year, start, end });
        return;
      }
      case '#KONTO': {
        const account = this.account(fields, 0);
        const name = this.text(fields, 1);
        if (account === undefined) return;
        const entry = this.accountEntry(account);
        entry.name = name ?? '';
        return;
      }
      case '#KTYP': {
        const account = this.account(fields, 0);
        const type = this.required(fields, 1, 'kontotyp');
        if (account === undefined || type === undefined) return;
        const t = type.toUpperCase();
        if (t !== 'T' && t !== 'S' && t !== 'K' && t !== 'I') {
          this.problem('warning', 'sieBadAccountType', {}, type);
          return;
        }
        this.accountEntry(account).type = t;
        return;
      }
      case '#DIM': {
        const dim = this.integer(fields, 0, 'dimensionsnr');
        if (dim === undefined) return;
        this.file.dimensions.push({ line: this.lineNo, dim, name: this.text(fields, 1) ?? '' });
        return;
      }
      case '#OBJEKT': {
        const dim = this.integer(fields, 0, 'dimensionsnr');
        const code = this.required(fields, 1, 'objektnr');
        if (dim === undefined || code === undefined) return;
        this.file.objects.push({ line: this.lineNo, dim, code, name: this.text(fields, 2) ?? '' });
        return;
      }
      case '#IB':
      case '#UB':
      case '#RES': {
        const year = this.integer(fields, 0, 'årsnr');
        const account = this.account(fields, 1);
        const amount = this.amount(fields, 2);
        if (year === undefined || account === undefined || amount === undefined) return;
        const balance: SieBalance = { line: this.lineNo, year, account, amount };
        const quantity = this.text(fields, 3);
        if (quantity !== undefined && quantity !== '') balance.quantity = quantity;
        const key = `${label} ${year} ${account}`;
        if (this.seenBalances.has(key)) this.problem('warning', 'sieDuplicateBalance', { label, year, account });
        this.seenBalances.add(key);
        (label === '#IB' ? this.file.openingBalances : label === '#UB' ? this.file.closingBalances : this.file.results).push(balance);
        return;
      }
      case '#OIB':
      case '#OUB': {
        const year = this.integer(fields, 0, 'årsnr');
        const account = this.account(fields, 1);
        const objects = this.objects(fields, 2);
        const amount = this.amount(fields, 3);
        if (year === undefined || account === undefined || objects === undefined || amount === undefined) return;
        (label === '#OIB' ? this.file.objectOpeningBalances : this.file.objectClosingBalances).push({
          line: this.lineNo,
          year,
          account,
          objects,
          amount,
        });
        return;
      }
      case '#PSALDO':
      case '#PBUDGET': {
        const year = this.integer(fields, 0, 'årsnr');
        const period = this.period(fields, 1);
        const account = this.account(fields, 2);
        const objects = this.objects(fields, 3);
        const amount = this.amount(fields, 4);
        if (year === undefined || period === undefined || account === undefined || objects === undefined || amount === undefined) return;
        const row: SiePeriodBalance = { line: this.lineNo, year, period, account, objects, amount };
        (label === '#PSALDO' ? this.file.periodBalances : this.file.periodBudgets).push(row);
        return;
      }
      case '#VER':
        this.openVoucher(fields);
        return;
      case '#TRANS':
      case '#RTRANS':
      case '#BTRANS':
        this.problem('error', 'sieTransOutsideVer', { label });
        return;
      default:
        return; // unknown labels are ignored
    }
  }

  private accountEntry(account: number): SieAccount {
    let entry = this.accounts.get(account);
    if (!entry) {
      entry = { account, line: this.lineNo };
      this.accounts.set(account, entry);
    }
    return entry;
  }

  private openVoucher(fields: SieField[]): void {
    const series = this.text(fields, 0) ?? '';
    const number = this.text(fields, 1) ?? '';
    const date = this.date(fields, 2, 'verdatum');
    const voucher: SieVoucher = {
      line: this.lineNo,
      series,
      number,
      date: date ?? '',
      text: this.text(fields, 3) ?? '',
      rows: [],
      removedRows: [],
      closed: false,
    };
    const regDate = this.text(fields, 4);
    if (regDate) voucher.regDate = regDate;
    const sign = this.text(fields, 5);
    if (sign) voucher.sign = sign;
    this.voucher = voucher;
    this.voucherText = this.lineText;
    this.state = 'expectOpen';
  }

  private closeVoucher(closed: boolean): void {
    const v = this.voucher;
    if (v) {
      this.flushPendingAdded();
      v.closed = closed;
      this.file.vouchers.push(v);
    }
    this.voucher = undefined;
    this.state = 'top';
  }

  private flushPendingAdded(): void {
    const p = this.pending;
    if (p && p.label === '#RTRANS') this.problemAt(p.line, p.text, 'warning', 'sieRtransWithoutTrans');
    this.pending = undefined;
  }

  /**
   * A voucher row. SIE 4B: a `#RTRANS` (added row) or `#BTRANS` (removed row) may be followed
   * by a plain `#TRANS` copy for readers that do not know the label. The copy is recognised
   * by account, object list and amount; its date, text, quantity and signature may differ
   * (Fortnox leaves the signature off the copy, BL Administration gives it the voucher's date
   * instead of the date of the correction). The pair counts once, booked on the copy's date
   * (the date the program's own #PSALDO uses); the copy of a removed row never counts.
   */
  private readRow(label: string, fields: SieField[]): void {
    const v = this.voucher!;
    const row = this.parseRow(fields, label === '#RTRANS' ? 'added' : 'normal');
    const p = this.pending;
    if (label === '#TRANS' && p) {
      this.pending = undefined;
      if (row && p.row && isCopyOf(row, p.row)) {
        if (p.label === '#RTRANS') {
          if (row.date) p.row.date = row.date;
          else delete p.row.date;
          if (!p.row.text && row.text) p.row.text = row.text;
          p.row.copyLine = row.line;
        } else p.row.copyLine = row.line;
        return;
      }
      if (p.label === '#RTRANS') this.problemAt(p.line, p.text, 'warning', 'sieRtransWithoutTrans');
    } else this.flushPendingAdded();
    if (label !== '#TRANS') this.pending = { label, row, line: this.lineNo, text: this.lineText };
    if (!row) return;
    if (label === '#BTRANS') v.removedRows.push(row);
    else v.rows.push(row);
  }

  private parseRow(fields: SieField[], kind: SieTrans['kind']): SieTrans | undefined {
    const account = this.account(fields, 0);
    const objects = this.objects(fields, 1);
    const amount = this.amount(fields, 2);
    const dateText = this.text(fields, 3);
    let date: string | undefined;
    let dateOk = true;
    if (dateText !== undefined && dateText !== '') {
      date = parseDate(dateText);
      if (date === undefined) {
        this.problem('error', 'sieBadDate', { field: 'transdat' }, dateText);
        dateOk = false;
      }
    }
    if (account === undefined || objects === undefined || amount === undefined || !dateOk) return undefined;
    const row: SieTrans = { line: this.lineNo, account, objects, amount, kind };
    if (date) row.date = date;
    const text = this.text(fields, 4);
    if (text) row.text = text;
    const quantity = this.text(fields, 5);
    if (quantity) row.quantity = quantity;
    const sign = this.text(fields, 6);
    if (sign) row.sign = sign;
    return row;
  }

  private readChecksum(fields: SieField[]): void {
    const valueText = fields.length > 0 && fields[0].kind === 'text' ? fields[0].value : undefined;
    if (valueText === undefined || valueText === '') {
      if (!this.crc) {
        this.crc = new Crc32();
        this.crcStartLine = this.lineNo;
      }
      return;
    }
    if (!this.crc || this.crcEnded) {
      this.problem('error', 'sieChecksumNoStart');
      return;
    }
    this.crcEnded = true;
    const expected = parseChecksumValue(valueText);
    const actual = this.crc.value();
    if (expected === undefined) {
      this.problem('error', 'sieBadNumber', { field: 'kontrollsumma' }, valueText);
      return;
    }
    const verified = this.encoding === 'cp437';
    this.file.checksum = { line: this.lineNo, expected, actual, verified };
    if (expected === actual) return;
    if (verified) this.problem('error', 'sieChecksumMismatch', { stated: expected, computed: actual });
    else this.problem('warning', 'sieChecksumNotVerified', { encoding: this.encoding });
  }

  private finish(): void {
    if (this.state !== 'top' && this.voucher) {
      this.problemAt(this.voucher.line, this.voucherText, 'error', 'sieVerNotClosed', { next: 0 });
      this.closeVoucher(false);
    }
    if (this.crc && !this.crcEnded) {
      this.problemAt(this.crcStartLine, '#KSUMMA', 'error', 'sieChecksumNoEnd');
    }
    if (!this.sawKnownLabel) {
      this.sink.add('error', 'sieNotSie', 0, '', {});
    }
    const note = this.encodingNote;
    if (note && this.sawKnownLabel) {
      const text = lineText(this.file, note.line);
      if (note.kind === 'guessed') this.sink.add('warning', 'sieEncodingGuessed', note.line, text, { encoding: ENCODING_NAMES[this.encoding] });
      else this.sink.add('warning', 'sieUtf8Stray', note.line, text, { count: note.count });
    }
    this.file.accounts = [...this.accounts.values()].sort((a, b) => a.account - b.account);
    this.file.problems = this.sink.finish();
  }

  // Typed access to a record's fields; each reports what is missing or malformed on this line.
  // (Plain methods rather than closures per record: a million records must stay cheap.)

  private text(fields: SieField[], i: number): string | undefined {
    const fld = fields[i];
    return fld !== undefined && fld.kind === 'text' ? fld.value : undefined;
  }

  private required(fields: SieField[], i: number, name: string): string | undefined {
    const fld = fields[i];
    if (fld === undefined) {
      this.problem('error', 'sieMissingField', { field: name });
      return undefined;
    }
    if (fld.kind === 'list') {
      this.problem('error', 'sieMissingField', { field: name }, '{' + fld.items.join(' ') + '}');
      return undefined;
    }
    return fld.value;
  }

  private integer(fields: SieField[], i: number, name: string): number | undefined {
    const t = this.required(fields, i, name);
    if (t === undefined) return undefined;
    const n = parseInteger(t);
    if (n === undefined) this.problem('error', 'sieBadNumber', { field: name }, t);
    return n;
  }

  private account(fields: SieField[], i: number): number | undefined {
    const t = this.required(fields, i, 'kontonr');
    if (t === undefined) return undefined;
    const n = parseAccount(t);
    if (n === undefined) this.problem('error', 'sieBadAccount', {}, t);
    return n;
  }

  private amount(fields: SieField[], i: number): number | undefined {
    const t = this.required(fields, i, 'belopp');
    if (t === undefined) return undefined;
    const n = parseAmount(t);
    if (n === undefined) this.problem('error', 'sieBadAmount', {}, t);
    return n;
  }

  private date(fields: SieField[], i: number, name: string): string | undefined {
    const t = this.required(fields, i, name);
    if (t === undefined) return undefined;
    const d = parseDate(t);
    if (d === undefined) this.problem('error', 'sieBadDate', { field: name }, t);
    return d;
  }

  private period(fields: SieField[], i: number): string | undefined {
    const t = this.required(fields, i, 'period');
    if (t === undefined) return undefined;
    const p = parsePeriod(t);
    if (p === undefined) this.problem('error', 'sieBadPeriod', {}, t);
    return p;
  }

  private objects(fields: SieField[], i: number): SieObjectRef[] | undefined {
    const fld = fields[i];
    if (fld === undefined) {
      this.problem('error', 'sieMissingField', { field: 'objektlista' });
      return undefined;
    }
    if (fld.kind === 'text') {
      if (fld.value === '') return NO_OBJECTS; // `""` written for an empty list
      this.problem('error', 'sieBadObjectList', {}, fld.value);
      return undefined;
    }
    return this.objectList(fld.items);
  }

  /** One shared object per (dimension, code): a million rows name a few dozen objects. */
  private objectRef(dim: number, code: string): SieObjectRef {
    const key = `${dim}\u0000${code}`;
    let ref = this.objectRefs.get(key);
    if (!ref) {
      ref = Object.freeze({ dim, code });
      this.objectRefs.set(key, ref);
    }
    return ref;
  }

  private objectList(items: string[]): SieObjectRef[] | undefined {
    if (items.length === 0) return NO_OBJECTS;
    if (items.length % 2 !== 0) {
      this.problem('error', 'sieBadObjectList', {}, '{' + items.join(' ') + '}');
      return undefined;
    }
    const refs: SieObjectRef[] = [];
    for (let k = 0; k < items.length; k += 2) {
      const dim = parseInteger(items[k]);
      if (dim === undefined || dim < 0) {
        this.problem('error', 'sieBadObjectList', {}, '{' + items.join(' ') + '}');
        return undefined;
      }
      refs.push(this.objectRef(dim, items[k + 1]));
    }
    return refs;
  }
}

/** The compatibility copy of a #RTRANS/#BTRANS: the same account, object list and amount. */
function isCopyOf(copy: SieTrans, of: SieTrans): boolean {
  if (copy.account !== of.account || copy.amount !== of.amount || copy.objects.length !== of.objects.length) return false;
  for (let i = 0; i < copy.objects.length; i++) if (copy.objects[i] !== of.objects[i]) return false;
  return true;
}

/**
 * The texts of the drill-down sheets *Verifikationer* and *Verifikationer KST* and their
 * checks, Swedish first and English second (its own catalogue, next to the sheet it serves).
 */
import { defineCatalogue } from '../text/catalogue';

const TRANSACTION_TEXTS = defineCatalogue({
  sheetTransactions: { sv: 'Verifikationer', en: 'Transactions' },
  sheetTransactionsCc: { sv: 'Verifikationer KST', en: 'Transactions by CC' },
  titleTransactions: { sv: 'Verifikationer bakom rapportens rader', en: 'Transactions behind the report lines' },
  titleTransactionsCc: { sv: 'Verifikationer per kostnadsställe', en: 'Transactions by cost centre' },
  signNote: {
    sv: 'Belopp med huvudbokens tecken (debet +, kredit −). "Enligt rapporten" har rapportens tecken; "Stämmer mot" är cellen i rapporten och "Differens" ska vara 0.',
    en: 'Amounts with the ledger sign (debit +, credit −). "As reported" has the report sign; "Agrees with" is the report cell and "Difference" must be 0.',
  },
  ccNote: {
    sv: 'Resultatkonton per kostnadsställe, periodens verifikationer; konton för medlemsbidrag ingår inte (som i Uppföljning KST).',
    en: 'Result accounts by cost centre, the period’s transactions; contribution accounts are left out (as on Cost centres).',
  },
  allRows: { sv: 'Alla {rows} verifikationsrader för perioden visas.', en: 'All {rows} transaction rows of the period are shown.' },
  cutRows: {
    sv: 'Gräns {limit} rader: {cut} av {rows} verifikationsrader visas inte. Konton som står som en summarad: {accounts}.',
    en: 'Limit {limit} rows: {cut} of {rows} transaction rows are not shown. Accounts shown as one sum row: {accounts}.',
  },
  colDate: { sv: 'Datum', en: 'Date' },
  colVoucher: { sv: 'Verifikation', en: 'Voucher' },
  colText: { sv: 'Text', en: 'Text' },
  colAccount: { sv: 'Konto', en: 'Account' },
  colCostCentre: { sv: 'KST', en: 'CC' },
  colAmount: { sv: 'Belopp (debet +)', en: 'Amount (debit +)' },
  colReported: { sv: 'Enligt rapporten', en: 'As reported' },
  colAgrees: { sv: 'Stämmer mot', en: 'Agrees with' },
  colDifference: { sv: 'Differens', en: 'Difference' },
  groupLine: { sv: '{statement}: {line}', en: '{statement}: {line}' },
  groupCostCentre: { sv: 'Kostnadsställe {code}', en: 'Cost centre {code}' },
  incomeRows: { sv: 'Periodens verifikationer {period}.', en: 'The period’s transactions {period}.' },
  balanceRows: {
    sv: 'Balansrad: ingående balans {opening} (IngaendeBalans) och periodens verifikationer t.o.m. {closing}.',
    en: 'Balance line: opening balance {opening} (IngaendeBalans) and the period’s transactions through {closing}.',
  },
  openingRow: { sv: 'Ingående balans', en: 'Opening balance' },
  resultRow: { sv: 'Periodens resultat enligt resultaträkningen', en: 'Result for the period per the income statement' },
  omittedRows: {
    sv: '{count} rader visas inte (gräns {limit} rader); summan av dem',
    en: '{count} rows not shown (limit {limit} rows); their sum',
  },
  accountTotal: { sv: 'Summa konto {account}', en: 'Total account {account}' },
  groupTotal: { sv: 'Summa {line}', en: 'Total {line}' },
  linkTip: { sv: 'Visa verifikationerna bakom raden', en: 'Show the transactions behind this line' },
  // checks (Kontroller)
  checkTie: { sv: 'Verifikationer stämmer mot rapporten', en: 'Transactions agree with the report' },
  checkTieCc: { sv: 'Verifikationer KST stämmer mot Uppföljning KST', en: 'Transactions by CC agree with Cost centres' },
  checkTieDetail: {
    sv: 'Varje grupps summa på bladet {sheet} = raden i rapporten ({groups} grupper)',
    en: 'Each group’s total on the sheet {sheet} = the report line ({groups} groups)',
  },
  checkTieCcDetail: {
    sv: 'Varje kostnadsställes summa på bladet {sheet} mot raden på Uppföljning KST, som visar hela tkr: differensen {diff} kr är avrundningen, under 1 000 kr per kostnadsställe ({groups} kostnadsställen, gräns {limit} kr)',
    en: 'Each cost centre’s total on the sheet {sheet} against its row on Cost centres, which shows whole tkr: the difference {diff} kr is the rounding, under 1,000 kr per cost centre ({groups} cost centres, limit {limit} kr)',
  },
  checkRows: { sv: 'Verifikationer: rader som visas', en: 'Transactions: rows shown' },
  checkRowsAll: { sv: 'Alla verifikationsrader visas ({rows} rader)', en: 'All transaction rows are shown ({rows} rows)' },
  checkRowsCut: {
    sv: '{sheet}: {cut} av {rows} rader visas inte (gräns {limit}); som summarad per konto: {accounts}',
    en: '{sheet}: {cut} of {rows} rows not shown (limit {limit}); as one sum row per account: {accounts}',
  },
  checkRowsOff: {
    sv: 'Bladen Verifikationer skrivs inte (inställningen Verifikationer max rader = 0): rapportens rader har inga länkar till verifikationerna',
    en: 'The Transactions sheets are not written (setting Transactions max rows = 0): the report lines have no links to the transactions',
  },
});

export const tt = TRANSACTION_TEXTS.t;
export const TRANSACTION_TEXT_ENTRIES = TRANSACTION_TEXTS.entries;

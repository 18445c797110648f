/**
 * A request context: commands queued and run in order at `sync()`, with Excel's payload limits,
 * cell-edit mode and injected failures, and the accounting of each sync (request and response
 * bytes, commands) in the host's statistics.
 */
import { fail } from './errors';
import { WorkbookData } from './workbook';
import type { FakeExcelHost, SyncRecord } from './host';
import { strict } from './client';
import { WorkbookClient } from './workbookClient';

interface Command {
  bytes: number;
  label: string;
  /** Runs the command; returns the response bytes it adds. */
  exec: () => number;
  /** Publishes loaded data once the whole response is accepted. */
  commit?: () => void;
}

export class FakeContext {
  queue: Command[] = [];
  closed = false;
  /** Set by `suspendApiCalculationUntilNextSync` for the rest of the current request. */
  calculationSuspended = false;
  /** Cells written so far in the current request. */
  cellsWritten = 0;
  readonly proxy: { workbook: unknown; sync: () => Promise<void> };

  constructor(
    readonly host: FakeExcelHost,
    readonly delayForCellEdit = false,
  ) {
    const workbook = new WorkbookClient(this);
    this.proxy = strict({ workbook: strict(workbook, 'Workbook'), sync: () => this.sync() }, 'RequestContext');
  }

  get wb(): WorkbookData {
    return this.host.workbook;
  }

  enqueue(label: string, bytes: number, exec: () => number | void, commit?: () => void): void {
    if (this.closed) fail('InvalidObjectPath', `${label}: the object was used after Excel.run ended`);
    this.queue.push({ label, bytes: bytes + 64, exec: () => exec() ?? 0, ...(commit ? { commit } : {}) });
  }

  async sync(): Promise<void> {
    if (this.closed) fail('InvalidObjectPath', 'sync after Excel.run ended');
    const host = this.host;
    const batch = this.queue;
    this.queue = [];
    host.stats.syncs++;
    if (host.options.syncDelayMs > 0) await new Promise((r) => setTimeout(r, host.options.syncDelayMs));
    const requestBytes = batch.reduce((n, c) => n + c.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, commands: batch.length, ok: false };
    host.stats.history.push(record);
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, requestBytes);
    if (requestBytes > host.options.payloadLimit) {
      record.code = 'RequestPayloadSizeLimitExceeded';
      fail('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    if (host.cellEditMode) {
      if (!this.delayForCellEdit) {
        record.code = 'InvalidOperationInCellEditMode';
        fail(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        );
      }
      host.cellEditMode = false; // the request waited until the user left the cell
      host.cellEditWaits++;
    }
    const injected = host.nextSyncFailure(batch.length);
    this.calculationSuspended = false;
    this.cellsWritten = 0;
    let responseBytes = 0;
    for (let i = 0; i < batch.length; i++) {
      if (injected && i === injected.at) {
        record.code = injected.code;
        fail(injected.code, `Injected failure at command ${i} (${batch[i].label})`, batch[i].label);
      }
      try {
        responseBytes += batch[i].exec();
      } catch (e) {
        record.code = (e as { code?: string }).code;
        throw e;
      }
      if (responseBytes > host.options.payloadLimit) break;
    }
    record.responseBytes = responseBytes;
    host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, responseBytes);
    if (responseBytes > host.options.payloadLimit) {
      record.code = 'ResponsePayloadSizeLimitExceeded';
      fail('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    for (const c of batch) c.commit?.();
    record.ok = true;
  }
}

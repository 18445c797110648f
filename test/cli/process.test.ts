/**
 * Issue 9, the parts only a real process shows: a closed pipe on stdout (`| head -1`), Ctrl-C
 * and SIGTERM while a temporary file exists, and the kill test — random SIGKILLs during
 * `--in-place` on a 100 000-row workbook must each leave the original intact or the new
 * version complete, and the next run must leave no temporary file.
 *
 * The command is compiled to a build directory of its own (bin.test.ts builds build/ at the
 * same time) and run as `node <build>/cli/run.js`, which is what bin/finsam-rapport.js loads.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { benchWorkbook } from '../../bench/generate';
import { writeBenchXlsx } from '../../bench/xlsx';
import { Prng } from '../../src/example/prng';
import { contractWorkbook } from './workbooks';

const REPO = join(__dirname, '..', '..');
const ARTIFACTS = join(REPO, 'test-artifacts');
let build: string;
let work: string;

beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  build = mkdtempSync(join(ARTIFACTS, 'cli-build-'));
  work = mkdtempSync(join(ARTIFACTS, 'cli-process-'));
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json', '--outDir', build], {
    cwd: REPO,
    stdio: 'pipe',
  });
}, 180_000);

afterAll(() => {
  rmSync(build, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the command; `preload` is a script run before it (`node -r`). */
function start(args: string[], opts: { preload?: string } = {}): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [...(opts.preload ? ['-r', opts.preload] : []), join(build, 'cli', 'run.js'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (s: string) => (stderr += s));
  const exit = new Promise<Exit>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exit };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

function fresh(name: string, bytes: Uint8Array): { dir: string; file: string } {
  const dir = mkdtempSync(join(work, 'run-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { dir, file };
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The zip checksum (zlib.crc32 needs Node 20.15). */
function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * A complete workbook holding the report: the zip's directory reads and every part inflates
 * to its recorded size and checksum (with node's zlib: a JavaScript inflate of the 30 MB
 * would take seconds per check).
 */
function completeReport(file: string): boolean {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) return false;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let workbook: string | undefined;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return false;
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return false;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressedSize > zip.length) return false;
    const raw = zip.subarray(start, start + compressedSize);
    let data: Buffer;
    try {
      data = method === 0 ? raw : inflateRawSync(raw);
    } catch {
      return false;
    }
    if (data.length !== size || crc32(data) !== crc) return false;
    if (name === 'xl/workbook.xml') workbook = data.toString('utf8');
  }
  return workbook !== undefined && workbook.includes('name="Resultaträkning"');
}

describe('a closed stdout (| head -1)', () => {
  it('writes the report, prints no error and exits 0 when the reader of stdout is gone', async () => {
    const { dir, file } = fresh('förbund.xlsx', await contractWorkbook());
    const { child, exit } = start([file]);
    // The reader goes away before the first line is written: every write to stdout fails (EPIPE).
    child.stdout!.destroy();
    const r = await exit;
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, signal: null });
    expect(existsSync(join(dir, 'förbund-rapport.xlsx'))).toBe(true);
  });

  it('still exits 1 for input errors, with the errors on stderr', async () => {
    const { file } = fresh('trasig.xlsx', Buffer.from('inte en arbetsbok'));
    const { child, exit } = start([file]);
    child.stdout!.destroy();
    const r = await exit;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('trasig.xlsx är ingen .xlsx-arbetsbok.');
  });
});

/**
 * A preload that makes the writing of a temporary file stop halfway (as a slow disk would),
 * says so on stderr and keeps the process alive, so a signal arrives while the file exists.
 */
const STALL = `
const fsp = require('node:fs/promises');
const open = fsp.open;
fsp.open = async (path, flags, mode) => {
  const handle = await open(path, flags, mode);
  if (String(path).endsWith('.tmp') && /w/.test(String(flags))) {
    handle.writeFile = async (data) => {
      await handle.write(Buffer.from(data).subarray(0, 1000));
      process.stderr.write('STALLED\\n');
      setInterval(() => undefined, 1000);
      await new Promise(() => undefined);
    };
  }
  return handle;
};
`;

describe('Ctrl-C and SIGTERM while writing', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes the temporary file, leaves the workbook as it was and exits %i', async (signal, code) => {
    const preload = join(work, 'stall.js');
    writeFileSync(preload, STALL);
    const { dir, file } = fresh('förbund.xlsx', await contractWorkbook());
    const before = sha(file);
    const { child, exit } = start([file, '--in-place'], { preload });
    await new Promise<void>((resolve) => {
      const onData = (s: Buffer | string) => {
        if (String(s).includes('STALLED')) {
          child.stderr!.off('data', onData);
          resolve();
        }
      };
      child.stderr!.on('data', onData);
    });
    expect(temps(dir)).toHaveLength(1);
    child.kill(signal);
    const r = await exit;
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(`avbrutet (${signal})`);
    expect(temps(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['förbund.xlsx']);
    expect(sha(file)).toBe(before);
  });
});

interface Outcomes {
  original: number;
  complete: number;
  /** Kills that found a temporary file of the run beside the workbook. */
  duringWrite: number;
}

/**
 * `trials` SIGKILLs of `--in-place` runs on `file`, one after the other: even trials just
 * after the run's temporary file appears (while it is written or renamed), odd ones at a
 * random time of the run. Each must leave the workbook as it was or the complete new one.
 */
async function killRuns(file: string, trials: number, random: Prng, seed: number, lane: number): Promise<Outcomes & { untilWrite: number }> {
  const dir = join(file, '..');
  const outcomes: Outcomes = { original: 0, complete: 0, duringWrite: 0 };
  // How long a run takes until it writes: the first trial (one that kills while writing) measures it.
  let untilWrite = 0;
  for (let trial = 0; trial < trials; trial++) {
    const before = sha(file);
    const started = Date.now();
    const { child, exit } = start([file, '--in-place']);
    let killedWithTemp = false;
    const kill = () => {
      killedWithTemp = temps(dir).some((n) => n.includes(`.${child.pid}.`));
      child.kill('SIGKILL');
    };
    let watcher: ReturnType<typeof watch> | undefined;
    let timer: NodeJS.Timeout | undefined;
    if (trial % 2 === 1) {
      // Anywhere in the run: reading, calculating, writing, renaming.
      timer = setTimeout(kill, random.between(0, untilWrite * 1.2));
    } else {
      // While the temporary file is written: a few milliseconds after it appears.
      watcher = watch(dir, (_event, name) => {
        if (timer !== undefined || !String(name).includes(`.${child.pid}.`)) return;
        if (trial === 0) untilWrite = Date.now() - started;
        timer = setTimeout(kill, random.between(0, 20));
      });
    }
    const r = await exit;
    if (trial === 0 && untilWrite === 0) untilWrite = Date.now() - started;
    watcher?.close();
    clearTimeout(timer);
    if (killedWithTemp) outcomes.duringWrite++;
    if (sha(file) === before) outcomes.original++;
    else {
      // Not the workbook as it was: then the whole new one, never half of one.
      expect({ seed, lane, trial, complete: completeReport(file) }).toEqual({ seed, lane, trial, complete: true });
      outcomes.complete++;
    }
    // Killed, or finished first: never an error exit.
    expect({ seed, lane, trial, ok: r.signal === 'SIGKILL' || r.code === 0 }).toEqual({ seed, lane, trial, ok: true });
  }
  return { ...outcomes, untilWrite };
}

describe('the kill test: 20 random SIGKILLs during --in-place on a 100 000-row workbook', () => {
  it('each leaves the original intact or the new version complete; the next run leaves no temporary file', async () => {
    const seed = Number(process.env.FINSAM_KILL_SEED ?? Date.now() % 1_000_000);
    const bytes = await (async () => {
      const dir = mkdtempSync(join(work, 'kill-source-'));
      await writeBenchXlsx(benchWorkbook({ rows: 100_000 }), join(dir, 'stor.xlsx'));
      return readFileSync(join(dir, 'stor.xlsx'));
    })();
    // Two workbooks in two folders, ten kills each, side by side (jest runs the test files in
    // one worker on a two-core machine: the second core runs the other lane).
    const lanes = [0, 1].map(() => fresh('stor.xlsx', bytes).file);
    const results = await Promise.all(lanes.map((file, lane) => killRuns(file, 10, new Prng(seed + lane), seed, lane)));

    for (const file of lanes) {
      // The next run removes what the killed runs left behind.
      const next = await start([file, '--in-place']).exit;
      expect(next.code).toBe(0);
      expect(readdirSync(join(file, '..'))).toEqual(['stor.xlsx']);
      expect(completeReport(file)).toBe(true);
    }
    process.stdout.write(`kill test (seed ${seed}): ${JSON.stringify(results)}\n`);
  }, 300_000);
});

/** Runs one of the benchmark's TypeScript entry points in a fresh Node process (through tsx). */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..');

/** Runs `bench/<script>` and returns the JSON it printed after `BENCH_RESULT `. */
export function runChild<T>(script: string, args: string[], nodeArgs: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(__dirname, script), ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err = (err + s).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) reject(new Error(`${script} ${args.join(' ')} exited ${code}:\n${err || out}`));
      else resolve(JSON.parse(line.slice('BENCH_RESULT '.length)) as T);
    });
  });
}

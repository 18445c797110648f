/** The process entry of `finsam-rapport` (bin/finsam-rapport.js loads the compiled build/cli/run.js). */
import { main } from './main';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`finsam-rapport: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);

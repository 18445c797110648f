/** The process entry of `finsam-rapport` (bin/finsam-rapport.js loads the compiled build/cli/run.js). */
import { langOfArgv } from './args';
import { EXIT_INPUT } from './exitCodes';
import { installSignalCleanup } from './files';
import { main } from './main';
import { t } from './texts';

/**
 * A writer on a process stream that goes quiet once the reader has gone (`| head -1` closes
 * the pipe: EPIPE). The run's outcome does not change, so neither does the exit code: the
 * report was written or it was not. Other stream errors are dropped the same way; the files
 * the run writes never depend on its output.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): { write(text: string): unknown } {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return {
    write: (text: string) => {
      if (!closed) stream.write(text);
    },
  };
}

const stdout = quietWhenClosed(process.stdout);
const stderr = quietWhenClosed(process.stderr);
const lang = langOfArgv(process.argv.slice(2));
installSignalCleanup((signal) => stderr.write(t('interrupted', lang, signal) + '\n'));

main(process.argv.slice(2), { stdout, stderr, isTTY: process.stderr.isTTY }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    stderr.write(`finsam-rapport: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = EXIT_INPUT;
  },
);

/** The exit codes of cli.md, for both commands. */

/** Done: the report (or the import workbook) was written. */
export const EXIT_OK = 0;
/** Errors in the input or when writing: nothing was written. */
export const EXIT_INPUT = 1;
/** A usage error: the command line, or a target it may not replace. */
export const EXIT_USAGE = 2;

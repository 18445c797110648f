#!/usr/bin/env node
'use strict';
// The command line is TypeScript compiled to build/ (`npm run build:cli`, run by `npm ci` via
// the prepare script). Say so plainly when it has not been built.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'build', 'cli', 'run.js');
if (!existsSync(entry)) {
  process.stderr.write(
    'finsam-rapport: kommandoradsverktyget är inte byggt – kör `npm run build:cli` i projektkatalogen.\n' +
      'finsam-rapport: the command-line tool is not built – run `npm run build:cli` in the project directory.\n',
  );
  process.exit(1);
}
require(entry);

#!/usr/bin/env node
// The `crosscheck` command: the bundled CLI does all the work (built by `npm run build`).
require('../dist/cli.js');

#!/usr/bin/env node
// The published entry: the compiled CLI (run `npm run build` after a fresh clone).
import('../dist/src/cli/main.js')
  .then((cli) => cli.main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli')) {
      console.error('opsdiff: the CLI is not built; run `npm run build` first');
    } else console.error(error);
    process.exitCode = 2;
  });

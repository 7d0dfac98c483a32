import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// package.json is one level above src/version.ts and the bundle dist/cli.js, two above dist/src/version.js.
function readVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'opsdiff' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

export const VERSION = readVersion();

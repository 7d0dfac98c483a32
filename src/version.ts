import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// dist/src/version.js and src/version.ts both sit two levels below package.json at most.
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

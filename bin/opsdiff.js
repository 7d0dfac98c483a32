#!/usr/bin/env node
// The published entry: the bundled CLI, dist/cli.js (run `npm run build` after a fresh clone).
// One file loads faster than the ~60 modules tsc emits; `typescript` stays outside the bundle.
import Module, { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// --debug prints stack traces: in terms of src/*.ts (reading the source map costs ~10 ms, so only then).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
// A run builds one model and exits: V8's default heap growth (up to 4x the live heap after a full
// collection, tuned for long-lived servers) let the generated 2,124-file change peak at 472 MB for
// 208 MB live; growing by half each time it peaks at 381-388 MB, about 8% slower on that change
// and no slower on small ones (docs/performance.md). Set before anything is compiled, so V8's
// code cache below always sees the same flags.
setFlagsFromString('--heap-growing-percent=50');
preloadTypeScript();

import('../dist/cli.js')
  .then((cli) => cli.main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
      console.error('opsdiff: the CLI is not built; run `npm run build` first');
    } else console.error(error);
    process.exitCode = 2;
  });

/**
 * Most of what loading `typescript` costs (~0.2 s of every run) is V8 compiling its 9 MB file,
 * not running it. This compiles it once, keeps V8's code cache in a user cache directory, and
 * puts the module in `require`'s cache, where the CLI's own `require('typescript')` finds it;
 * later runs skip most of the compilation (about 0.15 s). Node 20 has no module.enableCompileCache.
 *
 * Anything unusual (no writable cache directory, a cache V8 rejects: another Node version or
 * flags, a changed file) costs only the cache: typescript is then compiled as usual. Writing an
 * entry removes the others (an older TypeScript, another install location).
 * OPSDIFF_COMPILE_CACHE=<dir> moves the cache, OPSDIFF_COMPILE_CACHE=0 turns it off.
 */
function preloadTypeScript() {
  const setting = process.env.OPSDIFF_COMPILE_CACHE;
  if (setting === '0') return;
  try {
    const require = createRequire(import.meta.url);
    const file = require.resolve('typescript');
    if (require.cache[file]) return;
    const { size, mtimeMs } = statSync(file);
    const dir = setting || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'opsdiff');
    // V8 checks its version, flags and the source's length itself; the name keeps installs apart.
    const name = `typescript-${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.v8cache`;
    const cacheFile = join(dir, name);
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache yet
    }
    const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n});`;
    const script = new Script(source, { filename: file, cachedData });
    const mod = new Module(file);
    mod.filename = file;
    script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
    mod.loaded = true;
    require.cache[file] = mod;
    if (cachedData && !script.cachedDataRejected) return;
    const partial = `${cacheFile}.${process.pid}`;
    try {
      // Two levels (~/.cache, then opsdiff), not { recursive: true }: on Node 20 that spins forever on some paths (/proc/x).
      for (const level of [dirname(dir), dir]) {
        try {
          mkdirSync(level);
        } catch (error) {
          if (error?.code !== 'EEXIST') throw error;
        }
      }
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile); // atomic: a concurrent run reads the old file or the new one
      // Only the current TypeScript's entry is kept (each is ~2.5 MB; another install writes its own again).
      for (const old of readdirSync(dir)) {
        if (old !== name && /^typescript-.*\.v8cache$/.test(old)) rmSync(join(dir, old), { force: true });
      }
    } catch {
      // a read-only home, a full disk or the like: no cache, no harm
      rmSync(partial, { force: true });
    }
  } catch {
    // the CLI loads typescript itself (and reports a missing install)
  }
}

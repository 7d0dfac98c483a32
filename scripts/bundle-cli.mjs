#!/usr/bin/env node
/**
 * Bundles the CLI into dist/: cli.js (what bin/opsdiff.js runs), worker.js (its parse worker),
 * their source maps (for --debug's stack traces) and cli.LEGAL.txt (the license notices of the
 * packages inside). Committed, like the Action's bundle: a user who installs opsdiff from git
 * (`npm i -D github:<owner>/opsdiff`, the pre-commit framework's `repo:` + `rev:`) gets a working
 * CLI without a build step. Usage: node scripts/bundle-cli.mjs [outdir]
 *
 * `typescript` and `yaml` stay outside the bundle (the package's only runtime dependencies): the
 * CLI loads TypeScript with require() (src/parse/typescript.ts), and yaml only for a repository
 * with a pnpm-workspace.yaml. test/install.test.ts rebuilds into a temporary directory and fails
 * when the committed files differ.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { legalText } from './legal.mjs';
import { bundleAlias } from './bundle-shared.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.resolve(process.argv[2] ?? path.join(root, 'dist'));

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/parse/worker.ts' },
  // Paths in the source maps are relative to dist/, wherever the files are written.
  outdir: path.join(root, 'dist'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['typescript', 'yaml'],
  alias: bundleAlias,
  // The facts cache names a build by the bundle's hash (src/parse/cache.ts).
  define: { OPSDIFF_BUNDLED: 'true' },
  sourcemap: true,
  // The notices go to cli.LEGAL.txt, whole, with the packages' license files.
  legalComments: 'none',
  metafile: true,
  write: false,
  logLevel: 'warning',
});

const expected = ['cli.js', 'cli.js.map', 'worker.js', 'worker.js.map'];
const files = result.outputFiles.map((f) => path.basename(f.path)).sort();
if (files.join() !== expected.join()) throw new Error(`bundle-cli: expected ${expected.join(', ')}, esbuild wrote ${files.join(', ')}`);
// Everything is computed before anything is written: a package without a name fails the build.
const legal = legalText(root, result.metafile, '', 'CLI bundle (dist/cli.js, dist/worker.js)');
mkdirSync(target, { recursive: true });
for (const file of result.outputFiles) writeFileSync(path.join(target, path.basename(file.path)), file.contents);
writeFileSync(path.join(target, 'cli.LEGAL.txt'), legal);

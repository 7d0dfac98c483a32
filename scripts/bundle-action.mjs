#!/usr/bin/env node
/**
 * Bundles the GitHub Action into dist/action/ (committed: a JavaScript action runs without an
 * install step). Usage: node scripts/bundle-action.mjs [outdir] [--metafile=<file>]
 *
 * Unlike the CLI bundle, TypeScript itself goes in: the runner has no node_modules. One file,
 * which is also its own parse worker (OPSDIFF_SINGLE_FILE). test/action/bundle.test.ts rebuilds
 * into a temporary directory and fails when the committed files differ.
 *
 * Beside it, index.js.LEGAL.txt: for every package esbuild put into the bundle (from its
 * metafile), name@version, the license field and the full text of its license/notice files,
 * then the license comments esbuild found in the bundled sources. Deterministic: sorted, no
 * timestamps, no absolute paths. --metafile=<file> also writes esbuild's metafile there
 * (test/action/legal.test.ts checks the LEGAL file against it).
 */
import { build } from 'esbuild';
import { legalText } from './legal.mjs';
import { bundleAlias } from './bundle-shared.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const metafileArg = args.find((a) => a.startsWith('--metafile='))?.slice('--metafile='.length);
const outdir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'dist/action'));

// The CLI loads TypeScript with require() at run time (src/parse/typescript.ts); here it must be
// a static import so that esbuild puts it in the bundle. Every import of that module is caught,
// whatever relative path it is written with (src/parse/ and src/model/ both import it), by
// comparing the resolved file, not the specifier.
const loader = path.join(root, 'src', 'parse', 'typescript.ts');
const bundledTypescript = {
  name: 'bundled-typescript',
  setup(b) {
    b.onResolve({ filter: /typescript\.js$/ }, (args) => {
      if (!args.path.startsWith('.')) return undefined;
      const resolved = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return resolved === loader ? { path: 'typescript', namespace: 'opsdiff-typescript' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'opsdiff-typescript' }, () => ({ contents: "import ts from 'typescript';\nexport default ts;\n", resolveDir: root, loader: 'js' }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action/main.ts' },
  outdir,
  bundle: true,
  define: { OPSDIFF_SINGLE_FILE: 'true' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // Bundled CommonJS (TypeScript, the toolkit's http client) calls require() and reads __dirname.
  banner: {
    js: "import { createRequire as __opsdiffRequire } from 'node:module'; import { fileURLToPath as __opsdiffPath } from 'node:url'; const require = __opsdiffRequire(import.meta.url); const __filename = __opsdiffPath(import.meta.url); const __dirname = __opsdiffPath(new URL('.', import.meta.url));",
  },
  // 'linked': the license comments go to index.js.LEGAL.txt (which is rewritten below to hold
  // every package's license too) and index.js ends with one comment pointing at it.
  legalComments: 'linked',
  metafile: true,
  write: false,
  logLevel: 'warning',
  plugins: [bundledTypescript],
  alias: bundleAlias,
});

const LEGAL = 'index.js.LEGAL.txt';
const files = result.outputFiles.map((f) => path.basename(f.path)).sort();
if (files.join() !== ['index.js', LEGAL].join()) throw new Error(`bundle-action: expected index.js and ${LEGAL}, esbuild wrote ${files.join(', ')}`);
const comments = result.outputFiles.find((f) => path.basename(f.path) === LEGAL).text;

// Everything is computed before anything is written: a package without a name fails the build
// and leaves the output directory as it was.
const legal = legalText(root, result.metafile, comments, 'GitHub Action bundle (index.js)');
mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'index.js'), result.outputFiles.find((f) => path.basename(f.path) === 'index.js').contents);
writeFileSync(path.join(outdir, LEGAL), legal);
if (metafileArg) writeFileSync(path.resolve(metafileArg), JSON.stringify(result.metafile, null, 2) + '\n');

#!/usr/bin/env node
/**
 * Bundles the GitHub Action into dist/action/ (committed: a JavaScript action runs without an
 * install step). Usage: node scripts/bundle-action.mjs [outdir]
 *
 * Unlike the CLI bundle, TypeScript itself goes in: the runner has no node_modules. One file,
 * which is also its own parse worker (OPSDIFF_SINGLE_FILE). test/action/bundle.test.ts rebuilds
 * into a temporary directory and fails when the committed files differ.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist/action'));

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

await build({
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
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [bundledTypescript],
});

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
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
});

const LEGAL = 'index.js.LEGAL.txt';
const files = result.outputFiles.map((f) => path.basename(f.path)).sort();
if (files.join() !== ['index.js', LEGAL].join()) throw new Error(`bundle-action: expected index.js and ${LEGAL}, esbuild wrote ${files.join(', ')}`);
const comments = result.outputFiles.find((f) => path.basename(f.path) === LEGAL).text;

/** The package a bundled file belongs to: the nearest package.json with a name, inside its node_modules/<name> (or <@scope/name>) directory. */
function packageOf(input) {
  const parts = input.split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm < 0) return undefined;
  const top = parts.slice(0, nm + (parts[nm + 1]?.startsWith('@') ? 3 : 2)).join('/');
  for (let dir = path.posix.dirname(input); dir.length >= top.length; dir = path.posix.dirname(dir)) {
    const file = path.join(root, dir, 'package.json');
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof json.name === 'string' && json.name) return { dir, json };
  }
  throw new Error(`bundle-action: no package.json with a name for ${input} (looked up to ${top})`);
}

function licenseField(json) {
  if (typeof json.license === 'string') return json.license;
  if (json.license && typeof json.license.type === 'string') return json.license.type;
  if (Array.isArray(json.licenses)) return json.licenses.map((l) => (typeof l === 'string' ? l : l?.type)).filter(Boolean).join(' OR ') || '(none)';
  return '(none)';
}

const NOTICE_FILE = /^(?:licen[cs]e|copying|notice|third[-_]?party[-_]?notice)/i;
const normalize = (text) => text.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n';

function legalText(metafile, esbuildComments) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const pkg = packageOf(input);
    if (!pkg) continue;
    const id = `${pkg.json.name}@${pkg.json.version ?? '(no version)'}`;
    const seen = packages.get(id);
    if (!seen || pkg.dir < seen.dir) packages.set(id, { ...pkg, name: pkg.json.name, version: String(pkg.json.version ?? '') });
  }
  const sorted = [...packages.entries()].sort(([, a], [, b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  const rule = '='.repeat(80);
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  let out = `${own.name} GitHub Action bundle (index.js): license notices of the third-party packages it contains.\n`;
  out += `${own.name} itself: ${licenseField(own)}.\n\n`;
  out += `${sorted.length} packages:\n${sorted.map(([id]) => `  ${id}`).join('\n')}\n`;
  for (const [id, pkg] of sorted) {
    out += `\n${rule}\n${id}\nLicense: ${licenseField(pkg.json)}\nPath: ${pkg.dir}\n`;
    const dir = path.join(root, pkg.dir);
    const notices = readdirSync(dir).filter((f) => NOTICE_FILE.test(f) && statSync(path.join(dir, f)).isFile()).sort();
    if (notices.length === 0) out += `\nNo license file in the package; its package.json license field is: ${licenseField(pkg.json)}\n`;
    for (const file of notices) out += `\n--- ${file} ---\n\n${normalize(readFileSync(path.join(dir, file), 'utf8'))}`;
  }
  const kept = keptComments(esbuildComments);
  if (kept) out += `\n${rule}\nLicense comments in the bundled sources (collected by esbuild):\n\n${kept}`;
  return out;
}

/** esbuild's linked legal file, minus the coverage-tool comments it keeps for their @preserve. */
function keptComments(text) {
  const entries = [];
  let current;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n').slice(1)) {
    if (/^\S.*:$/.test(line)) entries.push((current = { file: line, comments: [] }));
    else if (current && /^ {2}(?:\/\*|\/\/)/.test(line)) current.comments.push([line]);
    else if (current?.comments.length && line !== '') current.comments.at(-1).push(line);
  }
  return entries
    .map((e) => ({ file: e.file, comments: e.comments.filter((c) => !/^\s*\/[*/]\s*(?:v8|c8|istanbul)\s+ignore\b/.test(c[0])) }))
    .filter((e) => e.comments.length)
    .map((e) => `${e.file}\n${e.comments.map((c) => c.join('\n')).join('\n')}\n`)
    .join('\n');
}

// Everything is computed before anything is written: a package without a name fails the build
// and leaves the output directory as it was.
const legal = legalText(result.metafile, comments);
mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'index.js'), result.outputFiles.find((f) => path.basename(f.path) === 'index.js').contents);
writeFileSync(path.join(outdir, LEGAL), legal);
if (metafileArg) writeFileSync(path.resolve(metafileArg), JSON.stringify(result.metafile, null, 2) + '\n');

/**
 * The license notices a bundle must carry: for every package esbuild put into it (from its
 * metafile), name@version, the license field and the full text of its license/notice files, then
 * the license comments esbuild found in the bundled sources. Deterministic: sorted, no timestamps,
 * no absolute paths. Shared by scripts/bundle-action.mjs and scripts/bundle-cli.mjs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The package a bundled file belongs to: the nearest package.json with a name, inside its node_modules/<name> (or <@scope/name>) directory. */
function packageOf(root, input) {
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
  throw new Error(`bundle: no package.json with a name for ${input} (looked up to ${top})`);
}

function licenseField(json) {
  if (typeof json.license === 'string') return json.license;
  if (json.license && typeof json.license.type === 'string') return json.license.type;
  if (Array.isArray(json.licenses)) return json.licenses.map((l) => (typeof l === 'string' ? l : l?.type)).filter(Boolean).join(' OR ') || '(none)';
  return '(none)';
}

const NOTICE_FILE = /^(?:licen[cs]e|copying|notice|third[-_]?party[-_]?notice)/i;
const normalize = (text) => text.replace(/\r\n?/g, '\n').replace(/\s+$/, '') + '\n';

export function legalText(root, metafile, esbuildComments, what) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const pkg = packageOf(root, input);
    if (!pkg) continue;
    const id = `${pkg.json.name}@${pkg.json.version ?? '(no version)'}`;
    const seen = packages.get(id);
    if (!seen || pkg.dir < seen.dir) packages.set(id, { ...pkg, name: pkg.json.name, version: String(pkg.json.version ?? '') });
  }
  const sorted = [...packages.entries()].sort(([, a], [, b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  const rule = '='.repeat(80);
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  let out = `${own.name} ${what}: license notices of the third-party packages it contains.\n`;
  out += `${own.name} itself: ${licenseField(own)}.\n\n`;
  out += `${sorted.length} packages:\n${sorted.map(([id]) => `  ${id}`).join('\n')}\n`;
  for (const [id, pkg] of sorted) {
    out += `\n${rule}\n${id}\nLicense: ${licenseField(pkg.json)}\nPath: ${pkg.dir}\n`;
    const dir = path.join(root, pkg.dir);
    const notices = readdirSync(dir).filter((f) => NOTICE_FILE.test(f) && statSync(path.join(dir, f)).isFile()).sort();
    if (notices.length === 0) out += `\nNo license file in the package; its package.json license field is: ${licenseField(pkg.json)}\n`;
    for (const file of notices) out += `\n--- ${file} ---\n\n${normalize(readFileSync(path.join(dir, file), 'utf8'))}`;
  }
  const kept = esbuildComments ? keptComments(esbuildComments) : '';
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


/**
 * The Action bundle's legal file names every package esbuild put into the bundle, with its
 * license field and the full text of its license files. Checked against esbuild's own metafile
 * (which the bundle script writes on request), with a package lookup of its own: a package the
 * script misses, or a license text it drops, fails here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'opsdiff-legal-'));
const outdir = join(work, 'action');
const metafile = join(work, 'meta.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RULE = '='.repeat(80);
const normalize = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
interface Package { id: string; dir: string; license: string; files: string[] }

let legal = '';
let packages: Package[] = [];
let inputs: string[] = [];

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle-action.mjs'), outdir, `--metafile=${metafile}`], { cwd: root });
  legal = readFileSync(join(outdir, 'index.js.LEGAL.txt'), 'utf8');
  inputs = Object.keys((JSON.parse(readFileSync(metafile, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
  const byId = new Map<string, Package>();
  for (const input of inputs) {
    // The package directory is the one right under the last node_modules (two levels when scoped).
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m) continue;
    const dir = m[1]!;
    const json = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const files = readdirSync(join(root, dir)).filter((f) => /^(?:licen[cs]e|copying|notice)/i.test(f) && statSync(join(root, dir, f)).isFile());
    const id = `${json.name}@${json.version}`;
    if (!byId.has(id)) byId.set(id, { id, dir, license: json.license ?? '(none)', files });
  }
  packages = [...byId.values()];
}, 60_000);

function section(id: string): string | undefined {
  return legal.split(`\n${RULE}\n`).find((s) => s.startsWith(`${id}\n`));
}

describe('the Action bundle legal file', () => {
  it('is one of exactly two files beside the bundle', () => {
    expect(readdirSync(outdir).sort()).toEqual(['index.js', 'index.js.LEGAL.txt']);
    expect(readFileSync(join(outdir, 'index.js'), 'utf8').trimEnd()).toMatch(/\/\*! For license information please see index\.js\.LEGAL\.txt \*\/$/);
  });

  it('sees the dependencies the Action is made of in the metafile', () => {
    const names = packages.map((p) => p.id.replace(/@[^@]+$/, ''));
    for (const name of ['typescript', '@actions/core', '@actions/github', '@actions/http-client', '@octokit/core', '@octokit/plugin-retry', '@octokit/plugin-throttling', 'bottleneck', 'minimatch', 'undici', 'tunnel']) expect(names).toContain(name);
  });

  it('has a section for every bundled package, with its license field and the full text of its license files', () => {
    const missing: string[] = [];
    for (const pkg of packages) {
      const body = section(pkg.id);
      if (!body) {
        missing.push(pkg.id);
        continue;
      }
      expect(body, pkg.id).toContain(`\nLicense: ${pkg.license}\n`);
      expect(body, pkg.id).toContain(`\nPath: ${pkg.dir}\n`);
      if (pkg.files.length === 0) expect(body, `${pkg.id} has no license file: say so`).toContain('No license file');
      for (const file of pkg.files) {
        expect(body, `${pkg.id}: ${file}`).toContain(`\n--- ${file} ---\n`);
        expect(normalize(body), `${pkg.id}: the text of ${file}`).toContain(normalize(readFileSync(join(root, pkg.dir, file), 'utf8')));
      }
    }
    expect(missing, 'bundled packages without a section in index.js.LEGAL.txt').toEqual([]);
  });

  it('lists the packages, sorted by name, and nothing that is not bundled', () => {
    const listed = [...legal.matchAll(new RegExp(`\\n${RULE}\\n(\\S+@[^\\s@]+)\\nLicense: `, 'g'))].map((m) => m[1]!);
    const byName = (a: string, b: string) => {
      const [na, va] = [a.slice(0, a.lastIndexOf('@')), a.slice(a.lastIndexOf('@') + 1)];
      const [nb, vb] = [b.slice(0, b.lastIndexOf('@')), b.slice(b.lastIndexOf('@') + 1)];
      return na < nb ? -1 : na > nb ? 1 : va < vb ? -1 : va > vb ? 1 : 0;
    };
    expect(listed).toEqual([...listed].sort(byName));
    expect([...listed].sort()).toEqual(packages.map((p) => p.id).sort());
    expect(legal).toContain(`\n${packages.length} packages:\n${listed.map((id) => `  ${id}`).join('\n')}\n`);
  });

  it('is reproducible: no absolute path, no time stamp', () => {
    expect(legal).not.toContain(root);
    expect(legal).not.toContain(work);
    expect(legal).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
    const again = join(work, 'again');
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle-action.mjs'), again], { cwd: root });
    expect(readFileSync(join(again, 'index.js.LEGAL.txt'), 'utf8')).toBe(legal);
  }, 60_000);

  it('keeps the license comments found in the bundled sources, not coverage-tool hints', () => {
    expect(legal).toContain('/*! ws. MIT License.');
    expect(legal).not.toMatch(/v8 ignore/);
  });
});

/**
 * The documentation a user reads on GitHub or in the package: every relative link points at a
 * file of this repository (never outside it: a reader of the package has nothing else), and every
 * `#anchor` at a heading or an `<a id>` of its page, as GitHub names them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_BASE } from '../src/rule.js';
import { RULES } from '../rules/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The page's text outside fenced code blocks, with inline code spans blanked (neither holds links). */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  });
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered; and explicit `<a id>`s. */
function anchorsOf(text: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    for (const m of line.matchAll(/<a id="([^"]+)"/g)) out.add(m[1]!);
    const heading = /^#{1,6} (.*)$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

function links(page: string): Array<{ line: number; target: string }> {
  const out: Array<{ line: number; target: string }> = [];
  prose(readFileSync(path.join(ROOT, page), 'utf8')).forEach((line, i) => {
    for (const m of line.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) out.push({ line: i + 1, target: m[1]! });
  });
  return out;
}

describe('documentation links', () => {
  it('covers the README, CONTRIBUTING and the docs pages', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/action.md', 'docs/cli.md', 'docs/configuration.md', 'docs/rules.md', 'docs/libraries.md']));
  });

  it.each(PAGES)('%s: relative links resolve inside the repository, anchors to headings', (page) => {
    const broken: string[] = [];
    for (const { line, target } of links(page)) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
      const [file, anchor] = target.split('#') as [string, string | undefined];
      const resolved = file ? path.resolve(path.dirname(path.join(ROOT, page)), decodeURIComponent(file)) : path.join(ROOT, page);
      const where = `${page}:${line} -> ${target}`;
      if (path.relative(ROOT, resolved).startsWith('..')) broken.push(`${where}: outside the repository`);
      else if (!existsSync(resolved)) broken.push(`${where}: no such file`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) broken.push(`${where}: no such heading`);
    }
    expect(broken).toEqual([]);
  });

  it('the rule links of reports (SARIF help, Markdown) land on their sections', () => {
    const [file, prefix] = DOCS_BASE.replace(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\//, '').split('#') as [string, string];
    const anchors = anchorsOf(readFileSync(path.join(ROOT, file), 'utf8'));
    for (const rule of RULES) expect(anchors.has(`${prefix}${rule.id}`), `${file}#${prefix}${rule.id}`).toBe(true);
  });
});

/**
 * A fixture case is a folder with `before/` and `after/` trees. This builds a real repository
 * from it: `before` committed on main, then `after` committed on a branch `change` (checked
 * out), so git's own diff, rename detection and blame see exactly what a pull request would.
 * Both commits are written by one `git fast-import` (twelve git processes per case before: the
 * fixture table spent more time building repositories than analyzing them).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { makeRepo, type TempRepo } from './tempRepo.js';

export function repoFromFixture(caseDir: string, opts: { message?: string } = {}): TempRepo {
  const repo = makeRepo();
  const when = `${Math.floor(Date.now() / 1000)} +0000`;
  const chunks: Buffer[] = [];
  const text = (s: string) => chunks.push(Buffer.from(s));
  const data = (content: Buffer) => {
    text(`data ${content.length}\n`);
    chunks.push(content);
    text('\n');
  };
  const commit = (branch: string, message: string, tree: string, parent?: string) => {
    text(`commit refs/heads/${branch}\nauthor Test User <test@example.com> ${when}\ncommitter Test User <test@example.com> ${when}\n`);
    data(Buffer.from(message));
    if (parent) text(`from refs/heads/${parent}\ndeleteall\n`);
    for (const file of treeFiles(tree)) {
      text(`M ${file.mode} inline ${file.path}\n`);
      data(file.content);
    }
    text('\n');
  };
  commit('main', 'base', path.join(caseDir, 'before'));
  commit('change', opts.message ?? 'change', path.join(caseDir, 'after'), 'main');
  repo.gitWithInput(Buffer.concat(chunks), 'fast-import', '--quiet', '--date-format=raw');
  repo.git('checkout', '-q', '-f', 'change');
  return repo;
}

/** The files of a tree, sorted, with git's mode for each (executable bit, symbolic link). */
function treeFiles(root: string): Array<{ path: string; mode: string; content: Buffer }> {
  if (!existsSync(root)) return [];
  const out: Array<{ path: string; mode: string; content: Buffer }> = [];
  const stack = [''];
  while (stack.length) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(path.join(root, dir))) {
      const relative = dir ? `${dir}/${entry}` : entry;
      const absolute = path.join(root, relative);
      const stat = lstatSync(absolute);
      if (stat.isDirectory()) stack.push(relative);
      else if (stat.isSymbolicLink()) out.push({ path: relative, mode: '120000', content: Buffer.from(readlinkSync(absolute)) });
      else out.push({ path: relative, mode: stat.mode & 0o111 ? '100755' : '100644', content: readFileSync(absolute) });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every case folder under fixtures/<rule>/ (a folder with before/ or after/). */
export function fixtureCases(ruleDir: string): string[] {
  if (!existsSync(ruleDir)) return [];
  return readdirSync(ruleDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (existsSync(path.join(ruleDir, d.name, 'before')) || existsSync(path.join(ruleDir, d.name, 'after'))))
    .map((d) => d.name)
    .sort();
}

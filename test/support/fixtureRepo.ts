/**
 * A fixture case is a folder with `before/` and `after/` trees. This builds a real repository
 * from it: `before` committed on main, then `after` committed on a branch `change`, so git's
 * own diff, rename detection and blame see exactly what a pull request would.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { makeRepo, type TempRepo } from './tempRepo.js';

export function repoFromFixture(caseDir: string, opts: { message?: string } = {}): TempRepo {
  const repo = makeRepo();
  const before = path.join(caseDir, 'before');
  if (existsSync(before)) cpSync(before, repo.root, { recursive: true });
  repo.commit('base', { allowEmpty: true });
  repo.git('checkout', '-q', '-b', 'change');
  for (const entry of readdirSync(repo.root)) if (entry !== '.git') rmSync(path.join(repo.root, entry), { recursive: true, force: true });
  const after = path.join(caseDir, 'after');
  if (existsSync(after)) cpSync(after, repo.root, { recursive: true });
  repo.commit(opts.message ?? 'change', { allowEmpty: true });
  return repo;
}

/** Every case folder under fixtures/<rule>/ (a folder with before/ or after/). */
export function fixtureCases(ruleDir: string): string[] {
  if (!existsSync(ruleDir)) return [];
  return readdirSync(ruleDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (existsSync(path.join(ruleDir, d.name, 'before')) || existsSync(path.join(ruleDir, d.name, 'after'))))
    .map((d) => d.name)
    .sort();
}

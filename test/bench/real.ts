/**
 * Real changes of public repositories for `npm run bench`, run when OPSDIFF_MIRRORS names a folder
 * of fetched mirrors (`<mirrors>/<owner>+<name>/repo`, as the tool library's `fetch` and
 * `git clone --mirror` leave them); skipped with a note otherwise. Each is a base and head of one
 * repository, pinned by commit, with the aim the issue set for its kind of change:
 *
 *   pr      one pull request in a large repository: within 0.3 s of floor A, and faster than ESLint
 *   range   a range of about 2,000 changed files: at most 1.2x floor A
 *   commit  a one- or two-file commit in a large monorepo: under 1 s
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cleanGitEnv } from './generate.js';

export type RealAim = 'pr' | 'range' | 'commit';

export interface RealChange {
  name: string;
  repo: string;
  base: string;
  head: string;
  aim: RealAim;
  what: string;
}

export const REAL_CHANGES: RealChange[] = [
  { name: 'typeorm-pr', repo: 'typeorm/typeorm', base: 'a8173fcdf325c44bf3eb2101c6318b45c573102b^', head: 'a8173fcdf325c44bf3eb2101c6318b45c573102b', aim: 'pr', what: 'typeorm #12577 (FindOptionsWhere normalization, 10 files)' },
  { name: 'typeorm-range', repo: 'typeorm/typeorm', base: 'a909d5b6975f0feb0c8759dd146dba8f1e3ad168', head: '73fda419e4647c10377b28bd975171156c285693', aim: 'range', what: 'typeorm 0.3.17..0.3.28 (1,888 files)' },
  { name: 'medusa-1-file', repo: 'medusajs/medusa', base: '604c182a20d64e83187b8f6a35b218b2fcf58ae2^', head: '604c182a20d64e83187b8f6a35b218b2fcf58ae2', aim: 'commit', what: 'medusa update-products workflow event (1 file, 7,337-file monorepo)' },
  { name: 'medusa-2-files', repo: 'medusajs/medusa', base: '45df24f7076b98401512c872ee07784bec9dd765^', head: '45df24f7076b98401512c872ee07784bec9dd765', aim: 'commit', what: 'medusa mikro-orm repository fix (2 files)' },
  { name: 'medusa-workflow', repo: 'medusajs/medusa', base: 'd3c1580c06e18babbd19106e3fbc9fb28e153b39^', head: 'd3c1580c06e18babbd19106e3fbc9fb28e153b39', aim: 'commit', what: 'medusa local-workflow proxy (1 file)' },
];

/**
 * A work tree for a mirror (objects shared, nothing checked out: opsdiff and the floors read git,
 * not files), or the reason it is not there.
 */
export function realClone(mirrors: string, change: RealChange, tmp: string): { dir: string } | { skipped: string } {
  const mirror = path.join(mirrors, change.repo.replace('/', '+'), 'repo');
  if (!existsSync(mirror)) return { skipped: `${change.repo} is not in ${mirrors} (fetch it first)` };
  const dir = path.join(tmp, change.repo.replace('/', '+'));
  if (!existsSync(dir)) {
    const r = spawnSync('git', ['clone', '-q', '--shared', '--no-checkout', mirror, dir], { env: cleanGitEnv(), encoding: 'utf8' });
    if (r.status !== 0) return { skipped: `cloning ${change.repo} failed: ${r.stderr.trim()}` };
  }
  const has = spawnSync('git', ['cat-file', '-e', `${change.head}^{commit}`], { cwd: dir, env: cleanGitEnv() });
  if (has.status !== 0) return { skipped: `${change.repo} has no commit ${change.head.slice(0, 10)} (an older snapshot?)` };
  return { dir };
}

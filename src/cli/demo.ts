/**
 * `opsdiff demo`: the flagship incident, replayed. Builds a throwaway git repository from the
 * bundled fixture (base commit, then the "reduce duplication" refactor) and analyzes it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../engine.js';
import type { Report } from '../types.js';

const FIXTURE = 'fixtures/io-in-loop/flagship-helper-in-loop';

/**
 * The fixture in the package: the nearest directory above this file that holds it, so the same
 * code finds it from src/cli/demo.ts, dist/src/cli/demo.js and the bundle dist/cli.js.
 */
function findFixture(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, FIXTURE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`the demo fixture ${FIXTURE} is not in this installation`);
    dir = parent;
  }
}

export async function runDemo(): Promise<Report> {
  const fixture = findFixture();
  const dir = mkdtempSync(join(tmpdir(), 'opsdiff-demo-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'Demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'Demo', GIT_COMMITTER_EMAIL: 'demo@example.com' } });
  try {
    git('init', '-q', '-b', 'main');
    cpSync(join(fixture, 'before'), dir, { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', 'pricing: read discount rules once per request');
    git('checkout', '-q', '-b', 'refactor');
    rmSync(join(dir, 'src'), { recursive: true, force: true });
    cpSync(join(fixture, 'after'), dir, { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', 'pricing: extract discountFor helper to reduce duplication', '-m', 'Co-authored-by: Claude <noreply@anthropic.com>');
    return await analyze({ cwd: dir, base: 'main', head: 'HEAD' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

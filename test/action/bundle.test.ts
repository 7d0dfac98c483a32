import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The Action runs the committed bundle, not the sources: a change to src/ that is not
// rebundled (node scripts/bundle-action.mjs) and committed would ship old code.
const root = join(import.meta.dirname, '..', '..');
const committed = join(root, 'dist', 'action');
const fresh = mkdtempSync(join(tmpdir(), 'opsdiff-bundle-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('the committed Action bundle', () => {
  it('is what the sources build today', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle-action.mjs'), fresh], { cwd: root });
    const files = readdirSync(fresh).sort();
    expect(readdirSync(committed).sort(), 'dist/action/ holds other files than a fresh build').toEqual(files);
    for (const file of files) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)));
      expect(same, `dist/action/${file} is stale: run node scripts/bundle-action.mjs and commit dist/action`).toBe(true);
    }
  }, 60_000);

  it('is tracked by git, so a clone of the action has it', () => {
    const tracked = execFileSync('git', ['ls-files', 'dist/action', 'action.yml'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(tracked).toEqual(['action.yml', 'dist/action/index.js', 'dist/action/index.js.LEGAL.txt']);
  });

  it('is what action.yml runs, on a runtime GitHub supports', () => {
    const yml = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(yml).toMatch(/^\s+using: node24$/m);
    expect(yml).toMatch(/^\s+main: dist\/action\/index\.js$/m);
  });
});

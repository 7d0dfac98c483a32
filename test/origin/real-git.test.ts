import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyCommits, combinedOrigin, type CommitFacts } from '../../src/origin/index.js';

// Real commits, made and read back by git itself, so trailer placement, --author, notes
// and message cleanup are git's, not our guess at them.
let dir = '';
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });

const NOTE = [
  'src/pricing.ts',
  '  d9978a8723e02b52 1-4,9',
  '---',
  '{"schema_version":"authorship/3.0.0","base_commit_sha":"0000000000000000000000000000000000000000","prompts":{"d9978a8723e02b52":{"agent_id":{"tool":"claude","id":"conv-1","model":"claude-sonnet-4"},"messages":[],"accepted_lines":5}}}',
].join('\n');

function commitFile(name: string, content: string, ...commitArgs: string[]): void {
  writeFileSync(join(dir, name), content);
  git('add', name);
  git('commit', '-q', ...commitArgs);
}

// Minimal `git log` reader: unit/record separators cannot occur in messages.
function readCommits(): CommitFacts[] {
  const fields = ['%H', '%s', '%b', '%an', '%ae', '%cn', '%ce', '%(trailers:only,unfold)', '%N'];
  const out = git('log', '--reverse', '--no-notes', '--notes=ai', `--format=${fields.join('%x1f')}%x1e`);
  return out
    .split('\x1e')
    .map((r) => r.replace(/^\n/, ''))
    .filter((r) => r !== '')
    .map((record) => {
      const [sha, subject, body, authorName, authorEmail, committerName, committerEmail, trailers, notes] = record.split('\x1f');
      return {
        sha: sha!,
        subject: subject!,
        body: body!,
        authorName: authorName!,
        authorEmail: authorEmail!,
        committerName: committerName!,
        committerEmail: committerEmail!,
        trailers: trailers!
          .split('\n')
          .filter((l) => l.includes(':'))
          .map((l) => ({ key: l.slice(0, l.indexOf(':')).trim(), value: l.slice(l.indexOf(':') + 1).trim() })),
        notes: notes!.trim(),
      };
    });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsdiff-origin-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test User');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');

  commitFile('a.ts', 'a\n', '-m', 'Add retry helper', '-m', 'Wraps the client call.', '--trailer', 'Co-authored-by: Claude <noreply@anthropic.com>');
  commitFile('b.ts', 'b\n', '--author', 'Jane Doe (aider) <jane@example.com>', '-m', 'aider: tune pool size');
  commitFile('c.ts', 'c\n', '-m', 'Tune timeout');
  git('notes', '--ref=ai', 'add', '-m', NOTE, 'HEAD');
  commitFile(
    'd.ts',
    'd\n',
    '-m',
    'Fix the Claude API client',
    '-m',
    'Copilot suggested a retry loop here; the old hook appended\nCo-authored-by: Claude <noreply@anthropic.com>\nto such commits.',
    '-m',
    'No assistant was used.',
  );
  commitFile('e.ts', 'e\n', '-s', '-m', 'Bump limits', '-m', 'Plain change by a human.');
  commitFile('f.ts', 'f\n', '-m', 'Add cache', '-m', '🤖 Generated with [Claude Code](https://claude.com/claude-code)', '-m', 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\nSigned-off-by: Test User <test@example.com>');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('classification of real git commits', () => {
  it('reads trailers, author, notes and prose as git stores them', () => {
    const commits = readCommits();
    expect(commits).toHaveLength(6);
    const infos = classifyCommits(commits);
    expect(infos.map(({ subject, origin, evidence }) => ({ subject, origin, evidence }))).toEqual([
      { subject: 'Add retry helper', origin: 'ai-assisted', evidence: [{ signal: 'trailer', detail: 'Co-authored-by: Claude <noreply@anthropic.com>' }] },
      {
        subject: 'aider: tune pool size',
        origin: 'ai-assisted',
        evidence: [
          { signal: 'author', detail: 'Jane Doe (aider) <jane@example.com>' },
          { signal: 'message', detail: 'aider: tune pool size' },
        ],
      },
      {
        subject: 'Tune timeout',
        origin: 'ai-assisted',
        evidence: [{ signal: 'note', detail: 'git-ai note (authorship/3.0.0): 5 AI-attested lines in 1 file; claude (claude-sonnet-4)' }],
      },
      { subject: 'Fix the Claude API client', origin: 'human', evidence: [] },
      { subject: 'Bump limits', origin: 'human', evidence: [] },
      {
        subject: 'Add cache',
        origin: 'ai-assisted',
        evidence: [
          { signal: 'trailer', detail: 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>' },
          { signal: 'message', detail: '🤖 Generated with [Claude Code](https://claude.com/claude-code)' },
        ],
      },
    ]);
    expect(infos.every((info, i) => info.sha === commits[i]!.sha && /^[0-9a-f]{40}$/.test(info.sha))).toBe(true);
    expect(combinedOrigin(infos)).toBe('mixed');
  });

  it('the commits are what the test meant to make (git agrees on the trailers)', () => {
    const commits = readCommits();
    expect(commits[0]!.trailers).toEqual([{ key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' }]);
    expect(commits[3]!.trailers).toEqual([]); // the mid-prose lookalike is not a trailer to git either
    expect(commits[4]!.trailers).toEqual([{ key: 'Signed-off-by', value: 'Test User <test@example.com>' }]);
    expect(commits[2]!.notes).toContain('authorship/3.0.0');
  });
});

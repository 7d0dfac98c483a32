/**
 * One real commit per promised AI-assistance signal, and real commits that only mention an
 * assistant, read back through the product's own git layer (listCommits) and classified.
 * real-git.test.ts already covers, on real commits: a `Co-authored-by: Claude
 * <noreply@anthropic.com>` trailer, the "🤖 Generated with [Claude Code]" line, an author name
 * ending in ` (aider)`, the `aider: ` subject and a git-ai note; they are not repeated here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCommits, type RawCommit } from '../../src/git/commits.js';
import { openRepository } from '../../src/git/repository.js';
import { classifyCommits, type OriginContext } from '../../src/origin/index.js';
import type { OriginEvidence } from '../../src/types.js';
import { makeRepo, type TempRepo } from '../support/tempRepo.js';

interface RealCase {
  name: string;
  /** The whole message, as `git commit -m` gets it. */
  message: string;
  /** "Name <email>" */
  author?: string;
  committer?: { name: string; email: string };
  evidence: OriginEvidence[];
}

const trailer = (detail: string): OriginEvidence => ({ signal: 'trailer', detail });
const coAuthored = (who: string): Pick<RealCase, 'message' | 'evidence'> => ({
  message: `Add retries to the pricing client\n\nThe upstream flakes under load.\n\nCo-authored-by: ${who}`,
  evidence: [trailer(`Co-authored-by: ${who}`)],
});

const AI: RealCase[] = [
  // Co-authored-by trailers, one per assistant
  { name: 'GitHub Copilot (CLI) co-author', ...coAuthored('Copilot <223556219+Copilot@users.noreply.github.com>') },
  { name: 'Cursor Agent co-author', ...coAuthored('Cursor Agent <cursoragent@cursor.com>') },
  { name: 'aider co-author', ...coAuthored('aider (gpt-4o) <noreply@aider.chat>') },
  { name: 'Devin co-author', ...coAuthored('devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>') },
  { name: 'OpenAI Codex co-author', ...coAuthored('Codex <noreply@openai.com>') },
  { name: 'Google Jules co-author', ...coAuthored('google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>') },
  { name: 'Gemini co-author', ...coAuthored('Gemini <gemini@google.com>') },
  { name: 'Amazon Q co-author', ...coAuthored('Amazon Q Developer <noreply@aws.amazon.com>') },
  { name: 'Windsurf co-author', ...coAuthored('Windsurf <noreply@codeium.com>') },
  { name: 'OpenHands co-author', ...coAuthored('openhands <openhands@all-hands.dev>') },
  { name: 'Cline co-author', ...coAuthored('Cline <noreply@cline.bot>') },
  // Disclosure trailers
  {
    name: 'Assisted-by (kernel style, next to a human Signed-off-by)',
    message: 'Tune the pool size\n\nHalve it for the smaller instances.\n\nAssisted-by: Claude:claude-3-opus coccinelle sparse\nSigned-off-by: Test User <test@example.com>',
    evidence: [trailer('Assisted-by: Claude:claude-3-opus coccinelle sparse')],
  },
  { name: 'Generated-by (ASF style)', message: 'Add the cache warmer\n\nGenerated-by: ChatGPT 4o', evidence: [trailer('Generated-by: ChatGPT 4o')] },
  // Agent identities
  {
    name: 'copilot-swe-agent[bot] as author',
    message: 'Fix the retry loop',
    author: 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>',
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    evidence: [{ signal: 'author', detail: 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>' }],
  },
  {
    name: 'devin-ai-integration[bot] as author and committer',
    message: 'Batch the discount lookups',
    author: 'devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>',
    committer: { name: 'devin-ai-integration[bot]', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    evidence: [
      { signal: 'author', detail: 'devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>' },
      { signal: 'committer', detail: 'devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>' },
    ],
  },
  {
    name: "aider's ` (aider)` suffix on the committer (and author) name",
    message: 'Raise the client timeout',
    author: 'Jane Doe (aider) <jane@example.com>',
    committer: { name: 'Jane Doe (aider)', email: 'jane@example.com' },
    evidence: [
      { signal: 'author', detail: 'Jane Doe (aider) <jane@example.com>' },
      { signal: 'committer', detail: 'Jane Doe (aider) <jane@example.com>' },
    ],
  },
];

const HUMAN: RealCase[] = [
  { name: 'subject names the Claude API', message: 'Fix Claude API client timeout\n\nThe client waited forever on a stalled stream.', evidence: [] },
  { name: 'subject reverts a Copilot suggestion', message: 'Revert copilot suggestion\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.', evidence: [] },
  { name: 'body tells of asking ChatGPT', message: 'Handle empty carts\n\nI asked ChatGPT and it was wrong, so this is done by hand.', evidence: [] },
  { name: 'a human co-author named Claude', message: 'Pair on the cache keys\n\nCo-authored-by: Claude Shannon <claude@example.com>', evidence: [] },
];

const PLAIN = 'Tune the pool size by hand';

let repo: TempRepo;
const bySha = new Map<string, RawCommit>();
const shaOf = new Map<string, string>();

beforeAll(async () => {
  repo = makeRepo();
  repo.write('base.txt', 'base\n');
  const base = repo.commit('base');
  [...AI, ...HUMAN, { name: PLAIN, message: PLAIN, evidence: [] }].forEach((c, i) => {
    repo.write(`f${i}.txt`, `${i}\n`);
    const env = c.committer ? { GIT_COMMITTER_NAME: c.committer.name, GIT_COMMITTER_EMAIL: c.committer.email } : undefined;
    shaOf.set(c.name, repo.commit(c.message, { ...(c.author ? { author: c.author } : {}), ...(env ? { env } : {}) }));
  });
  const repository = await openRepository(repo.root);
  for (const commit of await listCommits(repository, { base, head: repo.git('rev-parse', 'HEAD'), staged: false })) bySha.set(commit.sha, commit);
});
afterAll(() => repo?.cleanup());

function raw(name: string): RawCommit {
  const commit = bySha.get(shaOf.get(name) ?? '');
  if (!commit) throw new Error(`no commit for case '${name}'`);
  return commit;
}

/** What git itself parsed as trailers, as `Key: value` lines. */
function gitTrailers(commit: RawCommit): string[] {
  return commit.trailers.map((t) => `${t.key}: ${t.value}`);
}

describe('real commits with an AI-assistance signal', () => {
  it('lists every commit made, oldest first', () => {
    expect([...bySha.keys()]).toEqual([...shaOf.values()]);
  });

  it.each(AI)('$name', ({ name, evidence }) => {
    const commit = raw(name);
    // The commit is what the case meant: git, too, reads the trailer as a trailer.
    for (const e of evidence.filter((x) => x.signal === 'trailer')) expect(gitTrailers(commit)).toContain(e.detail);
    const [info] = classifyCommits([commit]);
    expect(info).toEqual({ sha: commit.sha, subject: commit.subject, origin: 'ai-assisted', evidence });
  });
});

describe('real commits that only mention an assistant', () => {
  it.each(HUMAN)('$name', ({ name, message }) => {
    const commit = raw(name);
    // Not vacuous: git stored the mention where the case put it.
    expect(`${commit.subject}\n\n${commit.body}`).toBe(message);
    expect(classifyCommits([commit])).toEqual([{ sha: commit.sha, subject: commit.subject, origin: 'human', evidence: [] }]);
  });

  it('a co-author named Claude is a trailer to git, and still not an assistant', () => {
    expect(gitTrailers(raw('a human co-author named Claude'))).toEqual(['Co-authored-by: Claude Shannon <claude@example.com>']);
  });
});

describe('pull-request context on a real human commit', () => {
  const branch = (detail: string): OriginEvidence => ({ signal: 'branch', detail });
  const AGENT_CONTEXT: Array<{ name: string; ctx: OriginContext; evidence: OriginEvidence[] }> = [
    { name: 'head branch copilot/', ctx: { headBranch: 'copilot/fix-retry-loop' }, evidence: [branch('copilot/fix-retry-loop')] },
    { name: 'head branch claude/', ctx: { headBranch: 'refs/heads/claude/issue-123-20250101-1200' }, evidence: [branch('claude/issue-123-20250101-1200')] },
    { name: 'head branch cursor/', ctx: { headBranch: 'cursor/p1-06-expanded-view-9f65' }, evidence: [branch('cursor/p1-06-expanded-view-9f65')] },
    { name: 'head branch codex/', ctx: { headBranch: 'codex/add-retries' }, evidence: [branch('codex/add-retries')] },
    {
      name: 'pull-request body marker',
      ctx: { pullRequestBody: '## Summary\n- Batch the discount lookups\n\n## Test plan\n- [x] unit tests\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)' },
      evidence: [{ signal: 'pull-request', detail: '🤖 Generated with [Claude Code](https://claude.com/claude-code)' }],
    },
  ];
  const HUMAN_CONTEXT: Array<{ name: string; ctx: OriginContext }> = [
    { name: 'branch copilot-fixes', ctx: { headBranch: 'copilot-fixes' } },
    { name: 'branch feature/claude-docs', ctx: { headBranch: 'feature/claude-docs' } },
    { name: 'pull-request body that mentions assistants', ctx: { pullRequestBody: 'Reverts the Copilot suggestion from #12.\nI asked ChatGPT and it was wrong; Claude Code was not used.' } },
  ];

  it('the commit alone is human', () => {
    expect(classifyCommits([raw(PLAIN)])[0]?.origin).toBe('human');
  });

  it.each(AGENT_CONTEXT)('$name makes it ai-assisted', ({ ctx, evidence }) => {
    const commit = raw(PLAIN);
    expect(classifyCommits([commit], ctx)).toEqual([{ sha: commit.sha, subject: PLAIN, origin: 'ai-assisted', evidence }]);
  });

  it.each(HUMAN_CONTEXT)('$name leaves it human', ({ ctx }) => {
    const commit = raw(PLAIN);
    expect(classifyCommits([commit], ctx)).toEqual([{ sha: commit.sha, subject: PLAIN, origin: 'human', evidence: [] }]);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyCommit, classifyCommits, combinedOrigin, detectSignals, type CommitFacts, type OriginContext } from '../../src/origin/index.js';
import type { RawCommit } from '../../src/git/commits.js';
import type { OriginEvidence } from '../../src/types.js';

// A human commit; each case overrides what carries (or pretends to carry) the signal.
function commit(over: Partial<CommitFacts> = {}): CommitFacts {
  return {
    sha: 'a'.repeat(40),
    subject: 'Tune the pricing cache',
    body: '',
    authorName: 'Jane Doe',
    authorEmail: 'jane@example.com',
    committerName: 'Jane Doe',
    committerEmail: 'jane@example.com',
    trailers: [],
    notes: '',
    ...over,
  };
}

const tr = (detail: string): OriginEvidence => ({ signal: 'trailer', detail });
const author = (detail: string): OriginEvidence => ({ signal: 'author', detail });
const committer = (detail: string): OriginEvidence => ({ signal: 'committer', detail });
const msg = (detail: string): OriginEvidence => ({ signal: 'message', detail });

interface Case {
  name: string;
  commit: Partial<CommitFacts>;
  ctx?: OriginContext;
  evidence: OriginEvidence[];
}

const GIT_AI_NOTE = [
  'src/pricing.ts',
  '  d9978a8723e02b52 1-4,9-10,12',
  '"src/a b.ts"',
  '  abc1234 3',
  '---',
  JSON.stringify({
    schema_version: 'authorship/3.0.0',
    base_commit_sha: 'f'.repeat(40),
    prompts: {
      d9978a8723e02b52: { agent_id: { tool: 'cursor', id: 'c1', model: 'claude-4-sonnet' }, messages: [], accepted_lines: 7, overriden_lines: 0 },
      abc1234: { agent_id: { tool: 'claude', id: 'c2', model: 'claude-opus-4' }, messages: [] },
    },
  }),
].join('\n');

const positives: Case[] = [
  // Claude Code
  { name: 'Claude Code model co-author', commit: { body: 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>' }, evidence: [tr('Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>')] },
  { name: 'Claude Code older co-author', commit: { body: 'Why.\n\nCo-authored-by: Claude <noreply@anthropic.com>' }, evidence: [tr('Co-authored-by: Claude <noreply@anthropic.com>')] },
  {
    name: 'Claude Code marker + co-author (strongest first)',
    commit: { body: 'Why.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>' },
    evidence: [tr('Co-Authored-By: Claude <noreply@anthropic.com>'), msg('🤖 Generated with [Claude Code](https://claude.com/claude-code)')],
  },
  { name: 'Claude Code marker, older URL', commit: { body: '🤖 Generated with [Claude Code](https://claude.ai/code)' }, evidence: [msg('🤖 Generated with [Claude Code](https://claude.ai/code)')] },
  { name: 'Claude-Session stamp', commit: { body: 'Claude-Session: 01HZX3' }, evidence: [tr('Claude-Session: 01HZX3')] },
  { name: 'Claude-Workflow stamp', commit: { body: 'Claude-Workflow: review' }, evidence: [tr('Claude-Workflow: review')] },
  {
    name: 'claude[bot] author',
    commit: { authorName: 'claude[bot]', authorEmail: '209825114+claude[bot]@users.noreply.github.com' },
    evidence: [author('claude[bot] <209825114+claude[bot]@users.noreply.github.com>')],
  },
  // GitHub Copilot
  {
    name: 'Copilot coding agent author',
    commit: { authorName: 'Copilot', authorEmail: '198982749+Copilot@users.noreply.github.com', committerName: 'GitHub', committerEmail: 'noreply@github.com' },
    evidence: [author('Copilot <198982749+Copilot@users.noreply.github.com>')],
  },
  {
    name: 'copilot-swe-agent[bot] squash co-author',
    commit: { body: 'Co-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>' },
    evidence: [tr('Co-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>')],
  },
  {
    name: 'Copilot bot renamed: matched by numeric id',
    commit: { body: 'Co-authored-by: Renamed Agent <198982749+renamed-agent[bot]@users.noreply.github.com>' },
    evidence: [tr('Co-authored-by: Renamed Agent <198982749+renamed-agent[bot]@users.noreply.github.com>')],
  },
  {
    name: 'Copilot CLI co-author + session',
    commit: { body: 'Co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\nCopilot-Session: 5f1e' },
    evidence: [tr('Co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>'), tr('Copilot-Session: 5f1e')],
  },
  { name: 'Copilot chat bot', commit: { body: 'Co-authored-by: copilot[bot] <167198135+copilot[bot]@users.noreply.github.com>' }, evidence: [tr('Co-authored-by: copilot[bot] <167198135+copilot[bot]@users.noreply.github.com>')] },
  // Cursor
  { name: 'Cursor co-author', commit: { body: 'Co-authored-by: Cursor <cursoragent@cursor.com>' }, evidence: [tr('Co-authored-by: Cursor <cursoragent@cursor.com>')] },
  { name: 'Cursor Agent co-author name', commit: { body: 'Co-authored-by: Cursor Agent <agent@cursor.invalid>' }, evidence: [tr('Co-authored-by: Cursor Agent <agent@cursor.invalid>')] },
  {
    name: 'Cursor cloud agent as author and committer',
    commit: { authorName: 'Cursor Agent', authorEmail: 'cursoragent@cursor.com', committerName: 'Cursor Agent', committerEmail: 'cursoragent@cursor.com' },
    evidence: [author('Cursor Agent <cursoragent@cursor.com>'), committer('Cursor Agent <cursoragent@cursor.com>')],
  },
  { name: 'Made-with: Cursor', commit: { body: 'Why.\n\nMade-with: Cursor' }, evidence: [msg('Made-with: Cursor')] },
  { name: 'legacy cursor-ai identity', commit: { authorName: 'cursor-ai', authorEmail: 'sos@cursor.sh' }, evidence: [author('cursor-ai <sos@cursor.sh>')] },
  // aider
  {
    name: 'aider name suffix on author and committer',
    commit: { authorName: 'Jane Doe (aider)', committerName: 'Jane Doe (aider)' },
    evidence: [author('Jane Doe (aider) <jane@example.com>'), committer('Jane Doe (aider) <jane@example.com>')],
  },
  { name: 'aider co-author (aider.chat)', commit: { body: 'Co-authored-by: aider (gpt-4o) <noreply@aider.chat>' }, evidence: [tr('Co-authored-by: aider (gpt-4o) <noreply@aider.chat>')] },
  { name: 'aider co-author (aider.dev)', commit: { body: 'Co-authored-by: aider (sonnet) <noreply@aider.dev>' }, evidence: [tr('Co-authored-by: aider (sonnet) <noreply@aider.dev>')] },
  { name: 'aider co-author by name', commit: { body: 'Co-authored-by: aider (o3) <bot@example.com>' }, evidence: [tr('Co-authored-by: aider (o3) <bot@example.com>')] },
  { name: 'aider subject prefix', commit: { subject: 'aider: add retries to the client' }, evidence: [msg('aider: add retries to the client')] },
  // Devin
  {
    name: 'Devin bot author',
    commit: { authorName: 'devin-ai-integration[bot]', authorEmail: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    evidence: [author('devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>')],
  },
  {
    name: 'Devin co-author',
    commit: { body: 'Co-authored-by: devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>' },
    evidence: [tr('Co-authored-by: devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>')],
  },
  // OpenAI Codex
  { name: 'Codex CLI co-author', commit: { body: 'Co-authored-by: Codex <noreply@openai.com>' }, evidence: [tr('Co-authored-by: Codex <noreply@openai.com>')] },
  { name: 'Codex connector bot', commit: { authorName: 'chatgpt-codex-connector[bot]', authorEmail: '199175422+chatgpt-codex-connector[bot]@users.noreply.github.com' }, evidence: [author('chatgpt-codex-connector[bot] <199175422+chatgpt-codex-connector[bot]@users.noreply.github.com>')] },
  // Google
  {
    name: 'Jules bot author',
    commit: { authorName: 'google-labs-jules[bot]', authorEmail: '161369871+google-labs-jules[bot]@users.noreply.github.com' },
    evidence: [author('google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>')],
  },
  {
    name: 'Jules bot co-author',
    commit: { body: 'Co-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>' },
    evidence: [tr('Co-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>')],
  },
  { name: 'Gemini co-author (manual)', commit: { body: 'Co-Authored-By: Gemini CLI <gemini@example.com>' }, evidence: [tr('Co-Authored-By: Gemini CLI <gemini@example.com>')] },
  { name: 'Gemini Code Assist bot', commit: { authorName: 'gemini-code-assist[bot]', authorEmail: '176961590+gemini-code-assist[bot]@users.noreply.github.com' }, evidence: [author('gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>')] },
  // Amazon Q
  {
    name: 'Amazon Q bot author',
    commit: { authorName: 'amazon-q-developer[bot]', authorEmail: '208079219+amazon-q-developer[bot]@users.noreply.github.com' },
    evidence: [author('amazon-q-developer[bot] <208079219+amazon-q-developer[bot]@users.noreply.github.com>')],
  },
  { name: 'Amazon Q co-author by name (added by hand)', commit: { body: 'Co-authored-by: Amazon Q Developer <noreply@aws.amazon.com>' }, evidence: [tr('Co-authored-by: Amazon Q Developer <noreply@aws.amazon.com>')] },
  { name: 'amazonq[bot] co-author', commit: { body: 'Co-authored-by: amazonq[bot] <amazonq[bot]@users.noreply.github.com>' }, evidence: [tr('Co-authored-by: amazonq[bot] <amazonq[bot]@users.noreply.github.com>')] },
  // Windsurf / Codeium
  { name: 'Windsurf co-author', commit: { body: 'Co-authored-by: Windsurf <windsurf@codeium.com>' }, evidence: [tr('Co-authored-by: Windsurf <windsurf@codeium.com>')] },
  { name: 'Codeium noreply co-author', commit: { body: 'Co-authored-by: Cascade <noreply@codeium.com>' }, evidence: [tr('Co-authored-by: Cascade <noreply@codeium.com>')] },
  // OpenHands
  {
    name: 'OpenHands default identity',
    commit: { authorName: 'openhands', authorEmail: 'openhands@all-hands.dev', committerName: 'openhands', committerEmail: 'openhands@all-hands.dev' },
    evidence: [author('openhands <openhands@all-hands.dev>'), committer('openhands <openhands@all-hands.dev>')],
  },
  { name: 'OpenHands co-author', commit: { body: 'Co-authored-by: openhands <openhands@all-hands.dev>' }, evidence: [tr('Co-authored-by: openhands <openhands@all-hands.dev>')] },
  // Others
  { name: 'Cline co-author', commit: { body: 'Co-Authored-By: Cline <noreply@cline.bot>' }, evidence: [tr('Co-Authored-By: Cline <noreply@cline.bot>')] },
  { name: 'Cline bot', commit: { authorName: 'cline[bot]', authorEmail: '205137888+cline[bot]@users.noreply.github.com' }, evidence: [author('cline[bot] <205137888+cline[bot]@users.noreply.github.com>')] },
  { name: 'Sweep bot', commit: { authorName: 'sweep-ai[bot]', authorEmail: '128439645+sweep-ai[bot]@users.noreply.github.com' }, evidence: [author('sweep-ai[bot] <128439645+sweep-ai[bot]@users.noreply.github.com>')] },
  {
    name: 'Amp co-author + thread',
    commit: { body: 'Amp-Thread-ID: https://ampcode.com/threads/T-42\nCo-authored-by: Amp <amp@ampcode.com>' },
    evidence: [tr('Co-authored-by: Amp <amp@ampcode.com>'), tr('Amp-Thread-ID: https://ampcode.com/threads/T-42')],
  },
  { name: 'OpenCode co-author', commit: { body: 'Co-authored-by: opencode <noreply@opencode.ai>' }, evidence: [tr('Co-authored-by: opencode <noreply@opencode.ai>')] },
  { name: 'Factory droid bot', commit: { authorName: 'factory-droid[bot]', authorEmail: '138933559+factory-droid[bot]@users.noreply.github.com' }, evidence: [author('factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>')] },
  {
    name: 'Replit trailers',
    commit: { body: 'Replit-Commit-Author: Agent\nReplit-Commit-Session-Id: 7c1e0d' },
    evidence: [tr('Replit-Commit-Author: Agent'), tr('Replit-Commit-Session-Id: 7c1e0d')],
  },
  { name: 'Entire.io stamp', commit: { body: 'Entire-Checkpoint: 3f2a9c' }, evidence: [tr('Entire-Checkpoint: 3f2a9c')] },
  { name: 'Codebuff marker', commit: { body: 'Generated with Codebuff 🤖' }, evidence: [msg('Generated with Codebuff 🤖')] },
  { name: 'generic tool stamp', commit: { body: '🤖 Generated with [opencode](https://opencode.ai)' }, evidence: [msg('🤖 Generated with [opencode](https://opencode.ai)')] },
  { name: 'CodeRabbit bot', commit: { authorName: 'coderabbitai[bot]', authorEmail: '136622811+coderabbitai[bot]@users.noreply.github.com' }, evidence: [author('coderabbitai[bot] <136622811+coderabbitai[bot]@users.noreply.github.com>')] },
  // Disclosure trailers
  {
    name: 'kernel Assisted-by next to a human Signed-off-by',
    commit: { body: 'Why.\n\nAssisted-by: Claude:claude-3-opus coccinelle sparse\nSigned-off-by: Jane Doe <jane@example.com>' },
    evidence: [tr('Assisted-by: Claude:claude-3-opus coccinelle sparse')],
  },
  { name: 'Generated-by', commit: { body: 'Generated-by: GitHub Copilot' }, evidence: [tr('Generated-by: GitHub Copilot')] },
  // Trailer-block details
  {
    name: 'folded continuation line',
    commit: { body: 'Co-authored-by: Claude\n <noreply@anthropic.com>' },
    evidence: [tr('Co-authored-by: Claude <noreply@anthropic.com>')],
  },
  {
    name: 'mostly-prose last paragraph with Signed-off-by is a block (git rule)',
    commit: { body: 'Why.\n\n(cherry picked from commit 0123456789abcdef)\nCo-authored-by: Codex <noreply@openai.com>\nSigned-off-by: Jane Doe <jane@example.com>\nnote from the merger' },
    evidence: [tr('Co-authored-by: Codex <noreply@openai.com>')],
  },
  {
    name: 'trailers handed over by the git layer (no body)',
    commit: { body: '', trailers: [{ key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' }] },
    evidence: [tr('Co-authored-by: Claude <noreply@anthropic.com>')],
  },
  {
    name: 'same trailer from body and git layer counted once',
    commit: { body: 'Co-authored-by: Claude <noreply@anthropic.com>', trailers: [{ key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' }] },
    evidence: [tr('Co-authored-by: Claude <noreply@anthropic.com>')],
  },
  // git-ai note
  {
    name: 'git-ai note',
    commit: { notes: GIT_AI_NOTE },
    evidence: [{ signal: 'note', detail: 'git-ai note (authorship/3.0.0): 8 AI-attested lines in 2 files; cursor (claude-4-sonnet), claude (claude-opus-4)' }],
  },
  // Pull-request context (weak)
  { name: 'branch copilot/', commit: {}, ctx: { headBranch: 'copilot/fix-123' }, evidence: [{ signal: 'branch', detail: 'copilot/fix-123' }] },
  { name: 'branch claude/ (refs/heads/ stripped)', commit: {}, ctx: { headBranch: 'refs/heads/claude/issue-123-20250101' }, evidence: [{ signal: 'branch', detail: 'claude/issue-123-20250101' }] },
  { name: 'branch cursor/', commit: {}, ctx: { headBranch: 'cursor/p1-06-expanded-view-9f65' }, evidence: [{ signal: 'branch', detail: 'cursor/p1-06-expanded-view-9f65' }] },
  { name: 'branch codex/', commit: {}, ctx: { headBranch: 'codex/add-retries' }, evidence: [{ signal: 'branch', detail: 'codex/add-retries' }] },
  { name: 'branch devin/<ts>-', commit: {}, ctx: { headBranch: 'devin/1785691942-devin-pr-reviewer' }, evidence: [{ signal: 'branch', detail: 'devin/1785691942-devin-pr-reviewer' }] },
  {
    name: 'PR body Claude Code marker',
    commit: {},
    ctx: { pullRequestBody: '## Summary\nAdds retries.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)' },
    evidence: [{ signal: 'pull-request', detail: '🤖 Generated with [Claude Code](https://claude.com/claude-code)' }],
  },
  {
    name: 'PR body Devin run link',
    commit: {},
    ctx: { pullRequestBody: 'Link to Devin run: https://app.devin.ai/sessions/d1991f5d4f0a47d994adb358b084d182\nRequested by: Jane' },
    evidence: [{ signal: 'pull-request', detail: 'Link to Devin run: https://app.devin.ai/sessions/d1991f5d4f0a47d994adb358b084d182' }],
  },
  {
    name: 'PR body Codex task link',
    commit: {},
    ctx: { pullRequestBody: '------\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_694400e34efc)' },
    evidence: [{ signal: 'pull-request', detail: '[Codex Task](https://chatgpt.com/codex/tasks/task_e_694400e34efc)' }],
  },
  {
    name: 'strong commit evidence sorts before weak context evidence',
    commit: { body: 'Co-authored-by: Cursor <cursoragent@cursor.com>' },
    ctx: { headBranch: 'cursor/fix-9f65' },
    evidence: [tr('Co-authored-by: Cursor <cursoragent@cursor.com>'), { signal: 'branch', detail: 'cursor/fix-9f65' }],
  },
  // Config patterns
  {
    name: 'extra pattern with label; an invalid one is ignored',
    commit: { body: 'X-Acme-Bot: yes' },
    ctx: { extraPatterns: [{ signal: 'trailer', pattern: '(' }, { signal: 'trailer', pattern: '^x-acme-bot:\\s*yes', label: 'Acme bot' }] },
    evidence: [{ signal: 'config', detail: 'trailer matched Acme bot: X-Acme-Bot: yes' }],
  },
  {
    name: 'extra author pattern without label',
    commit: { authorName: 'acme-coder', authorEmail: 'coder@acme.dev' },
    ctx: { extraPatterns: [{ signal: 'author', pattern: '@acme\\.dev>' }] },
    evidence: [{ signal: 'config', detail: 'author matched /@acme\\.dev>/i: acme-coder <coder@acme.dev>' }],
  },
  {
    name: 'extra branch pattern',
    commit: {},
    ctx: { extraPatterns: [{ signal: 'branch', pattern: '^sweep/', label: 'Sweep' }], headBranch: 'sweep/add-tests' },
    evidence: [{ signal: 'config', detail: 'branch matched Sweep: sweep/add-tests' }],
  },
];

const negatives: Case[] = [
  { name: 'prose mentions Claude', commit: { subject: 'Fix the Claude API client', body: 'The Claude client retried forever; cap it.' }, evidence: [] },
  { name: 'prose mentions Copilot', commit: { subject: 'Revert copilot suggestion', body: 'Copilot suggested a loop; reverting.\nThis was generated with Claude Code? No.' }, evidence: [] },
  { name: 'human named Jules', commit: { authorName: 'Jules Verne', authorEmail: 'jules@example.com', body: 'Co-authored-by: Jules Durand <jules@corp.example>' }, evidence: [] },
  { name: 'human named Claude', commit: { authorName: 'Claude Monet', authorEmail: 'claude@example.com' }, evidence: [] },
  { name: 'human co-author', commit: { body: 'Co-authored-by: Jane <jane@example.com>' }, evidence: [] },
  { name: 'human Signed-off-by', commit: { body: 'Signed-off-by: John Smith <john@example.com>' }, evidence: [] },
  { name: 'a human co-author named Amazon Quinn', commit: { body: 'Co-authored-by: Amazon Quinn <aq@example.com>' }, evidence: [] },
  { name: 'a human co-author named Cline', commit: { body: 'Co-authored-by: Cline Smith <cline@example.com>' }, evidence: [] },
  { name: 'Gemini as an author name (co-author only)', commit: { authorName: 'Gemini', authorEmail: 'gemini@example.com' }, evidence: [] },
  { name: 'dependabot', commit: { authorName: 'dependabot[bot]', authorEmail: '49699333+dependabot[bot]@users.noreply.github.com', body: 'Signed-off-by: dependabot[bot] <support@github.com>' }, evidence: [] },
  { name: 'renovate', commit: { authorName: 'renovate[bot]', authorEmail: '29139614+renovate[bot]@users.noreply.github.com' }, evidence: [] },
  { name: 'github-actions', commit: { authorName: 'github-actions[bot]', authorEmail: '41898282+github-actions[bot]@users.noreply.github.com' }, evidence: [] },
  {
    name: 'trailer lookalike in the middle of prose',
    commit: { body: 'We used to append\nCo-authored-by: Claude <noreply@anthropic.com>\nto every commit.\n\nNo longer.' },
    evidence: [],
  },
  {
    name: 'trailer lookalike in a prose last paragraph (no git-generated trailer)',
    commit: { body: 'Why.\n\nThe old hook added this line:\nCo-authored-by: Claude <noreply@anthropic.com>' },
    evidence: [],
  },
  { name: 'Assisted-by in prose', commit: { body: 'Assisted-by: nobody, this paragraph\nis just text that starts oddly.\n\nDone.' }, evidence: [] },
  { name: 'email lookalike', commit: { body: 'Co-authored-by: X <noreply@anthropic.com.evil.example>' }, evidence: [] },
  { name: 'human login containing copilot', commit: { body: 'Co-authored-by: copilot-fan <12345+copilot-fan@users.noreply.github.com>' }, evidence: [] },
  { name: 'aider mentioned mid-subject', commit: { subject: 'docs: mention aider: the tool' }, evidence: [] },
  { name: 'stamp not at line start', commit: { body: 'See how 🤖 Generated with [Claude Code](https://claude.com/claude-code) looks.' }, evidence: [] },
  { name: 'Made-with something else', commit: { body: 'Made-with: Cursorless voice control' }, evidence: [] },
  { name: 'branch mentioning claude', commit: {}, ctx: { headBranch: 'feature/claude-client' }, evidence: [] },
  { name: 'devin/ branch without timestamp', commit: {}, ctx: { headBranch: 'devin/fix-thing' }, evidence: [] },
  { name: 'PR body mentioning Copilot', commit: {}, ctx: { pullRequestBody: 'Reverts the Copilot suggestion from #12.' }, evidence: [] },
  { name: 'garbage note', commit: { notes: 'not a git-ai log\n---\n{oops' }, evidence: [] },
  { name: 'note from another schema', commit: { notes: 'a.ts\n  abcdef1234567890 1-3\n---\n{"schema_version":"whogitit/3"}' }, evidence: [] },
  {
    name: 'git-ai note without AI lines',
    commit: { notes: '---\n{"schema_version":"authorship/3.0.0","prompts":{"aaaaaaaaaaaaaaaa":{"agent_id":{"tool":"cursor","model":"m"},"accepted_lines":0}}}' },
    evidence: [],
  },
  { name: 'only invalid extra patterns', commit: {}, ctx: { extraPatterns: [{ signal: 'message', pattern: '[' }, { signal: 'author', pattern: '(?<' }] }, evidence: [] },
];

describe('classifyCommit: AI signals', () => {
  it.each(positives)('$name', ({ commit: over, ctx, evidence }) => {
    const result = classifyCommit(commit(over), ctx);
    expect(result).toEqual({ origin: 'ai-assisted', evidence });
  });
});

describe('classifyCommit: no AI signal', () => {
  it.each(negatives)('$name', ({ commit: over, ctx, evidence }) => {
    const result = classifyCommit(commit(over), ctx);
    expect(result).toEqual({ origin: 'human', evidence });
  });
});

describe('detectSignals', () => {
  it('names the agent and strength of each signal', () => {
    const matches = detectSignals(
      commit({ body: '🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>' }),
      { headBranch: 'claude/issue-1' },
    );
    expect(matches.map((m) => [m.signal, m.agent, m.strength])).toEqual([
      ['trailer', 'Claude Code', 'H'],
      ['message', 'Claude Code', 'M'],
      ['branch', 'Claude (GitHub app)', 'L'],
    ]);
  });

  it('names Cline for its own stamp and address, and Amazon Q for its co-author name', () => {
    const matches = detectSignals(commit({ body: '🤖 Generated with [Cline](https://docs.cline.bot)\n\nCo-Authored-By: Cline <noreply@cline.bot>\nCo-authored-by: Amazon Q Developer <noreply@aws.amazon.com>' }));
    expect(matches.map((m) => [m.signal, m.agent, m.strength])).toEqual([
      ['trailer', 'Cline', 'H'],
      ['trailer', 'Amazon Q Developer', 'M'],
      ['message', 'Cline', 'M'],
    ]);
  });

  it('caps evidence at 200 characters', () => {
    const long = `Assisted-by: ${'x'.repeat(300)}`;
    const [m] = detectSignals(commit({ body: long }));
    expect(m?.detail.length).toBe(200);
    expect(m?.detail.startsWith('Assisted-by: xxx')).toBe(true);
    expect(m?.detail.endsWith('…')).toBe(true);
  });

  it('tolerates missing fields', () => {
    expect(classifyCommit({ sha: 's', subject: '' })).toEqual({ origin: 'human', evidence: [] });
  });
});

describe('classifyCommits / combinedOrigin', () => {
  const ai = commit({ sha: '1', subject: 'a', body: 'Co-authored-by: Codex <noreply@openai.com>' });
  const human = commit({ sha: '2', subject: 'b' });

  it('returns sha, subject, origin, evidence per commit, context applied to each', () => {
    const infos = classifyCommits([ai, human], { pullRequestBody: 'Made-with: Cursor' });
    expect(infos).toEqual([
      {
        sha: '1',
        subject: 'a',
        origin: 'ai-assisted',
        evidence: [tr('Co-authored-by: Codex <noreply@openai.com>'), { signal: 'pull-request', detail: 'Made-with: Cursor' }],
      },
      { sha: '2', subject: 'b', origin: 'ai-assisted', evidence: [{ signal: 'pull-request', detail: 'Made-with: Cursor' }] },
    ]);
  });

  it('combines per pull request', () => {
    const [a, h] = classifyCommits([ai, human]);
    expect(combinedOrigin([])).toBe('none');
    expect(combinedOrigin([a!, a!])).toBe('ai-assisted');
    expect(combinedOrigin([h!])).toBe('human');
    expect(combinedOrigin([a!, h!])).toBe('mixed');
  });
});

describe('compatibility with the git layer', () => {
  it('accepts RawCommit as CommitFacts (checked by tsc)', () => {
    // Type-level: fails to compile if RawCommit stops being assignable to CommitFacts.
    const raw: RawCommit = {
      sha: 'b'.repeat(40),
      subject: 's',
      body: 'Co-authored-by: Claude <noreply@anthropic.com>',
      authorName: 'A',
      authorEmail: 'a@example.com',
      committerName: 'A',
      committerEmail: 'a@example.com',
      trailers: [{ key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' }],
      notes: '',
    };
    const facts: CommitFacts = raw;
    expect(classifyCommit(facts).origin).toBe('ai-assisted');
  });
});

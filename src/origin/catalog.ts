/**
 * The AI-origin signal catalog: which agent marks its commits how, and how much that mark
 * is worth. Source: /work/shared/ai-origin-signals.md. This table is the one place to
 * extend; the classifier (signals.ts) only knows the kinds below, never an agent by name.
 *
 * Strength (as in the research doc):
 *   H  bot identity or noreply ID (hard to produce by accident)
 *   M  default trailer or marker (opt-out, easily stripped or spoofed)
 *   L  branch prefix or pull-request text (says something about the PR, not the commit)
 */

export type Strength = 'H' | 'M' | 'L';

/**
 * What a pattern is tested against:
 *  identity      `Name <email>` of the author, the committer, and the value of
 *                Co-authored-by / Signed-off-by trailers
 *  co-author     the value of a Co-authored-by trailer only (names too ambiguous for authors)
 *  trailer       a trailer of the final trailer block, as `Key: value`
 *  subject       the subject line
 *  message       each body line; also each pull-request body line (downgraded to L)
 *  branch        the pull request's head branch
 *  pull-request  each pull-request body line
 */
export type SignalKind = 'identity' | 'co-author' | 'trailer' | 'subject' | 'message' | 'branch' | 'pull-request';

export interface CatalogEntry {
  agent: string;
  kind: SignalKind;
  /** Tested case-insensitively (all patterns carry the `i` flag). */
  pattern: RegExp;
  strength: Strength;
  /** Why the entry exists or what is unconfirmed about it. */
  note?: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An exact email inside `Name <email>` (or bare at the end), not a substring of a longer one. */
function email(agent: string, address: string, strength: Strength, note?: string): CatalogEntry {
  const pattern = new RegExp(`(?:^|[<\\s])${escapeRe(address)}(?:>|\\s*$)`, 'i');
  return note === undefined ? { agent, kind: 'identity', pattern, strength } : { agent, kind: 'identity', pattern, strength, note };
}

/**
 * A GitHub App / bot account. Matched by its noreply email with the numeric account ID
 * (survives renames, chaoss/disclosure#4) or by its login, and, for `[bot]` logins only,
 * by the exact name: plain logins like `Copilot` are matched by email alone.
 */
function githubBot(agent: string, login: string, id?: number): CatalogEntry {
  const noreply = '@users\\.noreply\\.github\\.com';
  const alts = [`(?:^|[<\\s])(?:\\d+\\+)?${escapeRe(login)}${noreply}>?`];
  if (id !== undefined) alts.push(`(?:^|[<\\s])${id}\\+[^@<>\\s]+${noreply}>?`);
  if (login.endsWith('[bot]')) alts.push(`^\\s*${escapeRe(login)}\\s*(?:<|$)`);
  return { agent, kind: 'identity', pattern: new RegExp(alts.join('|'), 'i'), strength: 'H' };
}

function re(source: string): RegExp {
  return new RegExp(source, 'iu');
}

/**
 * Order matters only within a line: the first entry that matches names the agent, so
 * specific entries come before generic ones (the generic 🤖 stamp is last).
 * Deliberately absent: dependabot[bot], renovate[bot], github-actions[bot] and other
 * non-agent bots; bare names like "Jules", "Claude", "Copilot" as authors; unconfirmed
 * branch prefixes that are also plain words (`sweep/`, `gemini/`, `cline/`): add them
 * per repository through `extraPatterns` if they hold there.
 */
export const SIGNAL_CATALOG: readonly CatalogEntry[] = [
  // Claude Code (CLI / IDE) and the Claude GitHub app
  email('Claude Code', 'noreply@anthropic.com', 'H'),
  { agent: 'Claude Code', kind: 'message', pattern: re('^(?:🤖\\s*Generated with \\[?Claude Code\\b|Generated with \\[Claude Code\\]\\()'), strength: 'M' },
  { agent: 'Claude Code', kind: 'trailer', pattern: re('^Claude-(?:Session|Workflow)\\s*:'), strength: 'M' },
  githubBot('Claude (GitHub app)', 'claude[bot]', 209825114),
  githubBot('Claude (GitHub app)', 'claude-code-action[bot]', 208546643),
  githubBot('Claude (GitHub app)', 'anthropic-claude[bot]', 215619710),
  { agent: 'Claude (GitHub app)', kind: 'branch', pattern: re('^claude/'), strength: 'L' },

  // GitHub Copilot: coding agent, CLI, chat
  githubBot('GitHub Copilot coding agent', 'copilot-swe-agent[bot]', 198982749),
  githubBot('GitHub Copilot CLI', 'Copilot', 223556219),
  githubBot('GitHub Copilot', 'Copilot', 175728472),
  githubBot('GitHub Copilot chat', 'copilot[bot]', 167198135),
  email('GitHub Copilot (VS Code)', 'copilot@github.com', 'M', 'opt-in in VS Code'),
  { agent: 'GitHub Copilot CLI', kind: 'trailer', pattern: re('^Copilot-Session\\s*:'), strength: 'M' },
  { agent: 'GitHub Copilot coding agent', kind: 'trailer', pattern: re('^Agent-Logs-Url\\s*:'), strength: 'M', note: 'observed, unconfirmed' },
  { agent: 'GitHub Copilot coding agent', kind: 'branch', pattern: re('^copilot/'), strength: 'L' },

  // Cursor: IDE agent, cloud agent, Bugbot
  email('Cursor', 'cursoragent@cursor.com', 'H'),
  email('Cursor', 'sos@cursor.sh', 'H', 'legacy cursor-ai identity'),
  { agent: 'Cursor', kind: 'identity', pattern: re('^\\s*Cursor Agent\\s*(?:<|$)'), strength: 'M' },
  githubBot('Cursor Bugbot', 'cursor[bot]', 206951365),
  { agent: 'Cursor', kind: 'message', pattern: re('^Made-with:\\s*Cursor\\s*$'), strength: 'M', note: 'observed, unconfirmed' },
  { agent: 'Cursor', kind: 'branch', pattern: re('^cursor/'), strength: 'L' },
  { agent: 'Cursor', kind: 'pull-request', pattern: re('cursor\\.com/(?:agents/bc-|background-agent\\?bcId=)'), strength: 'L', note: 'cloud agent PR footer links' },

  // aider
  { agent: 'aider', kind: 'identity', pattern: re('\\S\\s\\(aider\\)\\s*(?:<|$)'), strength: 'H', note: 'default ` (aider)` suffix on author/committer names' },
  email('aider', 'noreply@aider.chat', 'H'),
  email('aider', 'noreply@aider.dev', 'H', 'address of the original PR'),
  { agent: 'aider', kind: 'identity', pattern: re('^\\s*aider \\([^)]*\\)\\s*(?:<|$)'), strength: 'M', note: '`aider (<model>)` co-author name' },
  { agent: 'aider', kind: 'subject', pattern: re('^aider:\\s'), strength: 'M', note: '--attribute-commit-message-author' },

  // Devin
  githubBot('Devin', 'devin-ai-integration[bot]', 158243242),
  { agent: 'Devin', kind: 'branch', pattern: re('^devin/\\d+-'), strength: 'L' },
  { agent: 'Devin', kind: 'pull-request', pattern: re('app\\.devin\\.ai/sessions/'), strength: 'L', note: '"Link to Devin run" line' },

  // OpenAI Codex: CLI and cloud
  email('OpenAI Codex', 'noreply@openai.com', 'H'),
  email('OpenAI Codex', 'codex@example.com', 'M', 'placeholder identity of some installs'),
  githubBot('OpenAI Codex', 'chatgpt-codex-connector[bot]', 199175422),
  githubBot('OpenAI Codex', 'openai-codex[bot]', 215057067),
  { agent: 'OpenAI Codex', kind: 'branch', pattern: re('^codex/'), strength: 'L', note: 'widely used; vendor default unconfirmed' },
  { agent: 'OpenAI Codex', kind: 'pull-request', pattern: re('chatgpt\\.com/codex/tasks/'), strength: 'L', note: '"Codex Task" link' },

  // Google: Jules (the app only: "Jules" alone is a human name), Gemini
  githubBot('Google Jules', 'google-labs-jules[bot]'),
  githubBot('Gemini Code Assist', 'gemini-code-assist[bot]', 176961590),
  { agent: 'Gemini CLI', kind: 'co-author', pattern: re('^\\s*Gemini\\b'), strength: 'M', note: 'added by hand; no built-in trailer' },

  // Amazon Q Developer
  githubBot('Amazon Q Developer', 'amazon-q-developer[bot]', 208079219),
  githubBot('Amazon Q Developer', 'amazonq[bot]'),
  { agent: 'Amazon Q Developer', kind: 'co-author', pattern: re('^\\s*Amazon Q\\b'), strength: 'M', note: 'added by hand, e.g. `Amazon Q Developer <noreply@aws.amazon.com>`; no built-in trailer' },

  // Windsurf (Codeium): nothing confirmed, the names/addresses detectors use
  { agent: 'Windsurf', kind: 'co-author', pattern: re('^\\s*Windsurf\\b'), strength: 'M' },
  email('Windsurf', 'windsurf@codeium.com', 'M', 'unconfirmed'),
  email('Windsurf', 'noreply@codeium.com', 'M', 'unconfirmed'),

  // OpenHands: by name, since All Hands staff share the domain
  { agent: 'OpenHands', kind: 'identity', pattern: re('^\\s*openhands\\s*(?:<|$)'), strength: 'H' },

  // Others
  githubBot('Cline', 'cline[bot]', 205137888),
  email('Cline', 'noreply@cline.bot', 'H', 'the `Co-Authored-By: Cline <noreply@cline.bot>` its commit prompt asked for'),
  { agent: 'Cline', kind: 'message', pattern: re('^🤖\\s*Generated with \\[Cline\\]'), strength: 'M' },
  githubBot('Sweep', 'sweep-ai[bot]', 128439645),
  email('Amp', 'amp@ampcode.com', 'H'),
  { agent: 'Amp', kind: 'trailer', pattern: re('^Amp-Thread(?:-ID)?\\s*:'), strength: 'M' },
  email('OpenCode', 'noreply@opencode.ai', 'H'),
  githubBot('Factory Droid', 'factory-droid[bot]'),
  { agent: 'Replit Agent', kind: 'trailer', pattern: re('^Replit-Commit-Author\\s*:\\s*(?:Agent|Assistant)\\b'), strength: 'M' },
  { agent: 'Replit Agent', kind: 'trailer', pattern: re('^Replit-Commit-Session-Id\\s*:'), strength: 'M' },
  { agent: 'Entire.io', kind: 'trailer', pattern: re('^Entire-[A-Za-z0-9-]+\\s*:'), strength: 'M' },
  { agent: 'Codebuff', kind: 'message', pattern: re('^(?:🤖\\s*)?Generated with Codebuff\\b'), strength: 'M' },
  githubBot('CodeRabbit', 'coderabbitai[bot]', 136622811),

  // Disclosure conventions (kernel, ASF, Fedora, FluxCD): the value names the tool
  { agent: 'declared (Assisted-by)', kind: 'trailer', pattern: re('^Assisted-by\\s*:\\s*\\S'), strength: 'M' },
  { agent: 'declared (Generated-by)', kind: 'trailer', pattern: re('^Generated-by\\s*:\\s*\\S'), strength: 'M' },

  // Generic tool stamp, e.g. `🤖 Generated with [opencode](https://opencode.ai)`: last, so a
  // known tool's own entry names it first
  { agent: 'unknown tool (🤖 stamp)', kind: 'message', pattern: re('^🤖\\s*Generated with \\[[^\\]]+\\]\\(https?://'), strength: 'M' },
];

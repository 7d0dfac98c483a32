import { describe, expect, it } from 'vitest';
import { describeGitAiNote, parseGitAiNote, parseTrailerBlock, SIGNAL_CATALOG } from '../../src/origin/index.js';

describe('parseTrailerBlock', () => {
  it.each([
    { name: 'empty body', body: '', keys: [] },
    { name: 'only trailers', body: 'Co-authored-by: A <a@x>\nSigned-off-by: B <b@x>', keys: ['Co-authored-by', 'Signed-off-by'] },
    { name: 'last paragraph only', body: 'Key: not a trailer\n\nFixes: #12\n\n', keys: ['Fixes'] },
    { name: 'prose last paragraph', body: 'Why.\n\nSome prose\nKey: value', keys: [] },
    { name: '25% with Signed-off-by', body: 'a\nb\nc\nSigned-off-by: B <b@x>', keys: ['Signed-off-by'] },
    { name: 'under 25% with Signed-off-by', body: 'a\nb\nc\nd\nSigned-off-by: B <b@x>', keys: [] },
    { name: 'CRLF', body: 'Why.\r\n\r\nAssisted-by: Claude:opus\r\n', keys: ['Assisted-by'] },
  ])('$name', ({ body, keys }) => {
    expect(parseTrailerBlock(body).map((t) => t.key)).toEqual(keys);
  });
});

describe('parseGitAiNote', () => {
  const meta = (o: object) => JSON.stringify({ schema_version: 'authorship/3.0.0', base_commit_sha: 'f'.repeat(40), ...o });

  it('counts attested lines and files, reads tool/model, both overridden spellings ignored', () => {
    const note = parseGitAiNote(
      ['src/a.ts', '  0123456789abcdef 1-4,9-10,12', '  fedcba9876543210 20', '"src/b c.ts"', '  abcdef0 5-6', '---', meta({
        prompts: {
          '0123456789abcdef': { agent_id: { tool: 'claude', id: 'x', model: 'opus' }, accepted_lines: 7, overriden_lines: 1 },
          fedcba9876543210: { agent_id: { tool: 'claude', id: 'y', model: 'opus' }, overridden_lines: 0 },
          abcdef0: { agent_id: { tool: 'cursor', id: 'z' } },
        },
      })].join('\n'),
    );
    expect(note).toEqual({
      schemaVersion: 'authorship/3.0.0',
      files: 2,
      attestedLines: 10,
      agents: [{ tool: 'claude', model: 'opus' }, { tool: 'cursor' }],
      acceptedLines: 7,
    });
    expect(describeGitAiNote(note!)).toBe('git-ai note (authorship/3.0.0): 10 AI-attested lines in 2 files; claude (opus), cursor');
  });

  it('skips malformed attestation entries and prompts but keeps the rest', () => {
    const note = parseGitAiNote(
      ['  0123456789abcdef 1-2', 'src/a.ts', '  zzzz 1-2', '  0123456789abcdef 4-3', '  0123456789abcdef 1, 2', '  0123456789abcdef 7', 'src/empty.ts', '---', meta({
        prompts: { a: null, b: 'x', c: { agent_id: { tool: 42 } }, d: { agent_id: { tool: 'codex', model: '' } } },
      })].join('\n'),
    );
    expect(note).toEqual({ schemaVersion: 'authorship/3.0.0', files: 1, attestedLines: 1, agents: [{ tool: 'codex' }], acceptedLines: 0 });
    expect(describeGitAiNote(note!)).toBe('git-ai note (authorship/3.0.0): 1 AI-attested line in 1 file; codex');
  });

  it.each([
    ['undefined', undefined],
    ['empty', ''],
    ['no separator', 'src/a.ts\n  0123456789abcdef 1-2'],
    ['bad JSON', 'src/a.ts\n  0123456789abcdef 1-2\n---\n{"schema_version":'],
    ['JSON array', '---\n[1,2]'],
    ['no schema_version', '---\n{"prompts":{}}'],
    ['other schema', '---\n{"schema_version":"3.0.0"}'],
  ])('returns null for %s', (_name, text) => {
    expect(parseGitAiNote(text)).toBeNull();
  });

  it('a log with no AI lines is not evidence', () => {
    expect(describeGitAiNote(parseGitAiNote(`---\n${meta({ prompts: {} })}`)!)).toBeNull();
  });
});

describe('SIGNAL_CATALOG', () => {
  it('every entry names an agent, a kind, a case-insensitive pattern and a strength', () => {
    for (const e of SIGNAL_CATALOG) {
      expect(e.agent).not.toBe('');
      expect(e.pattern.flags).toContain('i');
      expect(e.pattern.global).toBe(false); // .test() must stay stateless
      expect(['H', 'M', 'L']).toContain(e.strength);
    }
  });
});

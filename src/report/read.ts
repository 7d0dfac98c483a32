/**
 * Reads a JSON report (the contract's shape) back into a Report, for the Action's two-workflow
 * mode: the report comes from a run on a fork's code, so it is untrusted data. Every field is
 * checked for type and size (the free-form before/after objects only for being objects: they
 * are shown escaped), rule ids must be our rules, and what the JSON does not carry (why/fix/help)
 * comes from our own rule registry, not from the file. Commit origin is decided again by the
 * caller from GitHub's record of the commits (src/action/relay.ts).
 */
import { RULES } from '../../rules/index.js';
import { InputError } from '../errors.js';
import { ruleMeta } from '../rule.js';
import { SEVERITY_RANK, type Category, type CommitInfo, type EffectKind, type Finding, type Report, type Risk, type Severity } from '../types.js';

const CATEGORIES: readonly Category[] = ['fan-out', 'timeout', 'retry', 'concurrency'];
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];
const KINDS: readonly EffectKind[] = ['cache', 'db', 'network', 'queue', 'other'];
const ORIGINS = ['ai-assisted', 'human'] as const;
const MAX_ITEMS = 10_000;
const MAX_TEXT = 20_000;
const SHA = /^[0-9a-f]{40,64}$/;

type Json = Record<string, unknown>;

export function readJsonReport(text: string, source: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source} is not JSON: ${(error as Error).message}`);
  }
  const at = (path: string) => new Reader(source, path);
  const root = at('$').object(data);
  if (root.schemaVersion !== 1) throw new InputError(`${source}: schemaVersion ${JSON.stringify(root.schemaVersion)} is not supported`, 'the report must come from opsdiff with schemaVersion 1');
  const base = at('$.base').text(root.base, SHA);
  const head = root.head === 'INDEX' ? 'INDEX' : at('$.head').text(root.head, SHA);
  const files = at('$.files').object(root.files);
  const analyzed = at('$.files.analyzed').list(files.analyzed).map((p, i) => at(`$.files.analyzed[${i}]`).text(p));
  const skipped = at('$.files.skipped').list(files.skipped).map((s, i) => {
    const r = at(`$.files.skipped[${i}]`);
    const o = r.object(s);
    return { path: r.field('path').text(o.path), reason: r.field('reason').text(o.reason) };
  });
  const commits: CommitInfo[] = at('$.commits').list(root.commits).map((c, i) => {
    const r = at(`$.commits[${i}]`);
    const o = r.object(c);
    return {
      sha: r.field('sha').text(o.sha, SHA),
      subject: r.field('subject').text(o.subject),
      origin: r.field('origin').oneOf(o.origin, ORIGINS),
      evidence: r.field('evidence').list(o.evidence).map((e, j) => {
        const er = r.field(`evidence[${j}]`);
        const eo = er.object(e);
        return { signal: er.field('signal').text(eo.signal), detail: er.field('detail').text(eo.detail) };
      }),
    };
  });
  const meta = new Map(RULES.map((rule) => [rule.id, ruleMeta(rule)]));
  const findings: Finding[] = at('$.findings').list(root.findings).map((f, i) => {
    const r = at(`$.findings[${i}]`);
    const o = r.object(f);
    const ruleId = r.field('ruleId').text(o.ruleId);
    const file = r.field('file').text(o.file);
    const line = r.field('line').int(o.line);
    const column = o.column === undefined ? 1 : r.field('column').int(o.column);
    const endLine = o.endLine === undefined ? line : r.field('endLine').int(o.endLine);
    const effect = r.field('effect').object(o.effect);
    const before = o.before === null ? null : r.field('before').object(o.before);
    const after = o.after === null ? null : r.field('after').object(o.after);
    const rule = meta.get(ruleId) ?? r.field('ruleId').fail(`one of opsdiff's rules (${[...meta.keys()].join(', ')})`);
    const related = o.related === undefined ? [] : r.field('related').list(o.related).map((x, j) => {
      const rr = r.field(`related[${j}]`);
      const ro = rr.object(x);
      const rl = rr.field('line').int(ro.line);
      return {
        file: rr.field('file').text(ro.file),
        line: rl,
        column: ro.column === undefined ? 1 : rr.field('column').int(ro.column),
        endLine: ro.endLine === undefined ? rl : rr.field('endLine').int(ro.endLine),
        endColumn: ro.endColumn === undefined ? 1 : rr.field('endColumn').int(ro.endColumn),
        side: rr.field('side').oneOf(ro.side, ['base', 'head'] as const),
        message: rr.field('message').text(ro.message),
      };
    });
    return {
      ruleId,
      category: r.field('category').oneOf(o.category, CATEGORIES),
      severity: r.field('severity').oneOf(o.severity, SEVERITIES),
      location: { file, line, column, endLine, endColumn: column },
      // The JSON has no side: a finding about code that is gone has no "after".
      side: after === null ? 'base' : 'head',
      message: r.field('message').text(o.message),
      effect: { kind: r.field('effect.kind').oneOf(effect.kind, KINDS), callee: r.field('effect.callee').text(effect.callee) },
      before,
      after,
      related,
      why: rule.why,
      fix: rule.fix,
      helpUri: rule.helpUri,
      fingerprint: '',
      commits: r.field('commits').list(o.commits).map((s, j) => r.field(`commits[${j}]`).text(s, SHA)),
      ...(o.origin === undefined ? {} : { origin: r.field('origin').oneOf(o.origin, ORIGINS) }),
    };
  });
  // Recomputed, not trusted: the verdict and labels must follow the findings themselves.
  const risk = findings.reduce<Risk>((worst, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst] ? f.severity : worst), 'none');
  const tool = at('$.tool').object(root.tool);
  return {
    schemaVersion: 1,
    tool: { name: 'opsdiff', version: at('$.tool.version').text(tool.version, /^[0-9A-Za-z.+-]{1,40}$/) },
    base,
    head,
    files: { analyzed, skipped },
    commits,
    findings,
    rules: [...meta.values()],
    summary: { risk, findings: findings.length },
    notes: [],
  };
}

class Reader {
  constructor(
    private readonly source: string,
    private readonly path: string,
  ) {}

  field(name: string): Reader {
    return new Reader(this.source, `${this.path}.${name}`);
  }

  fail(expected: string): never {
    throw new InputError(`${this.source}: ${this.path} must be ${expected}`, 'the report must be an unmodified opsdiff JSON report');
  }

  object(value: unknown): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('an object');
    return value as Json;
  }

  list(value: unknown): unknown[] {
    if (!Array.isArray(value) || value.length > MAX_ITEMS) this.fail(`an array of at most ${MAX_ITEMS} items`);
    return value as unknown[];
  }

  text(value: unknown, pattern?: RegExp): string {
    if (typeof value !== 'string' || value.length > MAX_TEXT || (pattern && !pattern.test(value))) this.fail(pattern ? `a string matching ${pattern}` : `a string of at most ${MAX_TEXT} characters`);
    return value as string;
  }

  int(value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10_000_000) this.fail('a positive integer');
    return value as number;
  }

  oneOf<T extends string>(value: unknown, options: readonly T[]): T {
    if (!options.includes(value as T)) this.fail(`one of ${options.join(', ')}`);
    return value as T;
  }
}

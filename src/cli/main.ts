/**
 * The command line: options -> analyze() -> a report format -> exit code. The only place that
 * writes to the terminal or decides the exit status (0 clean, 1 findings at or above --fail-on,
 * 2 usage or run-time error); the verdict itself is src/verdict.ts, shared with the Action.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyze } from '../engine.js';
import { prepareCheck, runCheck } from '../check.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_BASELINE, readBaseline, writeBaseline } from '../config/baseline.js';
import { openRepository } from '../git/repository.js';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { OpsdiffError, InputError } from '../errors.js';
import { FORMATS, isFormat, renderReport, type Format } from '../report/index.js';
import { summaryLine } from '../report/text.js';
import { closest } from '../suggest.js';
import { factsForcedToFail } from '../parse/extract.js';
import type { Report } from '../types.js';
import { parseFailOn } from '../verdict.js';
import { VERSION } from '../version.js';
import { runDemo } from './demo.js';
import { describeHookInstall, describeHookStatus, describeHookUninstall, hookStatus, installHook, uninstallHook } from './hook.js';
import { collectOrigin, isOriginFormat, ORIGIN_FORMATS, renderOrigin } from './origin.js';

const USAGE = `Usage: opsdiff [check] [options]      analyze the change between two revisions
       opsdiff baseline [options]        record the change's findings as accepted (.opsdiff-baseline.json)
       opsdiff origin [options]          each commit of the change: ai-assisted or human, and why
                                         (--base, --head, --format text|json|markdown, --config, --cwd)
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
  --no-cache           parse every file anew (facts of files read before are kept by git blob
                       in ~/.cache/opsdiff; OPSDIFF_CACHE=<dir> moves it, OPSDIFF_CACHE=0 is --no-cache)
  --debug              print stack traces of internal errors
  -h, --help           this help
  -v, --version        the version

Examples:
  opsdiff                          the current branch against the default branch (origin/HEAD, main or master)
  opsdiff --base origin/main       a pull request's change, as CI sees it
  opsdiff --staged                 what is staged, before committing (what the pre-commit hook runs)
  opsdiff --format json --output opsdiff.json --fail-on medium
  opsdiff hook install             run opsdiff --staged before every commit
  opsdiff demo                     a finding on a bundled example

Exit status:
  0  no finding at or above --fail-on (default high)
  1  at least one finding at or above --fail-on
  2  the run could not be done: a bad option or configuration, a missing revision, not a git
     repository (one line on standard error says why). A file that cannot be analyzed is not an
     error: it is listed as skipped, with the reason, and the rest is analyzed.
`;

/** Every option of every command (parseArgs refuses the rest, and an unknown one gets a did-you-mean). */
const OPTIONS = {
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
  'no-cache': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

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
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
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
    if (command === 'origin') return await originCommand(values, io);
    const format = values.format ?? 'text';
    if (!isFormat(format)) throw new InputError(`unknown format '${format}'`, `use one of: ${FORMATS.join(', ')}`);
    const color = values['no-color'] ? false : values.color ? true : colorFromEnv(io);
    const failOnFlag = parseFailOn(values['fail-on'], '--fail-on');
    const failOnAiFlag = parseFailOn(values['fail-on-ai'], '--fail-on-ai');

    if (command === 'demo') {
      const report = await runDemo();
      await emit(report, format as Format, color, values.output, io);
      return 0; // the demo shows a finding on purpose
    }
    if (command !== 'check' && command !== 'baseline') throw new InputError(`unknown command '${command}'`, 'commands: check (default), baseline, origin, demo, hook');

    const request = {
      cwd: values.cwd ?? '.',
      ...(values.base !== undefined ? { base: values.base } : {}),
      ...(values.head !== undefined ? { head: values.head } : {}),
      staged: !!values.staged,
      env: debug ? { ...io.env, OPSDIFF_DEBUG: '1' } : io.env,
      ...(values.config !== undefined ? { configPath: values.config } : {}),
      ...(failOnFlag ? { failOn: failOnFlag } : {}),
      ...(failOnAiFlag ? { failOnAi: failOnAiFlag } : {}),
      ...cacheDirFrom(io.env, !!values['no-cache']),
    };
    if (command === 'baseline') {
      const { config, options, root } = await prepareCheck(request);
      const path = values.output ?? config.baseline ?? join(root, DEFAULT_BASELINE);
      const previous = await readBaseline(path, false);
      const report = await analyze(options);
      const written = await writeBaseline(path, report, previous);
      io.stdout(`opsdiff: ${written.findings.length} accepted finding${written.findings.length === 1 ? '' : 's'} in ${path} (${report.findings.length} from this change); commit it to keep them quiet\n`);
      return 0;
    }

    const { report, verdict } = await runCheck(request);
    await emit(report, format as Format, color, values.output, io);
    return verdict;
  } catch (error) {
    if (error instanceof OpsdiffError) {
      io.stderr(`opsdiff: ${error.message}\n`);
      if (error.hint) io.stderr(`hint: ${error.hint}\n`);
      if (debug && error.stack) io.stderr(error.stack + '\n');
      return 2;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`opsdiff: ${argumentError(error)} (opsdiff --help lists the options)\n`);
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
    const failOn = parseFailOn(typeof values['fail-on'] === 'string' ? values['fail-on'] : undefined, '--fail-on');
    if (failOn !== undefined) forwarded.push('--fail-on', failOn);
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

const ORIGIN_USAGE = `usage: opsdiff origin [--base <rev>] [--head <rev>] [--format ${ORIGIN_FORMATS.join('|')}] [--config <file>] [--cwd <dir>]`;

/**
 * `opsdiff origin`: the commit-origin table of base..head (src/cli/origin.ts). Informational:
 * exit 0 whatever the commits are, 2 on errors. Options that only mean something to `check`
 * are refused rather than silently ignored.
 */
async function originCommand(values: Record<string, string | boolean | undefined>, io: CliIO): Promise<number> {
  for (const flag of ['staged', 'output', 'fail-on', 'fail-on-ai'] as const) {
    if (values[flag] !== undefined) throw new InputError(`--${flag} does not apply to opsdiff origin`, ORIGIN_USAGE);
  }
  const format = typeof values.format === 'string' ? values.format : 'text';
  if (!isOriginFormat(format)) throw new InputError(`unknown format '${format}' for opsdiff origin`, `use one of: ${ORIGIN_FORMATS.join(', ')}`);
  // As for check: the configuration first, so a bad one fails before any git work.
  const repo = await openRepository(typeof values.cwd === 'string' ? values.cwd : '.');
  const config = await loadConfig(typeof values.config === 'string' ? values.config : undefined, repo.root);
  const report = await collectOrigin(repo, {
    ...(typeof values.base === 'string' ? { base: values.base } : {}),
    ...(typeof values.head === 'string' ? { head: values.head } : {}),
    env: io.env,
    patterns: config.origin,
  });
  io.stdout(renderOrigin(report, format));
  return 0;
}

/** The report to standard output, or to `output` (no colour) with a one-line summary on standard error (the exit code alone says too little). */
async function emit(report: Report, format: Format, color: boolean, output: string | undefined, io: CliIO): Promise<void> {
  const rendered = renderReport(report, format, { color: color && !output });
  if (!output) {
    io.stdout(rendered.endsWith('\n') ? rendered : rendered + '\n');
    return;
  }
  await writeFile(output, rendered);
  io.stderr(`opsdiff: ${summaryLine(report)}; report written to ${output}\n`);
}

/**
 * One line for what parseArgs refused, in opsdiff's words: `unknown option '--bsae'; did you mean
 * --base?`, `option --base needs a value`. Node's own text explains positional arguments instead.
 */
function argumentError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const near = closest(unknown.replace(/^-+/, ''), Object.keys(OPTIONS));
    return `unknown option '${unknown}'${near ? `; did you mean --${near}?` : ''}`;
  }
  const needsValue = /^Option '(-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message)?.[2];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && needsValue) return `option ${needsValue} needs a value`;
  const flag = /^Option '(--[\w-]+)' does not take an argument/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) return `option ${flag} takes no value`;
  return error.message.split('\n')[0]!;
}

/**
 * Where facts are kept between runs: `$XDG_CACHE_HOME/opsdiff` or `~/.cache/opsdiff`, beside the
 * compile cache of bin/opsdiff.js. OPSDIFF_CACHE=<dir> moves it, OPSDIFF_CACHE=0 or --no-cache
 * turns it off (so does the test-only forced failure of the fact pass: a kept file would not fail).
 */
function cacheDirFrom(env: NodeJS.ProcessEnv, off: boolean): { cacheDir?: string } {
  const setting = env['OPSDIFF_CACHE'];
  if (off || setting === '0' || factsForcedToFail(env)) return {};
  if (setting) return { cacheDir: resolve(setting) };
  const home = env['HOME'] || homedir();
  return { cacheDir: join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'opsdiff') };
}

/** Colors on a terminal only; NO_COLOR and FORCE_COLOR win (https://no-color.org). */
function colorFromEnv(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

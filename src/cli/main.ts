/**
 * The command line: options -> analyze() -> a report format -> exit code. The only place that
 * writes to the terminal or decides the exit status (0 clean, 1 findings at or above --fail-on,
 * 2 usage or run-time error).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyze, DEFAULT_EXCLUDE } from '../engine.js';
import { loadConfig } from '../config/load.js';
import { OpsdiffError, InputError } from '../errors.js';
import { FORMATS, isFormat, renderReport, type Format } from '../report/index.js';
import { SEVERITY_RANK, type Report, type Severity } from '../types.js';
import { VERSION } from '../version.js';
import { runDemo } from './demo.js';
import { describeHookInstall, describeHookStatus, describeHookUninstall, hookStatus, installHook, uninstallHook } from './hook.js';

const USAGE = `Usage: opsdiff [check] [options]      analyze the change between two revisions
       opsdiff demo                      run on the bundled flagship example
       opsdiff hook install|uninstall|status   the git pre-commit hook (runs opsdiff --staged)

Options:
  --base <rev>         the revision the change starts from (default: the PR base in GitHub
                       Actions, else the merge-base of HEAD with origin/HEAD, main or master)
  --head <rev>         the revision the change ends at (default: HEAD)
  --staged             analyze the staged changes against HEAD (pre-commit mode)
  --format <f>         ${FORMATS.join(', ')} (default: text)
  --output <file>      write the report to a file instead of standard output
  --fail-on <sev>      high, medium, low or none (default: high)
  --config <file>      a JSON configuration file: { "include": [globs], "exclude": [globs] }
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
    const failOn = (values['fail-on'] ?? 'high') as FailOn;
    if (!FAIL_LEVELS.includes(failOn)) throw new InputError(`unknown --fail-on level '${values['fail-on']}'`, `use one of: ${FAIL_LEVELS.join(', ')}`);
    const color = values['no-color'] ? false : values.color ? true : colorFromEnv(io);

    let report: Report;
    if (command === 'check') {
      const config = values.config ? await loadConfig(values.config) : {};
      report = await analyze({
        ...(config.include ? { include: config.include } : {}),
        // Configured exclusions add to the defaults (tests, mocks, build output).
        ...(config.exclude ? { exclude: [...DEFAULT_EXCLUDE, ...config.exclude] } : {}),
        cwd: values.cwd ?? '.',
        ...(values.base !== undefined ? { base: values.base } : {}),
        ...(values.head !== undefined ? { head: values.head } : {}),
        staged: !!values.staged,
        env: io.env,
      });
    } else if (command === 'demo') {
      report = await runDemo();
    } else {
      throw new InputError(`unknown command '${command}'`, 'commands: check (default), demo');
    }
    const rendered = renderReport(report, format as Format, { color: color && !values.output });
    if (values.output) await writeFile(values.output, rendered);
    else io.stdout(rendered.endsWith('\n') ? rendered : rendered + '\n');
    // The demo shows a finding on purpose; only `check` turns findings into a failing status.
    return command === 'demo' ? 0 : exitCodeFor(report, failOn);
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

export function exitCodeFor(report: Report, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  const threshold = SEVERITY_RANK[failOn as Severity];
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}

/** Colors on a terminal only; NO_COLOR and FORCE_COLOR win (https://no-color.org). */
function colorFromEnv(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

/**
 * Errors a user can cause (a bad revision, a path that is not a repository, a bad option).
 * The CLI prints `message` and `hint` on one line each and exits 2; anything else is a crash.
 */
export type ErrorCode =
  | 'bad-ref'
  | 'not-a-git-repo'
  | 'shallow-clone'
  | 'bad-input'
  | 'bad-config'
  | 'git-failed';

/**
 * A hint that names a way to fix the problem in the shell's own terms: the CLI says
 * `--config <file>`, the Action says "the config input". A plain string reads the same in both.
 */
export interface ShellHint {
  cli: string;
  action: string;
}
export type Hint = string | ShellHint;

/** A place in a file: an absolute path, 1-based line and column. */
export interface ErrorLocation {
  file: string;
  line: number;
  column: number;
}

export class OpsdiffError extends Error {
  /** The hint in the command line's terms. */
  readonly hint: string | undefined;
  /** The hint in the Action's terms (inputs and steps). */
  readonly actionHint: string | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string,
    hint?: Hint,
    /** Where in a file of the user's the problem is (a configuration key): the Action annotates it there. */
    readonly where?: ErrorLocation,
  ) {
    super(message);
    this.name = 'OpsdiffError';
    this.hint = typeof hint === 'string' ? hint : hint?.cli;
    this.actionHint = typeof hint === 'string' ? hint : hint?.action;
  }
}

export class GitError extends OpsdiffError {
  override name = 'GitError';
}

export class InputError extends OpsdiffError {
  constructor(message: string, hint?: Hint) {
    super('bad-input', message, hint);
  }
  override name = 'InputError';
}

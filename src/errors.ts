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

export class OpsdiffError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'OpsdiffError';
  }
}

export class GitError extends OpsdiffError {
  override name = 'GitError';
}

export class InputError extends OpsdiffError {
  constructor(message: string, hint?: string) {
    super('bad-input', message, hint);
  }
  override name = 'InputError';
}

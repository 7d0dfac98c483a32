/**
 * File contents at a revision or in the index, served by one long-lived `git cat-file --batch`.
 * Thousands of reads share that process: requests are pipelined, and git answers in request
 * order, so a FIFO of pending requests pairs each answer with its caller.
 *
 * `<rev>:<path>` costs git a walk from the commit down the trees on every request (about ten
 * times the cost of reading the blob itself), so revision reads walk the trees here instead:
 * each tree is fetched once through the same process and cached, then the blob is asked for
 * by object id. The index is already a sorted table in git, so `:0:<path>` is asked directly.
 */
import { isUtf8 } from 'node:buffer';
import { GitError } from '../errors.js';
import { execGit, firstErrorLine, spawnFailure, spawnGit, type GitChild, type Repository } from './repository.js';

/** `oid`: the blob's id (what its content is known by, e.g. in the facts cache). */
export type Blob = { kind: 'text'; text: string; oid: string } | { kind: 'binary' } | { kind: 'not-utf8' } | { kind: 'too-large'; bytes: number };

export interface BlobStoreOptions {
  /** Larger blobs are reported as too-large instead of decoded. Default 2,000,000. */
  maxBytes?: number;
}

// The same window git itself uses to call a file binary.
const BINARY_SNIFF_BYTES = 8000;
const NEWLINE = 0x0a;

/** One answer of cat-file; `content` is null for a blob over maxBytes (its bytes are skipped). */
interface GitObject {
  oid: string;
  type: string;
  size: number;
  oidBytes: number;
  content: Buffer | null;
}

interface PendingRequest {
  resolve(object: GitObject | null): void;
  reject(error: Error): void;
}

interface TreeEntry {
  mode: string;
  oid: string;
}

type Tree = Map<string, TreeEntry>;

const TREE_MODE = '40000';
const GITLINK_MODE = '160000';

/** The object currently streaming in after its header line. */
interface IncomingObject {
  oid: string;
  type: string;
  size: number;
  /** 20 (SHA-1) or 32 (SHA-256): how wide the binary ids inside a tree are. */
  oidBytes: number;
  remaining: number;
  /** Slices of stdout chunks; concatenated once, when the object is complete. */
  parts: Buffer[] | null;
}

export class BlobStore {
  private readonly child: GitChild;
  private readonly pending: PendingRequest[] = [];
  /** Keyed by tree-ish as asked ('<rev>^{tree}') and by tree oid; promises, so concurrent walks share. */
  private readonly trees = new Map<string, Promise<Tree | null>>();
  private pendingHead = 0;
  private headerParts: Buffer[] = [];
  private incoming: IncomingObject | null = null;
  private expectObjectTerminator = false;
  private stderrTail = '';
  private failure: GitError | null = null;
  private closed = false;
  private readsInFlight = 0;
  private corked = false;

  static open(repo: Repository, opts: BlobStoreOptions = {}): BlobStore {
    return new BlobStore(repo.root, opts.maxBytes ?? 2_000_000);
  }

  private constructor(
    private readonly root: string,
    private readonly maxBytes: number,
  ) {
    this.child = spawnGit(root, ['cat-file', '--batch']);
    this.child.stdout.on('data', (chunk: Buffer) => this.onStdout(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    this.child.stdin.on('error', () => {}); // a dead child is reported by 'close' below
    this.child.on('error', (error: NodeJS.ErrnoException) => this.fail(spawnFailure(error)));
    this.child.on('close', (code, signal) => {
      if (this.closed && this.pendingCount() === 0) return;
      const reason = firstErrorLine(this.stderrTail) || (signal ? `killed by ${signal}` : `exit code ${code ?? 'unknown'}`);
      this.fail(new GitError('git-failed', `git cat-file stopped while reading file contents: ${reason}`, 'rerun; if it persists, check the repository with: git fsck'));
    });
    // An idle store must not keep the process alive if a caller forgets close().
    this.setKeepAlive(false);
  }

  /** Resolves to null when `path` does not exist at `rev` (or is not a file). */
  async read(rev: string | 'INDEX', path: string): Promise<Blob | null> {
    if (this.failure) throw this.failure;
    if (this.closed) throw new GitError('git-failed', 'BlobStore.read() called after close()');
    this.readsInFlight++;
    try {
      return await this.lookUp(rev, path);
    } finally {
      this.readsInFlight--;
      if (this.closed && this.readsInFlight === 0) this.child.stdin.end();
    }
  }

  /** Ends git's input once the reads already issued (which may still need trees) are done. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.readsInFlight === 0) this.child.stdin.end();
  }

  private async lookUp(rev: string, path: string): Promise<Blob | null> {
    if (rev === 'INDEX') {
      // The batch protocol is line-based: a name it cannot carry is looked up by object id first.
      if (/[\n\r]/.test(path)) return this.readIndexOddPath(path);
      // ':0:' (not ':') so that a path like "1:x.ts" is not taken for a merge stage.
      return toBlob(await this.request(`:0:${path}`));
    }
    const entry = await this.findEntry(rev, path);
    if (!entry || entry.mode === TREE_MODE || entry.mode === GITLINK_MODE) return null;
    return toBlob(await this.request(entry.oid));
  }

  private request(objectName: string): Promise<GitObject | null> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<GitObject | null>((resolve, reject) => {
      if (this.pendingCount() === 0) this.setKeepAlive(true);
      this.pending.push({ resolve, reject });
      this.send(`${objectName}\n`);
    });
  }

  /** The tree entry at `path` in `rev`, walking (and caching) one tree per directory level. */
  private async findEntry(rev: string, path: string): Promise<TreeEntry | null> {
    const names = path.split('/');
    let tree = await this.tree(`${rev}^{tree}`);
    for (const [depth, name] of names.entries()) {
      const entry = tree?.get(name);
      if (!entry) return null;
      if (depth === names.length - 1) return entry;
      if (entry.mode !== TREE_MODE) return null;
      tree = await this.tree(entry.oid);
    }
    return null;
  }

  private tree(treeish: string): Promise<Tree | null> {
    let tree = this.trees.get(treeish);
    if (!tree) {
      tree = this.request(treeish).then((object) => (object?.type === 'tree' && object.content ? parseTree(object.content, object.oidBytes) : null));
      this.trees.set(treeish, tree);
    }
    return tree;
  }

  /** Writes issued in the same tick go to git as one write. */
  private send(line: string): void {
    const stdin = this.child.stdin;
    if (!this.corked) {
      this.corked = true;
      stdin.cork();
      process.nextTick(() => {
        this.corked = false;
        stdin.uncork();
      });
    }
    stdin.write(line);
  }

  private async readIndexOddPath(path: string): Promise<Blob | null> {
    const result = await execGit(this.root, ['ls-files', '--stage', '-z', '--', `:(literal)${path}`]);
    // "<mode> <oid> <stage>\t<path>"; only stage 0 is the index's content for a commit.
    const entry = result.stdout
      .toString('utf8')
      .split('\0')
      .find((line) => line.endsWith(`\t${path}`) && / 0\t/.test(line));
    const oid = entry?.split(' ')[1];
    if (result.exitCode !== 0 || !oid) return null;
    return toBlob(await this.request(oid));
  }

  /** A single pass over each chunk: headers, then body slices, never re-scanning earlier bytes. */
  private onStdout(chunk: Buffer): void {
    let position = 0;
    while (position < chunk.length) {
      if (this.expectObjectTerminator) {
        position++; // the "\n" git writes after every object's content
        this.expectObjectTerminator = false;
        this.completeObject();
        continue;
      }
      if (this.incoming) {
        const take = Math.min(this.incoming.remaining, chunk.length - position);
        this.incoming.parts?.push(chunk.subarray(position, position + take));
        this.incoming.remaining -= take;
        position += take;
        if (this.incoming.remaining === 0) this.expectObjectTerminator = true;
        continue;
      }
      const newline = chunk.indexOf(NEWLINE, position);
      if (newline < 0) {
        this.headerParts.push(chunk.subarray(position));
        return;
      }
      const tail = chunk.subarray(position, newline);
      const header = this.headerParts.length === 0 ? tail : Buffer.concat([...this.headerParts, tail]);
      this.headerParts = [];
      position = newline + 1;
      this.onHeader(header.toString('utf8'));
    }
  }

  private onHeader(header: string): void {
    const match = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
    if (!match) {
      // "<name> missing", "<name> ambiguous": no content follows.
      this.settleNext((request) => request.resolve(null));
      return;
    }
    const type = match[2] as string;
    const size = Number(match[3]);
    // Trees are always kept: they are how paths are found. Only oversized blobs are skipped.
    const keepContent = type !== 'blob' || size <= this.maxBytes;
    this.incoming = { oid: match[1] as string, type, size, oidBytes: (match[1] as string).length / 2, remaining: size, parts: keepContent ? [] : null };
    if (size === 0) this.expectObjectTerminator = true;
  }

  private completeObject(): void {
    const incoming = this.incoming;
    this.incoming = null;
    if (!incoming) return;
    const { parts } = incoming;
    const content = parts === null ? null : parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, incoming.size);
    this.settleNext((request) => request.resolve({ oid: incoming.oid, type: incoming.type, size: incoming.size, oidBytes: incoming.oidBytes, content }));
  }

  private settleNext(settle: (request: PendingRequest) => void): void {
    const request = this.pending[this.pendingHead];
    if (!request) return;
    this.pending[this.pendingHead] = undefined as unknown as PendingRequest;
    this.pendingHead++;
    // Compact occasionally so the queue neither grows forever nor shifts on every answer.
    if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending.splice(0, this.pendingHead);
      this.pendingHead = 0;
    }
    if (this.pendingCount() === 0) this.setKeepAlive(false);
    settle(request);
  }

  private pendingCount(): number {
    return this.pending.length - this.pendingHead;
  }

  private fail(error: GitError): void {
    if (this.failure) return;
    this.failure = error;
    const waiting = this.pending.slice(this.pendingHead);
    this.pending.length = 0;
    this.pendingHead = 0;
    this.setKeepAlive(false);
    for (const request of waiting) request.reject(error);
  }

  private setKeepAlive(keepAlive: boolean): void {
    const handles = [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as unknown as Array<{ ref?(): void; unref?(): void }>;
    for (const handle of handles) {
      if (keepAlive) handle.ref?.();
      else handle.unref?.();
    }
  }
}

function toBlob(object: GitObject | null): Blob | null {
  if (object?.type !== 'blob') return null;
  if (!object.content) return { kind: 'too-large', bytes: object.size };
  const { content } = object;
  if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  // Latin-1 or another legacy encoding: decoding it as UTF-8 would turn its text into replacement characters.
  if (!isUtf8(content)) return { kind: 'not-utf8' };
  const text = content.toString('utf8');
  return { kind: 'text', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, oid: object.oid };
}

/** A tree object's entries: `<octal mode> <name>\0<binary oid>`, repeated. */
function parseTree(content: Buffer, oidBytes: number): Tree {
  const tree: Tree = new Map();
  let position = 0;
  while (position < content.length) {
    const space = content.indexOf(0x20, position);
    const nul = content.indexOf(0, space + 1);
    if (space < 0 || nul < 0) break;
    const mode = content.toString('latin1', position, space);
    const name = content.toString('utf8', space + 1, nul);
    tree.set(name, { mode, oid: content.toString('hex', nul + 1, nul + 1 + oidBytes) });
    position = nul + 1 + oidBytes;
  }
  return tree;
}

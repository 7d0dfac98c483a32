/**
 * The floor opsdiff is measured against: the least any tool must do to look at a change's code.
 * Lists the changed source files (`git diff --name-status -M`), reads both versions of each
 * through one `git cat-file --batch` (every request written at once, answers parsed as they
 * stream in), and parses each version as it arrives, keeping nothing.
 *
 *   node dist/test/bench/floor.js --cwd <repo> --base <rev> --head <rev> --parser typescript|estree [--load require|import]
 *   node dist/test/bench/floor.js --cwd <repo> --staged ...   the staged change: HEAD against the index
 *
 * `typescript`: `ts.createSourceFile(path, text, ScriptTarget.Latest, false, kind)`.
 * `estree`: `@typescript-eslint/typescript-estree`'s `parse(text, { loc, range, jsx })`.
 * `eslint`: not a floor but the tool a user would otherwise run: ESLint's `Linter` with
 * `@typescript-eslint/parser` and the one core rule for this risk, `no-await-in-loop`, over the
 * head version of each changed file (`--head-only`: a linter looks at the result, not the change).
 * Prints one JSON line on stdout: files listed, versions read and parsed, bytes, parse failures.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const SOURCE = /\.(?:[mc]?[jt]s|[jt]sx)$/i;
const DECLARATION = /\.d\.[mc]?ts$/i;

interface Change {
  status: string;
  path: string;
  oldPath: string | null;
}

type Parse = (path: string, text: string) => void;

/**
 * Both parsers are CommonJS packages. They are loaded with `require`: an ESM `import` of
 * typescript.js costs about 0.4 s more on start-up (Node detects the module format and runs its
 * CommonJS export lexer over the 9 MB file), which is not part of the floor. `--load import`
 * measures that way instead.
 */
async function loadModule(name: string, how: string): Promise<unknown> {
  if (how === 'import') return import(name);
  if (how === 'require') return createRequire(import.meta.url)(name);
  throw new Error(`floor: unknown --load ${how} (require or import)`);
}

async function loadParser(name: string, how: string): Promise<Parse> {
  if (name === 'typescript') {
    const loaded = (await loadModule('typescript', how)) as typeof import('typescript') & { default?: typeof import('typescript') };
    const ts = loaded.default ?? loaded;
    const kinds: Record<string, number> = { ts: ts.ScriptKind.TS, mts: ts.ScriptKind.TS, cts: ts.ScriptKind.TS, tsx: ts.ScriptKind.TSX, js: ts.ScriptKind.JSX, jsx: ts.ScriptKind.JSX, mjs: ts.ScriptKind.JS, cjs: ts.ScriptKind.JS };
    return (path, text) => {
      ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kinds[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? ts.ScriptKind.TS);
    };
  }
  if (name === 'estree') {
    const { parse } = (await loadModule('@typescript-eslint/typescript-estree', how)) as typeof import('@typescript-eslint/typescript-estree');
    return (path, text) => {
      const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
      parse(text, { loc: true, range: true, jsx: ext === 'tsx' || ext === 'jsx' || ext === 'js', loggerFn: false });
    };
  }
  if (name === 'eslint') {
    const { Linter } = (await loadModule('eslint', how)) as typeof import('eslint');
    const parser = (await loadModule('@typescript-eslint/parser', how)) as import('eslint').Linter.Parser;
    const linter = new Linter({ configType: 'flat' });
    // Relative paths, and globs with extensions: `**/*` alone matches no file in a flat config.
    const config: import('eslint').Linter.Config[] = [{ files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } }, rules: { 'no-await-in-loop': 'error' } }];
    return (path, text) => {
      const messages = linter.verify(text, config, path);
      // A message of no rule is a parse failure or a file no configuration matched: not linted.
      if (messages.some((m) => m.fatal || m.ruleId === null)) throw new Error(`floor: eslint did not lint ${path}: ${messages.find((m) => m.ruleId === null)?.message}`);
    };
  }
  throw new Error(`floor: unknown parser ${name} (typescript, estree or eslint)`);
}

/** `head` null: the staged change (`git diff --cached base`). */
function listChanges(cwd: string, base: string, head: string | null): Change[] {
  const revs = head === null ? ['--cached', base] : [base, head];
  const result = spawnSync('git', ['diff', '--name-status', '-z', '-M', '--no-ext-diff', ...revs, '--'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`floor: git diff failed: ${result.stderr}`);
  const fields = result.stdout.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++];
    if (!status) continue;
    if (status[0] === 'R' || status[0] === 'C') {
      const oldPath = fields[i++]!;
      changes.push({ status: status[0], oldPath, path: fields[i++]! });
    } else {
      const path = fields[i++]!;
      changes.push({ status: status[0]!, path, oldPath: status[0] === 'A' ? null : path });
    }
  }
  const isSource = (p: string | null) => p !== null && SOURCE.test(p) && !DECLARATION.test(p);
  return changes.filter((c) => isSource(c.path) || isSource(c.oldPath));
}

/** Streams `git cat-file --batch` answers; calls `onObject` with each one's path and text. */
function readAll(cwd: string, requests: { name: string; path: string }[], onObject: (path: string, text: string | null) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let next = 0;
    let header: Buffer[] = [];
    let body: Buffer[] = [];
    let remaining = -1; // -1: reading a header; >= 0: body bytes left, then the "\n" terminator
    let stderr = '';
    const finish = () => {
      const path = requests[next++]!.path;
      const content = Buffer.concat(body);
      body = [];
      remaining = -1;
      onObject(path, content.toString('utf8'));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      let pos = 0;
      while (pos < chunk.length) {
        if (remaining === -1) {
          const nl = chunk.indexOf(0x0a, pos);
          if (nl < 0) {
            header.push(chunk.subarray(pos));
            return;
          }
          header.push(chunk.subarray(pos, nl));
          const line = Buffer.concat(header).toString('utf8');
          header = [];
          pos = nl + 1;
          const m = /^\S+ (\S+) (\d+)$/.exec(line);
          if (!m) {
            onObject(requests[next++]!.path, null); // "<name> missing"
            continue;
          }
          remaining = Number(m[2]);
        } else if (remaining > 0) {
          const take = Math.min(remaining, chunk.length - pos);
          body.push(chunk.subarray(pos, pos + take));
          remaining -= take;
          pos += take;
        } else {
          pos++; // the "\n" after the content
          finish();
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`floor: git cat-file failed (${code}): ${stderr}`));
      else if (next !== requests.length) reject(new Error(`floor: git answered ${next} of ${requests.length} requests`));
      else resolve();
    });
    child.stdin.end(requests.map((r) => `${r.name}\n`).join(''));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cwd: { type: 'string', default: '.' }, base: { type: 'string' }, head: { type: 'string' }, staged: { type: 'boolean', default: false }, parser: { type: 'string', default: 'typescript' }, load: { type: 'string', default: 'require' }, 'head-only': { type: 'boolean', default: false } } });
  if (values.staged && values.head) throw new Error('floor: --staged compares the index with --base (default HEAD); it takes no --head');
  if (!values.staged && (!values.base || !values.head)) throw new Error('floor: --base and --head are required (or --staged)');
  const base = values.base ?? 'HEAD';
  const parse = await loadParser(values.parser!, values.load!);
  const changes = listChanges(values.cwd!, base, values.staged ? null : values.head!);
  // `:path` names a file's staged version.
  const headName = (path: string) => (values.staged ? `:${path}` : `${values.head}:${path}`);
  const requests: { name: string; path: string }[] = [];
  for (const c of changes) {
    if (c.oldPath !== null && !values['head-only']) requests.push({ name: `${base}:${c.oldPath}`, path: c.oldPath });
    if (c.status !== 'D') requests.push({ name: headName(c.path), path: c.path });
  }
  let parsed = 0;
  let failed = 0;
  let missing = 0;
  let bytes = 0;
  await readAll(values.cwd!, requests, (path, text) => {
    if (text === null) {
      missing++;
      return;
    }
    bytes += text.length;
    try {
      parse(path, text);
      parsed++;
    } catch {
      failed++;
    }
  });
  process.stdout.write(JSON.stringify({ parser: values.parser, files: changes.length, versions: requests.length, parsed, failed, missing, bytes }) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});

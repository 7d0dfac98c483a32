/**
 * Module resolution the way TypeScript does it, over one revision's file list: relative paths
 * (with NodeNext `.js` names, `index` files and `rootDirs`), tsconfig/jsconfig `paths` and
 * `baseUrl` of the nearest config above the importing file (through `extends` from a relative
 * path, from a workspace package, or an array of them), and the packages of a monorepo (npm,
 * yarn and pnpm workspaces, lerna, and every package.json with a `name`) through their
 * `exports`, `types`, `main` and `module`, mapped from built output back to source.
 *
 * Nothing is read from git here: config texts come from a reader that the workspace fills in one
 * batch with the files `configFilesFor` names.
 */
import { posix } from 'node:path';
import { minimatch } from 'minimatch';
import ts from '../parse/typescript.js';

const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
/** Config files read with the ones above a loaded file: a shared base sits beside them. */
const NEARBY_CONFIG_NAMES = [...CONFIG_NAMES, 'tsconfig.base.json'];
const ROOT_MANIFESTS = ['package.json', 'pnpm-workspace.yaml', 'lerna.json'];
/** Folders a package's build writes to: `dist/index.js` is compiled from `src/index.ts`. */
const OUTPUT_DIRS = new Set(['dist', 'lib', 'build', 'out', 'esm', 'cjs', 'types', 'module', 'commonjs']);
/** More manifests than this and only the nearby configs are read up front (the rest on demand). */
const MAX_MANIFESTS = 4000;
const MAX_EXTENDS_DEPTH = 8;
/** Up to this many tsconfig files in a revision are all read with the first batch. */
const MAX_EAGER_CONFIGS = 400;
const CONFIG_FILE = /(^|\/)(tsconfig|jsconfig)[^/]*\.json$/;

/** `compilerOptions` of one config with what it inherits, paths made absolute (repository-relative). */
interface EffectiveConfig {
  baseUrl?: string;
  paths?: { patterns: Record<string, string[]>; dir: string };
  rootDirs?: string[];
}

interface RawConfig {
  extends?: string | string[];
  compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]>; rootDirs?: string[] };
}

interface Manifest {
  name?: string;
  exports?: unknown;
  types?: string;
  typings?: string;
  main?: string;
  module?: string;
  source?: string;
  workspaces?: string[] | { packages?: string[] };
  tsconfig?: string;
}

export class ModuleResolver {
  private readonly memo = new Map<string, string | undefined>();
  private readonly nearest = new Map<string, EffectiveConfig>();
  private readonly effective = new Map<string, EffectiveConfig>();
  private packageMap: Map<string, string> | undefined;
  /** The revision's manifests and tsconfig files, listed once: the file list never changes. */
  private configListing: { manifests: string[]; configs: string[] } | undefined;

  /**
   * @param readText the text of a config file the workspace read (see `configFilesFor`), or undefined.
   * @param parseYaml parses pnpm-workspace.yaml (the `yaml` package, loaded only for repositories that have one).
   */
  constructor(
    private readonly files: ReadonlySet<string>,
    private readonly readText: (path: string) => string | undefined,
    private readonly parseYaml: (text: string) => unknown = () => undefined,
  ) {}

  /** Config texts arrived: what was judged without them is judged again. */
  configsChanged(paths: Iterable<string>): void {
    this.memo.clear();
    this.nearest.clear();
    this.effective.clear();
    for (const p of paths) if (ROOT_MANIFESTS.includes(posix.basename(p))) this.packageMap = undefined;
  }

  /** The repository path a specifier names from `fromFile`, or undefined (a package outside the repo, a missing file). */
  resolve(fromFile: string, specifier: string): string | undefined {
    const dir = posix.dirname(fromFile);
    const key = `${dir}\0${specifier}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const resolved = this.resolveUncached(dir, specifier);
    this.memo.set(key, resolved);
    return resolved;
  }

  private resolveUncached(dir: string, specifier: string): string | undefined {
    if (!specifier || specifier.startsWith('node:')) return undefined;
    const config = this.configFor(dir);
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const target = join(dir, specifier);
      // A shim that requires built output absent from the repository (`require('./dist/x')`) names its source (`./src/x`).
      const resolved = this.resolvePath(target) ?? this.viaRootDirs(target, config.rootDirs);
      return resolved ?? (specifier.split('/').some((p) => OUTPUT_DIRS.has(p)) ? this.toSource(dir, specifier) : undefined);
    }
    const viaPaths = this.viaPaths(specifier, config);
    if (viaPaths) return viaPaths;
    if (config.baseUrl !== undefined) {
      const underBase = this.resolvePath(join(config.baseUrl, specifier));
      if (underBase) return underBase;
    }
    return this.viaPackage(specifier);
  }

  // ---------------------------------------------------------------- files

  /** A file path with TypeScript's extension and `index` probing; a `.d.ts` file only when no implementation exists. */
  resolvePath(base: string): string | undefined {
    const clean = base.replace(/^\.\//, '');
    if (this.files.has(clean) && isSource(clean)) return clean;
    // NodeNext style: `./helper.js` names `./helper.ts`.
    const withoutJs = clean.replace(/\.(m|c)?jsx?$/, '');
    for (const stem of withoutJs !== clean ? [withoutJs, clean] : [clean]) {
      for (const ext of RESOLVE_EXTENSIONS) if (this.files.has(stem + ext)) return stem + ext;
      const index = stem ? `${stem}/index` : 'index';
      for (const ext of RESOLVE_EXTENSIONS) if (this.files.has(index + ext)) return index + ext;
    }
    // Only then a declaration file, as TypeScript does: it holds no code, but its types say what values are
    // (`import type { ReqContext } from 'back-end/types/request'`, a `request.d.ts`).
    for (const stem of withoutJs !== clean ? [withoutJs, clean] : [clean]) {
      if (this.files.has(`${stem}.d.ts`)) return `${stem}.d.ts`;
      const index = stem ? `${stem}/index` : 'index';
      if (this.files.has(`${index}.d.ts`)) return `${index}.d.ts`;
    }
    return undefined;
  }

  /** `rootDirs`: a relative import may name a file in another of the roots at the same relative place. */
  private viaRootDirs(target: string, rootDirs: string[] | undefined): string | undefined {
    if (!rootDirs) return undefined;
    for (const root of rootDirs) {
      const rel = relativeUnder(target, root);
      if (rel === undefined) continue;
      for (const other of rootDirs) {
        if (other === root) continue;
        const found = this.resolvePath(join(other, rel));
        if (found) return found;
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- tsconfig

  private viaPaths(specifier: string, config: EffectiveConfig): string | undefined {
    if (!config.paths) return undefined;
    const base = config.baseUrl ?? config.paths.dir;
    const match = matchPattern(Object.keys(config.paths.patterns), specifier);
    if (!match) return undefined;
    for (const target of config.paths.patterns[match.pattern] ?? []) {
      const found = this.toSource(base, target.replace('*', match.rest));
      if (found) return found;
    }
    return undefined;
  }

  /** The effective config of the nearest tsconfig.json/jsconfig.json at or above `dir`. */
  private configFor(dir: string): EffectiveConfig {
    const cached = this.nearest.get(dir);
    if (cached) return cached;
    let found: EffectiveConfig = {};
    for (let d = dir; ; d = posix.dirname(d)) {
      const name = CONFIG_NAMES.map((n) => inDir(d, n)).find((p) => this.files.has(p));
      if (name) {
        found = this.configAt(name, 0);
        break;
      }
      if (d === '.' || d === '/' || d === '') break;
    }
    this.nearest.set(dir, found);
    return found;
  }

  private configAt(path: string, depth: number): EffectiveConfig {
    const cached = this.effective.get(path);
    if (cached) return cached;
    const text = this.readText(path);
    const raw = text ? (strictJson(text) ?? ts.parseConfigFileTextToJson(path, text).config) as RawConfig | undefined : undefined;
    const dir = posix.dirname(path);
    let out: EffectiveConfig = {};
    const parents = typeof raw?.extends === 'string' ? [raw.extends] : Array.isArray(raw?.extends) ? raw.extends : [];
    if (depth < MAX_EXTENDS_DEPTH) {
      // Later entries of an `extends` array override earlier ones; the config itself overrides them all.
      for (const parent of parents) {
        const parentPath = typeof parent === 'string' ? this.extendsTarget(dir, parent) : undefined;
        if (parentPath) out = { ...out, ...definedOnly(this.configAt(parentPath, depth + 1)) };
      }
    }
    const options = raw?.compilerOptions ?? {};
    if (typeof options.baseUrl === 'string') out.baseUrl = join(dir, options.baseUrl);
    if (options.paths && typeof options.paths === 'object') out.paths = { patterns: options.paths, dir };
    if (Array.isArray(options.rootDirs)) out.rootDirs = options.rootDirs.map((r) => join(dir, r));
    this.effective.set(path, out);
    return out;
  }

  /** The file an `extends` entry names: a relative path, or a file of a workspace package (`@acme/tsconfig/base.json`). */
  extendsTarget(dir: string, spec: string): string | undefined {
    const candidates = (path: string) => (path.endsWith('.json') ? [path] : [`${path}.json`, path, `${path}/tsconfig.json`]);
    if (spec.startsWith('.') || spec.startsWith('/')) return candidates(join(dir, spec)).find((p) => this.files.has(p));
    const { name, subpath } = splitPackage(spec);
    const folder = this.packages().get(name);
    if (folder === undefined) return undefined;
    if (subpath === '.') {
      const manifest = this.manifest(folder);
      const named = typeof manifest?.tsconfig === 'string' ? join(folder, manifest.tsconfig) : undefined;
      return [named, inDir(folder, 'tsconfig.json')].find((p): p is string => !!p && this.files.has(p));
    }
    const inPackage = this.exportsTarget(folder, subpath, (p) => this.files.has(p) ? p : undefined);
    return inPackage ?? candidates(join(folder, subpath)).find((p) => this.files.has(p));
  }

  // ---------------------------------------------------------------- workspace packages

  private viaPackage(specifier: string): string | undefined {
    const { name, subpath } = splitPackage(specifier);
    const folder = this.packages().get(name);
    if (folder === undefined) return undefined;
    return this.resolveInPackage(folder, subpath);
  }

  /** `.` or `./sub` of the package in `folder`: `exports` first, then the entry fields, then the usual source entries. */
  resolveInPackage(folder: string, subpath: string): string | undefined {
    const manifest = this.manifest(folder);
    const toSource = (target: string) => this.toSource(folder, target);
    if (manifest?.exports !== undefined && manifest.exports !== null) {
      const viaExports = this.exportsTarget(folder, subpath, toSource);
      // With `exports`, a subpath it does not export (or sets to null) is not reachable; the root
      // still falls back to the entry fields when its target cannot be mapped to source.
      if (viaExports || subpath !== '.') return viaExports;
    }
    if (subpath !== '.') return toSource(subpath);
    for (const field of [manifest?.source, manifest?.types, manifest?.typings, manifest?.main, manifest?.module]) {
      if (typeof field !== 'string') continue;
      const found = toSource(field);
      if (found) return found;
    }
    return this.resolvePath(join(folder, 'src/index')) ?? this.resolvePath(join(folder, 'index'));
  }

  /** Node's `exports`: a string, a subpath map (with `*` patterns), conditions (nested), arrays of fallbacks. */
  private exportsTarget(folder: string, subpath: string, accept: (target: string) => string | undefined): string | undefined {
    const exports = this.manifest(folder)?.exports;
    if (exports === undefined || exports === null) return undefined;
    const isSubpathMap = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
    if (!isSubpathMap) return subpath === '.' ? conditionTarget(exports, '', accept) : undefined;
    const map = exports as Record<string, unknown>;
    const match = matchPattern(Object.keys(map), subpath);
    if (!match) return undefined;
    return conditionTarget(map[match.pattern], match.rest, accept, match.pattern.endsWith('/'));
  }

  private manifest(folder: string): Manifest | undefined {
    return readJson(this.readText(inDir(folder, 'package.json'))) as Manifest | undefined;
  }

  /** Package name -> folder, built once: workspace members first, then any package.json with a name. */
  packages(): Map<string, string> {
    if (this.packageMap) return this.packageMap;
    const globs = this.workspaceGlobs();
    const declared: Array<{ name: string; folder: string; member: boolean }> = [];
    for (const path of this.listing().manifests) {
      if (posix.basename(path) !== 'package.json') continue;
      const manifest = readJson(this.readText(path)) as Manifest | undefined;
      if (typeof manifest?.name !== 'string' || !manifest.name) continue;
      const folder = posix.dirname(path);
      declared.push({ name: manifest.name, folder, member: globs.some((g) => minimatch(folder, g, { dot: true })) && !globs.some((g) => g.startsWith('!') && minimatch(folder, g.slice(1), { dot: true })) });
    }
    // On a name claimed twice (a copy in a test fixture), the declared member wins, then the shallower folder.
    declared.sort((a, b) => Number(b.member) - Number(a.member) || depthOf(a.folder) - depthOf(b.folder) || a.folder.localeCompare(b.folder));
    const map = new Map<string, string>();
    for (const d of declared) if (!map.has(d.name)) map.set(d.name, d.folder);
    this.packageMap = map;
    return map;
  }

  private workspaceGlobs(): string[] {
    const globs: string[] = [];
    const root = readJson(this.readText('package.json')) as Manifest | undefined;
    const ws = root?.workspaces;
    if (Array.isArray(ws)) globs.push(...ws);
    else if (ws && Array.isArray(ws.packages)) globs.push(...ws.packages);
    const pnpm = this.readText('pnpm-workspace.yaml');
    if (pnpm) {
      try {
        const parsed = this.parseYaml(pnpm) as { packages?: unknown } | null;
        if (Array.isArray(parsed?.packages)) globs.push(...parsed.packages.filter((p): p is string => typeof p === 'string'));
      } catch {
        // A broken workspace file only loses its globs: every named package.json still counts.
      }
    }
    const lerna = readJson(this.readText('lerna.json')) as { packages?: unknown } | undefined;
    if (Array.isArray(lerna?.packages)) globs.push(...lerna.packages.filter((p): p is string => typeof p === 'string'));
    return globs.map((g) => g.replace(/^\.\//, '').replace(/\/$/, ''));
  }

  /**
   * The source a target inside `folder` stands for: an emitted file (`dist/index.js`,
   * `lib/esm/x.d.ts`) mapped back to `src/` first, then the target itself when it is source,
   * then the emitted path without its output folders (`dist/index.js` -> `index.ts`).
   */
  toSource(folder: string, target: string): string | undefined {
    const rel = join('', target.replace(/^\.\//, ''));
    const parts = rel.split('/');
    const stem = (p: string) => p.replace(/\.d\.(m|c)?ts$/, '').replace(/\.(m|c)?jsx?$/, '');
    const first = parts.findIndex((p) => OUTPUT_DIRS.has(p));
    const literal = /\.d\.(m|c)?ts$/.test(rel) ? undefined : this.resolvePath(join(folder, rel));
    if (first < 0) return literal ?? (/\.d\.(m|c)?ts$/.test(rel) ? this.resolvePath(join(folder, stem(rel))) : undefined);
    let last = first;
    while (last < parts.length - 1 && OUTPUT_DIRS.has(parts[last]!)) last++;
    const before = parts.slice(0, first);
    const rest = stem(parts.slice(last).join('/'));
    const asSource = (segments: string[]) => this.resolvePath(join(folder, segments.filter(Boolean).join('/')));
    return asSource([...before, 'src', rest]) ?? literal ?? asSource([...before, rest]);
  }

  // ---------------------------------------------------------------- what to read

  /**
   * The config files resolution from `paths` may read that are not read yet: the configs above
   * them, every package manifest and workspace file of the revision (once), every tsconfig an
   * already read config extends. The workspace reads them in one batch and asks again until
   * nothing new is named (extends chains of packages not met before).
   */
  configFilesFor(paths: string[], isRead: (path: string) => boolean): string[] {
    const out = new Set<string>();
    const want = (p: string) => {
      if (this.files.has(p) && !isRead(p)) out.add(p);
    };
    for (const p of ROOT_MANIFESTS) want(p);
    const { manifests, configs } = this.listing();
    for (const p of manifests) want(p);
    // Every tsconfig of a repository that has not too many: `extends` chains then need no second read.
    if (configs.length <= MAX_EAGER_CONFIGS) for (const p of configs) want(p);
    // Each folder once: the files of a change share most of their folders.
    const seen = new Set<string>();
    for (const p of paths) {
      for (let d = posix.dirname(p); !seen.has(d); d = posix.dirname(d)) {
        seen.add(d);
        for (const name of NEARBY_CONFIG_NAMES) want(inDir(d, name));
        if (d === '.' || d === '/' || d === '') break;
      }
    }
    return [...out];
  }

  private listing(): { manifests: string[]; configs: string[] } {
    this.configListing ??= { manifests: manifestPaths(this.files), configs: [...this.files].filter((f) => CONFIG_FILE.test(f) && !f.includes('node_modules/')) };
    return this.configListing;
  }

  /** The `extends` targets of these read configs that are not read yet (needs the manifests for package specifiers). */
  extendsOf(configPaths: Iterable<string>, isRead: (path: string) => boolean): string[] {
    const out = new Set<string>();
    for (const path of configPaths) {
      if (!/\.json$/.test(path) || posix.basename(path) === 'package.json' || posix.basename(path) === 'lerna.json') continue;
      const raw = readJson(this.readText(path)) as RawConfig | undefined;
      const parents = typeof raw?.extends === 'string' ? [raw.extends] : Array.isArray(raw?.extends) ? raw.extends : [];
      for (const parent of parents) {
        if (typeof parent !== 'string') continue;
        const target = this.extendsTarget(posix.dirname(path), parent);
        if (target && !isRead(target)) out.add(target);
      }
    }
    return [...out];
  }
}

/** The package manifests of a revision (not vendored ones), the cheapest first when there are too many. */
function manifestPaths(files: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (!f.endsWith('package.json') || (f !== 'package.json' && !f.endsWith('/package.json'))) continue;
    if (f.includes('node_modules/')) continue;
    out.push(f);
  }
  if (out.length <= MAX_MANIFESTS) return out;
  return out.sort((a, b) => depthOf(a) - depthOf(b)).slice(0, MAX_MANIFESTS);
}

/**
 * The target of an `exports` value: conditions are tried in their written order, every one of
 * them accepted (the analysis wants the source whatever the build), `null` excludes.
 */
function conditionTarget(value: unknown, rest: string, accept: (target: string) => string | undefined, folder = false): string | undefined {
  if (typeof value === 'string') return accept(folder ? value + rest : value.replaceAll('*', rest));
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = conditionTarget(v, rest, accept, folder);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) {
      const found = conditionTarget(v, rest, accept, folder);
      if (found) return found;
    }
  }
  return undefined;
}

/** TypeScript's and Node's pattern choice: an exact key, else the `*` (or trailing `/`) key with the longest prefix. */
export function matchPattern(patterns: string[], specifier: string): { pattern: string; rest: string } | undefined {
  if (patterns.includes(specifier) && !specifier.includes('*')) return { pattern: specifier, rest: '' };
  let best: { pattern: string; rest: string; prefix: number } | undefined;
  for (const pattern of patterns) {
    const star = pattern.indexOf('*');
    if (star < 0) {
      if (pattern.endsWith('/') && specifier.startsWith(pattern) && (!best || pattern.length > best.prefix)) best = { pattern, rest: specifier.slice(pattern.length), prefix: pattern.length };
      continue;
    }
    const pre = pattern.slice(0, star);
    const post = pattern.slice(star + 1);
    if (specifier.length >= pre.length + post.length && specifier.startsWith(pre) && specifier.endsWith(post) && (!best || pre.length > best.prefix)) {
      best = { pattern, rest: specifier.slice(pre.length, specifier.length - post.length), prefix: pre.length };
    }
  }
  return best && { pattern: best.pattern, rest: best.rest };
}

/** `@acme/db/client` -> `@acme/db` + `./client`; `lodash` -> `lodash` + `.`. */
export function splitPackage(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split('/');
  const n = specifier.startsWith('@') ? 2 : 1;
  const rest = parts.slice(n).join('/');
  return { name: parts.slice(0, n).join('/'), subpath: rest ? `./${rest}` : '.' };
}

/**
 * Most config files are strict JSON (every package.json of a monorepo): JSON.parse reads them tens
 * of times faster than TypeScript's tolerant reader, which takes the rest (comments, trailing commas).
 */
function strictJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readJson(text: string | undefined): unknown {
  if (!text) return undefined;
  const strict = strictJson(text);
  if (strict !== undefined) return strict;
  const parsed = ts.parseConfigFileTextToJson('config.json', text);
  return parsed.error ? undefined : parsed.config;
}

function definedOnly(config: EffectiveConfig): EffectiveConfig {
  const out: EffectiveConfig = {};
  if (config.baseUrl !== undefined) out.baseUrl = config.baseUrl;
  if (config.paths) out.paths = config.paths;
  if (config.rootDirs) out.rootDirs = config.rootDirs;
  return out;
}

function isSource(path: string): boolean {
  return RESOLVE_EXTENSIONS.some((e) => path.endsWith(e)) && !/\.d\.(m|c)?ts$/.test(path);
}

function join(dir: string, path: string): string {
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(dir, path);
  const normal = posix.normalize(joined);
  return normal === '.' ? '' : normal.replace(/^\.\//, '');
}

function inDir(dir: string, name: string): string {
  return dir === '.' || dir === '' ? name : `${dir}/${name}`;
}

function relativeUnder(path: string, root: string): string | undefined {
  if (root === '' || root === '.') return path;
  return path === root ? '' : path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}

function depthOf(path: string): number {
  return path === '.' ? 0 : path.split('/').length;
}

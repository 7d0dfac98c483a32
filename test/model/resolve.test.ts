/**
 * Module resolution over a revision's file list (src/model/resolve.ts): one literal repository
 * per case, the specifier asked from one file, and the path it must name (or undefined).
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ModuleResolver, matchPattern, splitPackage } from '../../src/model/resolve.js';
import { DEFAULT_CATALOG } from '../../src/catalog/index.js';

interface Case {
  name: string;
  /** Every file of the revision; config files with their text, others with ''. */
  files: Record<string, string>;
  from: string;
  specifier: string;
  expected: string | undefined;
}

const cases: Case[] = [
  {
    name: 'a relative NodeNext `.js` specifier names the `.ts` file',
    files: { 'src/a.ts': '', 'src/helper.ts': '' },
    from: 'src/a.ts',
    specifier: './helper.js',
    expected: 'src/helper.ts',
  },
  {
    name: 'a folder names its index file',
    files: { 'src/a.ts': '', 'src/lib/index.tsx': '' },
    from: 'src/a.ts',
    specifier: './lib',
    expected: 'src/lib/index.tsx',
  },
  {
    name: 'a declaration file is no implementation',
    files: { 'src/a.ts': '', 'src/types.d.ts': '' },
    from: 'src/a.ts',
    specifier: './types.d.ts',
    expected: undefined,
  },
  {
    name: 'a relative path into built output that is not in the repository names its source',
    files: { 'packages/shared/seed.js': '', 'packages/shared/src/seed/index.ts': '' },
    from: 'packages/shared/seed.js',
    specifier: './dist/seed',
    expected: 'packages/shared/src/seed/index.ts',
  },
  {
    name: 'tsconfig `paths`: the longest prefix wins over a catch-all',
    files: { 'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "*": ["vendor/*"], "@app/db/*": ["src/db/*"] } } }', 'src/a.ts': '', 'src/db/client.ts': '', 'vendor/@app/db/client.ts': '' },
    from: 'src/a.ts',
    specifier: '@app/db/client',
    expected: 'src/db/client.ts',
  },
  {
    name: '`paths` without `baseUrl` are relative to the config that declares them, through a relative extends',
    files: { 'configs/base.json': '{ "compilerOptions": { "paths": { "~/*": ["../web/src/*"] } } }', 'web/tsconfig.json': '{ "extends": "../configs/base" }', 'web/src/a.ts': '', 'web/src/db.ts': '' },
    from: 'web/src/a.ts',
    specifier: '~/db',
    expected: 'web/src/db.ts',
  },
  {
    name: "an inherited `paths` is relative to the child's own `baseUrl` when the child sets one",
    files: { 'base.json': '{ "compilerOptions": { "paths": { "#/*": ["src/*"] } } }', 'app/tsconfig.json': '{ "extends": "../base.json", "compilerOptions": { "baseUrl": "." } }', 'app/src/a.ts': '', 'app/src/db.ts': '', 'src/db.ts': '' },
    from: 'app/src/a.ts',
    specifier: '#/db',
    expected: 'app/src/db.ts',
  },
  {
    name: 'extends from a workspace package, in an array whose later entry overrides `paths`',
    files: {
      'package.json': '{ "workspaces": ["packages/*", "apps/*"] }',
      'packages/tsconfig/package.json': '{ "name": "@acme/tsconfig" }',
      'packages/tsconfig/base.json': '{ "compilerOptions": { "paths": { "@db": ["../../libs/old-db/index.ts"] } } }',
      'apps/api/paths.json': '{ "compilerOptions": { "paths": { "@db": ["../../libs/db/index.ts"] } } }',
      'apps/api/tsconfig.json': '{ "extends": ["@acme/tsconfig/base.json", "./paths.json"], }',
      'apps/api/src/a.ts': '',
      'libs/db/index.ts': '',
      'libs/old-db/index.ts': '',
    },
    from: 'apps/api/src/a.ts',
    specifier: '@db',
    expected: 'libs/db/index.ts',
  },
  {
    name: 'the nearest config above the importing file is the one that counts',
    files: { 'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["root/*"] } } }', 'pkg/tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }', 'pkg/src/a.ts': '', 'pkg/src/db.ts': '', 'root/db.ts': '' },
    from: 'pkg/src/a.ts',
    specifier: '@/db',
    expected: 'pkg/src/db.ts',
  },
  {
    name: '`rootDirs`: a relative import may name the same place in another root',
    files: { 'tsconfig.json': '{ "compilerOptions": { "rootDirs": ["src", "generated"] } }', 'src/views/a.ts': '', 'generated/views/schema.ts': '' },
    from: 'src/views/a.ts',
    specifier: './schema',
    expected: 'generated/views/schema.ts',
  },
  {
    name: 'a workspace package through `exports` conditions, from dist back to src',
    files: { 'package.json': '{ "workspaces": ["packages/*"] }', 'packages/db/package.json': '{ "name": "@acme/db", "exports": { ".": { "types": "./dist/index.d.ts", "import": "./dist/esm/index.mjs" } } }', 'packages/db/src/index.ts': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: '@acme/db',
    expected: 'packages/db/src/index.ts',
  },
  {
    name: 'a subpath through a `*` pattern and a custom condition naming the source',
    files: { 'packages/db/package.json': '{ "name": "@acme/db", "exports": { "./models/*": { "@acme/source": "./src/models/*.ts", "default": "./dist/models/*.js" } } }', 'packages/db/src/models/user.ts': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: '@acme/db/models/user',
    expected: 'packages/db/src/models/user.ts',
  },
  {
    name: 'an `exports` subpath set to null is excluded',
    files: { 'packages/db/package.json': '{ "name": "@acme/db", "exports": { ".": "./src/index.ts", "./internal/*": null } }', 'packages/db/src/index.ts': '', 'packages/db/internal/x.ts': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: '@acme/db/internal/x',
    expected: undefined,
  },
  {
    name: '`types` before `main`: `lib/index.d.ts` stands for `src/index.ts`',
    files: { 'packages/mail/package.json': '{ "name": "mailer", "types": "lib/index.d.ts", "main": "lib/index.js" }', 'packages/mail/src/index.ts': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: 'mailer',
    expected: 'packages/mail/src/index.ts',
  },
  {
    name: 'a committed `main` outside an output folder is taken as it is',
    files: { 'packages/redis/package.json': '{ "name": "@op/redis", "main": "index.ts" }', 'packages/redis/index.ts': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: '@op/redis',
    expected: 'packages/redis/index.ts',
  },
  {
    name: 'no entry fields: `src/index.ts` of the package',
    files: { 'libs/queue/package.json': '{ "name": "@acme/queue" }', 'libs/queue/src/index.ts': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: '@acme/queue',
    expected: 'libs/queue/src/index.ts',
  },
  {
    name: 'a pnpm workspace member wins over a same-named copy outside its globs',
    files: { 'pnpm-workspace.yaml': 'packages:\n  - "packages/*"\n', 'packages/db/package.json': '{ "name": "@acme/db", "main": "src/index.ts" }', 'packages/db/src/index.ts': '', 'a/b/package.json': '{ "name": "@acme/db", "main": "index.ts" }', 'a/b/index.ts': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: '@acme/db',
    expected: 'packages/db/src/index.ts',
  },
  {
    name: 'lerna `packages` globs count as workspace members',
    files: { 'lerna.json': '{ "packages": ["modules/*"] }', 'modules/cache/package.json': '{ "name": "cache", "main": "src/index.js" }', 'modules/cache/src/index.js': '', 'examples/x/cache/package.json': '{ "name": "cache", "main": "index.js" }', 'examples/x/cache/index.js': '', 'apps/a.ts': '' },
    from: 'apps/a.ts',
    specifier: 'cache',
    expected: 'modules/cache/src/index.js',
  },
  {
    name: 'a package outside the repository is not resolved',
    files: { 'apps/a.ts': '', 'packages/db/package.json': '{ "name": "@acme/db" }', 'packages/db/src/index.ts': '' },
    from: 'apps/a.ts',
    specifier: '@acme/database',
    expected: undefined,
  },
];

function resolver(files: Record<string, string>): ModuleResolver {
  return new ModuleResolver(new Set(Object.keys(files)), (p) => files[p] || undefined, parseYaml);
}

describe('ModuleResolver', () => {
  const names = new Set<string>();
  for (const c of cases) {
    it(c.name, () => {
      expect(names.has(c.name), 'duplicate case name').toBe(false);
      names.add(c.name);
      expect(resolver(c.files).resolve(c.from, c.specifier)).toBe(c.expected);
    });
  }

  it('names the config files to read for a file, then the extends targets they name', () => {
    const files: Record<string, string> = {
      'package.json': '{ "workspaces": ["packages/*"] }',
      'packages/tsconfig/package.json': '{ "name": "@acme/tsconfig" }',
      'packages/tsconfig/base.json': '{}',
      'apps/api/tsconfig.json': '{ "extends": "@acme/tsconfig/base.json" }',
      'apps/api/src/a.ts': '',
    };
    const read = new Map<string, string>();
    const r = new ModuleResolver(new Set(Object.keys(files)), (p) => read.get(p));
    const first = r.configFilesFor(['apps/api/src/a.ts'], (p) => read.has(p));
    // Every tsconfig of a small repository comes with the first batch, with the manifests.
    expect(first.sort()).toEqual(['apps/api/tsconfig.json', 'package.json', 'packages/tsconfig/package.json']);
    for (const p of first) read.set(p, files[p]!);
    r.configsChanged(first);
    expect(r.extendsOf(first, (p) => read.has(p))).toEqual(['packages/tsconfig/base.json']);
  });
});

describe('resolution helpers', () => {
  it.each([
    [['@/*', '*'], '@/lib/db', { pattern: '@/*', rest: 'lib/db' }],
    [['./utils/'], './utils/date.js', { pattern: './utils/', rest: 'date.js' }],
    [['.', './client'], './client', { pattern: './client', rest: '' }],
    [['./a/*'], './b', undefined],
  ])('matchPattern(%j, %s)', (patterns, specifier, expected) => {
    expect(matchPattern(patterns, specifier)).toEqual(expected);
  });

  it.each([
    ['@acme/db/client', { name: '@acme/db', subpath: './client' }],
    ['lodash', { name: 'lodash', subpath: '.' }],
    ['date-fns/format', { name: 'date-fns', subpath: './format' }],
  ])('splitPackage(%s)', (specifier, expected) => {
    expect(splitPackage(specifier)).toEqual(expected);
  });
});

describe('what an unresolved package name tells (catalog)', () => {
  it.each([
    ['@acme/prisma', 'db'],
    ['@acme/db', 'db'],
    ['@acme/database/client', 'db'],
    ['@acme/redis', 'cache'],
    ['@acme/cache', 'cache'],
    ['@acme/email', 'network'],
    ['@acme/mailer', 'network'],
    ['@acme/queue', 'queue'],
    ['~/lib/db', 'db'],
    ['@acme/catalog', undefined],
    ['@acme/utils', undefined],
    // Unscoped packages are public libraries: `lru-cache` is in memory, `events` is Node's.
    ['lru-cache', undefined],
    ['events', undefined],
  ])('%s -> %s', (specifier, kind) => {
    expect(DEFAULT_CATALOG.moduleHint(specifier)?.kind).toBe(kind);
  });
});

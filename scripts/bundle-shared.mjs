/**
 * What both bundles (scripts/bundle-cli.mjs, scripts/bundle-action.mjs) resolve differently from
 * Node. jsonc-parser's "main" is a UMD build that loads its parts with a dynamic require(), which
 * a bundle cannot follow (it fails at run time, "Dynamic require of ./impl/format"); its ESM
 * build ("module") is the same code as static imports. Node itself, running the compiled dist/src,
 * keeps using "main".
 */
export const bundleAlias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };

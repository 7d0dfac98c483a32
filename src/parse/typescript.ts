/**
 * TypeScript, loaded with `require`: an ESM `import` of its 9 MB CommonJS file makes Node run
 * its CommonJS lexer over it first, which costs ~0.4 s of every run's start-up.
 */
import { createRequire } from 'node:module';
import type * as TS from 'typescript';

const ts = createRequire(import.meta.url)('typescript') as typeof TS;
export default ts;

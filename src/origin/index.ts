/** Commit-origin classification: AI-assisted or human, with evidence. */
export {
  classifyCommit,
  classifyCommits,
  combinedOrigin,
  detectSignals,
  type CombinedOrigin,
  type CommitFacts,
  type OriginContext,
  type OriginPattern,
  type SignalMatch,
} from './signals.js';
export { SIGNAL_CATALOG, type CatalogEntry, type SignalKind, type Strength } from './catalog.js';
export { parseGitAiNote, describeGitAiNote, type GitAiNote, type GitAiAgent } from './gitai.js';
export { parseTrailerBlock, type Trailer } from './message.js';

/**
 * The report formats, by name. Each is a pure function of the Report: no I/O, no console, no
 * environment, so the CLI and the Action decide where the text goes and whether it is colored.
 */
import { InputError } from '../errors.js';
import type { Report } from '../types.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';

export interface RenderOptions {
  /** ANSI colors in the text format; ignored by the others. */
  color?: boolean;
}

const RENDERERS: Record<Format, (report: Report, options: RenderOptions) => string> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  markdown: (report) => renderMarkdown(report),
};

export const FORMATS: readonly Format[] = Object.freeze(['text', 'json', 'sarif', 'markdown'] as const);

export function isFormat(name: string): name is Format {
  return Object.hasOwn(RENDERERS, name);
}

export function renderReport(report: Report, format: Format, opts: RenderOptions = {}): string {
  // Callers from plain JS or a config file can still pass any string.
  if (!isFormat(format)) {
    throw new InputError(`unknown report format "${String(format)}"`, `use one of: ${FORMATS.join(', ')}`);
  }
  return RENDERERS[format](report, opts);
}

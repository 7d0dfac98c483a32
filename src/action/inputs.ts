/**
 * The Action's inputs (action.yml), read from the runner's INPUT_* variables and checked once,
 * so a typo fails the step at once with one line instead of half-way through.
 */
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { parseFailOn, type FailOn } from '../verdict.js';

export interface ActionInputs {
  token: string;
  base: string | undefined;
  head: string | undefined;
  failOn: FailOn | undefined;
  failOnAi: FailOn | undefined;
  config: string | undefined;
  workingDirectory: string;
  outputDir: string | undefined;
  /** A report written by an earlier run (the two-workflow mode): publish it, analyze nothing. */
  fromReport: string | undefined;
  channels: {
    annotations: boolean;
    checkRun: boolean;
    summary: boolean;
    comment: boolean;
    labels: boolean;
    commitStatuses: boolean;
    sarif: boolean;
  };
}

export function readInputs(): ActionInputs {
  return {
    token: core.getInput('github-token'),
    base: optional('base'),
    head: optional('head'),
    failOn: level('fail-on'),
    failOnAi: level('fail-on-ai'),
    config: optional('config'),
    workingDirectory: optional('working-directory') ?? '.',
    outputDir: optional('output-dir'),
    fromReport: optional('from-report'),
    channels: {
      annotations: flag('annotations', true),
      checkRun: flag('check-run', true),
      summary: flag('summary', true),
      comment: flag('comment', true),
      labels: flag('labels', true),
      commitStatuses: flag('commit-statuses', false),
      sarif: flag('sarif', true),
    },
  };
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

function level(name: string): FailOn | undefined {
  return parseFailOn(optional(name), `input '${name}'`);
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput reads them, with a default for an empty input. */
function flag(name: string, fallback: boolean): boolean {
  const value = optional(name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input '${name}' is '${value}'`, 'use true or false');
}

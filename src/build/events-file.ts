import { relative, resolve } from 'node:path';
import type { Dataset } from '../core/schema/dataset.ts';
import { readTextFile } from './read-text-file.ts';
import { validateEventFileText, type ValidationResult } from '../core/validate-dataset.ts';
import { checkMediaFiles, mediaRoot } from './media-files.ts';

export const DEFAULT_EVENTS_FILE = 'data/events.json';

/** The event file to build from: `EVENTS_FILE` (relative to the current directory) or data/events.json. */
export function resolveEventsFile(path = process.env.EVENTS_FILE || DEFAULT_EVENTS_FILE): string {
  return resolve(process.cwd(), path);
}

/** How a file is named in messages: relative to the current directory when that is shorter. */
export function displayName(absolutePath: string): string {
  const rel = relative(process.cwd(), absolutePath);
  return rel && !rel.startsWith('..') ? rel : absolutePath;
}

export function validateEventFile(absolutePath: string): ValidationResult {
  const file = readTextFile(absolutePath);
  if (!file.ok) return { ok: false, problems: [`${displayName(absolutePath)}: ${file.problem}`] };
  const root = mediaRoot(absolutePath);
  return validateEventFileText(file.text, displayName(absolutePath), (input) =>
    checkMediaFiles(input, root, displayName),
  );
}

export class InvalidEventFileError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The event file is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`,
    );
    this.name = 'InvalidEventFileError';
    this.problems = problems;
  }
}

/** The validated dataset; throws with every problem listed if the file is invalid. */
export function loadDataset(absolutePath = resolveEventsFile()): Dataset {
  const result = validateEventFile(absolutePath);
  if (!result.ok) throw new InvalidEventFileError(result.problems);
  return result.data;
}

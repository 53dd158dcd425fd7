import { z } from 'astro/zod';
import { DatasetSchema, type Dataset } from './schema/dataset.ts';
import { closestWord } from './closest-word.ts';
import { parseJsonStrictly } from './json-text.ts';
import { formatPath } from './json-path.ts';

export { formatPath };

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; problems: string[] };

type Path = readonly PropertyKey[];

/** The schema inside optional, default, nullable and transform wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (;;) {
    if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) schema = schema.unwrap() as z.ZodType;
    else if (schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
    else if (schema instanceof z.ZodPipe) schema = schema.in as z.ZodType;
    else return schema;
  }
}

/** Walks the schema to the object at `path`, to learn which keys it accepts. */
function knownKeysAt(root: z.ZodType, path: Path): string[] {
  let schema: z.ZodType | undefined = root;
  for (const key of path) {
    const inner: z.ZodType = unwrap(schema);
    if (typeof key === 'number' && inner instanceof z.ZodArray) schema = inner.element as z.ZodType;
    else if (typeof key === 'string' && inner instanceof z.ZodObject)
      schema = inner.shape[key] as z.ZodType | undefined;
    else schema = undefined;
    if (!schema) return [];
  }
  const object = unwrap(schema);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required field is missing';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describe(issue.input)}`;
    default:
      return issue.message;
  }
}

/** Names the event (or chapter) a path points into, so an editor can find it by id as well as by position. */
function eventLabel(input: unknown, path: Path): string {
  const kind = path[0] === 'events' ? 'event' : path[0] === 'chapters' ? 'chapter' : undefined;
  if (!kind || typeof path[1] !== 'number') return '';
  const list = (input as Record<string, unknown[] | undefined> | null)?.[path[0] as string];
  const item = list?.[path[1]] as { id?: unknown } | undefined;
  return typeof item?.id === 'string' && item.id ? ` (${kind} "${item.id}")` : '';
}

/** Each issue as one line, `events[12].date: message (event "id")`; unknown keys one line per key with a suggestion. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  root: z.ZodType = DatasetSchema,
): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(root, issue.path);
      for (const key of issue.keys) {
        const guess = closestWord(key, known);
        const hint = guess ? `; did you mean "${guess}"?` : `; known fields: ${known.join(', ')}`;
        lines.push(`${formatPath([...issue.path, key])}: unknown field${hint}${eventLabel(input, issue.path)}`);
      }
      continue;
    }
    const where = formatPath(issue.path) || '(top level)';
    lines.push(`${where}: ${messageFor(issue)}${eventLabel(input, issue.path)}`);
  }
  return lines;
}

/** Checks parsed JSON against the dataset schema and its cross-event rules. */
export function validateDataset(input: unknown): ValidationResult {
  const result = DatasetSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: describeIssues(result.error.issues, input) };
}

/**
 * Validates the text of an event file; every problem is prefixed with the file's name, as editors read them.
 * `checkFiles` adds checks this module cannot make itself (the build's: whether media files exist), given the file as
 * parsed, so one pass reports every problem.
 */
export function validateEventFileText(
  text: string,
  fileLabel: string,
  checkFiles?: (input: unknown) => string[],
): ValidationResult {
  const parsed = parseJsonStrictly(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => `${fileLabel}:${p}`) };
  const result = validateDataset(parsed.value);
  const files = checkFiles?.(parsed.value) ?? [];
  if (result.ok && files.length === 0) return result;
  const problems = [...(result.ok ? [] : result.problems), ...files];
  return { ok: false, problems: problems.map((p) => `${fileLabel}: ${p}`) };
}

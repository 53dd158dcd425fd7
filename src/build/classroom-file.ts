import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClassroomSchema, type Classroom } from '../core/schema/classroom.ts';
import { displayName } from './events-file.ts';
import { describeIssues } from '../core/validate-dataset.ts';
import { parseJsonStrictly } from '../core/json-text.ts';
import { readTextFile } from './read-text-file.ts';

/**
 * The classroom file to use: CLASSROOM_FILE, or data/classroom.json when the story is the default one.
 * A newsroom's own EVENTS_FILE does not pick up this story's classroom material by accident.
 */
export function resolveClassroomFile(): string | undefined {
  if (process.env.CLASSROOM_FILE) return resolve(process.cwd(), process.env.CLASSROOM_FILE);
  const root = process.env.TIMELINE_PROJECT_ROOT ?? process.cwd();
  return process.env.EVENTS_FILE && resolve(process.env.EVENTS_FILE) !== resolve(root, 'data/events.json')
    ? undefined
    : resolve(root, 'data/classroom.json');
}

export type ClassroomResult = { ok: true; data: Classroom | undefined } | { ok: false; problems: string[] };

/**
 * Validates the classroom file against its schema and against the events and chapters it links to (the handout's summaries are
 * for key moments only). A missing default file is fine.
 */
export function validateClassroomFile(
  path: string | undefined,
  eventIds: ReadonlySet<string>,
  keyMoments: ReadonlySet<string> = eventIds,
  chapterIds: ReadonlySet<string> = new Set(),
): ClassroomResult {
  if (!path || (!process.env.CLASSROOM_FILE && !existsSync(path))) return { ok: true, data: undefined };
  const label = displayName(path);
  if (!existsSync(path)) return { ok: false, problems: [`${label}: file not found`] };
  const file = readTextFile(path);
  if (!file.ok) return { ok: false, problems: [`${label}: ${file.problem}`] };
  const parsed = parseJsonStrictly(file.text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => `${label}:${p}`) };
  const result = ClassroomSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success)
    return {
      ok: false,
      problems: describeIssues(result.error.issues, parsed.value, ClassroomSchema).map((p) => `${label}: ${p}`),
    };
  const problems: string[] = [];
  result.data.questions.forEach((q, i) =>
    q.events.forEach(
      (id, j) =>
        !eventIds.has(id) && problems.push(`${label}: questions[${i}].events[${j}]: no event has the id "${id}"`),
    ),
  );
  result.data.questions.forEach(
    (q, i) =>
      q.chapter !== undefined &&
      !chapterIds.has(q.chapter) &&
      problems.push(`${label}: questions[${i}].chapter: no chapter has the id "${q.chapter}"`),
  );
  result.data.activity.events.forEach(
    (id, j) => !eventIds.has(id) && problems.push(`${label}: activity.events[${j}]: no event has the id "${id}"`),
  );
  for (const id of Object.keys(result.data.handout?.summaries ?? {})) {
    if (!eventIds.has(id)) problems.push(`${label}: handout.summaries.${id}: no event has the id "${id}"`);
    else if (!keyMoments.has(id))
      problems.push(
        `${label}: handout.summaries.${id}: the handout summarises key moments only; mark the event "highlight": true or remove this summary`,
      );
  }
  return problems.length ? { ok: false, problems } : { ok: true, data: result.data };
}

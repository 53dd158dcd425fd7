import type { Dataset } from '../core/schema/dataset.ts';
import type { Classroom } from '../core/schema/classroom.ts';
import { validateClassroomFile } from './classroom-file.ts';
import { validateEventFile } from './events-file.ts';

export type SiteFilesResult =
  { ok: true; data: Dataset; classroom: Classroom | undefined } | { ok: false; problems: string[] };

/**
 * The event file and, where there is one, its classroom file, validated together (the classroom links to events).
 * The one gate used by `npm run build`, `npm run validate` and the pages.
 */
export function validateSiteFiles(eventsFile: string, classroomFile: string | undefined): SiteFilesResult {
  const events = validateEventFile(eventsFile);
  if (!events.ok) return events;
  const classroom = validateClassroomFile(
    classroomFile,
    new Set(events.data.events.map((e) => e.id)),
    new Set(events.data.events.filter((e) => e.highlight).map((e) => e.id)),
    new Set(events.data.chapters?.map((c) => c.id)),
  );
  return classroom.ok ? { ok: true, data: events.data, classroom: classroom.data } : classroom;
}

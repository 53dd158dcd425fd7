// npm run build: validates the event file first, then builds the static site with Astro.
// An invalid file stops the build before anything is written, and a failed build leaves no output
// behind, so dist/ is either a complete site or absent, never a half-built one that looks good.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { displayName, resolveEventsFile, validateEventFile } from '../src/lib/events-file.ts';
import { resolveClassroomFile, validateClassroomFile } from '../src/lib/classroom-file.ts';

const file = resolveEventsFile();
const root = fileURLToPath(new URL('..', import.meta.url));
process.env.TIMELINE_PROJECT_ROOT ??= root;
const outDir = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : resolve(root, 'dist');
const events = validateEventFile(file);
const classroom = events.ok ? validateClassroomFile(resolveClassroomFile(), new Set(events.data.events.map((e) => e.id))) : undefined;
const result = !events.ok ? events : classroom && !classroom.ok ? classroom : events;
if (!result.ok) {
  rmSync(outDir, { recursive: true, force: true });
  for (const problem of result.problems) console.error(problem);
  console.error(`Build stopped: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${displayName(file)}. Fix the file and build again (npm run validate checks the file alone).`);
  process.exit(1);
}
// Pages read the same files; pin them to absolute paths so they agree with what was validated.
process.env.EVENTS_FILE = file;
try {
  await build({ root, logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'info' });
} catch (error) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error('Build failed; no site was written.');
  process.exit(1);
}

// npm run build: validates the event file first, then builds the static site with Astro.
// An invalid file stops the build before anything is written, and a failed build leaves no output
// behind, so dist/ is either a complete site or absent, never a half-built one that looks good.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { resolveEventsFile } from '../src/build/events-file.ts';
import { resolveClassroomFile } from '../src/build/classroom-file.ts';
import { validateSiteFiles } from '../src/build/site-files.ts';

const file = resolveEventsFile();
const root = fileURLToPath(new URL('..', import.meta.url));
process.env.TIMELINE_PROJECT_ROOT ??= root;
const outDir = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : resolve(root, 'dist');
const result = validateSiteFiles(file, resolveClassroomFile());
if (!result.ok) {
  rmSync(outDir, { recursive: true, force: true });
  for (const problem of result.problems) console.error(problem);
  console.error(
    `Build stopped: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}, each line naming its file. Fix them and build again (npm run validate checks the files without building).`,
  );
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

// npm run build [-- --local]: validates the event file, then builds the static site with Astro into a folder beside
// the target and swaps it into place only once the build has finished. So a failed or interrupted build (Ctrl-C, a
// CI cancel) leaves the previous site exactly as it was, and a folder the build did not make is never replaced.
import { mkdirSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCliArgs } from './cli-args.ts';
import { build } from 'astro';
import { displayName, resolveEventsFile } from '../src/build/events-file.ts';
import { resolveClassroomFile } from '../src/build/classroom-file.ts';
import { validateSiteFiles } from '../src/build/site-files.ts';
import {
  buildFolderFor,
  moveIntoPlace,
  refuseOutDir,
  removeAbandonedBuildFolders,
} from '../src/build/output-folder.ts';
import { invalidSiteUrl, publishWarnings, warningBlock } from '../src/build/publish-check.ts';
import { embedAncestors } from '../src/build/content-security-policy.ts';
import { offlineMode } from '../src/build/integrations/offline.ts';

const { values } = readCliArgs(
  { options: { local: { type: 'boolean', default: false } } },
  'npm run build -- [--local]',
);
const root = fileURLToPath(new URL('..', import.meta.url));
process.env.TIMELINE_PROJECT_ROOT ??= root;
const defaultOutDir = resolve(root, 'dist');
const target = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : defaultOutDir;
const unchanged = `${displayName(target)} is as it was`;

const outDirContext = { projectRoot: root, defaultOutDir };
const ancestors = embedAncestors(process.env.EMBED_ANCESTORS);
const offlineSetting = offlineMode(process.env.OFFLINE);
const settingsProblem =
  refuseOutDir(process.env.OUT_DIR || defaultOutDir, outDirContext) ??
  invalidSiteUrl(process.env.SITE_URL) ??
  ('problem' in ancestors ? ancestors.problem : undefined) ??
  ('problem' in offlineSetting ? offlineSetting.problem : undefined);
if (settingsProblem) {
  console.error(settingsProblem);
  process.exit(1);
}

const file = resolveEventsFile();
const result = validateSiteFiles(file, resolveClassroomFile());
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  console.error(
    `Build stopped: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}, each line naming its file; ${unchanged}. Fix them and build again (npm run validate checks the files without building).`,
  );
  process.exit(1);
}
// Pages read the same files; pin them to absolute paths so they agree with what was validated.
process.env.EVENTS_FILE = file;

removeAbandonedBuildFolders(target);
const building = buildFolderFor(target);
mkdirSync(dirname(target), { recursive: true });
// astro.config.mjs writes the site here.
process.env.TIMELINE_BUILD_DIR = building;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    rmSync(building, { recursive: true, force: true });
    console.error(`Build interrupted (${signal}); ${unchanged}.`);
    process.exit(128 + constants.signals[signal]);
  });
}
try {
  await build({ root, logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'info' });
  moveIntoPlace(building, target, outDirContext);
} catch (error) {
  rmSync(building, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`Build failed; ${unchanged}.`);
  process.exit(1);
}

// Last, so it is not lost above a long build log.
const warnings = values.local ? [] : publishWarnings(process.env.SITE_URL, process.env.BASE_PATH);
if (warnings.length) console.warn(warningBlock(warnings));

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { displayName, resolveEventsFile } from '../events-file.ts';
import { resolveClassroomFile } from '../classroom-file.ts';
import { validateSiteFiles } from '../site-files.ts';

/**
 * `npm run dev`: the event file (EVENTS_FILE or data/events.json), the classroom file and the media folder are
 * watched by Vite's own watcher. A save is validated once, its problems printed in the terminal as `npm run validate`
 * prints them, Astro's route cache is cleared and every open page reloads: pages read the files through getSite(),
 * which works the data out again only when a file has changed, and show Astro's error overlay with the same lines
 * while the file is invalid.
 */
export function liveData(): AstroIntegration {
  return {
    name: 'timeline-live-data',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const eventsFile = resolveEventsFile();
        const classroomFile = resolveClassroomFile();
        const media = resolve(eventsFile, '../media');
        const watched = [eventsFile, classroomFile, existsSync(media) ? media : undefined].filter(
          (path): path is string => Boolean(path),
        );
        server.watcher.add(watched);
        const isWatched = (path: string) => watched.some((w) => path === w || path.startsWith(`${w}/`));
        const check = () => {
          const result = validateSiteFiles(eventsFile, classroomFile);
          if (result.ok) logger.info(`${displayName(eventsFile)}: valid, ${result.data.events.length} events`);
          else for (const problem of result.problems) logger.error(problem);
        };
        const changed = (path: string) => {
          if (!isWatched(resolve(path))) return;
          check();
          // Astro's own signal for changed content: it clears the cached getStaticPaths() results, so event pages
          // (and new or renamed events) come from the new file. Then every open page reloads.
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.ws.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', changed);
        server.watcher.on('add', changed);
        server.watcher.on('unlink', changed);
      },
    },
  };
}

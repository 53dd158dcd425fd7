import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { resolveEventsFile } from '../events-file.ts';
import { readTextFile } from '../read-text-file.ts';
import { parseJsonStrictly } from '../../core/json-text.ts';
import { extensionOf, isWebAddress, kindOfExtension } from '../../core/media.ts';
import { mediaPath, mediaRoot } from '../media-files.ts';
import { renderFirstPage } from '../pdf-page.ts';

export const MEDIA_MODULE = 'virtual:timeline-media';
const RESOLVED = `\0${MEDIA_MODULE}`;

/** The pictures the event file's media need, by the key pages look them up with: a picture's path, or `pdf:` a document's. */
function picturesOf(eventsFile: string): Map<string, { file: string; pdf: boolean }> {
  const pictures = new Map<string, { file: string; pdf: boolean }>();
  const text = readTextFile(eventsFile);
  const parsed = text.ok ? parseJsonStrictly(text.text) : undefined;
  // An invalid file is reported by validation; here it simply has no pictures.
  const events = parsed?.ok ? (parsed.value as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return pictures;
  const root = mediaRoot(eventsFile);
  for (const event of events as { media?: unknown }[]) {
    if (!Array.isArray(event?.media)) continue;
    for (const item of event.media as Record<string, unknown>[]) {
      for (const value of [item?.src, item?.poster]) {
        if (typeof value !== 'string' || isWebAddress(value)) continue;
        const file = mediaPath(root, value);
        const kind = kindOfExtension(extensionOf(value));
        if (!file || (kind !== 'image' && kind !== 'document')) continue;
        pictures.set(kind === 'document' ? `pdf:${value}` : value, { file, pdf: kind === 'document' });
      }
    }
  }
  return pictures;
}

/**
 * Media through Astro's own image pipeline. Pages cannot import a picture whose path is only known from the event
 * file, so this virtual module does: `import m0 from "/…/data/media/cover.jpg"` for each picture (and for each PDF,
 * its first page rendered at build), exported by the path the file writes. Astro then makes the responsive sizes and
 * modern formats of each, and keeps only those in the built site.
 */
export function media(): AstroIntegration {
  let cacheDir = '';
  const plugin: Plugin = {
    name: 'timeline-media',
    resolveId(id) {
      return id === MEDIA_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const pictures = [...picturesOf(resolveEventsFile())];
      const lines: string[] = [];
      const entries: string[] = [];
      for (const [i, [key, { file, pdf }]] of pictures.entries()) {
        const path = pdf ? await renderFirstPage(file, cacheDir) : file;
        lines.push(`import m${i} from ${JSON.stringify(path)};`);
        entries.push(`${JSON.stringify(key)}: m${i}`);
      }
      return `${lines.join('\n')}\nexport default { ${entries.join(', ')} };\n`;
    },
  };
  return {
    name: 'timeline-media',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          // The media folder may sit outside the project (EVENTS_FILE=…): the dev server may serve pictures from it.
          vite: { plugins: [plugin], server: { fs: { allow: [mediaRoot(resolveEventsFile())] } } },
        });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('timeline-media/', config.cacheDir));
      },
      'astro:server:setup': ({ server }) => {
        // A changed event file or picture changes the module: drop it, and the next page render makes it again.
        const drop = () => {
          for (const environment of Object.values(server.environments)) {
            const module = environment.moduleGraph.getModuleById(RESOLVED);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
        };
        server.watcher.on('change', drop);
        server.watcher.on('add', drop);
        server.watcher.on('unlink', drop);
      },
    },
  };
}

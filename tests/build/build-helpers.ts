import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const tmpRoot = join(projectRoot, 'tests/.tmp');

/** The environment without what Vitest adds for import.meta.env (BASE_URL, MODE…), which would leak into the child's Vite. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

/** Runs `npm run build`'s script on an event file into a fresh folder, as a newsroom would with EVENTS_FILE. */
export function buildSite(
  eventsFile: string,
  name: string,
  env: Record<string, string> = {},
  cwd = projectRoot,
): BuildRun {
  mkdirSync(tmpRoot, { recursive: true });
  const outDir = join(tmpRoot, name);
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts')], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), EVENTS_FILE: eventsFile, OUT_DIR: outDir, BUILD_LOG_LEVEL: 'silent', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}

export function loadPage(outDir: string, path: string) {
  const file = resolve(outDir, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page at ${path} (${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Runs the build into `outDir` as it is, without clearing it first: for the tests of what a build may replace. */
export function buildInto(eventsFile: string, outDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...cleanEnv(), EVENTS_FILE: eventsFile, OUT_DIR: outDir, BUILD_LOG_LEVEL: 'silent', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}

/** The build's environment, for tests that start it themselves (to interrupt it). */
export const buildEnv = (env: Record<string, string>) => ({ ...cleanEnv(), BUILD_LOG_LEVEL: 'silent', ...env });

/** Every page a search engine may list: each built HTML page but the not-found page and those marked noindex (embeds). */
export function publicPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .filter((file) => !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(outDir, file), 'utf8')))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The pages sitemap.xml lists, as paths under the site's address and base path. */
export function sitemapPages(outDir: string, siteAndBase: string): string[] {
  const $ = cheerio.load(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'), { xml: true });
  return $('url > loc')
    .map((_, loc) => {
      const url = $(loc).text();
      if (!url.startsWith(siteAndBase)) throw new Error(`sitemap.xml lists ${url}, outside ${siteAndBase}`);
      return `/${url.slice(siteAndBase.length)}`;
    })
    .get()
    .sort();
}

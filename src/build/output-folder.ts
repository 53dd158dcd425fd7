import { existsSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';

/** Written into every finished build: only a folder holding it (or an empty one) is ever replaced by a build. */
export const BUILD_MARKER = '.timeline-build';

const realPath = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
const contains = (folder: string, path: string) =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

export interface OutDirContext {
  projectRoot: string;
  /** The project's own dist/, which may predate the marker. */
  defaultOutDir: string;
  home?: string;
}

/**
 * Why the build must not replace `outDir` (a one-line message naming OUT_DIR), or undefined when it may.
 * A build replaces its whole output folder, so a typo in OUT_DIR must never cost anyone their files.
 */
export function refuseOutDir(outDir: string, context: OutDirContext): string | undefined {
  const target = realPath(outDir);
  const named = `OUT_DIR=${outDir}`;
  const choose = 'choose a new or empty folder, such as OUT_DIR=dist';
  if (target === parse(target).root) return `${named}: is the root of the file system; ${choose}.`;
  const home = context.home ?? homedir();
  if (home && target === realPath(home)) return `${named}: is your home folder; ${choose}.`;
  if (contains(target, realPath(context.projectRoot)))
    return `${named}: is the project folder or a folder that holds it; ${choose}.`;
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return `${named}: is a file, not a folder; ${choose}.`;
  if (target === realPath(context.defaultOutDir)) return undefined;
  if (existsSync(join(target, BUILD_MARKER)) || readdirSync(target).length === 0) return undefined;
  return `${named}: ${target} was not made by this build (it has no ${BUILD_MARKER} file), so it is left alone; ${choose}, or delete it yourself if it is an old build.`;
}

/**
 * The folder a build writes into: beside the target, so it can be renamed into place in one step. The leading dot
 * keeps its path from starting with the project's path when the target is a sibling such as /srv/timeline-dist:
 * Astro fails to resolve its own packages from such a folder (review L13).
 */
export function buildFolderFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.building-${pid}`);
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes what builds killed outright (SIGKILL, power loss) left beside the target; folders of running builds stay. */
export function removeAbandonedBuildFolders(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${name}\\.(?:building|old)-(\\d+)$`);
  for (const entry of readdirSync(parent)) {
    const pid = pattern.exec(entry)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Marks a finished build and swaps it in for the target; if the swap fails, the previous site is put back.
 * The target is checked again here, right before anything is moved: whatever the caller did, no folder the build
 * did not make is ever replaced.
 */
export function moveIntoPlace(built: string, target: string, context: OutDirContext, pid = process.pid): void {
  const refused = refuseOutDir(target, context);
  if (refused) throw new Error(refused);
  writeFileSync(
    join(built, BUILD_MARKER),
    'Made by npm run build (accountability timeline). Each build replaces this whole folder.\n',
  );
  if (!existsSync(target)) {
    renameSync(built, target);
    return;
  }
  const previous = join(dirname(target), `.${basename(target)}.old-${pid}`);
  renameSync(target, previous);
  try {
    renameSync(built, target);
  } catch (error) {
    renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, projectRoot } from './build-helpers.ts';

export const fixtures = 'tests/fixtures';

/** Runs `node scripts/<script>` from the project folder, as the npm scripts do, with only the environment given. */
export function cli(script: string, args: string[], env: Record<string, string> = {}) {
  const base = cleanEnv();
  delete base.EVENTS_FILE;
  delete base.CLASSROOM_FILE;
  const result = spawnSync(process.execPath, [`scripts/${script}`, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder under tests/.tmp for one test file's output. */
export function freshFolder(name: string): string {
  const folder = join(projectRoot, 'tests/.tmp', name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

export const lines = (text: string) => text.split('\n').filter((line) => line !== '');
export const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
export const ids = (file: Record<string, unknown>) => (file.events as { id: string }[]).map((e) => e.id);

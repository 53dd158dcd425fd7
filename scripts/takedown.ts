// npm run takedown -- <folder>: writes <folder>/sw.js, a worker that deletes this site's offline copy from every
// browser that kept one and unregisters itself (a legal or privacy removal). Publish it at the address the old sw.js
// had (the same BASE_PATH), in place of the site or beside what replaces it. To keep the site but withdraw the
// offline copy, build with OFFLINE=off instead, which also stops pages registering a worker.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../src/build/write-file-atomic.ts';
import { takedownWorkerSource } from '../src/build/integrations/service-worker-source.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: BASE_PATH=/graphics/decade/ npm run takedown -- <folder to publish>');
  process.exit(2);
}
const raw = process.env.BASE_PATH || '/';
const base = `${raw.startsWith('/') ? '' : '/'}${raw}${raw.endsWith('/') ? '' : '/'}`;
const file = join(resolve(folder), 'sw.js');
try {
  mkdirSync(resolve(folder), { recursive: true });
  writeFileAtomic(file, takedownWorkerSource(base));
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  console.error(`${file}: could not be written (${code ?? message}).`);
  process.exit(1);
}
console.log(
  `${file}: written for ${base}. Publish it at ${base}sw.js; browsers that kept this site offline delete their copy at their next online visit.`,
);

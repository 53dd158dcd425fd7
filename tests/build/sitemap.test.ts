import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, publicPages, sitemapPages, type BuildRun } from './build-helpers.ts';

const SITE = 'https://news.example.org';
const BASE = '/graphics/decade/';
let run: BuildRun;

beforeAll(() => {
  run = buildSite('tests/fixtures/valid.json', 'sitemap', { SITE_URL: SITE, BASE_PATH: BASE });
  if (run.status !== 0) throw new Error(run.stderr);
});

describe('sitemap.xml', () => {
  it('lists every public page once, the classroom edition included, under the domain and base path', () => {
    const listed = sitemapPages(run.outDir, `${SITE}${BASE}`);
    expect(listed).toEqual(
      expect.arrayContaining(['/classroom/', '/handout/', '/print/', '/present/', '/years/2008/']),
    );
    expect(listed).toEqual(publicPages(run.outDir));
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, loadPage, projectRoot, type BuildRun } from './build-helpers.ts';

let run: BuildRun;
beforeAll(() => {
  // The fixture, with one title in Latin Extended and one in Cyrillic.
  const data = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/valid.json'), 'utf8')) as {
    events: { id: string; title: string }[];
  };
  data.events.find((e) => e.id === 'first-report')!.title = 'Łódź, Dvořák and Ğül: a report';
  data.events.find((e) => e.id === 'may-inspection')!.title = 'Инспекция в Москве';
  mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
  const file = join(projectRoot, 'tests/.tmp/share-scripts.json');
  writeFileSync(file, JSON.stringify(data));
  run = buildSite(file, 'share-scripts');
  if (run.status !== 0) throw new Error(run.stderr);
});

const imageOf = (path: string) => loadPage(run.outDir, path)('meta[property="og:image"]').attr('content');

describe('share images and other scripts', () => {
  it('draws an event in Latin Extended its own image', () => {
    expect(imageOf('/events/first-report/')).toBe('http://localhost:4321/share/first-report.png');
    expect(existsSync(join(run.outDir, 'share/first-report.png'))).toBe(true);
  });

  it('gives an event in another script the site image instead of boxes, and says so in the build log', () => {
    expect(imageOf('/events/may-inspection/')).toBe('http://localhost:4321/share/_site.png');
    expect(existsSync(join(run.outDir, 'share/may-inspection.png'))).toBe(false);
    expect(run.stderr).toContain(
      'Share images: 1 event uses the site\'s image, because the text has characters outside Latin, Latin Extended and Arabic ("may-inspection").',
    );
  });
});

// The real story, built: what the corrections added reaches the pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateEventFile } from '../../src/build/events-file.ts';
import { buildSite, loadPage, projectRoot, type BuildRun } from './build-helpers.ts';

const data = validateEventFile(`${projectRoot}data/events.json`);
if (!data.ok) throw new Error(data.problems.join('\n'));
const { events } = data.data;
let run: BuildRun;

beforeAll(() => {
  run = buildSite('data/events.json', 'story');
  if (run.status !== 0) throw new Error(run.stderr);
});

describe('the story site', () => {
  it("shows every event's responses on its page, each naming the source that carries it", () => {
    const withResponses = events.filter((e) => e.responses?.length);
    expect(withResponses.length).toBeGreaterThan(10);
    for (const event of withResponses) {
      const $ = loadPage(run.outDir, `/events/${event.id}/`);
      const shown = $('.event-response');
      expect(shown.length, event.id).toBe(event.responses!.length);
      event.responses!.forEach((response, i) => {
        const text = shown.eq(i).text().replace(/\s+/g, ' ');
        expect(text, event.id).toContain(response.by);
        expect(text, event.id).toContain(`reported by ${event.sources[response.source]!.publisher}`);
      });
    }
  });

  it('quotes headlines and leaves descriptions unquoted', () => {
    for (const event of events) {
      const $ = loadPage(run.outDir, `/events/${event.id}/`);
      const items = $('.source-list li');
      event.sources.forEach((source, i) => {
        const text = items.eq(i).text();
        if (source.title) expect(text, event.id).toContain(`“${source.title}”`);
        else expect(text, event.id).not.toContain('“');
      });
    }
  });
});

// The standards desk's fact-check of the story (shared notes, factcheck-2026-12.md) and what it found wrong: each
// error row's wrong wording is gone from the file and the corrected fact is there, so a correction cannot quietly
// come undone in a later edit.
import { describe, expect, it } from 'vitest';
import { validateEventFile } from '../../src/build/events-file.ts';
import type { TimelineEvent } from '../../src/core/schema/event.ts';

const result = validateEventFile(new URL('../../data/events.json', import.meta.url).pathname);
if (!result.ok) throw new Error(result.problems.join('\n'));
const { events, corrections = [] } = result.data;
const byId = new Map(events.map((e) => [e.id, e]));

/** Everything a reader can read of an event, sources included, as one string. */
function textOf(id: string): string {
  const event = byId.get(id);
  if (!event) throw new Error(`no event ${id}`);
  const { date, end, sources, ...rest } = event;
  return JSON.stringify({
    ...rest,
    date: date.text,
    end: end?.text,
    sources: sources.map((s) => ({ ...s, date: s.date?.text })),
  });
}

// Fact-check row, event, wording that was wrong, wording now there.
const ERRORS: [row: number, id: string, gone: string, present: string][] = [
  [
    5,
    'peter-hay-heads-social-services',
    'Strategic director of social services',
    'Strategic director of social care and health',
  ],
  [
    5,
    'toni-ann-byfield-review',
    "Birmingham's director of social services",
    'strategic director of social care and health',
  ],
  [12, 'child-deaths-count-2009', 'early February 2009', '30 January 2009'],
  [13, 'improvement-notice-2009', '2009-02-01', '2009-01-30'],
  [
    18,
    'eight-scrs-2009',
    "Council's shame: horrific",
    "Council's shame over horrific child deaths at Britain's largest children's services dept",
  ],
  [
    20,
    'who-cares-report',
    'Damning report finds Birmingham',
    "Damning report finds social services department 'not fit for purpose' after eight deaths",
  ],
  [25, 'khyra-ishaq-sentences', 'minimum of 15 years', 'for 15 years'],
  [25, 'khyra-ishaq-sentences', "Minimum term for Khyra's mother", "Prison sentence for Khyra's mother"],
  [30, 'it-consultants-300k', 'never bought', '£19m'],
  [33, 'keanu-williams-dies', 'at their home', "partner's flat"],
  [44, 'peter-hay-interim-2013', 'Strategic director for People', 'Strategic director for adults and communities'],
  [
    48,
    'warner-commissioner',
    "children's services get independent commissioner",
    "Birmingham children's services gets independent oversight after tragedies",
  ],
  [
    51,
    'warner-first-letter',
    "Norman Warner tackles Birmingham's children's services",
    "Lord Warner: I'll tackle 'national disgrace' of Birmingham children's services",
  ],
  [
    53,
    'warner-140m',
    "faces 'impossible' task funding",
    "Birmingham faces 'virtually impossible' task of funding essential £140m improvements to children's services",
  ],
];

describe('the fact-check of December 2026', () => {
  it.each(ERRORS)(
    'row %i (%s): the wrong wording is gone and the corrected fact is there',
    (_row, id, gone, present) => {
      expect(textOf(id)).not.toContain(gone);
      expect(textOf(id)).toContain(present);
    },
  );

  it('attributes the 2016 trust decision to the council, not the government', () => {
    const event = byId.get('trust-decision-2016')!;
    expect(event.title).not.toMatch(/government decides/i);
    expect(event.summary).toMatch(/council announced its intention/i);
  });

  it('no longer says where Khyra Ishaq died as if it were settled, and shows both accounts', () => {
    const event = byId.get('khyra-ishaq-dies')!;
    expect(`${event.title} ${event.summary}`).not.toMatch(/died at (her )?home/);
    expect(event.note).toMatch(/hospital/);
    expect(event.note).toMatch(/died at her home/);
  });

  it('quotes a headline only as published: no source carries a made-up label', () => {
    for (const event of events) {
      for (const source of event.sources) {
        expect(source.title ?? '', event.id).not.toMatch(/in our notes|headline (not recorded|shortened)/i);
        expect(source.description ?? '', event.id).not.toMatch(/in our notes/i);
      }
    }
  });

  it('adds the missing steps: the 2010 improvement notice and the focused visits between 2019 and 2023', () => {
    const added: [string, TimelineEvent['type'], string][] = [
      ['second-improvement-notice-2010', 'inspection', '2010'],
      ['ofsted-focused-visit-2020', 'inspection', '2020'],
      ['ofsted-focused-visit-2021', 'inspection', '2021'],
    ];
    for (const [id, type, year] of added) {
      expect(byId.get(id), id).toMatchObject({ type, date: expect.objectContaining({ year: Number(year) }) });
    }
    const between = events.filter((e) => e.date.year > 2019 && e.date.year < 2023 && e.type === 'inspection');
    expect(between.length).toBeGreaterThanOrEqual(2);
  });

  it("carries the other side's reply wherever the fact-check found it missing", () => {
    const rows = [
      'who-cares-report',
      'unallocated-cases-2010',
      'colin-tucker-suspended',
      'ofsted-child-protection-2012',
      'utter-chaos-2013',
      'duxbury-leaves',
      'cases-closed-unassessed',
      'ofsted-inadequate-2014',
      'wilshaw-letter-2016',
      'trust-decision-2016',
    ];
    for (const id of rows) expect(byId.get(id)?.responses?.length, id).toBeGreaterThan(0);
    // The suspension four days after a child's death: the council denied any link, and the event says so.
    expect(textOf('colin-tucker-suspended')).toMatch(/denied/);
  });

  it('records each material correction in the public log, dated', () => {
    expect(corrections.length).toBeGreaterThanOrEqual(20);
    const log = corrections.map((c) => c.text).join('\n');
    for (const subject of ['Khyra Ishaq', 'Keanu Williams', 'trust', 'Peter Hay']) expect(log).toContain(subject);
  });

  it('describes the span accurately: failing judgements before 2002, inadequate until 2019', () => {
    expect(result.ok && result.data.description).toMatch(/2000/);
    expect(result.ok && result.data.description).toMatch(/2019/);
  });
});

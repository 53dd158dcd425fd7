import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateEventFileText } from '../../src/core/validate-dataset.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8'));
const clone = () => structuredClone(fixture);

/** Validates a modified copy of the valid fixture and returns its problems. */
function problems(change: (data: any) => void): string[] {
  const data = clone();
  change(data);
  const result = validateEventFileText(JSON.stringify(data), 'data/events.json');
  return result.ok ? [] : result.problems;
}

describe('the event file schema', () => {
  it('accepts the valid fixture', () => {
    const result = validateEventFileText(JSON.stringify(fixture), 'f.json');
    expect(result.ok).toBe(true);
  });

  it('defaults the language to en-GB', () => {
    const data = clone();
    delete data.language;
    const result = validateEventFileText(JSON.stringify(data), 'f.json');
    expect(result.ok && result.data.language).toBe('en-GB');
  });

  it('reports malformed JSON with line and column', () => {
    const text = '{\n  "title": "x"\n  "events": []\n}';
    expect(validateEventFileText(text, 'data/events.json')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          "data/events.json:3:3: expected "," (is a comma missing?)",
        ],
      }
    `);
    expect(validateEventFileText('{"title": "x", "events": [],}', 'data/events.json')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          "data/events.json:1:29: expected a property name in double quotes",
        ],
      }
    `);
  });

  it('names missing required fields', () => {
    expect(
      problems((d) => {
        delete d.events[1].title;
        delete d.events[1].sources;
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[1].title: required field is missing (event "first-report")",
        "data/events.json: events[1].sources: required field is missing (event "first-report")",
      ]
    `);
    expect(
      problems((d) => {
        delete d.title;
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: title: required field is missing",
      ]
    `);
  });

  it('lists the four types when the type is wrong', () => {
    expect(
      problems((d) => {
        d.events[0].type = 'inspecton';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].type: expected one of "report", "inspection", "appointment", "case", got "inspecton" (event "later-case")",
      ]
    `);
  });

  it('rejects dates of the wrong shape and dates that do not exist', () => {
    expect(
      problems((d) => {
        d.events[0].date = '2008-13-01';
        d.events[1].date = '2009-02-30';
        d.events[2].date = '17/05/2008';
        d.events[3].date = 2008;
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2008-13-01" (event "later-case")",
        "data/events.json: events[1].date: "2009-02-30" is not a real calendar date (event "first-report")",
        "data/events.json: events[2].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "17/05/2008" (event "may-inspection")",
        "data/events.json: events[3].date: expected text, got 2008 (event "month-appointment")",
      ]
    `);
  });

  it('rejects an end before the start', () => {
    expect(
      problems((d) => {
        d.events[3].end = '2008-04';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[3].end: "2008-04" is before the start date "2008-05" (event "month-appointment")",
      ]
    `);
    expect(
      problems((d) => {
        d.events[3].end = '2008-05-31';
      }),
    ).toEqual([]);
  });

  it('rejects duplicate ids and ids that are not slugs', () => {
    expect(
      problems((d) => {
        d.events[2].id = 'later-case';
        d.events[3].id = 'Month Appointment';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[3].id: expected a lowercase slug like "khyra-ishaq-dies" (letters a-z, digits, single hyphens), got "Month Appointment" (event "Month Appointment")",
        "data/events.json: events[2].id: "later-case" is already the id of events[0] (event "later-case")",
      ]
    `);
  });

  it('rejects related ids that do not exist', () => {
    expect(
      problems((d) => {
        d.events[0].related = ['first-reprot', 'later-case'];
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].related[0]: no event has the id "first-reprot" (event "later-case")",
        "data/events.json: events[0].related[1]: an event cannot be related to itself (event "later-case")",
      ]
    `);
  });

  it('needs at least one source, and source URLs must be http(s)', () => {
    expect(
      problems((d) => {
        d.events[0].sources = [];
        d.events[1].sources[0].url = 'javascript:alert(1)';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].sources: needs at least one source (event "later-case")",
        "data/events.json: events[1].sources[0].url: expected an http or https URL, got "javascript:alert(1)" (event "first-report")",
      ]
    `);
  });

  it('a source has a headline as published (title) or our own words for it (description), never both or neither', () => {
    expect(
      problems((d) => {
        d.events[0].sources[0].description = 'Example News report on the case';
        delete d.events[0].sources[1].description;
        d.events[1].sources[0] = {
          publisher: 'Example News',
          description: 'Example News report',
          url: 'https://example.org/two',
        };
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].sources[0].description: a source has either "title" (the headline as published) or "description" (your own words for it), not both (event "later-case")",
        "data/events.json: events[0].sources[1]: give "title" (the headline exactly as published) or, when the headline is not known, "description" (your own words for the item) (event "later-case")",
      ]
    `);
  });

  it("a response names who replied, what they said and which of the event's sources carries it", () => {
    expect(
      problems((d) => {
        d.events[0].responses = [
          { by: 'The council', text: 'It accepted the findings.', source: 1 },
          { by: 'The council', text: 'No source.', source: -1 },
          { by: 'The council', text: 'Half a source.', source: 0.5 },
          { text: 'Nobody said this.', source: 0 },
        ];
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].responses[1].source: expected the position of the source in "sources", counting from 0 (event "later-case")",
        "data/events.json: events[0].responses[2].source: expected a whole number, got 0.5 (event "later-case")",
        "data/events.json: events[0].responses[3].by: required field is missing (event "later-case")",
      ]
    `);
    // Which source carries it is checked against the event's own list (the event has two: 0 and 1).
    expect(
      problems((d) => {
        d.events[0].responses = [{ by: 'The council', text: 'It denied any link.', source: 2 }];
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].responses[0].source: 2 is not one of this event's sources: it has 2, numbered 0 to 1 (event "later-case")",
      ]
    `);
  });

  it('checks chapters: ids unique, spans forwards, events that exist and fall inside the span', () => {
    const chapter = { id: 'early', title: 'Early years', text: 'A few sentences.', from: '2008', to: '2009' };
    expect(problems((d) => (d.chapters = [{ ...chapter, events: ['may-inspection'] }]))).toEqual([]);
    expect(
      problems((d) => {
        d.chapters = [
          { ...chapter, events: ['may-inspection', 'no-such-event', 'later-case'] },
          { ...chapter, from: '2010', to: '2009', types: ['case', 'trial'] },
          { ...chapter, id: 'other', text: '' },
        ];
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: chapters[1].types[1]: expected one of "report", "inspection", "appointment", "case", got "trial" (chapter "early")",
        "data/events.json: chapters[2].text: must not be empty (chapter "other")",
        "data/events.json: chapters[0].events[1]: no event has the id "no-such-event" (chapter "early")",
        "data/events.json: chapters[0].events[2]: "later-case" (2010-03-12) is outside the chapter's span, 2008 to 2009 (chapter "early")",
        "data/events.json: chapters[1].id: "early" is already the id of chapters[0] (chapter "early")",
        "data/events.json: chapters[1].to: "2009" is before the chapter's start "2010" (chapter "early")",
      ]
    `);
  });

  it('refuses links in Markdown text that are not http, https or mailto', () => {
    expect(
      problems((d) => {
        d.events[0].body =
          'See [the report](https://example.org/r), [write to us](mailto:desk@example.org), [this](javascript:alert(1)) and [settings](ms-settings:).';
        d.chapters = [{ id: 'one', title: 'One', text: '[a file](file:///etc/passwd)', from: '2010', to: '2011' }];
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].body: a link to "javascript:alert(1)" is not allowed: links must start with https://, http:// or mailto: (event "later-case")",
        "data/events.json: events[0].body: a link to "ms-settings:" is not allowed: links must start with https://, http:// or mailto: (event "later-case")",
        "data/events.json: chapters[0].text: a link to "file:///etc/passwd" is not allowed: links must start with https://, http:// or mailto: (chapter "one")",
      ]
    `);
  });

  it('refuses HTML in plain-text fields but allows a lone <', () => {
    expect(
      problems((d) => {
        d.events[0].title = 'Bold <b>claim</b>';
        d.events[1].summary = 'A <!-- comment -->';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].title: must be plain text, but contains HTML "<b>claim</b>" (event "later-case")",
        "data/events.json: events[1].summary: must be plain text, but contains HTML "<!--" (event "first-report")",
      ]
    `);
    expect(
      problems((d) => {
        d.events[1].summary = 'I <3 it, and 1 < 2 is true; a < b.';
      }),
    ).toEqual([]);
  });

  it('limits title and summary length', () => {
    expect(
      problems((d) => {
        d.events[0].title = 'x'.repeat(141);
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].title: must be at most 140 characters, got 141 (event "later-case")",
      ]
    `);
  });

  it('suggests the closest field for an unknown key', () => {
    expect(
      problems((d) => {
        d.events[0].tilte = 'x';
        d.events[1].sources[0].pubisher = 'x';
        d.descripton = 'x';
        d.events[2].colour = 'red';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].tilte: unknown field; did you mean "title"? (event "later-case")",
        "data/events.json: events[1].sources[0].pubisher: unknown field; did you mean "publisher"? (event "first-report")",
        "data/events.json: events[2].colour: unknown field; known fields: id, type, date, end, circa, title, label, summary, body, sources, responses, people, place, rating, quote, figures, note, sensitive, highlight, media, related, tags (event "may-inspection")",
        "data/events.json: descripton: unknown field; did you mean "description"?",
      ]
    `);
  });

  it('checks the highlight flag and the short label', () => {
    expect(
      problems((d) => {
        d.events[0].highlight = 'yes';
        d.events[1].label = 'A label far too long for a callout on the chart';
        d.events[2].label = '<b>Bold</b>';
        d.events[3].label = '  ';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[0].highlight: expected true or false, got "yes" (event "later-case")",
        "data/events.json: events[1].label: must be at most 40 characters, got 47 (event "first-report")",
        "data/events.json: events[2].label: must be plain text, but contains HTML "<b>Bold</b>" (event "may-inspection")",
        "data/events.json: events[3].label: must not be empty (event "month-appointment")",
      ]
    `);
    expect(
      problems((d) => {
        d.events[1].highlight = false;
        d.events[1].label = 'x'.repeat(40);
      }),
    ).toEqual([]);
  });

  it('checks the focus span: real dates, an end not before its start, a short plain label', () => {
    expect(
      problems((d) => {
        d.focus = { from: '2010', to: '2009-12', label: 'x'.repeat(61) };
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: focus.label: must be at most 60 characters, got 61",
        "data/events.json: focus.to: "2009-12" is before "from" ("2010"): the span must end after it starts",
      ]
    `);
    expect(
      problems((d) => {
        d.focus = { from: '2008-02-30', untill: '2010' };
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: focus.from: "2008-02-30" is not a real calendar date",
        "data/events.json: focus.to: required field is missing",
        "data/events.json: focus.untill: unknown field; known fields: from, to, label",
      ]
    `);
    // A span of one year, written twice, is a span; so is one with no label.
    expect(
      problems((d) => {
        d.focus = { from: '2008', to: '2008' };
      }),
    ).toEqual([]);
  });

  it('checks the language editions: a tag Intl accepts, a home page address, each language once and not its own', () => {
    expect(problems((d) => (d.alternates = [{ language: 'cy', url: 'https://news.example.org/cy/' }]))).toEqual([]);
    expect(
      problems(
        (d) =>
          (d.alternates = [
            { language: 'en-gb', url: 'https://news.example.org/en/' },
            { language: 'cy', url: 'https://news.example.org/cy' },
            { language: 'fr', url: 'javascript:alert(1)/' },
            { language: 'CY', url: 'https://news.example.org/cy2/' },
            { language: 'xx-1', url: 'https://news.example.org/x/', name: 'X' },
          ]),
      ),
    ).toEqual([
      'data/events.json: alternates[1].url: expected the other edition\'s home page, ending in "/", got "https://news.example.org/cy"',
      'data/events.json: alternates[2].url: expected an http or https URL, got "javascript:alert(1)/"',
      'data/events.json: alternates[3].language: expected a language tag like "en-GB", got "CY"',
      'data/events.json: alternates[4].language: expected a language tag like "en-GB", got "xx-1"',
      'data/events.json: alternates[4].language: "xx-1" is not a language tag Intl accepts; write e.g. "en-GB" or "fr"',
      'data/events.json: alternates[4].name: unknown field; known fields: language, url',
      'data/events.json: alternates[0].language: "en-gb" is this file\'s own language: list only the other editions',
      'data/events.json: alternates[3].language: "CY" is already the language of alternates[1]',
    ]);
  });

  it('checks rating levels and figure values', () => {
    expect(
      problems((d) => {
        d.events[2].rating.level = 'bad';
        d.events[1].figures[0].value = '20%';
      }),
    ).toMatchInlineSnapshot(`
      [
        "data/events.json: events[1].figures[0].value: expected a number, got "20%" (event "first-report")",
        "data/events.json: events[2].rating.level: expected one of "failing", "weak", "adequate", "good", "outstanding", got "bad" (event "may-inspection")",
      ]
    `);
  });
});

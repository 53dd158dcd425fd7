import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventFileJsonSchema } from '../../src/build/json-schema.ts';

describe('data/events.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../data/events.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(eventFileJsonSchema())));
  });
  it('documents fields and constrains types and dates for editors', () => {
    const schema = eventFileJsonSchema() as any;
    const event = schema.properties.events.items;
    expect(event.properties.type.enum).toEqual(['report', 'inspection', 'appointment', 'case']);
    expect(event.properties.date.pattern).toBeTruthy();
    expect(event.properties.summary.description).toMatch(/own words/);
    expect(event.additionalProperties).toBe(false);
  });
});

describe('data/classroom.schema.json', () => {
  it('is up to date with the zod schema', async () => {
    const { classroomJsonSchema } = await import('../../src/build/json-schema.ts');
    const committed = JSON.parse(readFileSync(new URL('../../data/classroom.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(classroomJsonSchema())));
  });
});

import { en, type UiStrings } from './en.ts';

/** Interface strings by primary language subtag. Add a language by adding a module shaped like `en`. */
const byLanguage: Record<string, UiStrings> = { en };

/** What the story's own file says about itself, filled into the interface text wherever it asks. */
export interface StoryWords {
  /** What sensitive events concern ("the death or abuse of a child"); fills `{topic}`. */
  topic?: string | undefined;
}

/** The strings for a language tag such as "en-GB"; English when that language has no translation yet. */
export function uiStrings(language: string, story: StoryWords = {}): UiStrings {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  const strings = byLanguage[primary] ?? en;
  return bindStory(strings, { topic: story.topic ?? strings.sensitiveTopic });
}

/** Fills the story's own words into every message that asks for them, keeping the other placeholders. */
function bindStory<T>(value: T, words: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(/\{(\w+)\}/g, (whole, name: string) => words[name] ?? whole) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => bindStory(item, words)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bindStory(item, words)])) as T;
  }
  return value;
}

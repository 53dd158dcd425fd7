// What the page's chapters hand their script (inline JSON in src/components/StoryChapters.astro).
import type { PayloadChapter } from '../core/chapters.ts';

export interface StoryConfig {
  language: string;
  /** Every chapter in order, with its span and the events it highlights. */
  chapters: PayloadChapter[];
  strings: {
    /** "Chapter {n} of {total}". */
    count: string;
    /** The title card's place in the progress indicator. */
    titleCard: string;
    play: string;
    pause: string;
    /** Between the chapter's number and its title when announced: ":" in English, " :" in French. */
    colon: string;
  };
}

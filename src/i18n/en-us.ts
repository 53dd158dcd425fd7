import { en, type UiStrings } from './en.ts';

/**
 * American English (en-US): British English (en.ts) with American spelling and usage where they differ. Only the
 * differences are written here; everything else is en.ts's. To be reviewed by a native speaker before publication.
 */
export const enUS: UiStrings = {
  ...en,
  activityTable: 'Sorting grid: check one column for each event and note why',
  offlineText:
    'Once you have opened this site, your browser keeps a copy: every page then works with the network off. For a classroom with no connection at all, download the whole site as a ZIP, unzip it onto the computer or a USB drive, and open index.html.',
  embedTheme: 'Colors',
};

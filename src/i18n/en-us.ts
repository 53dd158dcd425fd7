import { en, type UiStrings } from './en.ts';

/**
 * American English (en-US): British English (en.ts) with American spelling and usage where they differ. Only the
 * differences are written here; everything else is en.ts's. To be reviewed by a native speaker before publication.
 */
export const enUS: UiStrings = {
  ...en,
  activityTable: 'Sorting grid: check one column for each event and note why',
  offlineText:
    'Your browser keeps the pages you open, so they open again with the network off. To keep the whole site in this browser before a lesson, save it for offline use. For a classroom with no connection at all, download the whole site as a ZIP, unzip it onto the computer or a USB drive, and open index.html: it is a copy as of today, so download it again for later corrections.',
  embedTheme: 'Colors',
  mediaLicence: 'License: {licence}',
};

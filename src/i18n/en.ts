import type { Message, PluralForms } from '../core/messages.ts';

/**
 * Every interface string, in English. Copy this file to translate the site (see README, "Translating").
 * Text with values in it uses `{name}` placeholders; text that depends on a number gives plural forms chosen by
 * `{count}` (see src/core/messages.ts). Story-specific text (helplines, sourcing policy, what a content note is
 * about) belongs in the event and classroom files, not here.
 */
export const en = {
  /**
   * Punctuation the code puts between pieces of text: a label and its value ("Note: …"), items of a list of names or
   * facts, and a list of lists. French puts a no-break space before the colon; Arabic has its own comma and semicolon.
   */
  punctuation: { colon: ':', comma: ', ', semicolon: '; ' },
  skipToContent: 'Skip to the events',
  navTimeline: 'Timeline',
  navAbout: 'About',
  siteNavLabel: 'Site',
  types: { report: 'Report', inspection: 'Inspection', appointment: 'Appointment', case: 'Case' },
  typesPlural: { report: 'Reports', inspection: 'Inspections', appointment: 'Appointments', case: 'Cases' },
  eventsCount: { one: '{count} event', other: '{count} events' },
  countsHeading: 'What the timeline holds',
  allEventsHeading: 'Every event, in order',
  yearHeading: '{year}',
  readMore: 'Read more',
  sources: 'Sources',
  sourcesHeading: 'Sources',
  note: 'Note',
  noteHeading: 'Where sources differ',
  people: 'People',
  place: 'Place',
  figures: 'Figures',
  /** A figure and the figure it is compared with: "Staff off sick: 20% (compared with national average: 10%)". */
  figureCompared: '{figure} (compared with {label}: {value})',
  /** Under a picture, document, video or audio: who made it, the licence it is used under, and where it comes from. */
  mediaCredit: 'Credit: {credit}',
  mediaLicence: 'Licence: {licence}',
  mediaOriginal: 'Original',
  /** A PDF's first page links to the document. */
  mediaDocument: 'Read the document (PDF, {size})',
  /** A player from another site loads only when the reader asks: the button says whose and from where. */
  playOn: 'Play on {provider}: loads content from {host}',
  openOn: 'Open on {host}',
  mediaCaptions: 'Captions',
  mediaTranscript: 'Transcript (WebVTT)',
  mediaDownload: 'Download the file ({size})',
  rating: 'Rating',
  ratingLevels: { failing: 'failing', weak: 'weak', adequate: 'adequate', good: 'good', outstanding: 'outstanding' },
  ratingOnScale: '({level} on the common scale)',
  quoteBy: '— {by}',
  /** A headline, quoted as published. */
  quoted: '“{text}”',
  responseLabel: 'Response:',
  responseReportedBy: 'reported by {publisher}',
  related: 'Related events',
  previous: 'Previous',
  next: 'Next',
  backToTimeline: 'Back to the timeline',
  contentNoteLabel: 'Content note',
  contentNote: 'This event concerns {topic}. It is described factually, without graphic detail.',
  /** What events marked `sensitive` concern, when the event file does not say (`contentNote.topic`). */
  sensitiveTopic: 'distressing events',
  sensitiveMarker: 'Content note: {topic}',
  tags: 'Tags',
  updated: 'Last updated',
  about: 'About this timeline',
  aboutLink: 'About this timeline and its sources',
  corrections: 'Corrections',
  noCorrections: 'No corrections have been made.',
  howSourced: 'How events are sourced',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. The event may have been renamed, or the link mistyped.',
  footerNote: 'No tracking, no cookies, no third-party requests.',
  overviewCaption:
    'Overview: the key moments, events per year by type, the inspection rating in force, and who led the service',
  /** The same where each bar counts several years (a long history: see src/core/year-bins.ts). */
  overviewCaptionBinned: {
    one: 'Overview: the key moments, events per year by type, the inspection rating in force, and who led the service',
    other:
      'Overview: the key moments, events per {count} years by type, the inspection rating in force, and who led the service',
  },
  overviewKeyMoments: 'Key moments',
  overviewRatingLabel: 'Rating in force',
  overviewRatingLegend: 'Rating in force, on a common scale:',
  overviewLevels: { failing: 'Failing', weak: 'Weak', adequate: 'Adequate', good: 'Good', outstanding: 'Outstanding' },
  overviewTenuresLabel: 'Who led the service',
  /** Read before the focus span's label (the visible text is the label alone, under a bracket). */
  overviewFocus: 'Shaded on the chart:',
  /** A bar's tooltip on the overview: the year, the type (plural name) and how many events of it. */
  overviewBarTitle: '{year}, {type}: {count}',
  overviewTableSummary: 'The chart as tables',
  overviewTableCaption: 'Events per year, by type',
  /** Where each of the overview's bars counts several years (a history of centuries): {count} is how many. */
  overviewTableCaptionBinned: { one: 'Events per year, by type', other: 'Events per {count} years, by type' },
  years: 'Years',
  overviewTablesTooLong:
    'The rating history and tenures are too long to tabulate here; each event is on its year page.',
  keyMoment: 'Key moment',
  getTheData: 'Get the data',
  getTheDataText:
    'Every event in this timeline, with its date, type, title, place, sources and a link to its page, to download or to sort and filter here.',
  downloadCsv: 'Download as a spreadsheet (CSV, {size})',
  downloadJson: 'Download as JSON (the event file, {size})',
  dataTableSummary: 'Every event as a table',
  dataTableCaption: { one: '{count} event', other: '{count} events' },
  sortBy: 'Sort by {column}',
  dataTableTooLong:
    'This timeline has too many events to show as one table here: download the spreadsheet or the JSON, or browse the year pages.',
  column: { date: 'Date', type: 'Type', title: 'Title', place: 'Place', sources: 'Sources', link: 'Link' },
  eventPage: 'Event page',
  leader: 'Who',
  role: 'Role',
  year: 'Year',
  total: 'Total',
  from: 'From',
  commonScale: 'Common scale',
  tenure: 'Appointment',
  when: 'When',
  filtersHeading: 'Filter the events',
  filterTypes: 'Types',
  search: 'Search titles, summaries and people',
  hideSensitive: 'Hide events about {topic}',
  showingCount: { one: 'Showing {shown} of {count} event', other: 'Showing {shown} of {count} events' },
  noMatches: 'No events match these filters.',
  resetFilters: 'Show all events',
  /** How many events a type filter would show, beside its name. */
  typeCount: '({count})',
  timelineLabel: 'Interactive timeline',
  timelineHelp: 'Arrow keys move between events, Enter opens one, and ? lists every key.',
  /** The "How to use" disclosure beside the timeline's buttons. */
  timelineHowTo: 'How to use',
  timelineHowToIntro:
    'Each lane holds one kind of event; each event is a marker, with its title beside it where there is room. Choose a marker, or tab to the timeline and use these keys:',
  timelineKeys: {
    arrowsTime: '← and →: the previous or next event in time',
    arrowsLane: '↑ and ↓: the nearest event in the lane above or below',
    homeEnd: 'Home and End: the first and last event',
    enter: 'Enter: open the event’s details',
    escape: 'Escape: close the details',
    zoom: '+ and −: zoom in and out',
    help: '?: show these keys',
  },
  timelineHowToPointer:
    'Drag the timeline sideways to move through time. Ctrl or ⌘ with the mouse wheel, or a pinch, zooms; the wheel alone scrolls the page. A numbered marker stands for events too close together to show apart: choose it to zoom in.',
  /** A marker's accessible name: its date and title. */
  timelineMarker: '{when}: {title}',
  /** Beside a marker that shares its place with others. */
  timelineOthers: { one: 'and {count} more event here', other: 'and {count} more events here' },
  /** A cluster of events too close together to show apart; choosing it zooms in. */
  timelineCluster: {
    one: '{count} event, {from} to {to}: zoom in',
    other: '{count} events, {from} to {to}: zoom in',
  },
  showAllEvents: 'List every event',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Show everything',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  showInTimeline: 'Show in timeline',
  closeDetail: 'Close',
  detailHeading: 'Selected event',
  openEventPage: 'Open the page for this event',
  jumpToYear: 'Jump to a year',
  timelineLoading: 'Loading the interactive timeline…',
  /** Where the timeline is crowded, one block stands for a lane's events in a stretch of time; {count} is how many. */
  timelineGroup: { one: '{count} event', other: '{count} events' },
  timelineFailed: 'The interactive timeline could not load; the list below has every event.',
  sourcesInline: 'Sources:',
  /** A source by its number in the printed reference's list of sources. */
  sourceNumber: '[{n}]',
  openFullTimeline: 'Open the full timeline',
  embedButton: 'Embed',
  navClassroom: 'For teachers',
  classroomTitle: "Teacher's guide",
  classroomDescription:
    'How to use this timeline in a lesson: a content note, an overview for students, a glossary, discussion questions, an activity and how to cite it. No login, no tracking; it works offline once visited and prints as a handout.',
  contents: 'Contents',
  classroomContentNote: 'Before you teach: content note',
  classroomContentNoteCount: {
    one: '{count} event concerns {topic}; it is described factually and without graphic detail, and carries a content note. Preview it before the lesson, agree ground rules, and tell students where they can get support.',
    other:
      '{count} events concern {topic}; they are described factually and without graphic detail, and each carries a content note. Preview them before the lesson, agree ground rules, and tell students where they can get support.',
  },
  classroomSupport: 'Where students and adults can get support, free and confidential:',
  previewSensitive: {
    one: 'Preview the event with a content note',
    other: 'Preview the {count} events with a content note',
  },
  hideSensitiveHint:
    'On the timeline, the filter "{filter}" removes these events from the list and the timeline; add ?sensitive=hide to the address to share that view.',
  classroomOverview: 'Overview for students',
  audience: 'Suitable for',
  glossary: 'Glossary',
  discussionQuestions: 'Discussion questions',
  drawsOn: 'Draws on:',
  activity: 'Activity',
  activityTable: 'Sorting grid: tick one column for each event and note why',
  event: 'Event',
  howToCite: 'How to cite',
  howToCiteText:
    'Cite the timeline as a whole, or a single event from its own page, which has a ready citation line. Every event lists the published sources it is based on: cite those too.',
  citeTimeline: 'Cite this timeline',
  citeEvent: 'Cite this event',
  /** An interval whose dates are written to the month or the year, or marked circa: "about 2 years". */
  approximately: 'about {duration}',
  sameTime: 'at the same time',
  /** A date the event marks approximate (`"circa": true`). */
  circa: 'c. {date}',
  /** A date before year 1, only where Intl has no era for the language (it says "491 BC" itself where it can). */
  beforeCommonEra: '{date} BC',
  // --- Views (issue 14): the time between, how long it took, the cases side by side, time at each rating ---
  viewsLabel: 'Ways to see the story',
  viewTimeline: 'On the timeline',
  viewGaps: 'The time between',
  viewAligned: 'The cases side by side',
  /** After an event in the "time between" view: the time until the next one. */
  later: '{duration} later',
  before: '{duration} before',
  after: '{duration} after',
  sameDay: 'the same day',
  sameMonth: 'the same month',
  sameYear: 'the same year',
  gapNext: 'Next event: {duration}',
  gapsHeading: 'The time between events',
  gapsHowTo:
    'The events in order, one step each: the bar after an event is as long as the time until the next one, and that time is written under it.',
  gapsFiltered: 'The filters apply here too: the times are between the events they show.',
  gapsKeys: 'In the list, the arrow keys move from one event to the next; Enter opens its page.',
  howLongHeading: 'How long it took',
  howLongHowTo: 'From this event, at the left, to each related event that came after it, at its distance.',
  alignedHeading: 'The cases side by side',
  alignedHowTo:
    'One row for each case with related events, each set at 0 where the case happened: marks to the left came before it and marks to the right after it, on the same scale of years, with the rating in force at the time.',
  alignedKeys:
    'In the rows, the left and right arrow keys move along a row, up and down move between rows; Enter opens the event.',
  alignedCaseColumn: 'Case',
  alignedEventColumn: 'Event',
  alignedDateColumn: 'Date',
  alignedOffsetColumn: 'Before or after the case',
  alignedTableSummary: 'The same as a table: every mark and its distance from the case',
  alignedTheCase: 'the case',
  /** A mark's name, also shown under the rows when it has focus or the pointer. */
  alignedMark: '{when}, {type}: {title}. {offset}',
  alignedNone: 'No case in this file has related events to set beside it.',
  alignedLanesKey:
    'On the upper line: the case and its related events; on the lower line: the inspections of the years around it.',
  alignedRatingKey: 'Along the foot of each row, the rating in force at the time:',
  /** The time at each rating level, in words: "{levels}" is a list of ratingTimeLevel. */
  ratingTimeSentence: 'Rated {levels}, of the {total} from the first rating ({from}) to the end of {to}.',
  ratingTimeLevel: '{level} for {duration}',
  ratingTimeMethod:
    'How this is counted: each rating holds from the month of its inspection until the month of the next one, the last until the end of {to}; a rating dated only by its year counts from January.',
  citeWork: '“{title}”, in {site}',
  citeUpdated: 'Last updated {date}.',
  printHandout: 'Student handout to print (four pages at most)',
  printReference: 'Full reference to print: every event and every source',
  printTitle: 'Printable reference',
  printDescription:
    'Every event in order with all its detail, and every source with its web address, formatted for printing.',
  printNow: 'Print this reference',
  printReferenceHint: 'For students, print the short handout instead:',
  printSourcesIntro: {
    one: 'The source the events above cite by number, with its web address.',
    other: 'The {count} sources the events above cite by number, each with its web address.',
  },
  handoutTitle: 'Student handout',
  handoutDescription:
    'The story on at most four printed pages for a class: the overview chart, the key moments, every event in one line, and where to read more.',
  handoutPrint: 'Print the handout',
  handoutContentNoteLabel: 'Content note',
  /** The handout's content note when the classroom file has none. */
  handoutContentNote:
    'Some of the events in this handout concern {topic}. They are described factually, without graphic detail.',
  handoutHelp: 'If anything here upsets or worries you, talk to your teacher or another adult you trust.',
  handoutKeyMoments: 'Key moments',
  handoutChronology: 'Every event, in order',
  handoutChronologyKeyMoments: 'The key moments, in order',
  /** Under the chronology of a file too long for the handout: the events it leaves out. */
  handoutNotListed: {
    one: 'The timeline has {count} more event, not listed here: too many for a handout. Every event is on the website.',
    other:
      'The timeline has {count} more events, not listed here: too many for a handout. Every event is on the website.',
  },
  handoutMomentsLeft: {
    one: '{count} more key moment is on the website.',
    other: '{count} more key moments are on the website.',
  },
  handoutTypes: 'Marks:',
  handoutReadMore: 'The whole timeline, every source',
  handoutQr: 'QR code for {url}',
  handoutSources: {
    one: 'Sources: {count} published source, {publishers}.',
    other: 'Sources: {count} published sources, among them {publishers}.',
  },
  presentTitle: 'Projector view',
  presentDescription: 'One event at a time in large type, for a classroom projector.',
  presentHelp:
    'Next: → , Page Down or space. Back: ← , Page Up or Shift+space. Home and End go to the first and last event.',
  presentContentNote:
    'The next event concerns {topic}. It is described factually and without graphic detail. This note is shown once per visit.',
  continueLabel: 'Continue',
  fullScreen: 'Full screen',
  slideCount: 'Event {n} of {total}',
  /** What a screen reader calls each of the projector view's slides (aria-roledescription). */
  presentSlide: 'slide',
  projectorView: 'Projector view',
  offlineHeading: 'Using it without the internet',
  offlineText:
    'Your browser keeps the pages you open, so they open again with the network off. To keep the whole site in this browser before a lesson, save it for offline use. For a classroom with no connection at all, download the whole site as a ZIP, unzip it onto the computer or a USB stick, and open index.html: it is a copy as of today, so download it again for later corrections.',
  offlineDownload: 'Download the site for offline use (ZIP)',
  /** The README.txt inside the offline ZIP: how to open it and what day it is a copy of. */
  offlineZipReadme:
    'Open index.html in a web browser. Every page works from this folder without a network; the interactive timeline needs the site to be served (for example from a web server or the online site).\n\nThis is a copy of the site as it was on {date}. Corrections made since then are not in it: the current version is at {url}',
  offlineAboutText:
    'Your browser keeps the pages you open, so they open again with the network off, and fetches them afresh whenever it can, so corrections reach you. To keep the whole site in this browser, save it for offline use.',
  offlineSave: 'Save for offline use',
  offlineSaveSize: 'Save for offline use ({size})',
  offlineSaving: 'Saving the site in this browser…',
  offlineSaved:
    'Saved: every page of this site now opens in this browser without the internet. It updates itself when you are online.',
  offlineAlreadySaved: 'This browser has saved the site for offline use. Saving again refreshes it.',
  offlineSaveFailed: 'Could not save the site: the connection dropped. Try again when you are online.',
  embedHeading: 'Embed this on your site',
  embedView: 'View',
  embedViewArticle: 'Article graphic: the overview, the timeline and the chosen event (at most 900 px tall)',
  embedViewFull: 'Whole page: every event listed (grows to fit)',
  embedViewCompact: 'Compact (fixed height, scrolls inside)',
  embedViewGaps: 'The time between: every event in order, with the time until the next',
  embedViewAligned: 'The cases side by side: each case with what came before and after it',
  embedTheme: 'Colours',
  embedThemeAuto: "Follow the reader's setting",
  embedThemeLight: 'Light',
  embedThemeDark: 'Dark',
  embedSelectedEvent: 'Open at this event',
  embedNoEvent: 'No event selected',
  embedShowFilters: 'Show the filters',
  embedHeight: 'Starting height in pixels',
  embedWithScript: 'Add the script that resizes the frame to fit (optional)',
  embedCode: 'Code to paste into your page',
  embedCopy: 'Copy the code',
  embedCopied: 'Copied.',
  embedCopyFailed: 'Could not copy: select the code and copy it.',
  embedPreview: 'Preview',
  yearPageTitle: 'Events of {year}',
  otherYears: 'Other years',
  browseByYear: 'Browse the events year by year',
  yearIndexNote: {
    one: 'With {count} event, the full list is split into one page per year.',
    other: 'With {count} events, the full list is split into one page per year.',
  },
  aboutCounts: {
    one: '{count} event from {span}, drawn from {sources}.',
    other: '{count} events from {span}, drawn from {sources}.',
  },
  sourcesCount: { one: '{count} published source', other: '{count} published sources' },
  /** Shown under "How events are sourced" when the event file has no `methodology` of its own. */
  aboutSourcing:
    'Every event cites at least one published source, listed with links on its own page. Where sources disagree, the event says so in a note and cites both sides.',
  aboutTypesIntro: 'Events come in four kinds, each shown with its own shape as well as its name:',
  privacyHeading: 'Privacy',
  privacyText:
    'This site sets no cookies, runs no analytics and loads nothing from other servers. It works without JavaScript.',
  // Chapters: "Read as a story" (src/components/StoryChapters.astro, src/client/story-reader.ts).
  storyHeading: { one: 'The story in {count} chapter', other: 'The story in {count} chapters' },
  storyIntro:
    'Read the story one chapter at a time: the timeline moves to each chapter’s years and picks out its events; the others stay, dimmed.',
  readAsStory: 'Read as a story',
  storyTitleCard: 'Introduction',
  chapterCount: 'Chapter {n} of {total}',
  chapterEvents: { one: 'The event in this chapter', other: 'The {count} events in this chapter' },
  previousChapter: 'Previous chapter',
  nextChapter: 'Next chapter',
  storyPlay: 'Play',
  storyPause: 'Pause',
  storyLeave: 'Leave the story',
  storyKeys: '← and → (or Page Up and Page Down) move between chapters while the story has focus.',
  storyNavLabel: 'Chapters',
  /** The classroom guide, under a question: the chapter it fits. */
  questionChapter: 'Chapter: {title}',
  /** The projector view: step through events or chapters. */
  presentStepBy: 'Step through',
  presentByEvent: 'Events',
  presentByChapter: 'Chapters',
  /** The Embed dialog: embed one chapter (/embed/?chapter=). */
  embedChapter: 'Open at this chapter',
  embedNoChapter: 'None: the timeline as it opens',
  // End of chapters.
} satisfies Record<string, Message | Record<string, string>>;

/** The shape every translation has: the same keys as English, each a message of the same kind. */
export type UiStrings = {
  [K in keyof typeof en]: (typeof en)[K] extends string
    ? string
    : (typeof en)[K] extends { other: string }
      ? PluralForms
      : { [L in keyof (typeof en)[K]]: string };
};

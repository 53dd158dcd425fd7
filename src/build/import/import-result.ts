/** What an importer produces: the event file, plus every row it could not use and why. Nothing is dropped silently. */
export interface ImportResult {
  file: {
    $schema?: string;
    title: string;
    description?: string;
    language?: string;
    updated?: string;
    /** Set when the file has dates before the year 1000 (TimelineJS's negative years, for instance). */
    ancientDates?: true;
    events: Record<string, unknown>[];
  };
  /** Rows or events left out, each with where it was and why. */
  skipped: string[];
  /** Things the editor should check, such as how an ambiguous date was read. */
  warnings: string[];
}

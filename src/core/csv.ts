// CSV as spreadsheets read it (RFC 4180): cells quoted when they hold a comma, a quote or a line break; lines ended
// with CRLF; a UTF-8 byte order mark first, so Excel reads accents and dashes as UTF-8 rather than the local code page.

/** A spreadsheet takes a cell starting with one of these for a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a leading apostrophe before anything a spreadsheet would run as a formula, quoted when it needs to be. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header row, then one line per row, with the byte order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly Parameters<typeof csvCell>[0][])[]): string {
  const line = (cells: readonly Parameters<typeof csvCell>[0][]) => cells.map(csvCell).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

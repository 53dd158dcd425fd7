import { parsePartialDate } from '../../core/partial-date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type DateReading = { ok: true; value: string; warning?: string } | { ok: false; problem: string };

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/**
 * Reads a date as spreadsheets export it: `2008-05-17`, `2008-05`, `2008`, or UK order `17/05/2008` and `05/2008`.
 * Slashed dates are always day/month/year; when the other order would also be a real date, a warning says which was used.
 */
export function readSpreadsheetDate(raw: string): DateReading {
  const text = raw.trim();
  if (parsePartialDate(text)) return { ok: true, value: text };
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dmy) {
    const [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const value = `${year}-${pad(month)}-${pad(day)}`;
    if (!parsePartialDate(value)) {
      const us = `${year}-${pad(day)}-${pad(month)}`;
      const hint = parsePartialDate(us)
        ? `; if you meant ${MONTHS[day - 1]} ${month}, ${year} (US order), write ${us}`
        : '';
      return { ok: false, problem: `"${text}" is not a real date read as day/month/year (UK order)${hint}` };
    }
    const warning =
      day <= 12 && day !== month
        ? `"${text}" read as ${day} ${MONTHS[month - 1]} ${year} (UK order, day first); if you meant ${MONTHS[day - 1]} ${month}, write ${year}-${pad(day)}-${pad(month)}`
        : undefined;
    return { ok: true, value, ...(warning ? { warning } : {}) };
  }
  const my = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (my) {
    const value = `${my[2]}-${pad(Number(my[1]))}`;
    if (parsePartialDate(value)) return { ok: true, value };
  }
  return { ok: false, problem: `"${text}" is not a date: write 2008-05-17, 2008-05, 2008 or 17/05/2008 (UK order)` };
}

import { readFileSync, statSync } from 'node:fs';

/** Files larger than this are refused before they are read: a story's file is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type TextFileResult = { ok: true; text: string } | { ok: false; problem: string };

/** Encodings `--encoding` accepts besides UTF-8: what spreadsheets on Windows and older Macs save as "CSV". */
export const LEGACY_ENCODINGS = ['windows-1252', 'latin1', 'macintosh'] as const;

/**
 * Reads a text file strictly: UTF-8 (with or without a byte order mark) unless another encoding is named. Bytes that
 * are not UTF-8 are an error, never silently replaced with "�": a spreadsheet saved as Windows-1252 CSV would
 * otherwise publish "�30m" for "£30m".
 */
export function readTextFile(path: string, encoding = 'utf-8'): TextFileResult {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return {
        ok: false,
        problem: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      };
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: 'file not found' };
    if (code === 'EISDIR') return { ok: false, problem: 'is a folder, not a file' };
    return { ok: false, problem: `cannot be read (${code ?? String(error)})` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'is saved as UTF-16; save it as UTF-8 (in Excel: Save As → "CSV UTF-8")' };
  }
  if (encoding.toLowerCase() !== 'utf-8' && encoding.toLowerCase() !== 'utf8') {
    return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
  }
  try {
    // ignoreBOM: false strips a leading byte order mark, as Excel writes one.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: `${at}: not UTF-8 text (a spreadsheet saved as "CSV" on Windows is Windows-1252): save it as UTF-8 (in Excel: Save As → "CSV UTF-8"), or for an import give --encoding windows-1252`,
    };
  }
}

/** Line and column of the first byte that is not valid UTF-8, for the message. */
function firstInvalidUtf8(bytes: Buffer): string {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes: a binary search over prefix lengths (a prefix may end mid-character).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  const before = new TextDecoder().decode(bytes.subarray(0, low)).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

// npm run import -- <file> [--out path [--force]] [--encoding windows-1252] [--type-map "Group A=report,Group B=case"] [--type inspection] [--source "Publisher|Headline|URL"] [--title "…"]
// Reads our CSV template, TimelineJS JSON or TimelineJS's spreadsheet CSV; writes an event file and validates it.
// An existing --out file is replaced only by a clean import (or with --force), and never left half-written.
import { existsSync, statSync } from 'node:fs';
import { importTemplateCsv, isTemplateCsv, readCsv } from '../src/build/import/csv-template.ts';
import {
  importTimelineJs,
  isTimelineJsSheet,
  timelineJsSheetToJson,
  type TlFile,
} from '../src/build/import/timelinejs.ts';
import type { ImportResult } from '../src/build/import/import-result.ts';
import { validateEventFileText } from '../src/core/validate-dataset.ts';
import { writeFileAtomic } from '../src/build/write-file-atomic.ts';
import { parseJsonStrictly } from '../src/core/json-text.ts';
import { LEGACY_ENCODINGS, readTextFile } from '../src/build/read-text-file.ts';
import { readCliArgs } from './cli-args.ts';

const usage =
  'npm run import -- <file.csv|file.json> [--out data/events.json [--force]] [--encoding windows-1252] [--type-map "Group=report,…"] [--type case] [--source "Publisher|Headline|URL"] [--title "…"]';
const { values, positionals } = readCliArgs(
  {
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'type-map': { type: 'string' },
      type: { type: 'string' },
      source: { type: 'string' },
      title: { type: 'string' },
      encoding: { type: 'string' },
    },
  },
  usage,
);
const input = positionals[0];
if (!input) {
  console.error(`Usage: ${usage}`);
  process.exit(2);
}

function run(): ImportResult {
  const encoding = values.encoding ?? 'utf-8';
  if (!['utf-8', 'utf8', ...LEGACY_ENCODINGS].includes(encoding.toLowerCase())) {
    throw new Error(`--encoding ${encoding}: expected utf-8 or one of ${LEGACY_ENCODINGS.join(', ')}`);
  }
  const file = readTextFile(input!, encoding);
  if (!file.ok) throw new Error(`${input}: ${file.problem}`);
  const text = file.text;
  const tlOptions = { typeMap: values['type-map'], type: values.type, source: values.source };
  if (/\.json$/i.test(input!)) {
    const json = parseJsonStrictly(text);
    if (!json.ok) throw new Error(json.problems.map((p) => `${input}:${p}`).join('\n'));
    return importTimelineJs(json.value as TlFile, tlOptions);
  }
  const { header } = readCsv(text);
  if (isTimelineJsSheet(header)) return importTimelineJs(timelineJsSheetToJson(text), tlOptions);
  if (isTemplateCsv(header)) return importTemplateCsv(text, { title: values.title });
  throw new Error(
    `${input}: not a recognised file. Expected our CSV template (columns id, type, date, title…: see data/template.csv), TimelineJS's spreadsheet CSV (Year, Headline, Text…) or TimelineJS JSON. Header found: ${header.join(', ')}`,
  );
}

let result: ImportResult;
try {
  result = run();
} catch (error) {
  // Every message names the file it is about, as the validator's do.
  const message = error instanceof Error ? error.message : String(error);
  console.error(message.startsWith(`${input}:`) || message.startsWith('--') ? message : `${input}: ${message}`);
  process.exit(1);
}
if (values.title) result.file.title = values.title;
const output = `${JSON.stringify(result.file, null, 2)}\n`;
const label = values.out ?? '(output)';
for (const line of result.skipped) console.error(`${input}: not imported: ${line}`);
for (const line of result.warnings) console.error(`${input}: check: ${line}`);
const validation = validateEventFileText(output, label);
if (!validation.ok) for (const problem of validation.problems) console.error(problem);
console.error(
  `${input}: ${result.file.events.length} event${result.file.events.length === 1 ? '' : 's'} imported, ${result.skipped.length} not imported${validation.ok ? '; the result is valid' : `; ${validation.problems.length} problem${validation.problems.length === 1 ? '' : 's'} to fix before it builds`}.`,
);
const clean = validation.ok && result.skipped.length === 0;

/** Why --out must not be written, or undefined: a story's event file must never be lost to a bad import. */
function refuseOut(out: string): string | undefined {
  if (!existsSync(out)) return undefined;
  if (statSync(out).isDirectory())
    return `${out}: is a folder; give the file to write, such as --out ${out}/events.json`;
  if (!clean && !values.force)
    return `${out}: already exists and was not overwritten, because the import has problems (listed above); fix them and import again, or add --force to replace it anyway.`;
  return undefined;
}

if (!values.out) {
  process.stdout.write(output);
} else {
  const refused = refuseOut(values.out);
  if (refused) {
    console.error(refused);
    process.exit(1);
  }
  try {
    writeFileAtomic(values.out, output);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    console.error(`${values.out}: could not be written (${code ?? message}); nothing was changed.`);
    process.exit(1);
  }
}
process.exit(clean ? 0 : 1);

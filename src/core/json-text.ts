// Reading JSON text the way an editor's file deserves: strict JSON, and a structural pass before anything slow that
// catches what JSON.parse would silently accept (a duplicated key keeps only its last value) or choke on (a 3 MB key,
// nesting ten thousand deep).
import { parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { formatPath } from './json-path.ts';

/** Limits on the file's shape, far beyond any real story: they stop hostile or broken files early. */
export const JSON_LIMITS = { keyLength: 200, depth: 32 } as const;

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * `JSON.parse`, with `line:column: message` on a syntax error. V8's own messages often carry no
 * position, so the position comes from jsonc-parser run in strict mode (no comments, no trailing commas).
 */
export function parseJsonWithPosition(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first)
      return {
        ok: false,
        problem: `${lineAndColumn(text, first.offset)}: ${JSON_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)}`,
      };
    return {
      ok: false,
      problem: `${lineAndColumn(text, text.length)}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

// Keyed by jsonc-parser's error names (its codes are a const enum, which isolated modules cannot read).
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," (is a comma missing?)',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed (missing ")',
  UnexpectedEndOfNumber: 'invalid number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (line breaks must be written as \\n)',
};

/**
 * Finds duplicated keys (with the line:column of the second), keys longer than any field name could be, and nesting
 * deeper than any event file has: one walk over the text, before it is parsed.
 */
export function checkJsonStructure(text: string): string[] {
  const problems: string[] = [];
  const seen: Set<string>[] = [];
  let depth = 0;
  const deeper = (offset: number, pathSupplier: () => (string | number)[]) => {
    depth++;
    if (depth === JSON_LIMITS.depth + 1) {
      problems.push(
        `${lineAndColumn(text, offset)}: ${formatPath(pathSupplier()) || '(top level)'}: nested more than ${JSON_LIMITS.depth} levels deep`,
      );
    }
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _length, _line, _column, pathSupplier) => {
        deeper(offset, pathSupplier);
        seen.push(new Set());
      },
      onObjectEnd: () => {
        depth--;
        seen.pop();
      },
      onArrayBegin: (offset, _length, _line, _column, pathSupplier) => deeper(offset, pathSupplier),
      onArrayEnd: () => {
        depth--;
      },
      onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
        const where = lineAndColumn(text, offset);
        const path = formatPath([...pathSupplier(), property]);
        if (property.length > JSON_LIMITS.keyLength) {
          problems.push(
            `${where}: a key of ${property.length} characters ("${property.slice(0, 24)}…") is not a field name`,
          );
        } else if (seen.at(-1)?.has(property)) {
          problems.push(`${where}: ${path}: duplicate key: only one "${property}" is allowed, and the file has two`);
        }
        seen.at(-1)?.add(property);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return problems;
}

/** The strict reading: structural problems first (all of them), then `JSON.parse` with a position on syntax errors. */
export function parseJsonStrictly(text: string): { ok: true; value: unknown } | { ok: false; problems: string[] } {
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const structure = checkJsonStructure(text);
  return structure.length > 0 ? { ok: false, problems: structure } : parsed;
}

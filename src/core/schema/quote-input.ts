/**
 * The bad value as a message quotes it: JSON, cut to a short excerpt. A deeply nested or huge value must not
 * crash the message (JSON.stringify overflows the stack) or flood it (a 2 MB `type` echoed in full).
 */
export function quoteInput(value: unknown, max = 60): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? 'a list' : typeof value === 'object' && value !== null ? 'an object' : String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

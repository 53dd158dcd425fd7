/** JSON to put inside a `<script type="application/json">` (or ld+json): no "<", so no text can close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

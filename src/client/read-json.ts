/** Reads what the page hands the browser in a `<script type="application/json">`: the page is never scraped for data. */
export function readJson<T>(root: ParentNode, selector: string): T | undefined {
  const text = root.querySelector(selector)?.textContent;
  return text ? (JSON.parse(text) as T) : undefined;
}

/** Fetches one of the build's JSON files (see src/core/timeline-payload.ts), failing loudly on an HTTP error. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${response.url}: ${response.status}`);
  return (await response.json()) as T;
}

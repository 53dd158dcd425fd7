/** Joins a site-relative path to the base path the site is published under (BASE_PATH). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rest}`;
}

export function eventPath(id: string): string {
  return `/events/${id}/`;
}

/** A URL-safe id from free text: "17 May 2008: Khyra Ishaq dies" → "17-may-2008-khyra-ishaq-dies". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'event';
}

/** Hands out ids that are unique within one file: a repeated slug gets -2, -3… */
export function uniqueIds(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (wanted: string) => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}

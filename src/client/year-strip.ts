/** The phones' year strip: marks the year whose events are in view. */
export function watchYearStrip(root: HTMLElement) {
  const strip = root.querySelector('.year-strip');
  if (!strip) return;
  const links = new Map(
    [...strip.querySelectorAll<HTMLAnchorElement>('a[data-year]')].map((a) => [a.dataset.year!, a]),
  );
  const inView = new Set<string>();
  const observer = new IntersectionObserver(
    (records) => {
      for (const r of records) {
        const year = (r.target as HTMLElement).dataset.year!;
        if (r.isIntersecting) inView.add(year);
        else inView.delete(year);
      }
      const current = [...inView].sort()[0];
      for (const [year, link] of links) {
        if (year === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      // A long span scrolls sideways inside the strip: keep the current year in sight.
      const link = current ? links.get(current) : undefined;
      const row = strip.querySelector('ol');
      if (link && row) {
        const box = link.getBoundingClientRect();
        const area = row.getBoundingClientRect();
        if (box.left < area.left || box.right > area.right)
          row.scrollLeft += box.left - area.left - (area.width - box.width) / 2;
      }
    },
    { rootMargin: '-20% 0px -60% 0px' },
  );
  for (const section of root.querySelectorAll('.year-group')) observer.observe(section);
}

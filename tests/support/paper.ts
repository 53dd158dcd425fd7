// Print styles tested as paper: pages printed to PDF by Chromium and read back with pdfjs, and the page laid out at
// the width the paper leaves once its @page margins are taken off.
import type { Page } from '@playwright/test';

export const PAPER = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;
export type PaperFormat = keyof typeof PAPER;

const PX_PER_MM = 96 / 25.4;

/** Each page's text as a PDF viewer extracts it, with all whitespace removed (PDF text runs split anywhere). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  return pages;
}

export const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Prints the page as a teacher's browser does by default: the paper size chosen, the page's own @page margins, and
 * "background graphics" off (what must print anyway says so with print-color-adjust).
 */
export async function printPages(page: Page, format: PaperFormat): Promise<string[]> {
  // No media emulation: page.pdf() prints with screen styles while screen is emulated.
  await page.emulateMedia({ media: null });
  return pdfPages(await page.pdf({ format, printBackground: false }));
}

/** The width left for content on `format` paper by the page's print-time @page margins, in CSS px. */
export async function printableWidth(page: Page, format: PaperFormat): Promise<number> {
  const margins = await page.evaluate(() => {
    let left = '';
    let right = '';
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSPageRule) {
          left = rule.style.marginLeft || left;
          right = rule.style.marginRight || right;
        } else if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText)) visit(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    return [left, right];
  });
  const mm = margins.map((value) => {
    const m = /^([\d.]+)(mm|px)$/.exec(value);
    if (!m) throw new Error(`@page margin "${value}" is not in mm or px`);
    return m[2] === 'mm' ? Number(m[1]) : Number(m[1]) / PX_PER_MM;
  });
  return (PAPER[format].width - mm[0]! - mm[1]!) * PX_PER_MM;
}

/**
 * Lays the page out for print at the printable width of `format` and lists every element whose box crosses the
 * paper's printable width (or starts left of it), and every list item whose number or bullet starts left of it: what
 * the printer would cut.
 */
export async function cutAtPageEdge(page: Page, format: PaperFormat): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const width = await printableWidth(page, format);
  await page.setViewportSize({ width: Math.floor(width), height: 1000 });
  return page.evaluate((width) => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const context = document.createElement('canvas').getContext('2d')!;
    /** The width of a list item's marker ("104. ", "• ") in its own font. */
    const markerWidth = (li: Element) => {
      const marker = getComputedStyle(li, '::marker');
      const list = li.parentElement;
      let text = '• ';
      if (/decimal/.test(marker.listStyleType || getComputedStyle(li).listStyleType)) {
        const siblings = list ? [...list.children].filter((c) => c.tagName === 'LI') : [li];
        const start = list instanceof HTMLOListElement ? list.start : 1;
        text = `${(li as HTMLLIElement).value || start + siblings.indexOf(li)}. `;
      }
      context.font = `${marker.fontStyle} ${marker.fontWeight} ${marker.fontSize} ${marker.fontFamily}`;
      return context.measureText(text).width;
    };
    const cut: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (box.left < -0.5 || box.right > width + 0.5)
        cut.push(`${name(el)} ${Math.round(box.left)}–${Math.round(box.right)} of ${Math.floor(width)}`);
      // A list item's number or bullet sits outside its box, to the left: measure it as the marker draws it.
      if (style.display === 'list-item' && style.listStylePosition === 'outside' && style.listStyleType !== 'none') {
        const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) - markerWidth(el);
        if (left < -0.5) cut.push(`${name(el)} marker ${Math.round(left)}`);
      }
    }
    if (document.documentElement.scrollWidth > Math.ceil(width))
      cut.push(`page ${document.documentElement.scrollWidth}`);
    return cut;
  }, Math.floor(width));
}

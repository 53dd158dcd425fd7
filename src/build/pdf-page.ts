// A PDF's first page as a PNG, rendered at build time with pdf.js and a canvas with prebuilt binaries
// (@napi-rs/canvas, locked in package-lock.json), kept in the build's cache so each document is drawn once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The width the first page is drawn at, in px: enough for the projector view, made smaller by the image pipeline. */
const RENDER_WIDTH = 1600;

/** Renders the first page of `pdfFile` into `cacheDir` (once per content) and returns the PNG's path. */
export async function renderFirstPage(pdfFile: string, cacheDir: string): Promise<string> {
  const bytes = readFileSync(pdfFile);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const out = join(cacheDir, `pdf-page-${hash}.png`);
  if (existsSync(out)) return out;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: fonts,
    // The document is the newsroom's own, but nothing in it needs to run to draw its cover.
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const page = await document.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: RENDER_WIDTH / unscaled.width });
    // pdf.js's own canvas factory, which in Node uses @napi-rs/canvas.
    const factory = document.canvasFactory as {
      create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown };
    };
    const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
    await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(out, canvas.toBuffer('image/png'));
    return out;
  } finally {
    await document.destroy();
  }
}

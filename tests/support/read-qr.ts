// Reads a QR code back from its SVG, as a phone's camera would from the page: rasterised (resvg), then decoded (jsQR).
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

/** The text a QR code drawn as SVG encodes, or undefined when none can be read. */
export function readQrSvg(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
  const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  return code?.data;
}

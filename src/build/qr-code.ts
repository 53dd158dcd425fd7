// QR codes drawn at build time as SVG (for the printed handout): no network, nothing sent to the browser but the path.
import qrcode from 'qrcode-generator';

export interface QrCode {
  /** Modules across, the quiet zone of four modules each side included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** Every dark module as one path, a run of modules in a row at a time. */
  path: string;
}

/**
 * A QR code for `text` (medium error correction, the smallest version that holds it). The text must be ASCII, as
 * every URL's `href` is (hosts in punycode, paths percent-encoded): the generator writes characters as single bytes.
 */
export function qrCode(text: string): QrCode {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`QR code text must be printable ASCII (a URL's href): ${text}`);
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  const runs: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.isDark(row, col)) continue;
      let end = col;
      while (end + 1 < count && qr.isDark(row, end + 1)) end++;
      runs.push(`M${col + quiet} ${row + quiet}h${end - col + 1}v1h-${end - col + 1}z`);
      col = end;
    }
  }
  return { size: count + 2 * quiet, path: runs.join('') };
}

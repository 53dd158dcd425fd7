import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getSite } from '../../build/site-data.ts';
import { publishedFiles } from '../../build/media-data.ts';

/** Documents, video, audio and captions from the event file's folder, published as they are at /files/<path>. */
export function getStaticPaths() {
  return publishedFiles(getSite().events).map(({ src, file }) => ({ params: { path: src }, props: { file } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(readFileSync((props as { file: string }).file)));

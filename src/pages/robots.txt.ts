import type { APIRoute } from 'astro';
import { withBase } from '../core/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain' },
  });

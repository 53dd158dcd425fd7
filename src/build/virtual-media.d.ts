// The pictures of the event file's media, imported through Astro's image pipeline (src/build/integrations/media.ts).
declare module 'virtual:timeline-media' {
  const pictures: Record<string, import('astro').ImageMetadata>;
  export default pictures;
}

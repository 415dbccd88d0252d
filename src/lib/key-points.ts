/**
 * Where the article body's Key points box ends, so the page can put the
 * evidence-at-a-glance figure straight after it: still on a phone's first
 * screen with the first key point, without editors placing it by hand.
 * Pure: rendered HTML in, two parts out.
 */

/** The id of the Key points heading (src/components/KeyPoints.astro; the rulebook requires the box). */
export const KEY_POINTS_HEADING_ID = 'key-points-heading';

/** The body up to the end of the Key points box, and the rest. With no box, everything is the rest. */
export function splitAfterKeyPoints(html: string): [string, string] {
  const heading = html.indexOf(`id="${KEY_POINTS_HEADING_ID}"`);
  if (heading === -1) return ['', html];
  const close = html.indexOf('</section>', heading);
  if (close === -1) return ['', html];
  const end = close + '</section>'.length;
  return [html.slice(0, end), html.slice(end)];
}

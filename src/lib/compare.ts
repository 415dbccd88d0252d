/** The site's one way of putting text in order, for every sorted list and tie-break. */

/** Code-point order: unlike localeCompare, the same on every machine and in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

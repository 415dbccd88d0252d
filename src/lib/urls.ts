/** Joins the site's base path and a root-relative path: ('/kts/', '/articles/') → '/kts/articles/'. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const suffix = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${suffix}`;
}

/** An absolute URL on the site: origin + base + path. */
export function absoluteUrl(origin: string, base: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${joinBase(base, path)}`;
}

/** The address the site is published at (`KC_SITE_URL` at build time), ending in `/`; for the few absolute URLs the build writes. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const url = new URL(env.KC_SITE_URL || 'https://kecheng.example/');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

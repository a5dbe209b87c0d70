/**
 * The address a class opens on their phones for the slide on screen (issue 17): the scrolling story at the step,
 * never the slide show or the speaker view, so no query at all; the path and the step in the hash. Pure.
 */

/** The parts of a page's location the phone address is made from. */
export interface PageLocation {
  protocol: string;
  host: string;
  pathname: string;
}

/** Who can open an address: anyone, only this computer (a file, or a server on it), or only this local network. */
export type Reach = 'public' | 'file' | 'computer' | 'network';

/** The scrolling story's address at step `id`: `https://host/en/#gdp-target`; the query (`?present`, …) dropped. */
export function phoneAddress(where: PageLocation, id: string): string {
  const hash = id ? `#${encodeURIComponent(id)}` : '';
  if (where.protocol === 'file:') return `file://${where.host}${where.pathname}${hash}`;
  return `${where.protocol}//${where.host}${where.pathname}${hash}`;
}

/**
 * The address as short text to read and type: no `https://` (nor `http://`), host, path and step. A file's address
 * keeps its scheme, which says what it is.
 */
export function shortAddress(address: string): string {
  return address.replace(/^https?:\/\//i, '');
}

const PRIVATE_IPV4 = /^(10\.\d+|192\.168|172\.(1[6-9]|2\d|3[01])|169\.254)\.\d+\.\d+$/;

/** Who can open the address: a file or localhost only this computer; a private address or local name only this network. */
export function addressReach(address: string): Reach {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'computer';
  }
  if (url.protocol === 'file:') return 'file';
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '0.0.0.0')
    return 'computer';
  if (PRIVATE_IPV4.test(host) || host.endsWith('.local') || host.endsWith('.lan') || /^f[cd][0-9a-f]{2}:/.test(host) || !host.includes('.'))
    return 'network';
  return 'public';
}

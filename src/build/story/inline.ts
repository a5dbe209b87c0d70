/**
 * The small inline markup story copy may use: *emphasis*, **strong**, [label](href) and {data tokens}.
 * Anything that looks like raw HTML is rejected rather than escaped, so a copy editor sees the mistake.
 */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] }
  | { type: 'token'; token: string };

/** Thrown with the offending fragment; the caller adds file and field. */
export class InlineError extends Error {}

/**
 * Sites copy may link to, over https only: the publishers of the story's sources. Adding one is a decision, made
 * here; any other host fails the build.
 */
export const LINK_HOSTS: readonly string[] = ['www.stats.gov.cn', 'github.com'];

/** A stand-in for wherever the site is published, to tell whether a path stays on it. */
const SITE = 'https://site.invalid/story/page/';

/**
 * Whether copy may link to `href`: an in-page anchor (`#id`), a path on this site (`/…`, `./…`, `../…`), or an
 * https address on a listed host. Never a backslash (browsers read `/\evil.example` as `//evil.example`), a
 * protocol-relative `//host`, a space or a control character, or any other scheme.
 */
export function isSafeHref(href: string): boolean {
  if (/[\\\s\p{Cc}"'<>]/u.test(href)) return false;
  if (/^#[A-Za-z0-9_-]+$/.test(href)) return true;
  let url: URL;
  try {
    url = new URL(href, SITE);
  } catch {
    return false;
  }
  if (/^\.{0,2}\//.test(href)) return !href.startsWith('//') && url.origin === new URL(SITE).origin;
  return (
    url.protocol === 'https:' &&
    href.startsWith('https://') &&
    !url.username &&
    !url.password &&
    !url.port &&
    LINK_HOSTS.includes(url.hostname)
  );
}

export function parseInline(source: string): InlineNode[] {
  if (/<\s*[a-zA-Z!/?]/.test(source)) throw new InlineError(`raw HTML is not allowed in copy: "${excerpt(source)}"`);
  return parseRun(source, 0, source.length);
}

function parseRun(s: string, start: number, end: number): InlineNode[] {
  const nodes: InlineNode[] = [];
  let text = '';
  const flush = (): void => {
    if (text) nodes.push({ type: 'text', text });
    text = '';
  };
  let i = start;
  while (i < end) {
    const ch = s[i];
    if (ch === '\\' && i + 1 < end) {
      text += s[i + 1];
      i += 2;
    } else if (ch === '{') {
      const close = s.indexOf('}', i);
      if (close < 0 || close >= end) throw new InlineError(`unclosed token "${excerpt(s.slice(i))}"`);
      const token = s.slice(i + 1, close).trim();
      if (!token) throw new InlineError('empty token "{}"');
      flush();
      nodes.push({ type: 'token', token });
      i = close + 1;
    } else if (ch === '*') {
      const marker = s.startsWith('**', i) ? '**' : '*';
      const close = s.indexOf(marker, i + marker.length);
      if (close < 0 || close >= end) throw new InlineError(`unclosed ${marker} in "${excerpt(s.slice(i))}"`);
      flush();
      nodes.push({ type: marker === '**' ? 'strong' : 'em', children: parseRun(s, i + marker.length, close) });
      i = close + marker.length;
    } else if (ch === '[') {
      const labelEnd = s.indexOf('](', i);
      const hrefEnd = labelEnd < 0 ? -1 : s.indexOf(')', labelEnd);
      if (labelEnd < 0 || hrefEnd < 0 || hrefEnd >= end) {
        text += ch;
        i++;
        continue;
      }
      const href = s.slice(labelEnd + 2, hrefEnd).trim();
      if (!isSafeHref(href)) throw new InlineError(`link target not allowed: "${href}"`);
      flush();
      nodes.push({ type: 'link', href, children: parseRun(s, i + 1, labelEnd) });
      i = hrefEnd + 1;
    } else {
      text += ch;
      i++;
    }
  }
  flush();
  return nodes;
}

function excerpt(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Every token in a list of nodes, in reading order. */
export function tokensIn(nodes: InlineNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'token') return [node.token];
    if (node.type === 'text') return [];
    return tokensIn(node.children);
  });
}

/**
 * A strict reading of HTML built from story copy and data, for tests: every `<` must open a well-formed
 * tag, no tag may be one that runs or loads anything, no attribute may be an event handler, and no link
 * may be a script URL. Whatever is left between the tags must hold no `<` or `>` (and, when `strict`, no
 * `&` that does not start a numeric character reference, which is how escapeHtml writes every `&`).
 */

/**
 * Tags no copy or data may ever produce; the page's own markup uses none of them. (`button` is allowed: the
 * chart frame's own "share and download" button is page markup, and a button alone runs and loads nothing.)
 */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'textarea',
  'select',
  'math',
  'xmp',
  'plaintext',
  'noembed',
  'listing',
  'foreignobject',
  'animate',
  'set',
]);
const NAME = '[a-zA-Z_:][-a-zA-Z0-9_:.]*';
const TAG = new RegExp(`<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+${NAME}(?:="[^"<>]*")?)*)\\s*/?>`, 'g');
const ATTR = new RegExp(`(${NAME})(?:="([^"<>]*)")?`, 'g');
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };

/** Decodes character references, so `&#106;avascript:` is read as a script URL. */
function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/gi, (m, name: string) => NAMED[name.toLowerCase()] ?? m)
    .replace(/[\t\n\r]/g, '');
}

export interface HtmlCheckOptions {
  /** Only these tags may appear (lower case); without it, any tag but the forbidden ones. */
  allowedTags?: ReadonlySet<string>;
  /** Every `&` outside a tag must start a numeric character reference. */
  strict?: boolean;
}

/** What is wrong with `html`, one line per problem; empty when nothing is. */
export function htmlProblems(html: string, options: HtmlCheckOptions = {}): string[] {
  const problems: string[] = [];
  // A style sheet is the page's own (the theme), never copy: its selectors may hold ">".
  const withoutStyles = html.replace(/(<style(?:\s[^<>]*)?>)[^<]*(<\/style>)/g, '$1$2');
  const rest = withoutStyles.replace(TAG, (_match, _close: string, name: string, attrs: string) => {
    const tag = name.toLowerCase();
    if (options.allowedTags ? !options.allowedTags.has(tag) : FORBIDDEN.has(tag)) problems.push(`tag <${tag}>`);
    for (const [, attr = '', value = ''] of attrs.matchAll(ATTR)) {
      if (/^on/i.test(attr)) problems.push(`event handler attribute ${attr} on <${tag}>`);
      if (/^(?:href|src|action|formaction|xlink:href|srcdoc)$/i.test(attr) && SCRIPT_URL.test(decode(value))) {
        problems.push(`script URL in ${attr}="${value}"`);
      }
    }
    return '\u0000';
  });
  for (const text of rest.split('\u0000')) {
    if (/[<>]/.test(text)) problems.push(`unescaped < or > in text: ${JSON.stringify(text.slice(0, 80))}`);
    if (options.strict && /&(?!#\d+;)/.test(text)) problems.push(`unescaped & in text: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return problems;
}

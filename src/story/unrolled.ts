/**
 * When the story's own script cannot run — a 404, a download blocked or cut off, an error as it loads — the reader
 * gets what a reader without JavaScript gets: every step with its static chart, unrolled, and a line saying why
 * (page-unrolled.css, `.kc-unrolled`). Nothing is lost but the scrolling.
 */
export function unrollStory(doc: Document = document): void {
  const root = doc.documentElement;
  if (root.classList.contains('kc-unrolled')) return;
  // The static figures are the page's own markup, which the build wrote inside <noscript>; while scripting is on
  // the browser keeps it as text. Parsed here as the browser parses it when scripting is off (no script runs in a
  // parsed document, and the markup is the build's, escaped there: no data or copy is read as HTML that the page
  // did not already hold).
  const parser = new DOMParser();
  for (const noscript of doc.querySelectorAll('kc-story .step > noscript')) {
    const parsed = parser.parseFromString(noscript.textContent ?? '', 'text/html');
    noscript.replaceWith(...Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true)));
  }
  doc.querySelector<HTMLElement>('.unrolled-note')?.removeAttribute('hidden');
  root.classList.add('kc-unrolled');
}

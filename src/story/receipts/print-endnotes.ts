/**
 * Printing the story page (Ctrl+P): the receipts of the copy's figures as numbered endnotes after the story, each
 * figure followed by its note's number (issue 15). On screen the receipts are popovers; on paper they would split
 * the steps if printed under them. Built from the page's own notes (cloned nodes) once, on `beforeprint`; a
 * figure with the same receipt as one before it takes that one's number; a long receipt (a count of table rows)
 * prints its places without quoting every row. Screens never show what this adds (receipts.css).
 */

const HEADING = { zh: '数字的来源', en: 'Where the figures come from' } as const;
/** More source lines than this, and the note names its places instead of quoting each one. */
const QUOTED_LINES_MAX = 3;

/** Adds the endnotes and the figures' numbers (once); returns how many notes there are. */
export function addPrintEndnotes(doc: Document = document): number {
  const existing = doc.querySelector('.print-endnotes');
  if (existing) return existing.querySelectorAll('li').length;
  const numbers = new Map<string, number>();
  const items: HTMLElement[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.dek a.fig-link, .step-card a.fig-link, .corrections a.fig-link')) {
    const note = doc.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    if (!note) continue;
    // The same figure from the same places is one note.
    const key = note.textContent ?? '';
    let n = numbers.get(key);
    if (n === undefined) {
      n = items.length + 1;
      numbers.set(key, n);
      const item = note.cloneNode(true) as HTMLElement;
      item.removeAttribute('id');
      item.querySelector('.receipt-back')?.remove();
      if (item.querySelectorAll('.receipt-line').length > QUOTED_LINES_MAX) item.classList.add('receipt-condensed');
      items.push(item);
    }
    const ref = doc.createElement('sup');
    ref.className = 'print-noteref';
    ref.textContent = String(n);
    link.after(ref);
  }
  if (!items.length) return 0;
  const lang = doc.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const section = doc.createElement('section');
  section.className = 'print-endnotes';
  const heading = doc.createElement('h2');
  heading.textContent = HEADING[lang];
  const list = doc.createElement('ol');
  list.append(...items);
  section.append(heading, list);
  const sources = doc.querySelector('.story .sources');
  if (sources) sources.before(section);
  else doc.querySelector('.story')?.append(section);
  return items.length;
}

/**
 * Printing the story page (Ctrl+P): each step gets its chart as the standalone SVG the build wrote
 * (`charts/<lang>/<step>.svg`), put in only when the reader prints, so that readers on screen never download
 * the images. The image's address, its alternative text and the chart's title come from the step's
 * `<noscript>` figure, which is plain text while scripts run. src/styles/print.css lays the steps out. The figures'
 * receipts print as endnotes (receipts/print-endnotes.ts).
 */

import { addPrintEndnotes } from './receipts/print-endnotes.ts';

const ENTITY = /&#(\d+);/g;
const decode = (text: string): string => text.replace(ENTITY, (_, code: string) => String.fromCharCode(Number(code)));

/** The image and title of a step's static figure, read from the markup of its `<noscript>`. */
export function staticFigureOf(markup: string): { src: string; alt: string; title: string } | undefined {
  const img = /<img src="([^"]+)" alt="([^"]*)"/.exec(markup);
  if (!img?.[1]) return undefined;
  // The title is written as runs with <wbr> and held spans between them (line-runs-html.ts): their text is the title.
  const title = (/<p class="static-title">(.*?)<\/p>/.exec(markup)?.[1] ?? '').replace(/<[^>]*>/g, '');
  return { src: decode(img[1]), alt: decode(img[2] ?? ''), title: decode(title) };
}

/** Adds each step's chart for print (once); returns the images, to wait for if needed. */
export function addPrintCharts(root: ParentNode = document): HTMLImageElement[] {
  const images: HTMLImageElement[] = [];
  for (const step of root.querySelectorAll<HTMLElement>('kc-story .step')) {
    const existing = step.querySelector<HTMLImageElement>('.print-figure img');
    if (existing) {
      images.push(existing);
      continue;
    }
    const figure = staticFigureOf(step.querySelector('noscript')?.textContent ?? '');
    if (!figure) continue;
    const box = document.createElement('figure');
    box.className = 'print-figure';
    const title = document.createElement('figcaption');
    title.textContent = figure.title;
    const img = document.createElement('img');
    img.decoding = 'sync';
    img.alt = figure.alt;
    img.src = figure.src;
    box.append(title, img);
    // After the chapter's heading, if the step opens one; before the step's text.
    const card = step.querySelector('.step-card');
    const chapter = card?.querySelector(':scope > .chapter');
    if (chapter) chapter.after(box);
    else step.insertBefore(box, card);
    images.push(img);
  }
  return images;
}

// (Only in a browser: the build's tests import the functions above.)
if (typeof window !== 'undefined') {
  // The print dialog's shortcut comes before `beforeprint`: start the downloads a moment earlier.
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p') addPrintCharts();
  });
  window.addEventListener('beforeprint', () => {
    addPrintCharts();
    addPrintEndnotes();
  });
}

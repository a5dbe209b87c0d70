/**
 * Entry of the chart library (dist/lib/kc-charts.js): a page that loads it can use every kc-* element.
 * Each element's code loads the first time its tag appears in the document, so a page with one chart
 * downloads one chart. Loading the library twice, or two versions of it, is harmless: an element is
 * defined once (src/elements/define.ts), the first definition wins.
 */
import { CHART_LOADERS } from '../charts/loaders.ts';
import { CHART_TAGS, type ChartId } from '../charts/kit/registry.ts';

export { CHART_TAGS, type ChartId } from '../charts/kit/registry.ts';

/** Each element tag with the loader of its code (several chart ids may share a tag). */
const loaders = new Map<string, () => Promise<unknown>>(
  (Object.keys(CHART_TAGS) as ChartId[]).map((id) => [CHART_TAGS[id].tag, CHART_LOADERS[id]]),
);
const loading = new Map<string, Promise<void>>();

/** Loads and defines the element of `tag` (a kc-* tag of the library); resolves once it is defined. */
export function loadChart(tag: string): Promise<void> {
  const load = loaders.get(tag);
  if (!load) return Promise.reject(new Error(`not a chart of this library: <${tag}>`));
  let done = loading.get(tag);
  if (!done) {
    done = customElements.get(tag)
      ? Promise.resolve()
      : load().then(
          () => customElements.whenDefined(tag).then(() => undefined),
          (error: unknown) => {
            // A failed download (offline, say) may succeed when the tag is seen again.
            loading.delete(tag);
            throw error;
          },
        );
    loading.set(tag, done);
  }
  return done;
}

function pending(): string[] {
  return [...loaders.keys()].filter((tag) => !loading.has(tag));
}

/** Loads the elements whose tags occur in or under `root`. */
function scan(root: Element | Document): void {
  for (const tag of pending()) {
    const found = root instanceof Element && root.localName === tag ? root : root.querySelector(tag);
    // A failed load leaves the element as it was (empty); the tag is tried again when it is next added.
    if (found) loadChart(tag).catch(() => undefined);
  }
}

scan(document);
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
  if (pending().length === 0) observer.disconnect();
});
if (pending().length > 0) observer.observe(document.documentElement, { childList: true, subtree: true });

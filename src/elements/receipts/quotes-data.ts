import type { Quote } from '../../model/types.ts';

/**
 * Every quote of data/, by `source|locator` (quote-key.ts), for the receipts of the charts' table rows. The site's
 * and the library's builds write this module from data/ (src/build/vite/quotes-module-plugin.ts); what stands here
 * is what Node and the unit tests see, which never open a receipt.
 */
const quotes: Record<string, Quote[]> = {};
export default quotes;

/** How the quotes are looked up (quotes-data.ts): by the source and the locator a table row cites. */
export const quoteKey = (source: string, locator: string): string => `${source}|${locator}`;

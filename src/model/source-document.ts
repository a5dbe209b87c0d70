/**
 * The five documents the story is written from are kept as `NNN_<hash>.txt`; every other source is a public
 * dataset or page. A value from one of the five quotes it (issue 15): the build requires the quote, and receipts
 * show it.
 */
export const isSeedDocument = (document: string): boolean => /^\d{3}_[0-9a-f]{16}\.txt$/.test(document);

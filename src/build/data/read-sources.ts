/** data/sources.json: the documents every figure cites. */
import type { Source } from '../../model/types.ts';
import { at, Reader, show, withOptional } from './reader.ts';

const SOURCE_FIELDS: Record<keyof Source, true> = {
  id: true, title: true, short: true, issuer: true, date: true, document: true, url: true, note: true,
};
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const URL_RE = /^https?:\/\/\S+$/;

function readSource(r: Reader, v: unknown, path: string): Source {
  const o = r.object(v, path, SOURCE_FIELDS);
  const date = r.string(r.need(o, 'date', path), at(path, 'date'));
  if (!DATE.test(date)) r.fail(at(path, 'date'), `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${show(date)}`);
  const url = r.opt(o, 'url', path, (u, p) => {
    const s = r.string(u, p);
    if (!URL_RE.test(s)) r.fail(p, `expected an http(s) URL, got ${show(s)}`);
    return s;
  });
  return withOptional<Source>(
    {
      id: r.id(r.need(o, 'id', path), at(path, 'id')),
      title: r.bilingual(r.need(o, 'title', path), at(path, 'title')),
      short: r.bilingual(r.need(o, 'short', path), at(path, 'short')),
      issuer: r.bilingual(r.need(o, 'issuer', path), at(path, 'issuer')),
      date,
      document: r.string(r.need(o, 'document', path), at(path, 'document')),
    },
    { url, note: r.opt(o, 'note', path, (n, p) => r.bilingual(n, p)) },
  );
}

/** Validates data/sources.json (`{ "sources": [...] }`) and returns the sources by id. */
export function validateSources(json: unknown, file: string): Record<string, Source> {
  const r = new Reader(file);
  const o = r.object(json, '', { sources: true });
  const sources = r.items(r.need(o, 'sources', ''), 'sources', (v, p) => readSource(r, v, p));
  return Object.fromEntries(sources.map((s) => [s.id, s]));
}

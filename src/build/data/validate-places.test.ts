import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Source } from '../../model/types.ts';
import { DataError, validateDataset, validateSources } from './validate.ts';

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const sources: Record<string, Source> = validateSources(read('sources.json'), 'data/sources.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the parsed JSON freely, any field at any depth
type Edit = (json: any) => unknown;

/** A deep copy of a data file with one change made by `edit`. */
function edited(name: string, edit: Edit): unknown {
  const json = structuredClone(read(name));
  edit(json);
  return json;
}

function messageOf(json: unknown, file: string): string {
  try {
    validateDataset(json, file, sources);
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('data/townships.json', () => {
  test('the real file validates', () => {
    expect(() => validateDataset(read('townships.json'), 'data/townships.json', sources)).not.toThrow();
  });

  test.each<[string, Edit, string]>([
    ['a negative count', (j) => (j.units[0].villages = -1), 'data/townships.json: units[0].villages: expected a whole number ≥ 0, got -1'],
    ['a code outside the district', (j) => (j.units[1].code = '330803001'), 'data/townships.json: units[1].code: expected a code within the district 330802, got "330803001"'],
    ['a short code', (j) => (j.area.code = '3308'), 'data/townships.json: area.code: expected a 6-digit division code, got "3308"'],
    ['an unknown type', (j) => (j.units[2].type = 'village'), 'data/townships.json: units[2].type: expected one of "subdistrict", "town", "township", got "village"'],
    ['two units on one tile', (j) => (j.units[3].tile = { ...j.units[0].tile }), 'data/townships.json: units[3].tile: tile ('],
    ['a duplicate code', (j) => (j.units[4].code = j.units[0].code), 'data/townships.json: units[4].code: duplicate code'],
    ['a missing tile', (j) => delete j.units[5].tile, 'data/townships.json: units[5].tile: missing required field'],
    ['an unknown source', (j) => (j.units[6].source = 'nope'), 'data/townships.json: units[6].source: unknown source "nope"'],
  ])('rejects %s, naming the file and the path', (_name, edit, message) => {
    expect(messageOf(edited('townships.json', edit), 'data/townships.json')).toContain(message);
  });
});

describe('data/spatial-plan.json', () => {
  test('the real file validates', () => {
    expect(() => validateDataset(read('spatial-plan.json'), 'data/spatial-plan.json', sources)).not.toThrow();
  });

  test.each<[string, Edit, string]>([
    ['a position outside the outline box', (j) => (j.elements[0].at.x = 1.2), "data/spatial-plan.json: elements[0].at.x: expected a share of the outline's bounding box from 0 to 1, got 1.2"],
    ['an axis to an unknown core', (j) => (j.elements[2].to = 'nowhere'), 'data/spatial-plan.json: elements[2].to: unknown core "nowhere"'],
    ['a core without a position', (j) => delete j.elements[1].at, 'data/spatial-plan.json: elements[1].at: missing required field'],
    ['a zone with a position', (j) => (j.elements[3].at = { x: 0.5, y: 0.5 }), 'data/spatial-plan.json: elements[3].at: not a field of a zone'],
    ['an unknown place kind', (j) => (j.elements[3].places[0].kind = 'lake'), 'data/spatial-plan.json: elements[3].places[0].kind: expected one of "mountain", "village", got "lake"'],
    ['an ellipse without a radius', (j) => delete j.elements[4].areas[1].ry, 'data/spatial-plan.json: elements[4].areas[1].ry: missing required field'],
  ])('rejects %s, naming the file and the path', (_name, edit, message) => {
    expect(messageOf(edited('spatial-plan.json', edit), 'data/spatial-plan.json')).toContain(message);
  });
});

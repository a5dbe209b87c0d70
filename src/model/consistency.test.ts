import { describe, expect, test } from 'vitest';
import { getDataset } from './bundle.ts';

/**
 * Figures stated in one file and derivable from another must agree: the story's counts of townships and
 * villages (data/place.json, quoted in the copy) are the sums of the derived division data (data/townships.json).
 */
describe('place.json agrees with townships.json', () => {
  const place = getDataset('place', 'figures');
  const units = getDataset('townships', 'townships').units;
  const figure = (id: string) => place.figures.find((f) => f.id === id)?.value;
  const byName = (zh: string) => units.find((u) => u.short.zh === zh);

  test.each([
    ['township-units', units.length],
    ['subdistricts', units.filter((u) => u.type === 'subdistrict').length],
    ['towns', units.filter((u) => u.type === 'town').length],
    ['townships', units.filter((u) => u.type === 'township').length],
    ['village-committees', units.reduce((sum, u) => sum + u.villages, 0)],
    ['residents-committees', units.reduce((sum, u) => sum + u.communities, 0)],
    ['hangbu-villages', byName('航埠')?.villages],
    ['jiuhua-villages', byName('九华')?.villages],
    ['shiliang-villages', byName('石梁')?.villages],
  ])('%s is %i, as the township data says', (id, derived) => {
    expect(figure(id)).toBe(derived);
  });

  test('the three townships the copy names are the three with the most villages', () => {
    const top = [...units]
      .sort((a, b) => b.villages - a.villages)
      .slice(0, 3)
      .map((u) => u.short.zh);
    expect(top).toEqual(['航埠', '九华', '石梁']);
  });
});

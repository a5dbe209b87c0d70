import type { Bilingual } from '../../model/types.ts';
import { viewGuard } from '../kit/registry.ts';
import { VIEWS, type View } from './view-names.ts';

export { VIEWS, type View } from './view-names.ts';
export const DEFAULT_VIEW: View = 'all';
export const isView = /* @__PURE__ */ viewGuard(VIEWS);

export type Sector = 'primary' | 'secondary' | 'tertiary';

/** The three sectors in stacking order: label for the legend, noun for sentences, colour. */
export const SECTORS: readonly { id: Sector; label: Bilingual; noun: Bilingual; color: string }[] = [
  { id: 'primary', label: { zh: '第一产业', en: 'Primary (farming)' }, noun: { zh: '第一产业', en: 'farming' }, color: 'var(--_primary)' },
  {
    id: 'secondary',
    label: { zh: '第二产业', en: 'Secondary (industry)' },
    noun: { zh: '第二产业', en: 'industry' },
    color: 'var(--_secondary)',
  },
  {
    id: 'tertiary',
    label: { zh: '第三产业', en: 'Tertiary (services)' },
    noun: { zh: '第三产业', en: 'services' },
    color: 'var(--_tertiary)',
  },
];

/** The sector a view brings forward (the others are faded), if any. */
export const FOCUS: Record<View, Sector | undefined> = {
  all: undefined,
  industry: 'secondary',
};

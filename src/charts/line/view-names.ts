/** Views of the gdp dataset, in story order. */
export const GDP_VIEWS = ['record', 'plan', 'break', 'target', 'all'] as const;

/** Every view any dataset of the line chart defines (add another dataset's views here). */
export const VIEWS = [...GDP_VIEWS] as const;
export type View = (typeof VIEWS)[number];

import type { TemplateResult } from 'lit';
import type { ChartModel } from '../../elements/chart-element.ts';
import type { Size } from '../../elements/size-controller.ts';
import type { DataBundle, Lang } from '../../model/types.ts';

/**
 * A chart as two pure steps: data and view → model (text and geometry), model → template. The element
 * draws it live; the build renders the same template to static SVG for the prerendered page.
 */
export interface ChartDefinition<M extends ChartModel = ChartModel> {
  model(data: DataBundle, view: string, size: Size, lang: Lang, dataset?: string): M;
  plot(model: M): TemplateResult;
}

import type { TemplateResult } from 'lit';
import type { DataBundle, Lang } from '../../model/types.ts';
import type { ChartText } from './chart-text.ts';
import type { Size } from './size.ts';

/** What a chart's pure layout returns: the frame's text and the geometry its element draws. */
export interface ChartModel {
  text: ChartText;
  /**
   * The least plot height the geometry fits in at this width, for charts whose marks keep a least size (tiles):
   * a frame sharing its room across views never squeezes the plot below it (elements/frame-reserve.ts).
   */
  minHeight?: number;
}

/**
 * A chart as two pure steps: data and view → model (text and geometry), model → template. The element
 * draws it live; the build renders the same template to static SVG for the prerendered page.
 */
export interface ChartDefinition<M extends ChartModel = ChartModel> {
  model(data: DataBundle, view: string, size: Size, lang: Lang, dataset?: string): M;
  plot(model: M): TemplateResult;
  /**
   * The model's text alone, for a chart whose marks keep no least size: its frame is drawn and measured with an
   * empty plot, and the geometry laid out once, at the plot's measured size (docs/CHARTS.md).
   */
  text?(data: DataBundle, view: string, lang: Lang, dataset?: string): ChartText;
}

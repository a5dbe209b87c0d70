/** Models kept per width, language and dataset: every view of a chart at a few plot heights. */
const KEPT = 16;

/**
 * The models a chart element has laid out at one plot width, language and dataset, by view and plot height. A
 * model is a pure function of those, and the story asks for each view more than once (measured for the frame
 * reserve, laid out ahead of its step, drawn hidden as a neighbour, shown): it is laid out once. A new width,
 * language or dataset starts afresh.
 */
export class ModelCache<M> {
  private readonly models = new Map<string, M>();
  private at = '';

  /** The model for `key` (view and height) among those for `at` (width, language, dataset), laid out if new. */
  get(at: string, key: string, layOut: () => M): M {
    if (at !== this.at) {
      this.models.clear();
      this.at = at;
    }
    let model = this.models.get(key);
    if (!model) {
      model = layOut();
      // Heights come and go while a frame settles: the oldest model goes first.
      if (this.models.size >= KEPT) this.models.delete(this.models.keys().next().value ?? '');
      this.models.set(key, model);
    }
    return model;
  }
}

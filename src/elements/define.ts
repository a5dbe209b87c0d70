/** A custom element class, as `customElements.define` takes it. */
type ElementClass = CustomElementConstructor;

/**
 * Defines `tag` unless the page has it already: a page may load the chart library twice, or two versions
 * of it, and `customElements.define` throws on a second definition. The first definition wins.
 * Returns whether this call defined the tag.
 */
export function defineOnce(tag: string, element: ElementClass, registry: CustomElementRegistry = customElements): boolean {
  if (registry.get(tag)) return false;
  registry.define(tag, element);
  return true;
}

/**
 * Class decorator, in place of lit's `@customElement` (which throws when the tag is taken): defines the
 * element once. Works as a legacy (experimentalDecorators) and as a standard decorator.
 */
export function define(tag: string) {
  return <C extends ElementClass>(element: C, context?: ClassDecoratorContext<C>): void => {
    if (context) context.addInitializer(() => defineOnce(tag, element));
    else defineOnce(tag, element);
  };
}

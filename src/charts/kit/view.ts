/** A type guard for one chart's view names, so no chart writes its own `isView`. */
export function viewGuard<V extends string>(views: readonly V[]): (value: string) => value is V {
  return (value: string): value is V => (views as readonly string[]).includes(value);
}

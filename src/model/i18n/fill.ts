/** A UI string with each `{name}` filled from `vars` (a name without a value stays as it is). */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

// The budgets the story is held to. KB = 1000 bytes, as in Vite's build output.
export const TARGETS = {
  storyJsGzip: { max: 60_000, text: '≤ 60 KB' },
  performance: { min: 95, text: '≥ 95' },
  accessibility: { min: 100, text: '= 100' },
  seo: { min: 100, text: '= 100' },
  bestPractices: { min: 100, text: '= 100' },
  cls: { below: 0.01, text: '< 0.01' },
  frameP95: { max: 20, text: '≤ 20 ms' },
  lcpVsNoScript: { max: 1.2, text: '≤ 1.2×' },
};

/** true/false against a target, null when there is nothing to compare. */
export function meets(value, target) {
  if (value == null || target == null) return null;
  if (target.max != null && value > target.max) return false;
  if (target.min != null && value < target.min) return false;
  if (target.below != null && value >= target.below) return false;
  return true;
}

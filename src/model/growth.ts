/** Compound annual growth rate in percent from `start` to `end` over `years` years. */
export function cagr(start: number, end: number, years: number): number {
  if (!(start > 0) || !(end > 0)) throw new RangeError('cagr needs positive values');
  if (!(years > 0)) throw new RangeError('cagr needs a positive number of years');
  return (Math.pow(end / start, 1 / years) - 1) * 100;
}

/** Value reached from `start` after `years` years at `ratePercent` a year. */
export function compound(start: number, ratePercent: number, years: number): number {
  return start * Math.pow(1 + ratePercent / 100, years);
}

/** The yearly path from (fromYear, start) at a constant rate up to toYear, inclusive of both ends. */
export function growthPath(fromYear: number, start: number, toYear: number, ratePercent: number): { year: number; value: number }[] {
  const path: { year: number; value: number }[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    path.push({ year, value: compound(start, ratePercent, year - fromYear) });
  }
  return path;
}

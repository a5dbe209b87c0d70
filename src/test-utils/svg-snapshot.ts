import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

/**
 * Renders a Lit SVG template to a normalised string for file snapshots: Lit's markers removed,
 * numbers rounded to 3 decimals, one element a line, so a diff shows what moved.
 */
export function svgSnapshot(template: TemplateResult): string {
  const raw = collectResultSync(render(template));
  return raw
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<\?[^]*?\?>/g, '')
    .replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/>\s*</g, '>\n<')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

import { describe, expect, it } from 'vitest';
import { afterFirstPaint } from './story-plugin.ts';

describe('afterFirstPaint', () => {
  it('moves every module script and preload into one loader that runs after the first frame', () => {
    const page = [
      '<html><head>',
      '<link rel="stylesheet" href="./assets/main.css">',
      '<script type="module" crossorigin src="./assets/runtime.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/shared.js">',
      '<script type="module" crossorigin src="../assets/main-abc.js"></script>',
      '</head><body><p>Text</p></body></html>',
    ].join('\n');
    const out = afterFirstPaint(page);
    expect(out).not.toMatch(/src=|modulepreload/);
    expect(out).toContain('<link rel="stylesheet" href="./assets/main.css">');
    expect(out).toContain(
      '<script type="module">requestAnimationFrame(() => setTimeout(() => Promise.all([import("./assets/runtime.js"), import("../assets/main-abc.js")])));</script>\n</body>',
    );
  });

  it('leaves a page without module scripts as it is', () => {
    const page = '<html><body><script type="module">1</script></body></html>';
    expect(afterFirstPaint(page)).toBe(page);
  });
});

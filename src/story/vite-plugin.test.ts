import { describe, expect, it } from 'vitest';
import { afterFirstPaint } from './vite-plugin';

describe('afterFirstPaint', () => {
  it('requests the engine only after the first frame, by the same relative URL', () => {
    const tag = afterFirstPaint('<script type="module" crossorigin src="../assets/main-abc.js"></script>');
    expect(tag).toBe(
      '<script type="module">requestAnimationFrame(() => setTimeout(() => import("../assets/main-abc.js")));</script>',
    );
  });

  it('leaves a script without a src as it is', () => {
    expect(afterFirstPaint(' <script type="module">1</script> ')).toBe('<script type="module">1</script>');
  });
});

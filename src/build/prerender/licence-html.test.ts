import { describe, expect, it } from 'vitest';
import { licenceHtml } from './licence-html.ts';

describe('licenceHtml(lang)', () => {
  it('names the licence with its link, how to credit, the code’s licence, and leaves the sources out', () => {
    const zh = licenceHtml('zh');
    expect(zh).toMatch(/^<footer class="licence"><p>/);
    expect(zh).toContain(
      '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">知识共享署名 4.0 国际许可协议（CC BY 4.0）</a>',
    );
    expect(zh).toContain('请注明“柯城五年”');
    expect(zh).toContain('MIT');
    expect(zh).toContain('不在此许可之内');
    const en = licenceHtml('en', 'p');
    expect(en).toMatch(/^<p class="licence">/);
    expect(en).toContain('>Creative Commons Attribution 4.0 International (CC BY 4.0)</a>');
    expect(en).toContain('crediting “Kecheng, five years” with a link');
    expect(en).toContain('not covered by this licence');
  });
});

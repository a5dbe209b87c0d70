import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { CHART_TAGS, CHART_VIEWS, type ChartId } from '../../charts/kit/registry.ts';
import type { ChartText } from '../../charts/kit/chart-text.ts';
import { bundle } from '../../model/bundle.ts';
import type { Lang } from '../../model/types.ts';
import { downloadName, iframeEmbedCode, scriptEmbedCode, type EmbedChoice, type EmbedTheme } from './embed-code.ts';
import { tt } from '../../model/i18n/tools-strings.ts';
import { defineOnce } from '../define.ts';
import { standaloneChartSvg } from '../downloads/chart-svg.ts';
import { WORK_NAME, attribution } from '../../model/licence.ts';
import { chartCsv } from '../downloads/csv.ts';
import { svgToPng } from '../downloads/png.ts';
import { saveFile } from '../downloads/save-file.ts';
import { sourceLine } from '../../model/source-line.ts';
import { themeStyles } from '../theme.ts';
import { copyText } from './copy-text.ts';
import { PreviewScaler } from './preview-scaler.ts';
import { toolsStyles } from './tools-styles.ts';

/** A drawn kc-* chart element, as the tools read it. */
export type ToolsHost = HTMLElement & { view: string; textOf(view: string, lang: Lang): ChartText };
type Preview = HTMLElement & { updateComplete?: Promise<boolean> };

/** The widths the preview lays the chart out at: a phone's and a desktop article's. */
export const PREVIEW_WIDTHS = { phone: 390, desktop: 1000 } as const;
const THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];
const THEME_KEY = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' } as const;
const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

/**
 * @summary The chart frame's editor tools in a modal dialog: choose a view, language and theme, see the chart
 * at a phone's and a desktop's width, copy either embed code, download CSV, SVG or PNG of that view.
 *
 * One instance serves every chart of a page; `open()` points it at a chart and returns focus to the opener
 * when the dialog closes (Esc, the close button, or a click on the backdrop).
 */
export class KcChartTools extends LitElement {
  static override styles = [themeStyles, toolsStyles];

  // Declared without decorators: the build's own config reaches this module (through the frame) and runs
  // untransformed in Node, where decorators are a syntax error.
  static override properties = {
    choice: { state: true },
    status: { state: true },
    frameHeight: { state: true },
  };

  declare private choice?: EmbedChoice;
  declare private status: string;
  /** The desktop preview's height: the iframe code's starting height. */
  declare private frameHeight: number;

  private host_?: ToolsHost;
  private opener?: HTMLElement;
  private base = '';
  private ui: Lang = 'zh';
  /** The view's text in the chosen language, and each view's title in the reader's. */
  private text?: ChartText;
  private viewNames: string[] = [];
  private previews: Partial<Record<keyof typeof PREVIEW_WIDTHS, Preview>> = {};
  private readonly scaler = new PreviewScaler();

  constructor() {
    super();
    this.status = '';
    this.frameHeight = 0;
  }

  /** Shows the tools for `host`, a chart with the story's id `chart`; focus comes back to `opener` on close. */
  async open(host: ToolsHost, opener: HTMLElement, chart: ChartId, base: string): Promise<void> {
    this.host_ = host;
    this.opener = opener;
    this.base = base;
    this.ui = host.lang === 'en' ? 'en' : 'zh';
    const views = CHART_VIEWS[chart];
    this.viewNames = views.map((view) => host.textOf(view, this.ui).title);
    const view = views.includes(host.view) ? host.view : (views[0] ?? '');
    this.choice = { chart, view, lang: this.ui, theme: 'auto' };
    this.status = '';
    await this.updateComplete;
    const dialog = this.dialog();
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLSelectElement>('#view')?.focus();
  }

  private dialog(): HTMLDialogElement {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) throw new Error('kc-chart-tools has not rendered');
    return dialog;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('choice') && this.choice && this.host_) this.text = this.host_.textOf(this.choice.view, this.choice.lang);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('choice') && this.choice) void this.drawPreviews(this.choice);
  }

  /** A fresh chart element per width for every choice, so the preview shows that state and nothing moving. */
  private async drawPreviews(choice: EmbedChoice): Promise<void> {
    const entry = CHART_TAGS[choice.chart];
    for (const size of ['phone', 'desktop'] as const) {
      const stage = this.renderRoot.querySelector<HTMLElement>(`.stage.${size}`);
      if (!stage) continue;
      // Set through the CSSOM, which a host's strict style-src allows (a style attribute it would block).
      stage.style.width = `${PREVIEW_WIDTHS[size]}px`;
      const chart = document.createElement(entry.tag) as Preview;
      if ('dataset' in entry) chart.setAttribute('dataset', entry.dataset);
      chart.setAttribute('view', choice.view);
      chart.setAttribute('lang', choice.lang);
      if (choice.theme !== 'auto') chart.setAttribute('theme', choice.theme);
      stage.replaceChildren(chart);
      this.previews[size] = chart;
    }
    this.scaler.watch(this.renderRoot);
    const desktop = this.previews.desktop;
    await desktop?.updateComplete;
    await nextFrame();
    if (desktop && desktop === this.previews.desktop) this.frameHeight = desktop.offsetHeight;
  }

  private choose(change: Partial<EmbedChoice>): void {
    if (this.choice) this.choice = { ...this.choice, ...change };
  }

  private readonly onClose = (): void => {
    this.scaler.disconnect();
    for (const chart of Object.values(this.previews)) chart?.remove();
    this.previews = {};
    this.opener?.focus({ preventScroll: true });
  };

  /**
   * Keys pressed in the dialog are its own: the story behind it would take arrows and Space as step keys
   * and `p` as presentation mode. (Esc still closes the dialog: that is the browser's default action.)
   * The dialog takes the focus of a click on its text, so no key press falls through to the page.
   */
  private readonly onKey = (event: KeyboardEvent): void => event.stopPropagation();

  private readonly onDialogClick = (event: MouseEvent): void => {
    // A click on the dialog itself, not its content, is a click on the backdrop.
    if (event.target === event.currentTarget) this.dialog().close();
  };

  private async announce(message: string): Promise<void> {
    // Cleared first, so the same message twice is announced twice.
    this.status = '';
    await this.updateComplete;
    this.status = message;
  }

  private async copy(which: 'script' | 'iframe'): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#code-${which}`);
    if (!field) return;
    const done = await copyText(field.value, field);
    await this.announce(tt(done ? 'copied' : 'copyFailed', this.ui));
  }

  private async download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const { choice, text } = this;
    if (!choice || !text) return;
    const name = downloadName(choice, kind);
    try {
      let blob: Blob;
      if (kind === 'csv') {
        blob = new Blob([chartCsv(text.table, text.sourceIds, bundle.sources, choice.lang)], { type: 'text/csv;charset=utf-8' });
      } else {
        const chart = this.previews.desktop;
        if (!chart) throw new Error('no preview to draw from');
        await chart.updateComplete;
        const drawn = standaloneChartSvg(chart, text, sourceLine(text.sourceIds, bundle.sources, choice.lang));
        blob =
          kind === 'svg'
            ? new Blob([drawn.svg], { type: 'image/svg+xml;charset=utf-8' })
            : await svgToPng(drawn.svg, drawn.width, drawn.height, 2, [
                ['Title', text.title],
                ['Author', WORK_NAME[choice.lang]],
                ['Copyright', attribution(choice.lang)],
                ['Description', sourceLine(text.sourceIds, bundle.sources, choice.lang)],
              ]);
      }
      saveFile(blob, name);
      await this.announce(tt('saved', this.ui, { name }));
    } catch (error) {
      console.error('kc: download failed', error);
      await this.announce(tt('saveFailed', this.ui));
    }
  }

  private codeField(which: 'script' | 'iframe', code: string): TemplateResult {
    const ui = this.ui;
    return html`<div class="code">
      <label for=${`code-${which}`}>${tt(which === 'script' ? 'scriptCode' : 'iframeCode', ui)}</label>
      <textarea id=${`code-${which}`} readonly spellcheck="false" rows="3" .value=${code}></textarea>
      <button type="button" aria-label=${tt(which === 'script' ? 'copyScript' : 'copyIframe', ui)} @click=${() => void this.copy(which)}>
        ${tt('copy', ui)}
      </button>
    </div>`;
  }

  private preview(size: keyof typeof PREVIEW_WIDTHS): TemplateResult {
    const width = PREVIEW_WIDTHS[size];
    return html`<figure class=${size}>
      <figcaption>${tt(size === 'phone' ? 'phoneWidth' : 'desktopWidth', this.ui, { w: width })}</figcaption>
      <div class="viewport"><div class=${`stage ${size}`} inert></div></div>
    </figure>`;
  }

  protected override render(): TemplateResult {
    const { choice, text, ui } = this;
    if (!choice || !text) return html`<dialog aria-label=${tt('dialogTitle', ui)}></dialog>`;
    const views = CHART_VIEWS[choice.chart];
    const script = scriptEmbedCode(this.base, choice);
    const iframe = iframeEmbedCode(this.base, choice, { title: text.title, height: this.frameHeight || 600 });
    return html`<dialog aria-labelledby="tools-title" lang=${ui} tabindex="-1" @close=${this.onClose} @click=${this.onDialogClick}
      @keydown=${this.onKey}>
      <div class="head">
        <h2 id="tools-title">${tt('dialogTitle', ui)}</h2>
        <p class="status" role="status">${this.status}</p>
        <button class="close" type="button" aria-label=${tt('close', ui)} @click=${() => this.dialog().close()}>×</button>
      </div>
      <div class="body">
        <div class="choices">
          <label class="view">${tt('chartView', ui)}
            <select id="view" @change=${(e: Event) => this.choose({ view: (e.target as HTMLSelectElement).value })}>
              ${views.map((v, i) => html`<option value=${v} ?selected=${v === choice.view}>${this.viewNames[i] ?? v}</option>`)}
            </select>
          </label>
          <label>${tt('language', ui)}
            <select id="lang" @change=${(e: Event) => this.choose({ lang: (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'zh' })}>
              <option value="zh" lang="zh-Hans" ?selected=${choice.lang === 'zh'}>中文</option>
              <option value="en" lang="en" ?selected=${choice.lang === 'en'}>English</option>
            </select>
          </label>
          <label>${tt('theme', ui)}
            <select id="theme" @change=${(e: Event) => this.choose({ theme: (e.target as HTMLSelectElement).value as EmbedTheme })}>
              ${THEMES.map((th) => html`<option value=${th} ?selected=${th === choice.theme}>${tt(THEME_KEY[th], ui)}</option>`)}
            </select>
          </label>
        </div>
        <section aria-labelledby="preview-title">
          <h3 id="preview-title">${tt('preview', ui)}</h3>
          <div class="previews">${this.preview('phone')}${this.preview('desktop')}</div>
        </section>
        <section aria-labelledby="embed-title">
          <h3 id="embed-title">${tt('embed', ui)}</h3>
          ${
            /^https?:$/.test(new URL(this.base).protocol)
              ? html`<p class="help">${tt('embedHelp', ui)}</p>
                ${this.codeField('script', script)} ${this.codeField('iframe', iframe)}`
              : html`<p class="help">${tt('embedOffline', ui)}</p>`
          }
        </section>
        <section aria-labelledby="download-title">
          <h3 id="download-title">${tt('download', ui)}</h3>
          <p class="help">${tt('downloadHelp', ui)}</p>
          <div class="buttons">
            <button type="button" data-kind="csv" @click=${() => void this.download('csv')}>${tt('csv', ui)}</button>
            <button type="button" data-kind="svg" @click=${() => void this.download('svg')}>${tt('svg', ui)}</button>
            <button type="button" data-kind="png" @click=${() => void this.download('png')}>${tt('png', ui)}</button>
          </div>
        </section>
      </div>
    </dialog>`;
  }
}

// A page may load the charts twice (two copies of the library): the first definition serves both.
defineOnce('kc-chart-tools', KcChartTools);

declare global {
  interface HTMLElementTagNameMap {
    'kc-chart-tools': KcChartTools;
  }
}

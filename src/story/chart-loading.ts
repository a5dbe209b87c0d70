import { CHART_LOADERS } from '../charts/loaders.ts';
import type { ChartId } from '../charts/kit/registry.ts';
import type { Lang } from '../model/types.ts';
import { t } from '../model/i18n/strings.ts';

const pending = new Map<ChartId, Promise<unknown>>();

/**
 * Loads a chart's code once. A failed load (a dropped connection, a deploy that replaced the files) is
 * forgotten, so the next call tries again.
 */
export function loadChartCode(id: ChartId): Promise<unknown> {
  let loading = pending.get(id);
  if (!loading) {
    loading = CHART_LOADERS[id]().catch((error: unknown) => {
      pending.delete(id);
      throw error;
    });
    pending.set(id, loading);
  }
  return loading;
}

/**
 * Loads the code of the chart `host` will draw; if it fails, says so inside the host with a button to try
 * again. The message is light DOM of an element not yet defined, so it shows until the element's own shadow
 * root, once its code arrives, takes its place.
 */
export async function loadChartInto(host: HTMLElement, id: ChartId, lang: Lang): Promise<void> {
  try {
    await loadChartCode(id);
    host.querySelector(':scope > .chart-load-error')?.remove();
  } catch {
    if (host.querySelector(':scope > .chart-load-error')) return;
    const box = document.createElement('div');
    box.className = 'chart-load-error';
    box.setAttribute('role', 'alert');
    const message = document.createElement('p');
    message.textContent = t('chartLoadFailed', lang);
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = t('retry', lang);
    retry.addEventListener('click', () => {
      box.remove();
      void loadChartInto(host, id, lang);
    });
    box.append(message, retry);
    host.append(box);
  }
}

import { LitElement } from 'lit';
import ApexCharts from 'apexcharts';
import vi from 'apexcharts/dist/locales/vi.json';
import en from 'apexcharts/dist/locales/en.json';

const NUMBER_LOCALE = 'vi-VN';

/** Below this width (px) a chart writes its title above the drawing, where it can wrap. */
const NARROW = 600;

/** Exported images: the chart drawn EXPORT_WIDTH wide under a band with its title, area and date; PNG at PNG_SCALE. */
const EXPORT_WIDTH = 1000;
const EXPORT_HEIGHT = 460;
const BAND_HEIGHT = 124;
const PNG_SCALE = 2;

const escapeXml = (text) => String(text ?? '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Formatters the server names in `valueFormat`, since functions cannot travel in JSON options. */
const FORMATTERS = {
  percent: (v) => (v == null || Number.isNaN(v) ? '' : `${new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 1 }).format(v)} %`),
  integer: (v) => (v == null || Number.isNaN(v) ? '' : new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 }).format(v)),
};

/**
 * <apex-chart>: draws an ApexCharts chart from the options the server sets, in Vietnamese (or English),
 * with Vietnamese number formats; redraws when the options change, follows its container's size, and is
 * destroyed when removed. `drawn` is set once the chart is on screen.
 */
class ApexChartElement extends LitElement {
  static properties = {
    options: { type: Object },
    valueFormat: { type: String, attribute: 'value-format' },
    language: { type: String },
    /** `{ scope, asOf }` in words, written under the title of every exported image. */
    exportInfo: { type: Object },
    /**
     * What screen readers hear, in the UI's language: `{ chart, visible, hidden, toggle }`. ApexCharts writes its
     * own legend labels in English ("…, visible. Press Enter or Space to toggle."), so they are rewritten.
     */
    accessibleTexts: { type: Object, attribute: false },
  };

  // Light DOM: ApexCharts measures and exports through the document.
  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if ((changed.has('options') || changed.has('valueFormat') || changed.has('language')
        || changed.has('accessibleTexts')) && this.options) {
      this._draw();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    // Redraw at the new width whenever the container changes size (grid columns settling, drawer, window).
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0].contentRect.width);
      if (this._chart && width > 0 && width !== this._width) {
        if ((width < NARROW) !== this._narrow && this.options?.title?.text) {
          this._draw(); // the title moves between the drawing and the line above it
          return;
        }
        this._width = width;
        clearTimeout(this._resizeTimer);
        this._resizeTimer = setTimeout(() => this._chart?.updateOptions({ chart: { width } }, true, false), 100);
      }
    });
    this._resizeObserver.observe(this);
    // ApexCharts sets each legend item's aria-label when it draws the legend and again when a series is toggled.
    this._legendObserver = new MutationObserver(() => this._labelLegend());
    this._legendObserver.observe(this, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'aria-pressed'],
    });
    // The toolbar's PNG and SVG items download the image with its title, area and date (CSV stays ApexCharts').
    this._exportClick = (event) => {
      const item = event.target.closest?.('.apexcharts-menu-item');
      if (item && (item.classList.contains('exportPNG') || item.classList.contains('exportSVG'))) {
        event.stopPropagation();
        event.preventDefault();
        item.closest('.apexcharts-menu')?.classList.remove('apexcharts-menu-open');
        this.download(item.classList.contains('exportPNG') ? 'png' : 'svg');
      }
    };
    this.addEventListener('click', this._exportClick, true);
    if (this.hasUpdated && this.options && !this._chart) {
      this._draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._legendObserver?.disconnect();
    this.removeEventListener('click', this._exportClick, true);
    clearTimeout(this._resizeTimer);
    this._destroy();
  }

  /** The chart as a PNG data URI, `width` pixels wide, for exports. */
  async toPng(width) {
    if (!this._chart) {
      return null;
    }
    const { imgURI } = await this._chart.dataURI({ width });
    return imgURI;
  }

  /**
   * The chart as an image for meetings: drawn again off screen at a fixed size without its own title, under a band
   * holding the title, the area and the as-of date. 'svg' gives the SVG text, 'png' a PNG data URI
   * EXPORT_WIDTH × PNG_SCALE pixels wide.
   */
  async exportImage(type) {
    if (!this.options) {
      return null;
    }
    const font = getComputedStyle(this).fontFamily || 'sans-serif';
    const host = document.createElement('div');
    host.style.cssText = `position:fixed;left:-${EXPORT_WIDTH * 3}px;top:0;width:${EXPORT_WIDTH}px;`;
    document.body.appendChild(host);
    const options = this._withDefaults({
      ...this.options,
      title: { text: undefined },
      chart: { ...this.options.chart, width: EXPORT_WIDTH, height: EXPORT_HEIGHT, toolbar: { show: false },
        animations: { enabled: false } },
    });
    options.chart.fontFamily = font;
    options.chart.redrawOnParentResize = false;
    // on paper there is no tooltip to point at: every bar, slice and point carries its value
    options.dataLabels = {
      ...(options.dataLabels || {}),
      enabled: true,
      style: { fontSize: '12px', ...(options.dataLabels?.style || {}) },
    };
    const chart = new ApexCharts(host, options);
    try {
      await chart.render();
      const plot = await chart.getSvgString(1);
      const svg = this._withBand(plot, font);
      if (type === 'svg') {
        return svg;
      }
      return await this._toPng(svg);
    } finally {
      chart.destroy();
      host.remove();
    }
  }

  /** Saves the exported image under the toolbar's file name. */
  async download(type) {
    const image = await this.exportImage(type);
    if (!image) {
      return;
    }
    const url = type === 'svg' ? URL.createObjectURL(new Blob([image], { type: 'image/svg+xml;charset=utf-8' })) : image;
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.options.chart?.toolbar?.export?.png?.filename || 'bieu-do'}.${type}`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    if (type === 'svg') {
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }
  }

  _withBand(plot, font) {
    const info = this.exportInfo || {};
    const title = this.options.title?.text || '';
    const height = BAND_HEIGHT + EXPORT_HEIGHT;
    const family = escapeXml(font);
    const href = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(plot)}`;
    return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${EXPORT_WIDTH}" `
      + `height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}">`
      + `<rect width="${EXPORT_WIDTH}" height="${height}" fill="#ffffff"/>`
      + `<rect class="export-band" width="${EXPORT_WIDTH}" height="8" fill="#1f5f99"/>`
      + `<text x="24" y="50" font-family="${family}" font-size="26" font-weight="700" fill="#1c232b">${escapeXml(title)}</text>`
      + `<text x="24" y="82" font-family="${family}" font-size="18" fill="#37424d">${escapeXml(info.scope)}</text>`
      + `<text x="24" y="108" font-family="${family}" font-size="18" fill="#37424d">${escapeXml(info.asOf)}</text>`
      + `<image x="0" y="${BAND_HEIGHT}" width="${EXPORT_WIDTH}" height="${EXPORT_HEIGHT}" href="${escapeXml(href)}" `
      + `xlink:href="${escapeXml(href)}"/></svg>`;
  }

  _toPng(svg) {
    return new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = image.width * PNG_SCALE;
        canvas.height = image.height * PNG_SCALE;
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        resolve(canvas.toDataURL('image/png'));
      };
      image.onerror = reject;
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
  }

  _draw() {
    this._destroy();
    this.removeAttribute('drawn');
    const target = document.createElement('div');
    target.className = 'apex-chart-canvas';
    this._width = Math.round(this.getBoundingClientRect().width);
    // On a narrow screen the title, which the drawing cannot wrap, ran under the toolbar's menu icon: it is written
    // on a line of its own above the drawing instead (the chart's accessible name already holds it).
    const title = this.options.title?.text;
    this._narrow = this._width > 0 && this._width < NARROW;
    const options = this._withDefaults(this.options);
    if (this._narrow && title) {
      const heading = document.createElement('div');
      heading.className = 'apex-chart-title';
      heading.setAttribute('aria-hidden', 'true');
      heading.textContent = title;
      this.replaceChildren(heading, target);
      options.title = { ...options.title, text: undefined };
    } else {
      this.replaceChildren(target);
    }
    this._chart = new ApexCharts(target, options);
    this._chart.render().then(() => {
      this.setAttribute('drawn', '');
      this.dispatchEvent(new CustomEvent('chart-drawn'));
    });
  }

  /** Gives every legend item a label in the UI's language: "name, visible. Press Enter or Space…" translated. */
  _labelLegend() {
    const texts = this.accessibleTexts;
    if (!texts) {
      return;
    }
    this.querySelectorAll('.apexcharts-legend-series[aria-label]').forEach((item) => {
      const name = item.querySelector('.apexcharts-legend-text')?.textContent ?? '';
      const status = item.getAttribute('aria-pressed') === 'true' ? texts.hidden : texts.visible;
      const label = `${name}, ${status}. ${texts.toggle}`;
      if (item.getAttribute('aria-label') !== label) {
        item.setAttribute('aria-label', label);
      }
    });
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _withDefaults(options) {
    const format = FORMATTERS[this.valueFormat];
    const locale = this.language === 'en' ? en : vi;
    const chart = {
      ...options.chart,
      locales: [vi, en],
      defaultLocale: locale.name,
      redrawOnParentResize: true,
      fontFamily: 'inherit',
      // every chart shows its final picture at once: no entry animation, nor when redrawn at another size
      animations: { enabled: false },
    };
    const texts = this.accessibleTexts;
    if (texts && !chart.accessibility?.description) {
      // otherwise ApexCharts names the chart in English: "<title>. bar chart"
      const title = options.title?.text;
      chart.accessibility = { ...(chart.accessibility || {}), description: title ? `${texts.chart}: ${title}` : texts.chart };
    }
    const result = { ...options, chart };
    if (format) {
      const yaxis = (Array.isArray(options.yaxis) ? options.yaxis : [options.yaxis || {}]).map((axis) => ({
        ...axis,
        labels: { ...(axis.labels || {}), formatter: format },
      }));
      result.yaxis = Array.isArray(options.yaxis) || yaxis.length > 1 ? yaxis : yaxis[0];
      // slices are labelled with their share of the whole, which ApexCharts passes as a percentage
      const slices = ['donut', 'pie'].includes(options.chart?.type);
      result.dataLabels = { ...(options.dataLabels || {}), formatter: slices ? FORMATTERS.percent : format };
      result.tooltip = { ...(options.tooltip || {}), y: { formatter: format } };
      if (options.plotOptions?.bar?.horizontal) {
        result.xaxis = { ...(options.xaxis || {}), labels: { ...(options.xaxis?.labels || {}), formatter: format } };
        delete result.yaxis;
      }
    }
    if (options.xaxis?.type === 'datetime') {
      // a time axis: the tooltip writes the point's date as the axis does (dd/MM/yyyy)
      result.tooltip = { ...(result.tooltip || {}), x: { format: options.xaxis.labels?.format || 'dd/MM/yyyy' } };
    }
    return result;
  }
}

customElements.define('apex-chart', ApexChartElement);

import { LitElement } from 'lit';
import ApexCharts from 'apexcharts';
import vi from 'apexcharts/dist/locales/vi.json';
import en from 'apexcharts/dist/locales/en.json';

const NUMBER_LOCALE = 'vi-VN';

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
  };

  // Light DOM: ApexCharts measures and exports through the document.
  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if ((changed.has('options') || changed.has('valueFormat') || changed.has('language')) && this.options) {
      this._draw();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    // Redraw at the new width whenever the container changes size (grid columns settling, drawer, window).
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0].contentRect.width);
      if (this._chart && width > 0 && width !== this._width) {
        this._width = width;
        clearTimeout(this._resizeTimer);
        this._resizeTimer = setTimeout(() => this._chart?.updateOptions({ chart: { width } }, true, false), 100);
      }
    });
    this._resizeObserver.observe(this);
    if (this.hasUpdated && this.options && !this._chart) {
      this._draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
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

  _draw() {
    this._destroy();
    this.removeAttribute('drawn');
    const target = document.createElement('div');
    target.className = 'apex-chart-canvas';
    this.replaceChildren(target);
    this._width = Math.round(this.getBoundingClientRect().width);
    this._chart = new ApexCharts(target, this._withDefaults(this.options));
    this._chart.render().then(() => {
      this.setAttribute('drawn', '');
      this.dispatchEvent(new CustomEvent('chart-drawn'));
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
    };
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
    return result;
  }
}

customElements.define('apex-chart', ApexChartElement);

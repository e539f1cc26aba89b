// <headpin-chart>: Apache ECharts behind the Java component com.headpin.shared.ui.chart.Chart.
// A plain script served from META-INF/resources (not part of Vaadin's frontend bundle, so the build needs no Node
// step). It loads ECharts from its webjar the first time a chart is shown, renders the `option` property that Java
// sets (merging, so a live update animates instead of redrawing), follows the element's size, the app's dark theme
// (`theme="dark"` on <html>) and its `locale` attribute (ZH/EN), and reports item clicks as `chart-click` events.
// JSON cannot carry functions: a string "@format:<name>" anywhere in the option stands for a named formatter below.
(() => {
  'use strict';

  const FORMAT_PREFIX = '@format:';
  const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  const enWhole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  const enCents = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  // The rules of shared/Money.java, rounding half up as it does; kept in step by src/test/resources/chart/money.json.
  function wan(amount) {
    const abs = Math.abs(amount);
    if (abs < 10_000) {
      return String(amount) + '元';
    }
    // Rounded in whole hundreds of yuan (0.01万): exact in binary, so 12,350 rounds up to 1.24万 as in Java.
    return (amount < 0 ? '-' : '') + zhNumber.format(Math.round(abs / 100) / 100) + '万';
  }

  function yuanFull(amount) {
    const abs = Math.abs(amount);
    const digits = Number.isInteger(abs) ? enWhole : enCents;
    return (amount < 0 ? '-¥' : '¥') + digits.format(abs);
  }

  function yuanCompact(amount) {
    const abs = Math.abs(amount);
    const sign = amount < 0 ? '-¥' : '¥';
    if (abs >= 1_000_000) {
      return sign + (Math.round(abs / 100_000) / 10).toFixed(1) + 'M';
    }
    if (abs >= 1_000) {
      return sign + Math.round(abs / 1_000) + 'K';
    }
    return yuanFull(amount);
  }

  /** Named formatters: (amount, chinese) → text. Chinese reads every amount in 万, as Money does. */
  const FORMATTERS = {
    wan: (amount) => wan(amount),
    yuan: (amount, chinese) => (chinese ? wan(amount) : yuanFull(amount)),
    yuanCompact: (amount, chinese) => (chinese ? wan(amount) : yuanCompact(amount)),
    // A day given as epoch milliseconds (UTC midnight) on a value axis: "Mar 2027", "2027年3月".
    month: (millis, chinese) => {
      const day = new Date(millis);
      return chinese ? `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月`
        : day.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    },
  };

  /** ECharts passes a number (axis labels, tooltip valueFormatter) or item params (labels): use their value. */
  function formatterFunction(name, chinese) {
    const format = FORMATTERS[name];
    if (!format) {
      console.warn(`headpin-chart: no formatter "${name}"`);
      return undefined;
    }
    return (input) => {
      const value = input !== null && typeof input === 'object' ? input.value : input;
      const amount = Array.isArray(value) ? value[value.length - 1] : value;
      return typeof amount === 'number' ? format(amount, chinese) : String(amount ?? '');
    };
  }

  /** A copy of the option with every "@format:<name>" string replaced by that formatter. */
  function withFormatters(node, chinese) {
    if (typeof node === 'string' && node.startsWith(FORMAT_PREFIX)) {
      return formatterFunction(node.slice(FORMAT_PREFIX.length), chinese);
    }
    if (Array.isArray(node)) {
      return node.map((item) => withFormatters(item, chinese));
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withFormatters(value, chinese)]));
    }
    return node;
  }

  globalThis.HeadpinChartFormatters = { format: (name, amount, chinese) => FORMATTERS[name](amount, chinese) };
  if (typeof customElements === 'undefined' || customElements.get('headpin-chart')) {
    return; // outside a browser (the formatter test), or loaded twice
  }

  // The context root: this file is <root>/headpin/chart.js; the library path is relative to the root.
  const ROOT = new URL('..', document.currentScript?.src || document.baseURI);
  let library;

  function loadLibrary(path) {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    library ??= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(path, ROOT).href;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => {
        library = undefined;
        reject(new Error(`headpin-chart: could not load ${script.src}`));
      };
      document.head.append(script);
    });
    return library;
  }

  const seriesCount = (series) => (Array.isArray(series) ? series.length : (series ? 1 : 0));
  const isDark = () => /(^|\s)dark(\s|$)/.test(document.documentElement.getAttribute('theme') || '');

  class HeadpinChart extends HTMLElement {
    static observedAttributes = ['locale'];

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;position:relative;width:100%;height:300px}'
        + 'div{width:100%;height:100%}</style><div part="chart"></div>';
      this.container = root.querySelector('div');
    }

    set option(option) {
      this.currentOption = option;
      this.render(false);
    }

    get option() {
      return this.currentOption;
    }

    connectedCallback() {
      // Vaadin may set `option` before this script upgraded the element: take it over from the plain property.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const early = this.option;
        delete this.option;
        this.currentOption = early;
      }
      this.sizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.sizeObserver.observe(this);
      this.themeObserver = new MutationObserver(() => this.init());
      this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
      loadLibrary(this.getAttribute('library')).then(() => this.init(), (error) => console.error(error));
    }

    disconnectedCallback() {
      this.sizeObserver?.disconnect();
      this.themeObserver?.disconnect();
      this.chart?.dispose();
      this.chart = undefined;
    }

    attributeChangedCallback() {
      this.init();
    }

    /** (Re)creates the ECharts instance when theme or locale differ from the one it was made with. */
    init() {
      if (!this.isConnected || !window.echarts) {
        return;
      }
      const dark = isDark();
      const locale = this.getAttribute('locale') === 'ZH' ? 'ZH' : 'EN';
      if (this.chart && this.chartDark === dark && this.chartLocale === locale) {
        return;
      }
      this.chart?.dispose();
      this.chartDark = dark;
      this.chartLocale = locale;
      this.chart = window.echarts.init(this.container, dark ? 'dark' : null, { locale });
      this.chart.on('click', (item) => this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          seriesId: item.seriesId ?? null,
          seriesName: item.seriesName ?? null,
          name: item.name ?? null,
          dataIndex: item.dataIndex ?? -1,
          value: item.value ?? null,
        },
      })));
      this.render(true);
    }

    render(fresh) {
      if (!this.chart || !this.currentOption) {
        return;
      }
      const option = withFormatters(this.currentOption, this.chartLocale === 'ZH');
      option.backgroundColor ??= 'transparent'; // the card's colour, also under the dark theme
      // Merge keeps the drawn chart and animates to the new values; only fewer series than shown need a redraw.
      const shown = fresh ? 0 : seriesCount(this.chart.getOption()?.series);
      this.chart.setOption(option, { notMerge: seriesCount(option.series) < shown });
    }
  }

  customElements.define('headpin-chart', HeadpinChart);
})();

// <peer-support-screener>: the screener as a custom element, and its JavaScript API.
//
//   <script type="module" src="/screener/peer-support-screener.js"></script>
//   <peer-support-screener program="nc-pss" lang="en" audience="staff"></peer-support-screener>
//
// Exports `ready` (resolves once the WebAssembly is loaded), `programs()` and `screen(request)`
// (SCREENING.md). Each element renders in its own open shadow root: the host page's CSS does not
// reach in, and the widget's CSS does not leak out. Attributes are passed to the widget as text
// only. The widget sends nothing anywhere; it dispatches `screening-change` events whose `detail`
// is the response JSON, for the host page to use if it chooses.

import init, { mount, programs as wasmPrograms, screen as wasmScreen } from './screener.js';

const stylesheet = new URL('./screener.css', import.meta.url).href;
const loading = init();

/** Resolves once the WebAssembly is loaded and `programs()` and `screen()` can be called. */
export const ready = loading.then(() => undefined);

let loaded = false;
loading.then(() => { loaded = true; }, () => {});

function whenLoaded(call) {
  if (!loaded) {
    const error = new Error('The screener is still loading: await `ready` first.');
    error.code = 'not_ready';
    error.question = null;
    throw error;
  }
  return call();
}

/** Every program with its questions, criteria and wording (`peer-screen programs`). */
export function programs() {
  return whenLoaded(() => wasmPrograms());
}

/**
 * Screens one request. Throws an Error with `code` and `question` on bad input; the module keeps
 * working afterwards.
 */
export function screen(request) {
  return whenLoaded(() => wasmScreen(request));
}

/** Attribute names and the option each one sets. */
const OPTIONS = {
  program: 'program',
  state: 'state',
  lang: 'lang',
  audience: 'audience',
  'heading-level': 'headingLevel',
  layout: 'layout',
  history: 'history',
};

export class PeerSupportScreener extends HTMLElement {
  static get observedAttributes() {
    return Object.keys(OPTIONS);
  }

  #handle = null;
  #container;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    this.#container = document.createElement('div');
    this.#container.className = 'pss-host';
    root.append(link, this.#container);
  }

  connectedCallback() {
    ready.then(() => {
      if (!this.isConnected || this.#handle) return;
      const options = { onChange: (response) => this.#changed(response) };
      for (const [attribute, option] of Object.entries(OPTIONS)) {
        const value = this.getAttribute(attribute);
        if (value !== null) options[option] = String(value);
      }
      this.#handle = mount(this.#container, options);
    }, (error) => console.error('peer-support-screener: the WebAssembly did not load', error));
  }

  disconnectedCallback() {
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle = null;
    }
  }

  attributeChangedCallback(name, oldValue, value) {
    if (this.#handle && oldValue !== value) {
      this.#handle.set_option(OPTIONS[name], value === null ? undefined : String(value));
    }
  }

  #changed(response) {
    this.dispatchEvent(new CustomEvent('screening-change', { detail: response, bubbles: true, composed: true }));
  }
}

if (!customElements.get('peer-support-screener')) {
  customElements.define('peer-support-screener', PeerSupportScreener);
}

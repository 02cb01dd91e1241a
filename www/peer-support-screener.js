// <peer-support-screener>: the screener as a custom element, and its JavaScript API.
//
//   <script type="module" src="/screener/peer-support-screener.js" integrity="sha384-…" crossorigin="anonymous"></script>
//   <peer-support-screener program="nc-pss" lang="en" audience="staff"></peer-support-screener>
//
// Exports `ready` (resolves once the WebAssembly of the JavaScript API is loaded: it is fetched
// when first awaited), `programs()` and `screen(request)` (SCREENING.md). `cargo xtask dist`
// makes this file self-contained: it puts builds.js, with every build's wasm-bindgen glue and the
// SHA-384 of its WebAssembly, in place of the `import … from './builds.js'` line below and writes
// the SHA-384 of the full build's WebAssembly and of the stylesheet into INTEGRITY, so that the
// one `integrity` of the script tag pins every byte the widget runs: a changed `.wasm` or `.css`
// is refused by the browser and the widget does not start. Each element loads the build its
// attributes need (builds.js): a family's element, the guided path in its language alone.
//
// Privacy (EMBEDDING.md §4): each element renders in a closed shadow root (`shadow="open"` for
// test environments) that `attachInternals()` cannot hand out (`disabledFeatures`), and carries
// the "do not record" markers of the common session-replay tools, put back whenever the page
// changes them. What a person types, clicks or copies inside it stops at the shadow root (the
// page's own listeners hear none of it, but for capture-phase listeners on the window and the
// document, which run first). It dispatches `screening-change` only when the page asks for it
// with `events="summary"` or `events="full"`, read once, when the element is first connected; on
// the element only (not bubbling, not composed), its `detail` null to any listener but the
// element's own. The theme's custom properties are registered as colors and lengths, so that a
// page's `url(…)` in one loads nothing. Attributes are passed to the widget as text only. The
// widget sends nothing anywhere.

import { build, mountSwitching, wasmOf } from './builds.js';

/** `{ wasm, css }`: the `sha384-…` of screener_bg.wasm (the full build) and screener.css (cargo xtask dist). */
const INTEGRITY = /*dist:integrity*/ null;

const here = new URL(import.meta.url);
const moduleUrl = here.href.split(/[?#]/)[0];
const stylesheet = new URL('./screener.css', here).href;

/** The short messages a widget shows when it cannot go on, in its two languages. */
const PROBLEMS = {
  failed: {
    en: 'The screener could not load. Please reload the page.',
    es: 'No se pudo cargar la evaluación. Vuelva a cargar la página.',
  },
  trapped: {
    en: 'The screener stopped working. Please reload the page to continue.',
    es: 'La evaluación dejó de funcionar. Vuelva a cargar la página para continuar.',
  },
};

/** The markers that session-replay and analytics tools document for "do not record this". */
const DO_NOT_RECORD = {
  attributes: [
    ['data-private', ''], // LogRocket
    ['data-dd-privacy', 'hidden'], // Datadog
  ],
  classes: [
    'fs-exclude', // Fullstory
    'ph-no-capture', // PostHog
    'sentry-block', // Sentry
    'ym-hide-content', // Yandex Metrica
  ],
};

/**
 * The events that carry what a person types, points at, selects or copies, and that cross a
 * shadow root (composed): stopped there, after the widget has handled them, so that the page's
 * bubbling listeners (analytics, tag managers, replay tools) never hear them.
 */
const CONTAINED = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput',
  'compositionstart', 'compositionupdate', 'compositionend',
  'copy', 'cut', 'paste', 'selectstart', 'selectionchange',
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout',
  'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'pointercancel',
  'touchstart', 'touchmove', 'touchend', 'touchcancel', 'wheel',
  'dragstart', 'drag', 'dragend', 'dragenter', 'dragleave', 'dragover', 'drop',
  'focusin', 'focusout',
];

/**
 * The theme's custom properties (EMBEDDING.md §3) and what each accepts: registered on the page,
 * so that a value of another kind (`url(…)`, which would load an image exactly when a style that
 * uses it applies) is the default instead.
 */
const THEME = [
  ['--pss-accent', '<color>', '#0b57d0'],
  ['--pss-accent-dark', '<color>', '#8ab4f8'],
  ['--pss-radius', '<length>', '6px'],
  ['--pss-space', '<length>', '16px'],
];
for (const [name, syntax, initialValue] of THEME) {
  try {
    CSS.registerProperty({ name, syntax, inherits: true, initialValue });
  } catch (error) {
    // Registered already: by another copy of this file (the same syntax), or by a script that ran
    // first, which could do worse than this anyway (EMBEDDING.md §4); or a browser without it.
    console.warn(`peer-support-screener: ${name} could not be registered (registered before this file ran, or not supported); it may accept more than a ${syntax}.`, error);
  }
}

/** The keys of the `summary` shape of `screening-change`. */
const SUMMARY = ['program', 'version', 'as_of', 'outcome', 'eligible_from', 'rescreen_on', 'missing'];

/** null while all is well; 'trapped' after a trap (then every widget stops). */
let broken = null;
/** The full build's exports once loaded (the JavaScript API's), else null. */
let api = null;
/** The connected elements, told when the WebAssembly traps. */
const instances = new Set();

/** The full build (the JavaScript API's), fetched the first time it is asked for. */
let loading = null;
function loadApi() {
  if (!loading) {
    loading = INTEGRITY
      ? build('full', here, INTEGRITY.wasm)
      : Promise.reject(new Error('peer-support-screener.js was not built by `cargo xtask dist`'));
    loading.then(
      (exports) => {
        api = exports;
      },
      (error) => {
        console.error(
          `peer-support-screener: ${wasmOf('full', here)} did not load, or failed its integrity check (a file that differs from this build is refused); the screener will not start.`,
          error,
        );
      },
    );
  }
  return loading;
}

/**
 * `ready`: a promise that starts fetching the JavaScript API's WebAssembly when it is first
 * awaited (or `then`, `catch`, `finally` is called on it), so that a page that only shows an
 * element for families never loads it.
 */
class Ready extends Promise {
  static get [Symbol.species]() {
    return Promise;
  }

  then(onFulfilled, onRejected) {
    return loadApi().then(() => undefined).then(onFulfilled, onRejected);
  }
}

/** Resolves once the WebAssembly is loaded and `programs()` and `screen()` can be called. */
export const ready = new Ready(() => {});

function coded(code, message) {
  const error = new Error(message);
  error.code = code;
  error.question = null;
  return error;
}

/** Whether `error` is a trap of this module's WebAssembly (not one of the host page's). */
function isOurTrap(error) {
  return error instanceof WebAssembly.RuntimeError && String(error.stack || '').includes(moduleUrl);
}

/** The WebAssembly trapped: its state can no longer be trusted, so every widget asks to be reloaded. */
function trapped(error) {
  if (broken === 'trapped') return;
  broken = 'trapped';
  console.error('peer-support-screener: the WebAssembly stopped (a trap); every screener on this page asks to be reloaded.', error);
  for (const element of instances) element.showProblem('trapped');
}

// A trap inside an event handler of a widget reaches the window, not a caller of ours.
addEventListener('error', (event) => {
  if (isOurTrap(event.error)) trapped(event.error);
});
addEventListener('unhandledrejection', (event) => {
  if (isOurTrap(event.reason)) trapped(event.reason);
});

/** Calls into the WebAssembly; a trap is caught, reported to every widget, and thrown as a coded Error. */
function call(into) {
  if (broken === 'trapped') throw coded('not_ready', 'The screener stopped after an internal error: reload the page.');
  try {
    return into();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      trapped(error);
      throw coded('not_ready', 'The screener stopped after an internal error: reload the page.');
    }
    throw error;
  }
}

/** The JavaScript API's exports, or a coded Error while they are not loaded. */
function loaded() {
  if (broken !== 'trapped' && !api) {
    loadApi().catch(() => {});
    throw coded('not_ready', 'The screener is still loading: await `ready` first.');
  }
  return api;
}

/** Every program with its questions, criteria and wording (`peer-screen programs`). */
export function programs() {
  return call(() => loaded().programs());
}

/**
 * Screens one request. Throws an Error with `code` and `question` on bad input; the module keeps
 * working afterwards. Error messages are plain text, never HTML.
 */
export function screen(request) {
  return call(() => loaded().screen(request));
}

/** Attribute names and the option each one sets (as text; the widget checks each value). */
const OPTIONS = {
  program: 'program',
  state: 'state',
  lang: 'lang',
  audience: 'audience',
  'heading-level': 'headingLevel',
  'idle-minutes': 'idleMinutes',
  crisis: 'crisis',
  exit: 'exit',
  'exit-url': 'exitUrl',
  'contact-name': 'contactName',
  'contact-phone': 'contactPhone',
  'contact-email': 'contactEmail',
  'contact-url': 'contactUrl',
  'contact-hours': 'contactHours',
  layout: 'layout',
  history: 'history',
};

function summary(response) {
  const out = {};
  if (response && typeof response === 'object') {
    for (const key of SUMMARY) if (key in response) out[key] = response[key];
  }
  return out;
}

/**
 * `screening-change`: its `detail` is the element's listeners' alone. A capture listener on the
 * window or the document (the event passes them on its way to the element, as every event does)
 * reads `null`, and so does anyone after the event.
 */
class ScreeningChange extends Event {
  #element;
  #detail;

  constructor(element, detail) {
    super('screening-change', { bubbles: false, composed: false });
    this.#element = element;
    this.#detail = detail;
  }

  get detail() {
    return this.currentTarget === this.#element ? this.#detail : null;
  }
}

export class PeerSupportScreener extends HTMLElement {
  static get observedAttributes() {
    return Object.keys(OPTIONS);
  }

  /** `element.attachInternals()` throws: it would hand any script the closed shadow root. */
  static disabledFeatures = ['internals'];

  #handle = null;
  #root = null;
  #container = null;
  #styled = null;
  #problem = null;
  /** The `events` shape asked for when the element was first connected, or null for good. */
  #events = null;

  connectedCallback() {
    instances.add(this);
    if (!this.#root) {
      const events = this.getAttribute('events');
      if (events === 'summary' || events === 'full') this.#events = events;
      else if (events !== null) console.warn('peer-support-screener: ignored events: it should be "summary" or "full"');
      this.#build();
    }
    if (broken) {
      this.showProblem(broken);
      return;
    }
    this.#styled.then(
      () => {
        if (!this.isConnected || this.#handle || broken) return;
        this.#mount();
      },
      () => {},
    );
  }

  disconnectedCallback() {
    instances.delete(this);
    if (this.#handle) {
      const handle = this.#handle;
      this.#handle = null;
      try {
        call(() => handle.destroy());
      } catch {
        // A trap is already reported; nothing else is left to undo.
      }
    }
  }

  attributeChangedCallback(name, oldValue, value) {
    if (!this.#handle || oldValue === value) return;
    const handle = this.#handle;
    call(() => handle.set_option(OPTIONS[name], value === null ? undefined : String(value)));
  }

  /** The shadow root (closed unless `shadow="open"`), its stylesheet and container, and the markers. */
  #build() {
    const declared = this.getAttribute('shadow') === 'open' && this.shadowRoot && this.shadowRoot.querySelector(':scope > .pss-host');
    if (declared) this.#adopt(declared);
    else this.#attach();
    this.#mark();
    // The page may set its own (`data-dd-privacy="allow"`), or a framework rewrite `className`:
    // the markers are put back at once.
    new MutationObserver(() => this.#mark()).observe(this, {
      attributes: true,
      attributeFilter: ['class', ...DO_NOT_RECORD.attributes.map(([name]) => name)],
    });
    for (const type of CONTAINED) this.#root.addEventListener(type, (event) => event.stopPropagation());
  }

  /** A stylesheet link's outcome: resolves once it applies; on a failure, says so and rejects. */
  #watch(link) {
    return new Promise((resolve, reject) => {
      let told = false;
      const failed = () => {
        if (told) return;
        told = true;
        console.error(
          `peer-support-screener: ${stylesheet} did not load, or failed its integrity check (a file that differs from this build is refused); this screener will not start.`,
        );
        this.showProblem('failed');
        reject(new Error('the stylesheet did not load'));
      };
      if (link.sheet) {
        resolve();
        return;
      }
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', failed, { once: true });
      // A link of the page's markup may have failed before this ran: by the page's load, it has
      // applied or it never will.
      if (link.isConnected) {
        const settled = () => (link.sheet ? resolve() : failed());
        if (document.readyState === 'complete') queueMicrotask(settled);
        else addEventListener('load', settled, { once: true });
      }
    });
  }

  /** A shadow root of its own, its stylesheet and its container. */
  #attach() {
    this.#root = this.attachShadow({ mode: this.getAttribute('shadow') === 'open' ? 'open' : 'closed' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = 'anonymous';
    if (INTEGRITY) link.integrity = INTEGRITY.css;
    this.#styled = this.#watch(link);
    link.href = stylesheet;
    this.#container = document.createElement('div');
    this.#container.className = 'pss-host';
    this.#root.append(link, this.#container);
  }

  /**
   * The shadow root the page declared (embed.html: open, with its pinned stylesheet and the first
   * screen `cargo xtask dist` wrote and start.js showed), taken as it is: the first screen stays
   * until the widget takes its place, and the page's own message (shown through the slot until
   * then, or when the script is refused) goes.
   */
  #adopt(container) {
    this.#root = this.shadowRoot;
    const link = this.#root.querySelector(':scope > link[rel=stylesheet]');
    this.#styled = link ? this.#watch(link) : Promise.resolve();
    for (const slot of this.#root.querySelectorAll('slot')) slot.remove();
    this.#container = container;
  }

  /** Sets the "do not record" markers on the element and its container, where one is missing. */
  #mark() {
    for (const target of [this, this.#container]) {
      for (const [name, value] of DO_NOT_RECORD.attributes) if (target.getAttribute(name) !== value) target.setAttribute(name, value);
      const missing = DO_NOT_RECORD.classes.filter((name) => !target.classList.contains(name));
      if (missing.length) target.classList.add(...missing);
    }
  }

  /** The widget's options: the attributes as they are now, as text. */
  #options() {
    const options = {};
    for (const [attribute, option] of Object.entries(OPTIONS)) {
      const value = this.getAttribute(attribute);
      if (value !== null) options[option] = String(value);
    }
    // No `events` at the first connection: no onChange at all, so no screening ever reaches the
    // page, wherever the element is moved later and whatever the attribute says then.
    if (this.#events) {
      options.events = this.#events;
      options.onChange = (response) => this.#changed(response);
    }
    return options;
  }

  #mount() {
    if (!INTEGRITY) {
      console.error('peer-support-screener: peer-support-screener.js was not built by `cargo xtask dist`; the screener will not start.');
      this.showProblem('failed');
      return;
    }
    try {
      this.#handle = call(() => mountSwitching(this.#container, () => this.#options(), {
        base: here,
        fullIntegrity: INTEGRITY.wasm,
        defaultAudience: 'staff',
        failed: (name, error) => {
          console.error(
            `peer-support-screener: ${wasmOf(name, here)} did not load, or failed its integrity check (a file that differs from this build is refused); this screener will not start.`,
            error,
          );
          this.showProblem('failed');
        },
        moved: (container) => {
          this.#container = container;
        },
      }));
      // A build that does not load is said above (`failed`); nothing else is left to do.
      this.#handle.ready.catch(() => {});
    } catch (error) {
      if (!broken) console.error('peer-support-screener: the widget could not be mounted', error);
    }
  }

  #changed(response) {
    // Removing the attribute stops the events for good; an element first connected for the
    // summary never gives more than the summary, whatever the attribute says later.
    if (!this.hasAttribute('events')) this.#events = null;
    if (!this.#events) return;
    const detail = this.#events === 'summary' ? summary(response) : response;
    this.dispatchEvent(new ScreeningChange(this, detail));
  }

  /**
   * Shows why the widget cannot go on, in its language, above whatever it shows (nothing is
   * erased: the person can still read their answers), and makes the frozen form inert.
   * @param {'failed' | 'trapped'} kind
   */
  showProblem(kind) {
    if (!this.#root) return;
    const inner = this.#container && this.#container.querySelector('[lang]');
    const lang = (inner && inner.getAttribute('lang')) || this.getAttribute('lang') || 'en';
    const words = PROBLEMS[kind] || PROBLEMS.failed;
    const text = words[lang === 'es' ? 'es' : 'en'];
    if (!this.#problem) {
      this.#problem = document.createElement('p');
      this.#problem.className = 'pss-problem';
      this.#problem.setAttribute('role', 'alert');
      this.#root.insertBefore(this.#problem, this.#container);
    }
    this.#problem.lang = lang === 'es' ? 'es' : 'en';
    this.#problem.dataset.problem = kind;
    this.#problem.textContent = text;
    if (this.#container) this.#container.inert = true;
  }
}

const defined = customElements.get('peer-support-screener');
if (!defined) {
  customElements.define('peer-support-screener', PeerSupportScreener);
} else if (defined !== PeerSupportScreener) {
  // A script that ran first (or another copy of this file, from another address) owns the name:
  // those elements are not this screener, and nothing here can change that (EMBEDDING.md §4).
  console.error('peer-support-screener: <peer-support-screener> was defined before this file ran, by another script; the elements on this page are not this screener.');
}

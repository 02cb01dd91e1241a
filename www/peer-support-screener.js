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
//
// When it cannot start on a page (the page's policy blocks its WebAssembly or its files, or a
// file differs from this build), each element shows `[data-fallback]` in its shadow root: a short
// message in its language and a link to the screener's own page (`fallback-url`, by default the
// standalone index.html beside this file); the console names the directive or the file, and the
// line to add (EMBEDDING.md, "The widget does not show"). Until the element is defined, the text
// the page put inside it shows instead (and stays when this file never runs at all).

import { build, mountSwitching, names, wasmOf } from './builds.js';

/** `{ wasm, css }`: the `sha384-…` of screener_bg.wasm (the full build) and screener.css (cargo xtask dist). */
const INTEGRITY = /*dist:integrity*/ null;

const here = new URL(import.meta.url);
const moduleUrl = here.href.split(/[?#]/)[0];
const stylesheet = new URL('./screener.css', here).href;

/** The short messages a widget shows when it cannot go on, in its two languages. */
const PROBLEMS = {
  trapped: {
    en: 'The screener stopped working. Please reload the page to continue.',
    es: 'La evaluación dejó de funcionar. Vuelva a cargar la página para continuar.',
  },
};

/**
 * What an element shows when it cannot start on this page (its WebAssembly or its stylesheet was
 * blocked or refused: EMBEDDING.md, "The widget does not show"), in its two languages, with a link
 * to the screener's own page (`fallback-url`; by default the standalone page beside this file).
 */
const FALLBACK = {
  en: { says: 'The screener could not load on this page.', link: 'Open the screener on its own page' },
  es: { says: 'No se pudo cargar la evaluación en esta página.', link: 'Abrir la evaluación en su propia página' },
};

/**
 * The Content-Security-Policy violations of this page that concern the screener (its files, or
 * compiling its WebAssembly), for the console's account of why it cannot start. Only the
 * directive, the address blocked and the policy are kept.
 */
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const blocked = String(event.blockedURI || '');
  if (blocked === 'wasm-eval' || blocked === stylesheet || names().some((name) => blocked === wasmOf(name, here))) {
    violations.push({ directive: event.effectiveDirective || event.violatedDirective, blocked, policy: event.originalPolicy || '' });
  }
}, true);

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

/** Whether the console has been told why the stylesheet did not load. */
let stylesheetExplained = false;
/** Whether the console has been told why a build's WebAssembly did not load (one account per
 * page, though a page's elements may load two builds: a page's policy or a copied folder stops
 * them all alike). */
let wasmExplained = false;
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
        explainWasm('full', error);
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

/** Says on the console, once per page, why build `name`'s WebAssembly stopped the screener. */
function explainWasm(name, error) {
  if (wasmExplained) return;
  wasmExplained = true;
  explain(wasmOf(name, here), error);
}

/** A moment, for the browser to report the policy violations of what just failed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** `'self'` for a file of this page's origin, otherwise the files' origin: what a directive must name. */
const filesSource = () => (here.origin === location.origin ? "'self'" : here.origin);

/**
 * The directive of `policy` that governs `directive` (CSP's fallback list: `style-src-elem` falls
 * back to `style-src`, then `default-src`), with `source` added: the line the page's policy needs.
 */
function lineToAdd(policy, directive, source) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  const chain = directive === 'style-src-elem' ? ['style-src-elem', 'style-src'] : directive === 'script-src-elem' ? ['script-src-elem', 'script-src'] : [directive];
  const name = chain.find((n) => directives.has(n)) || chain[chain.length - 1];
  const values = (directives.get(name) || directives.get('default-src') || []).filter((v) => v !== "'none'" && v !== source);
  return `${name} ${[...values, source].join(' ')}`;
}

/**
 * Says on the console why `file` stopped the screener, and the line to add where that is a line
 * of the page's policy: its Content-Security-Policy (the directive the browser reported), a file
 * that differs from this build (its integrity), or a file the server did not give.
 */
async function explain(file, error) {
  const prefix = `peer-support-screener: ${file} was refused, so the screener will not start on this page`;
  const policyBlocked = error instanceof WebAssembly.CompileError && /Content.Security.Policy/i.test(error.message);
  await settle();
  const found = violations.filter((v) => v.blocked === file || (policyBlocked && v.blocked === 'wasm-eval'));
  if (policyBlocked) {
    const lines = found.length ? found.map((v) => lineToAdd(v.policy, v.directive, "'wasm-unsafe-eval'")) : ["script-src 'self' 'wasm-unsafe-eval'"];
    console.error(`${prefix}: this page's Content-Security-Policy does not let it compile WebAssembly (script-src has no 'wasm-unsafe-eval', which allows WebAssembly and not JavaScript's eval). Add it to the policy: ${[...new Set(lines)].join(' | ')}`, error);
    return;
  }
  if (found.length) {
    const lines = [...new Set(found.map((v) => lineToAdd(v.policy, v.directive, filesSource())))];
    const directives = [...new Set(found.map((v) => v.directive))].join(', ');
    console.error(`${prefix}: this page's Content-Security-Policy blocks it (${directives}). Add where the screener's files are to the policy: ${lines.join(' | ')}`, error || '');
    return;
  }
  // The file again, without its integrity: given, it differs from this build; otherwise, why not.
  const fetched = await fetch(file, { mode: 'cors', credentials: 'omit', cache: 'no-store' }).then(
    (response) => (response.ok ? 'differs' : `HTTP ${response.status}`),
    () => 'unreachable',
  );
  if (fetched === 'differs') {
    console.error(`${prefix}: it failed its integrity check (a file that differs from this build is refused). Copy the whole folder of one release, with that release's script tag and its integrity.`, error || '');
  } else if (fetched === 'unreachable') {
    console.error(`${prefix}: it could not be fetched (the network, or a server of another origin that does not send Access-Control-Allow-Origin for it: EMBEDDING.md §6).`, error || '');
  } else {
    console.error(`${prefix}: the server answered ${fetched}. Copy every file of the release into the folder of peer-support-screener.js.`, error || '');
  }
}

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

/**
 * Whether the element would take `value` for the attribute `name`: null when it would, otherwise
 * the reason it would leave the value out (its console warning's words). The snippet builder
 * (`builder.html`) checks values with it, after `ready`.
 */
export function checkOption(name, value) {
  return call(() => loaded().checkOption(name, value));
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
      const fallback = this.getAttribute('fallback-url');
      const refused = fallback === null || fallback.trim() === '' ? null : webAddress(fallback);
      if (refused) console.warn(`peer-support-screener: ignored the option \`fallback-url\`: ${refused}`);
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
    // A shadow root's own children (`:scope` in a shadow root's querySelector matches nothing).
    const declared = this.getAttribute('shadow') === 'open' && this.shadowRoot && [...this.shadowRoot.children].find((child) => child.matches('.pss-host'));
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
        this.showProblem('failed');
        // One account per page, though every element's link failed alike.
        if (!stylesheetExplained) {
          stylesheetExplained = true;
          explain(stylesheet, null);
        }
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
    const link = [...this.#root.children].find((child) => child.matches('link[rel=stylesheet]'));
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
          this.showProblem('failed');
          explainWasm(name, error);
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
   * Shows why the widget cannot go on, in its language. `failed` (it could not start here: its
   * WebAssembly or stylesheet was blocked or refused): `[data-fallback]`, a short message and a
   * link to the screener's own page (`fallback-url`). `trapped`: a message above whatever it
   * shows (nothing is erased: the person can still read their answers). Either way the widget
   * underneath is made inert.
   * @param {'failed' | 'trapped'} kind
   */
  showProblem(kind) {
    if (!this.#root) return;
    const inner = this.#container && this.#container.querySelector('[lang]');
    const lang = ((inner && inner.getAttribute('lang')) || this.getAttribute('lang') || 'en') === 'es' ? 'es' : 'en';
    if (this.#problem) this.#problem.remove();
    this.#problem = document.createElement(kind === 'failed' ? 'div' : 'p');
    this.#problem.className = 'pss-problem';
    this.#problem.setAttribute('role', 'alert');
    this.#problem.lang = lang;
    this.#problem.dataset.problem = kind;
    if (kind === 'failed') {
      const words = FALLBACK[lang];
      const says = document.createElement('p');
      says.textContent = words.says;
      const link = document.createElement('a');
      link.href = this.#fallbackUrl(lang);
      link.textContent = words.link;
      const line = document.createElement('p');
      line.append(link);
      this.#problem.dataset.fallback = '';
      this.#problem.append(says, line);
    } else {
      this.#problem.textContent = (PROBLEMS[kind] || PROBLEMS.trapped)[lang];
    }
    this.#root.insertBefore(this.#problem, this.#container);
    if (this.#container) this.#container.inert = true;
  }

  /**
   * The page the fallback links to: `fallback-url` when it is an address the element would show
   * (the rule of `exit-url` and `contact-url`: [`webAddress`]), otherwise the standalone page
   * beside this file, in the element's language.
   */
  #fallbackUrl(lang) {
    const given = this.getAttribute('fallback-url');
    // A refused value was warned of when the element was first connected.
    if (given !== null && given.trim() !== '' && webAddress(given) === null) return new URL(given.trim()).href;
    const page = new URL('./index.html', here);
    if (lang !== 'en') page.searchParams.set('lang', lang);
    return page.href;
  }
}

/** What an address may not hold though a reader cannot see it (`contact::is_hidden`). */
const HIDDEN = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * `null` when `value` is an address the element takes, otherwise why not, in the words of
 * `crates/form/src/contact.rs`'s `web_address` (whose rule this is: an absolute `https:` or
 * `http:` address with a host, no user name before it, nothing hidden or reordered). Written
 * again here because `fallback-url` is needed exactly when the WebAssembly could not start;
 * `e2e/fallback-blocked.test.mjs` holds the two to the same answers.
 */
function webAddress(given) {
  const value = given.trim();
  const notAnAddress = 'only https: and http: addresses are shown';
  if (new TextEncoder().encode(value).length > 2000) return 'it is too long';
  if (HIDDEN.test(value)) return 'it holds characters that reorder or hide text (bidirectional controls, zero-width spaces)';
  const scheme = /^https?:\/\//i.exec(value);
  if (!scheme) return notAnAddress;
  // Whitespace and control characters (as Rust counts them), a backslash, a quotation mark.
  if (/[\s\u0000-\u001f\u007f-\u009f\\"]/.test(value)) return notAnAddress;
  const rest = value.slice(scheme[0].length);
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  if (authority.includes('@')) return 'an address with a user name or password before its host goes elsewhere than it reads';
  // The port, when given: after the last `:` that is not inside an IPv6 literal's `[…]`.
  const colon = authority.lastIndexOf(':');
  const hasPort = colon >= 0 && !authority.slice(colon).includes(']');
  const host = hasPort ? authority.slice(0, colon) : authority;
  const port = hasPort ? authority.slice(colon) : '';
  if (port.length > 6 || !/^(:[0-9]*)?$/.test(port)) return notAnAddress;
  const dotted = host.replace(/[\u3002\uFF0E\uFF61]/g, '.');
  const hostOk = host.startsWith('[')
    ? /^\[[0-9a-f:.]+\]$/i.test(host)
    : /^[a-z0-9\-_.\u0080-\u{10FFFF}]+$/iu.test(dotted) && dotted !== '.';
  if (!hostOk) return notAnAddress;
  try {
    // What the browser cannot parse (a rare label that IDNA refuses) cannot be a link either.
    new URL(value);
  } catch {
    return notAnAddress;
  }
  return null;
}

const defined = customElements.get('peer-support-screener');
if (!defined) {
  customElements.define('peer-support-screener', PeerSupportScreener);
} else if (defined !== PeerSupportScreener) {
  // A script that ran first (or another copy of this file, from another address) owns the name:
  // those elements are not this screener, and nothing here can change that (EMBEDDING.md §4).
  console.error('peer-support-screener: <peer-support-screener> was defined before this file ran, by another script; the elements on this page are not this screener.');
}

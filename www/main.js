// The standalone page: one widget in the page's own DOM; the page's language and title follow
// the widget's language. `cargo xtask dist` makes this file self-contained (builds.js, with every
// build's wasm-bindgen glue and hash, in place of the import below) and writes the SHA-384 of the
// full build's WebAssembly and of the stylesheet into INTEGRITY; index.html pins this file and
// the stylesheet with their own `integrity`. A family loads the family build of its language
// only; the staff wording loads the full build (builds.js).
//
// The settings that keep a person safe are the publisher's, read from index.html's markup, never
// from a link (EMBEDDING.md §4): the agency's contact (`data-pss-contact-name`, `-phone`,
// `-email`, `-url`, `-hours`), help in a crisis (`data-pss-crisis`), "Exit this page"
// (`data-pss-exit`, `data-pss-exit-url`) and the idle start-over (`data-pss-idle-minutes`, 15
// when absent; 0 turns it off), on the `#screener` element: the element's attribute names
// (EMBEDDING.md §2) after `data-pss-`. The query holds only what cannot harm: `?lang=`, and
// `?audience=staff` (staff wording and the one-page form; the page opens on the family's guided
// path) or `?layout=guided|form`. The browser's Back goes to the guided path's previous step
// (`history`). Once the screener has started and the page has loaded, the page registers sw.js,
// which keeps this build's files (and only them) for offline use, through the one Trusted Types
// policy the page's script needs.
import { build, chooseBuild, mountSwitching, wasmOf } from './builds.js';

/** `{ wasm, css }`: the `sha384-…` of screener_bg.wasm (the full build) and screener.css (cargo xtask dist). */
const INTEGRITY = /*dist:integrity*/ null;

const IDLE_MINUTES = '15';
/** The query parameters a link may set (as text; the widget checks each), and the option each sets. */
const FROM_QUERY = [['lang', 'lang'], ['audience', 'audience'], ['layout', 'layout']];
/** The publisher's settings: `data-pss-*` attributes of #screener (as text; the widget checks each). */
const FROM_MARKUP = [
  ['pssCrisis', 'crisis'], ['pssExit', 'exit'], ['pssExitUrl', 'exitUrl'],
  ['pssContactName', 'contactName'], ['pssContactPhone', 'contactPhone'], ['pssContactEmail', 'contactEmail'],
  ['pssContactUrl', 'contactUrl'], ['pssContactHours', 'contactHours'],
];
/** The footer's links, in the widget's language (the rules page's title is its words table's:
 * xtask/src/site/rules/words.rs, checked by its tests). */
const FOOTER = {
  en: { label: 'About this screener', accessibility: ['accessibility.html', 'Accessibility'], privacy: ['privacy.html', 'Privacy'], rules: ['rules.html', 'The rules, with their sources'], caseload: 'Staff: screen a whole caseload from a CSV file' },
  es: { label: 'Sobre esta evaluación', accessibility: ['accessibility.es.html', 'Accesibilidad'], privacy: ['privacy.es.html', 'Privacidad'], rules: ['rules.es.html', 'Las reglas, con sus fuentes'], caseload: 'Personal: evaluar una lista de casos desde un archivo CSV' },
};

/** Words the footer in `lang`. */
function sayFooter(lang) {
  const words = FOOTER[lang] || FOOTER.en;
  const nav = document.querySelector('footer nav');
  if (!nav) return;
  nav.setAttribute('aria-label', words.label);
  for (const key of ['accessibility', 'privacy', 'rules']) {
    const link = nav.querySelector(`[data-link=${key}]`);
    [link.href, link.textContent] = [new URL(words[key][0], location.href).href, words[key][1]];
  }
  nav.querySelector('[data-link=caseload]').textContent = words.caseload;
}
const titles = { en: 'Peer support screener', es: 'Evaluación de apoyo de pares' };
const problems = {
  failed: {
    en: 'The screener could not load. Please reload the page.',
    es: 'No se pudo cargar la evaluación. Vuelva a cargar la página.',
  },
  trapped: {
    en: 'The screener stopped working. Please reload the page to continue.',
    es: 'La evaluación dejó de funcionar. Vuelva a cargar la página para continuar.',
  },
};
const here = import.meta.url.split(/[?#]/)[0];
/** The widget's container: #screener, replaced by a copy of itself when another build takes over. */
let container = document.getElementById('screener');
let stopped = false;

/** Shows why the screener cannot go on above what it shows (nothing is erased), and freezes it. */
function stop(kind, ...why) {
  if (stopped) return;
  stopped = true;
  console.error(...why);
  // The markup's own message ("loading…; if this stays, reload") and the first screen written
  // into the page (start.js) give way to the reason.
  for (const fallback of container.querySelectorAll('[data-fallback], [data-pss-prerendered]')) fallback.remove();
  const lang = document.documentElement.lang === 'es' ? 'es' : 'en';
  const message = document.createElement('p');
  message.className = 'pss-problem';
  message.setAttribute('role', 'alert');
  message.dataset.problem = kind;
  message.lang = lang;
  message.textContent = problems[kind][lang];
  container.before(message);
  container.inert = true;
}

const isOurTrap = (error) => error instanceof WebAssembly.RuntimeError && String(error.stack || '').includes(here);
addEventListener('error', (event) => {
  if (isOurTrap(event.error)) stop('trapped', 'peer-support-screener: the WebAssembly stopped (a trap).', event.error);
});
addEventListener('unhandledrejection', (event) => {
  if (isOurTrap(event.reason)) stop('trapped', 'peer-support-screener: the WebAssembly stopped (a trap).', event.reason);
});

/** `data-pss-idle-minutes` as the widget's idleMinutes: whole minutes, 0 (off) to a week; else 15. */
function idleMinutes() {
  const given = container.dataset.pssIdleMinutes;
  if (given === undefined) return IDLE_MINUTES;
  if (/^\d{1,5}$/.test(given) && Number(given) <= 10080) return String(Number(given));
  console.warn(`peer-support-screener: data-pss-idle-minutes="${given.slice(0, 20)}" is not a whole number of minutes (0 to 10080); using ${IDLE_MINUTES}`);
  return IDLE_MINUTES;
}

/** Whether the page's stylesheet (pinned by its `integrity`) loaded. */
function styled() {
  const link = document.querySelector('link[rel=stylesheet]');
  // A module script runs after the stylesheets before it have loaded or failed.
  if (!link || link.sheet) return Promise.resolve(Boolean(link));
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(true), { once: true });
    link.addEventListener('error', () => resolve(false), { once: true });
    setTimeout(() => resolve(Boolean(link.sheet)), 2000);
  });
}

/** The widget's options: the publisher's, from the markup, then what a link may choose. */
function options() {
  const chosen = {
    audience: 'family',
    history: true,
    headingLevel: '1',
    idleMinutes: idleMinutes(),
    onLang: (lang) => {
      document.documentElement.lang = lang;
      document.title = titles[lang] || titles.en;
      sayFooter(lang);
    },
  };
  // The agency's own words and places, and the safety settings, from the markup; then what a
  // link may choose. All as text: the widget checks each (a URL must be https: or http:, a
  // phone has no letters) and warns of any it ignores.
  for (const [name, option] of FROM_MARKUP) {
    if (container.dataset[name] !== undefined) chosen[option] = container.dataset[name];
  }
  const query = new URLSearchParams(location.search);
  for (const [name, option] of FROM_QUERY) {
    const value = query.get(name);
    if (value !== null) chosen[option] = value;
  }
  return chosen;
}

async function start() {
  const given = options();
  const first = chooseBuild(given, 'family');
  // The WebAssembly is on its way (start.js preloads it) while the stylesheet is checked.
  build(first, import.meta.url, INTEGRITY.wasm).catch(() => {});
  if (!(await styled())) {
    stop('failed', 'peer-support-screener: screener.css did not load, or failed its integrity check; the screener will not start.');
    return;
  }
  const failed = (name, error) => {
    stop('failed', `peer-support-screener: ${wasmOf(name, import.meta.url)} did not load, or failed its integrity check (a file that differs from this build is refused); the screener will not start.`, error);
  };
  try {
    const widget = mountSwitching(container, options, {
      base: import.meta.url,
      fullIntegrity: INTEGRITY.wasm,
      defaultAudience: 'family',
      failed,
      moved: (fresh) => {
        container = fresh;
      },
    });
    await widget.ready.catch(() => {});
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) stop('trapped', 'peer-support-screener: the WebAssembly stopped (a trap).', error);
    else throw error;
  }
}

// Offline use: the service worker precaches exactly this build's files (never an answer). Under
// Trusted Types (require-trusted-types-for 'script') its address goes through the page's one
// policy, which lets through sw.js and nothing else.
const worker = globalThis.trustedTypes
  ? trustedTypes.createPolicy('peer-support-screener', {
    createScriptURL: (address) => {
      if (address !== 'sw.js') throw new TypeError(`peer-support-screener: not a script of this page: ${address}`);
      return address;
    },
  }).createScriptURL('sw.js')
  : 'sw.js';

/**
 * Registers sw.js once the screener has started and the page has loaded: installing it fetches
 * every file of this build (every build's WebAssembly among them, several times what this page
 * loads), which on a slow link must not share the line with the build the person is waiting for.
 */
function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(worker, { scope: './', updateViaCache: 'none' }).catch((error) => {
    console.warn('peer-support-screener: the page will not work offline (no service worker)', error);
  });
}

try {
  await start();
} finally {
  if (document.readyState === 'complete') registerWorker();
  else addEventListener('load', registerWorker, { once: true });
}

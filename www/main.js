// The standalone page: one widget in the page's own DOM; the page's language and title follow
// the widget's language. `cargo xtask dist` makes this file self-contained (wasm-bindgen's glue in
// place of the import below) and writes the SHA-384 of the WebAssembly into INTEGRITY; index.html
// pins this file and the stylesheet with their own `integrity`.
//
// The query: `?idle=N` starts over after N whole minutes without input (15 by default; 0 turns
// it off). The page opens on the family's guided path: `?audience=staff` gives staff wording and
// the one-page form, `?layout=guided|form` either layout; the browser's Back goes to the guided
// path's previous step (`history`). The page
// registers sw.js, which keeps this build's files (and only them) for offline use.
import init, { mount } from './screener.js';

/** `{ wasm, css }`: the `sha384-…` of screener_bg.wasm and screener.css (cargo xtask dist). */
const INTEGRITY = /*dist:integrity*/ null;

const IDLE_MINUTES = 15;
/** Query parameters passed to the widget as they are (text), and the option each sets. */
const PASSED = [
  ['lang', 'lang'], ['crisis', 'crisis'], ['exit', 'exit'], ['exit-url', 'exitUrl'],
  ['contact-name', 'contactName'], ['contact-phone', 'contactPhone'], ['contact-email', 'contactEmail'],
  ['contact-url', 'contactUrl'], ['contact-hours', 'contactHours'],
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
const container = document.getElementById('screener');
let stopped = false;

/** Shows why the screener cannot go on above what it shows (nothing is erased), and freezes it. */
function stop(kind, ...why) {
  if (stopped) return;
  stopped = true;
  console.error(...why);
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

/** `?idle=` as the widget's idleMinutes: whole minutes, 0 (off) to a week; else the default. */
function idleMinutes() {
  const asked = new URLSearchParams(location.search).get('idle');
  if (asked === null) return String(IDLE_MINUTES);
  if (/^\d{1,5}$/.test(asked) && Number(asked) <= 10080) return String(Number(asked));
  console.warn(`peer-support-screener: ?idle=${asked.slice(0, 20)} is not a whole number of minutes (0 to 10080); using ${IDLE_MINUTES}`);
  return String(IDLE_MINUTES);
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

async function start() {
  const wasm = new URL('screener_bg.wasm', import.meta.url);
  try {
    await init({ module_or_path: fetch(wasm, { integrity: INTEGRITY.wasm }) });
  } catch (error) {
    stop('failed', `peer-support-screener: ${wasm.href} did not load, or failed its integrity check (a file that differs from this build is refused); the screener will not start.`, error);
    return;
  }
  if (!(await styled())) {
    stop('failed', 'peer-support-screener: screener.css did not load, or failed its integrity check; the screener will not start.');
    return;
  }
  try {
    const query = new URLSearchParams(location.search);
    const options = {
      audience: query.get('audience') ?? 'family',
      layout: query.get('layout') ?? undefined,
      history: true,
      headingLevel: '1',
      idleMinutes: idleMinutes(),
      onLang: (lang) => {
        document.documentElement.lang = lang;
        document.title = titles[lang] || titles.en;
        sayFooter(lang);
      },
    };
    // The agency's own words and places, as text: the widget checks each (a URL must be
    // https: or http:, a phone has no letters) and warns of any it ignores.
    for (const [name, option] of PASSED) {
      const value = query.get(name);
      if (value !== null) options[option] = value;
    }
    mount(container, options);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) stop('trapped', 'peer-support-screener: the WebAssembly stopped (a trap).', error);
    else throw error;
  }
}

// Offline use: the service worker precaches exactly this build's files (never an answer).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js', { scope: './', updateViaCache: 'none' }).catch((error) => {
    console.warn('peer-support-screener: the page will not work offline (no service worker)', error);
  });
}

await start();

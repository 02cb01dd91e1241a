// The standalone page: one widget in the page's own DOM; the page's language and title follow
// the widget's language.
import init, { mount } from './screener.js';

const titles = { en: 'Peer support screener', es: 'Evaluación de apoyo de pares' };

// The page opens on the family's guided path: `?audience=staff` gives staff wording and the
// one-page form, `?layout=guided|form` either layout. The browser's Back goes to the guided
// path's previous step (`history`).
const query = new URLSearchParams(location.search);

await init();
mount(document.getElementById('screener'), {
  audience: query.get('audience') ?? 'family',
  layout: query.get('layout') ?? undefined,
  history: true,
  headingLevel: '1',
  onLang: (lang) => {
    document.documentElement.lang = lang;
    document.title = titles[lang] || titles.en;
  },
});

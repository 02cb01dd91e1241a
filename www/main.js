// The standalone page: one widget in the page's own DOM; the page's language and title follow
// the widget's language.
import init, { mount } from './screener.js';

const titles = { en: 'Peer support screener', es: 'Evaluación de apoyo de pares' };

await init();
mount(document.getElementById('screener'), {
  headingLevel: '1',
  onLang: (lang) => {
    document.documentElement.lang = lang;
    document.title = titles[lang] || titles.en;
  },
});

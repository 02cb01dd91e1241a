// The caseload page: a CSV caseload screened in this tab by its own WebAssembly
// (screener_caseload.js, built from crates/caseload-web), never sent anywhere and never stored.
//
// The WebAssembly reads the file (gloo), screens the rows in steps of about STEP_MS (this script
// yields to the browser between them, so the page stays responsive: no task of the page's runs
// much past a frame, even on a slow phone), builds the table's order and filter in steps the
// same way, and makes the downloads. This script builds the DOM: always with textContent, never
// with markup, because every cell comes from the file.

import init, { labels, programs, today, openFile, openText, downloadTemplate } from './screener_caseload.js';

/** The SHA-384 of screener_caseload_bg.wasm, written by `cargo xtask dist`: the wasm is fetched
 * with it, so that the page's one pinned script pins every byte it runs. */
const WASM_INTEGRITY = /*dist:caseload-wasm*/ null;

/** The link to the rules page, in the page's language. PENDING: the title is the rules page's
 * (xtask/src/site/rules/words.rs, checked by its tests); once it moves to the words tables,
 * `labels()` gives it and this goes. */
const RULES_LINK = {
  en: ['rules.html', 'The rules, with their sources'],
  es: ['rules.es.html', 'Las reglas, con sus fuentes'],
};

const PAGE = 50;
/** How long one step of work runs before the page yields to the browser: half a frame, so that
 * the step, the page's own updates and the browser's work fit in one. */
const STEP_MS = 8;
/** The table's order after a run: the soonest date to screen again first. */
const FIRST_SORT = { key: 'rescreen_on', descending: false };
const COLUMNS = ['row', 'ref', 'program', 'outcome', 'eligible_from', 'rescreen_on', 'transitions', 'missing'];
const OUTCOMES = ['eligible', 'not_eligible', 'incomplete', 'error'];

const $ = (id) => document.getElementById(id);
const root = $('caseload');
const form = $('cl-form');
const fileInput = $('cl-file');
const textInput = $('cl-text');
const programSelect = $('cl-program');
const asOfInput = $('cl-as-of');
const langSelect = $('cl-lang');
const audienceSelect = $('cl-audience');
const problemBox = $('cl-problem');
const runBox = $('cl-run');
const progress = $('cl-progress');
const statusLine = $('cl-status');
const resultsBox = $('cl-results');
const outcomeSelect = $('cl-outcome');
const findInput = $('cl-find');
const daysInput = $('cl-days');
const table = $('cl-table');
const detail = $('cl-detail');

let t = {};
let caseload = null;
let running = null;
let sort = { ...FIRST_SORT };
let offset = 0;
let shown = 0;
let lastCounts = null;
let openedFrom = null;
/** Counts the table's orders begun: a later one (or forgetting the caseload) supersedes the one being built. */
let viewing = 0;

/** `{name}` placeholders filled from `values`. */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** One number format per language: making one (as `toLocaleString` does at each call) took 40 ms
 * the first time at 4x CPU slowdown. */
const numberFormats = {};
const number = (n) => {
  const locale = langSelect.value === 'es' ? 'es-US' : 'en-US';
  numberFormats[locale] ||= new Intl.NumberFormat(locale);
  return numberFormats[locale].format(n);
};

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null && value !== undefined) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function voice() {
  return { lang: langSelect.value, audience: audienceSelect.value };
}

/** Every label of the page in the chosen language and wording. */
function relabel() {
  const { lang, audience } = voice();
  t = labels(lang, audience);
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t[node.dataset.t];
  const [rulesPage, rulesTitle] = RULES_LINK[lang] || RULES_LINK.en;
  [$('cl-rules').href, $('cl-rules').textContent] = [new URL(rulesPage, location.href).href, rulesTitle];
  const chosen = programSelect.value;
  programSelect.replaceChildren(el('option', { value: '' }, t.from_file));
  for (const p of programs(lang, audience)) programSelect.append(el('option', { value: p.id }, `${p.title} (${p.id})`));
  programSelect.value = chosen;
  const filter = outcomeSelect.value;
  outcomeSelect.replaceChildren(el('option', { value: '' }, t.all_outcomes));
  for (const o of OUTCOMES) outcomeSelect.append(el('option', { value: o }, t[o]));
  outcomeSelect.value = filter;
  if (caseload && !running) {
    renderCounts(lastCounts);
    renderIgnored();
    renderTable();
    renderBadRows();
  }
}

function showProblem(message, code = '') {
  problemBox.textContent = message;
  if (code) problemBox.dataset.problem = code;
  else delete problemBox.dataset.problem;
}

function options() {
  return { program: programSelect.value, as_of: asOfInput.value, ...voice() };
}

/** Lets the browser handle input and paint between steps. */
function yieldToBrowser() {
  if (globalThis.scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function forget() {
  viewing += 1;
  badRowsDrawn += 1;
  if (caseload) caseload.free();
  caseload = null;
  lastCounts = null;
  resultsBox.hidden = true;
  $('cl-body').replaceChildren();
  $('cl-bad-list').replaceChildren();
}

async function screen() {
  if (running) return;
  showProblem('');
  const file = fileInput.files && fileInput.files[0];
  const text = textInput.value;
  if (!file && !text.trim()) {
    showProblem(t.nothing_chosen, 'nothing_chosen');
    return;
  }
  forget();
  delete root.dataset.done;
  delete root.dataset.cancelled;
  const run = { cancelled: false };
  running = run;
  runBox.hidden = false;
  runBox.querySelector('[data-action=cancel]').hidden = false;
  progress.value = 0;
  progress.max = 1;
  statusLine.textContent = t.reading;
  // aria-disabled, not disabled: a disabled button would drop the keyboard's focus.
  form.querySelector('[data-action=screen]').setAttribute('aria-disabled', 'true');
  let opened = null;
  try {
    // The page shows it is reading before the file is opened, in a task of its own: at 4x CPU
    // slowdown the two together passed 50 ms (the opening's first run compiles its WebAssembly).
    await yieldToBrowser();
    opened = file ? await openFile(file, options()) : openText(text, options());
  } catch (error) {
    running = null;
    runBox.hidden = true;
    form.querySelector('[data-action=screen]').removeAttribute('aria-disabled');
    showProblem(error && error.message ? error.message : t.not_csv, (error && error.code) || 'unusable');
    if (error && error.code === 'no_program') programSelect.focus();
    return;
  }
  let p = null;
  let spoken = 0;
  try {
    while (!run.cancelled) {
      p = opened.step(STEP_MS);
      progress.max = p.total || 1;
      progress.value = p.offset;
      const now = performance.now();
      if (p.done || now - spoken > 1000) {
        spoken = now;
        statusLine.textContent = fill(t.screening, { rows: number(p.rows), percent: Math.floor((100 * p.offset) / (p.total || 1)) });
      }
      if (p.done) break;
      await yieldToBrowser();
    }
  } catch (error) {
    // A quoted field that is never closed: the run is over, and its results would not be whole,
    // so there are none to show or download; the problem says where the quote opens.
    opened.free();
    running = null;
    if (runBox.contains(document.activeElement)) form.querySelector('[data-action=screen]').focus();
    runBox.hidden = true;
    statusLine.textContent = '';
    form.querySelector('[data-action=screen]').removeAttribute('aria-disabled');
    showProblem(error && error.message ? error.message : t.not_csv, (error && error.code) || 'unusable');
    return;
  }
  running = null;
  form.querySelector('[data-action=screen]').removeAttribute('aria-disabled');
  if (run.cancelled) {
    opened.free();
    runBox.hidden = true;
    root.dataset.cancelled = String(p ? p.rows : 0);
    showProblem('');
    statusLine.textContent = '';
    problemBox.textContent = fill(t.cancelled, { rows: number(p ? p.rows : 0) });
    // The Cancel button is gone: the focus goes back to Screen.
    form.querySelector('[data-action=screen]').focus();
    return;
  }
  caseload = opened;
  lastCounts = p.counts;
  statusLine.textContent = fill(t.done, { rows: number(p.rows) });
  runBox.hidden = false;
  runBox.querySelector('[data-action=cancel]').hidden = true;
  sort = { ...FIRST_SORT };
  outcomeSelect.value = '';
  findInput.value = '';
  // The results appear a part per frame, where one frame with all of them took over 50 ms at 4x
  // CPU slowdown: the counts and tools while the rows are sorted, then the table with the first
  // third of its rows, then the rest a third a frame; `data-done` once all are in.
  resultsBox.hidden = false;
  setTableShown(false);
  renderCounts(p.counts);
  renderIgnored();
  reView(() => {
    renderBadRows();
    root.dataset.done = String(p.rows);
  }, { inFrames: true });
}

/** The table and its pager, hidden from a new run's results until its first rows are in. */
function setTableShown(shown) {
  $('cl-scroll').hidden = !shown;
  resultsBox.querySelector('.cl-pager').hidden = !shown;
}

function renderCounts(counts) {
  if (!counts) return;
  const list = $('cl-counts');
  list.replaceChildren();
  for (const o of OUTCOMES) {
    const item = el('li', { 'data-outcome': o, 'data-count': counts[o] });
    item.append(el('strong', {}, number(counts[o])), ` ${t[o]}`);
    list.append(item);
  }
  const total = el('li', { 'data-count': counts.total });
  total.append(el('strong', {}, number(counts.total)), ` ${t.total}`);
  list.append(total);
}

function renderIgnored() {
  const box = $('cl-ignored');
  const ignored = caseload ? caseload.ignored() : [];
  box.hidden = ignored.length === 0;
  box.textContent = ignored.length ? fill(t.ignored, { columns: ignored.join(', ') }) : '';
}

function renderHead() {
  const head = $('cl-head');
  head.replaceChildren();
  for (const key of COLUMNS) {
    const th = el('th', { scope: 'col', 'data-column': key });
    if (sort.key === key) th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
    th.append(el('button', { type: 'button', 'data-sort': key }, t[`column_${key}`]));
    head.append(th);
  }
  $('cl-caption').textContent = `${t.results}, ${fill(t.sorted_by, { column: t[`column_${sort.key}`], direction: sort.descending ? t.descending : t.ascending })}`;
}

/**
 * Shows the current page of the table: all its rows, or the first `first` of them, returning the
 * rows left for the caller to add (`addInFrames`).
 */
function renderTable(first = PAGE) {
  if (!caseload) return [];
  renderHead();
  const body = $('cl-body');
  const rows = caseload.page(offset, PAGE);
  const made = [];
  for (const r of rows) {
    const tr = el('tr', { 'data-row': r.row, 'data-outcome': r.outcome });
    tr.append(el('td', {}, String(r.row)));
    const refCell = el('td');
    const open = el('button', { type: 'button', class: 'cl-link', 'data-action': 'open', 'data-open': r.row, 'aria-label': `${fill(t.open, { row: r.row })}${r.ref ? `: ${r.ref}` : ''}` }, r.ref || fill(t.open, { row: r.row }));
    refCell.append(open);
    tr.append(refCell);
    tr.append(el('td', {}, r.program));
    tr.append(el('td', { class: 'cl-outcome' }, r.outcome === 'error' ? `${t.error}: ${r.error_message}` : t[r.outcome]));
    tr.append(el('td', {}, r.eligible_from));
    tr.append(el('td', {}, r.rescreen_on));
    tr.append(el('td', {}, r.transitions));
    tr.append(el('td', {}, r.missing.split(';').filter(Boolean).join(', ')));
    made.push(tr);
  }
  body.replaceChildren(...made.slice(0, first));
  const showing = $('cl-showing');
  showing.textContent = shown === 0 ? t.no_match : fill(t.showing, { from: number(offset + 1), to: number(Math.min(offset + PAGE, shown)), total: number(shown) });
  resultsBox.querySelector('[data-action=page-previous]').setAttribute('aria-disabled', String(offset === 0));
  resultsBox.querySelector('[data-action=page-next]').setAttribute('aria-disabled', String(offset + PAGE >= shown));
  return made.slice(first);
}

/** Rows of a run's first page shown per frame: laying out all fifty in the frame that first shows
 * the table took over 50 ms at 4x CPU slowdown. */
const FIRST_ROWS_PER_FRAME = 17;

/** The next frame (or, in a hidden page, which draws none, the next task). */
function nextFrame() {
  return new Promise((resolve) => {
    if (document.hidden) setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Adds `rows` to the table, FIRST_ROWS_PER_FRAME a frame, while view `mine` is the one shown. */
async function addInFrames(rows, mine) {
  const body = $('cl-body');
  for (let at = 0; at < rows.length; at += FIRST_ROWS_PER_FRAME) {
    await nextFrame();
    if (mine !== viewing) return;
    body.append(...rows.slice(at, at + FIRST_ROWS_PER_FRAME));
  }
}

/** Bad rows added to the page per frame, from the next frame on: laying out and serializing a
 * thousand at once took over 200 ms at 4x CPU slowdown. */
const BAD_ROWS_PER_FRAME = 50;
const BAD_ROWS_SHOWN = 1000;
let badRowsDrawn = 0;

/** The rows that could not be screened (the first thousand), fifty per frame. */
function renderBadRows() {
  if (!caseload) return;
  const mine = ++badRowsDrawn;
  const target = caseload;
  const item = (r) => el('li', { 'data-row': r.row }, fill(t.bad_row, { row: r.row, message: r.ref ? `${r.ref}: ${r.error_message}` : r.error_message }));
  const { total } = target.badRows(0, 0);
  const listed = Math.min(total, BAD_ROWS_SHOWN);
  $('cl-bad').hidden = total === 0;
  const list = $('cl-bad-list');
  list.replaceChildren();
  const more = (from) => {
    if (mine !== badRowsDrawn || caseload !== target || from >= listed) return;
    list.append(...target.badRows(from, Math.min(BAD_ROWS_PER_FRAME, listed - from)).rows.map(item));
    requestAnimationFrame(() => more(from + BAD_ROWS_PER_FRAME));
  };
  // Up to a page's worth at once when that is all there is, else from the frame after the one
  // that shows the table (a frame callback asked for now would run in that very frame).
  if (listed <= BAD_ROWS_PER_FRAME) more(0);
  else requestAnimationFrame(() => requestAnimationFrame(() => more(0)));
  const rest = $('cl-bad-more');
  rest.hidden = total <= listed;
  rest.textContent = rest.hidden ? '' : fill(t.more_bad_rows, { count: number(total - listed) });
}

/**
 * Orders and filters the table as chosen, in steps of about STEP_MS with the browser's turn
 * between them (at once when the order takes less), then shows its first page and calls `then`.
 * A later call, or another caseload, supersedes it.
 */
function reView(then, { inFrames = false } = {}) {
  const mine = ++viewing;
  const target = caseload;
  target.startView(sort.key, sort.descending, outcomeSelect.value, findInput.value);
  const go = () => {
    if (mine !== viewing || caseload !== target) return;
    const count = target.viewStep(STEP_MS);
    if (count === undefined) {
      yieldToBrowser().then(go);
      return;
    }
    shown = count;
    offset = 0;
    const rest = renderTable(inFrames ? FIRST_ROWS_PER_FRAME : PAGE);
    setTableShown(true);
    if (!rest.length) {
      if (then) then();
      return;
    }
    addInFrames(rest, mine).then(() => then && then());
  };
  go();
}

function openDetail(row, from) {
  const d = caseload.detail(row);
  if (!d) return;
  openedFrom = from;
  $('cl-detail-h').textContent = fill(t.detail_title, { row: d.row, ref: d.ref || '' }).replace(/:\s*$/, '');
  const body = $('cl-detail-body');
  body.replaceChildren();
  body.dataset.outcome = d.outcome;
  if (d.outcome === 'error') {
    body.append(el('p', { 'data-error': d.error_code }, `${t.error}: ${d.error_message}`));
  } else {
    body.setAttribute('lang', d.lang);
    const facts = el('dl');
    for (const f of d.facts) facts.append(el('dt', {}, f.label), el('dd', {}, f.value));
    body.append(facts);
    if (d.draft) body.append(el('p', { class: 'cl-notice' }, d.draft));
    for (const line of d.dates) body.append(el('p', {}, line));
    const criteria = d.criteria;
    for (const section of d.sections) {
      body.append(el('h3', {}, section.heading));
      const list = el('ul');
      const isCriteria = section.items.length === criteria.length && section.items.every((item) => item.detail);
      section.items.forEach((item, i) => {
        const li = el('li', isCriteria ? { 'data-criterion': criteria[i].id, 'data-status': criteria[i].status } : {}, item.text);
        if (item.detail) li.append(el('blockquote', {}, item.detail));
        list.append(li);
      });
      body.append(list);
    }
    const version = el('p', {}, `${d.version.label}: ${d.version.value}`);
    body.append(version, el('p', {}, d.disclaimer));
  }
  detail.showModal();
}

function printWorklist() {
  if (!caseload) return;
  const days = Math.max(0, Math.min(3650, Math.floor(Number(daysInput.value) || 0)));
  const w = caseload.worklist(days);
  $('cl-worklist-h').textContent = fill(t.worklist_title, { count: number(w.rows.length), date: w.until });
  const head = $('cl-worklist-head');
  head.replaceChildren(...['rescreen_on', 'ref', 'row', 'program', 'transitions'].map((key) => el('th', { scope: 'col' }, t[`column_${key}`])));
  const body = $('cl-worklist-body');
  body.replaceChildren(...w.rows.map((r) => {
    const tr = el('tr', { 'data-row': r.row });
    for (const value of [r.rescreen_on, r.ref, String(r.row), r.program, r.transitions]) tr.append(el('td', {}, value));
    return tr;
  }));
  const box = $('cl-worklist');
  box.dataset.until = w.until;
  box.dataset.count = String(w.rows.length);
  document.body.classList.add('cl-printing');
  const after = () => {
    document.body.classList.remove('cl-printing');
    window.removeEventListener('afterprint', after);
  };
  window.addEventListener('afterprint', after);
  window.print();
}

function downloadName() {
  const file = fileInput.files && fileInput.files[0];
  const base = file ? file.name.replace(/\.[^.]*$/, '') : 'caseload';
  return `${base}-results-${asOfInput.value || today()}.csv`;
}

// Events ----------------------------------------------------------------------------------------

form.addEventListener('submit', (event) => {
  event.preventDefault();
  screen();
});

root.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  const action = target.dataset.action;
  if (target.dataset.sort) {
    const key = target.dataset.sort;
    sort = { key, descending: sort.key === key ? !sort.descending : false };
    // The header is drawn again: keep the focus on the same column's button.
    reView(() => $('cl-head').querySelector(`[data-sort="${key}"]`).focus());
  } else if (action === 'cancel') {
    if (running) running.cancelled = true;
  } else if (action === 'download-template') {
    if (!programSelect.value) {
      showProblem(t.template_needs_program, 'template_needs_program');
      programSelect.focus();
    } else {
      showProblem('');
      downloadTemplate(programSelect.value);
    }
  } else if (action === 'download-results' && caseload) {
    caseload.download(downloadName());
  } else if (action === 'print-worklist') {
    printWorklist();
  } else if (action === 'page-next' && offset + PAGE < shown) {
    offset += PAGE;
    renderTable();
  } else if (action === 'page-previous' && offset > 0) {
    offset = Math.max(0, offset - PAGE);
    renderTable();
  } else if (action === 'open') {
    openDetail(Number(target.dataset.open), target);
  } else if (action === 'close-detail') {
    detail.close();
  }
});

detail.addEventListener('close', () => {
  // Back to the row's button (found again: the table may have been drawn anew).
  const row = openedFrom && openedFrom.dataset.open;
  const again = row && $('cl-body').querySelector(`[data-open="${row}"]`);
  (again || openedFrom || document.body).focus();
  openedFrom = null;
});

outcomeSelect.addEventListener('change', () => caseload && reView());
findInput.addEventListener('input', () => caseload && reView());
langSelect.addEventListener('change', relabel);
audienceSelect.addEventListener('change', relabel);

// A file chosen replaces pasted text, and pasted text replaces a chosen file.
fileInput.addEventListener('change', () => {
  if (fileInput.files.length) textInput.value = '';
});
textInput.addEventListener('input', () => {
  if (textInput.value && fileInput.files.length) fileInput.value = '';
});

const drop = $('cl-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.dataset.over = '';
});
drop.addEventListener('dragleave', () => delete drop.dataset.over);
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  delete drop.dataset.over;
  if (event.dataTransfer && event.dataTransfer.files.length) {
    fileInput.files = event.dataTransfer.files;
    textInput.value = '';
  }
});
// A file dropped anywhere else must not make the browser open it (and leave the page).
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

const wasm = new URL('screener_caseload_bg.wasm', import.meta.url);
try {
  await init({ module_or_path: WASM_INTEGRITY ? fetch(wasm, { integrity: WASM_INTEGRITY }) : wasm });
} catch (error) {
  // Not the page's words (they are in the WebAssembly that did not load): English, plainly.
  showProblem('This page could not start: a file of it did not load, or differs from this build. Reload the page.', 'not_loaded');
  throw error;
}
asOfInput.value = today();
relabel();
root.dataset.ready = '';
// The number formats, made while the page is idle rather than in the first step of a run; and
// the WebAssembly's whole path (open, screen, order, page) run once on a one-row caseload of the
// catalog's first program: the browser compiles each WebAssembly function the first time it
// runs, which made the first run's tasks pass 50 ms at 4x CPU slowdown. Nothing of it is shown
// or kept.
(globalThis.requestIdleCallback || setTimeout)(() => {
  for (const locale of ['en-US', 'es-US']) numberFormats[locale] ||= new Intl.NumberFormat(locale);
  let warm = null;
  try {
    const [program] = programs(voice().lang, voice().audience);
    warm = openText(`ref,program\nwarm-up,${program.id}\n`, options());
    for (let steps = 0; steps < 10 && !warm.step(STEP_MS).done; steps++);
    warm.startView(FIRST_SORT.key, FIRST_SORT.descending, '', '');
    for (let steps = 0; steps < 10 && warm.viewStep(STEP_MS) === undefined; steps++);
    warm.page(0, 1);
  } catch {
    // Nothing warmed: the first run compiles as it goes.
  } finally {
    if (warm) warm.free();
  }
});

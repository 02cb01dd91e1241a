// The widget's builds, and the one mounted where: shared by the standalone page (main.js) and
// the element (peer-support-screener.js), into each of which `cargo xtask dist` bundles this
// file, with every build's wasm-bindgen glue and the SHA-384 of its WebAssembly. Nothing here is
// shipped as a file of its own: the entry's one `integrity` pins every byte it runs.
//
// The builds (README, "Where the page's bytes go"): `full` (screener_bg.wasm: every language and
// layout, the JavaScript API), and for families `family-en` and `family-es` (the guided path in
// one language, and nothing else). A widget is mounted in the build its options need; when the
// person then asks for what that build lacks (the other language, the staff wording, the form),
// the widget says which build can show it and hands over what the person did (`onBuild`), and
// the build that can takes its place: the answers, the step and the history go across in the
// page's memory, never stored, and the focus stays where the person put it.

/**
 * `{ name: { wasm, integrity, glue } }`: each build's file, its `sha384-…` (the full build's is
 * the entry's INTEGRITY.wasm, given to `builds`), and its glue as a function that makes it (cargo
 * xtask dist).
 */
const BUILDS = /*dist:builds*/ null;

const made = new Map();

/** The builds of this site: their names. */
export function names() {
  return BUILDS ? Object.keys(BUILDS) : [];
}

/**
 * The exports of build `name` once its WebAssembly is loaded (each build is fetched, checked
 * against its hash and started once). `fullIntegrity`: the full build's hash (the entry's).
 */
export function build(name, base, fullIntegrity) {
  if (!made.has(name)) {
    const spec = BUILDS && BUILDS[name];
    const loading = spec
      ? (async () => {
        const glue = spec.glue();
        const url = new URL(spec.wasm, base);
        await glue.default({ module_or_path: fetch(url, { integrity: spec.integrity || fullIntegrity }) });
        return glue;
      })()
      : Promise.reject(new Error(`peer-support-screener: no build ${name} (this file was not built by \`cargo xtask dist\`)`));
    made.set(name, loading);
  }
  return made.get(name);
}

/** The address of build `name`'s WebAssembly, for messages. */
export function wasmOf(name, base) {
  const spec = BUILDS && BUILDS[name];
  return new URL(spec ? spec.wasm : 'screener_bg.wasm', base).href;
}

const text = (value) => (value === undefined || value === null ? '' : String(value).trim());

/**
 * The build that shows a widget mounted with `options` (as text, as the widget reads them):
 * `full` when the host listens (`onChange`) or the widget shows the one-page form or the staff
 * wording; for the guided path in family wording, the family build of its language. A widget
 * that turns out to need another (a review program is shown on the form) asks for it itself.
 */
export function chooseBuild(options, defaultAudience) {
  if (options.onChange) return 'full';
  const audience = ['staff', 'family'].includes(text(options.audience)) ? text(options.audience) : defaultAudience;
  const layout = ['guided', 'form'].includes(text(options.layout)) ? text(options.layout) : audience === 'family' ? 'guided' : 'form';
  const lang = text(options.lang) === 'es' ? 'es' : 'en';
  const family = `family-${lang}`;
  return layout === 'guided' && audience === 'family' && BUILDS && BUILDS[family] ? family : 'full';
}

/** What has the focus inside `container`, said so that its like can be found in a new DOM. */
function focused(container) {
  const root = container.getRootNode();
  const active = root.activeElement;
  if (!active || !container.contains(active)) return null;
  if (active.name) return `[name="${CSS.escape(active.name)}"]${active.type === 'radio' || active.type === 'checkbox' ? `[value="${CSS.escape(active.value)}"]` : ''}`;
  if (active.dataset && active.dataset.action) return `[data-action="${CSS.escape(active.dataset.action)}"]`;
  if (active.id) return `#${CSS.escape(active.id)}`;
  if (active.dataset && active.dataset.role) return `[data-role="${CSS.escape(active.dataset.role)}"]`;
  return null;
}

/** Puts the focus on the like of `selector` in `container` once it is there (a frame or two). */
function refocus(container, selector) {
  if (!selector) return;
  let tries = 0;
  const attempt = () => {
    const target = container.querySelector(selector);
    if (target) target.focus();
    else if (tries++ < 5) requestAnimationFrame(attempt);
  };
  queueMicrotask(attempt);
}

/**
 * Does again, on the widget now in `container`, what was done to the first screen written into
 * the page before it ran (start.js keeps it: `{ action }` taps, `{ name, value, checked, type }`
 * changes), a frame apart, so that each finds the screen the one before it led to.
 */
function replay(container, pending) {
  const next = () => {
    const step = pending.shift();
    if (!step) return;
    if (step.action) {
      const button = container.querySelector(`[data-action="${CSS.escape(step.action)}"]`);
      if (button) button.click();
    } else {
      const choice = ['radio', 'checkbox'].includes(step.kind) ? `[value="${CSS.escape(step.value)}"]` : '';
      const control = container.querySelector(`[name="${CSS.escape(step.name)}"]${choice}`);
      if (control) {
        if (control.type === 'radio' || control.type === 'checkbox') control.checked = step.checked;
        else control.value = step.value;
        control.dispatchEvent(new Event(step.type, { bubbles: true }));
      }
    }
    requestAnimationFrame(next);
  };
  requestAnimationFrame(next);
}

/**
 * Readies a family build for the person's first taps, in the page's spare time: a widget of its
 * own beside the person's (`beside`), in a closed shadow root of an element that is laid out but
 * never seen (inert, `aria-hidden`, `visibility: hidden`, fixed, of no height, its overflow
 * hidden, no pointer events: nothing of it is painted, focused, announced, tapped, or moves the
 * page; no history, no idle timer; its events, not composed, never leave the shadow root, so no
 * listener of the page's hears them), walked once through the guided path (the start, a state,
 * whom for, yes/no questions, a date, the check step, the result, start again), a step per task
 * of the lowest priority, then removed. It must be in the document: the widget takes no answer
 * from a control that is not (one leaving the page must not report its old state), and the
 * browser submits no form that is not. The browser compiles the WebAssembly a function at a time
 * as it first runs (and optimizes what runs often), so a person's first steps on a fresh page
 * took up to ten times as long as the later ones. It also styles, lays out and shapes the words
 * of a step the first time it meets them: so the walk's widget has the page's stylesheet (a copy
 * of the `<link>` beside the person's widget, with its `integrity`, from the browser's cache)
 * and the person's widget's width and classes, and is laid out, not `display: none` (laid out,
 * a fresh page's first path at 4x CPU went from 28.5 to 23.1 ms at its 95th percentile: README
 * "Fast on a slow phone").
 */
function warm(glue, lang, beside) {
  // A task of the lowest priority per step: anything the page or the person does goes first.
  const later = globalThis.scheduler && scheduler.postTask
    ? (f) => scheduler.postTask(f, { priority: 'background' })
    : (f) => setTimeout(f, 20);
  later(() => walk(glue, lang, beside, later));
}

/**
 * `warm`'s walk, begun in a task of its own (`later`), so that the task that mounted the
 * person's widget neither mounts this one, nor lays out the page to read its width, nor leaves
 * the next frame a step of this one to lay out.
 */
function walk(glue, lang, beside, later) {
  // The person's widget moved to another build, or the page removed it, meanwhile: nothing to ready.
  if (!beside.isConnected) return;
  const holder = document.createElement('div');
  holder.inert = true;
  holder.setAttribute('aria-hidden', 'true');
  Object.assign(holder.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${beside.clientWidth || 360}px`,
    height: '0',
    overflow: 'hidden',
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  const shadow = holder.attachShadow({ mode: 'closed' });
  const sheet = beside.getRootNode().querySelector('link[rel=stylesheet]');
  if (sheet) shadow.append(sheet.cloneNode(false));
  const host = document.createElement('div');
  host.className = beside.className;
  shadow.append(host);
  beside.after(holder);
  let handle;
  try {
    handle = glue.mount(host, { audience: 'family', lang, instance: 'pss0', idleMinutes: '0', exit: 'off' });
  } catch {
    holder.remove();
    return;
  }
  const choose = (name, value) => {
    const control = host.querySelector(`[name="${name}"][value="${value}"]`);
    if (!control) return;
    control.checked = true;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const tap = (action) => {
    const button = host.querySelector(`[data-action="${action}"]`);
    if (button) button.click();
  };
  // The question shown, answered as the rulebook asks it (read from the step, so that no
  // question id is copied here): "yes", or the first option, or `3` in each box of a date or a
  // number. `false` when no question is shown.
  const answer = () => {
    const step = host.querySelector('[data-step=question]');
    if (!step) return false;
    const choice = step.querySelector('input[type=radio][value=yes]') || step.querySelector('input[type=radio], input[type=checkbox]');
    const boxes = choice ? [] : [...step.querySelectorAll('input:not([type=radio]):not([type=checkbox])')];
    if (choice) {
      choice.checked = true;
      choice.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const box of boxes) {
      box.value = '3';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return true;
  };
  // Each question of the path until the check step, a task to answer it and one to go on (at
  // most twelve: a question the walk cannot answer ends it there).
  let asked = 0;
  const questions = () => {
    if (asked++ < 12 && answer()) steps.unshift(() => tap('continue'), questions);
  };
  // Montana: yes/no questions to the result; Missouri: a date of birth that is refused, and back.
  const steps = [
    () => tap('start'), () => choose('state', 'MT'), () => tap('continue'), () => choose('who', 'self'), () => tap('continue'),
    questions, () => tap('see-result'), () => tap('start-again'),
    () => tap('start'), () => choose('state', 'MO'), () => tap('continue'), () => choose('who', 'self'), () => tap('continue'),
    answer, () => tap('continue'), () => tap('back'), () => tap('start-again'),
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) {
      handle.destroy();
      holder.remove();
      return;
    }
    step();
    later(next);
  };
  later(next);
}

let instances = 0;

/**
 * Mounts a widget into `container` in the build its options need, and lets it move to another
 * build when the person asks for what its build lacks. `options()` gives the host's options
 * (read again at each move, as the page has them then); `failed(build, error)` is told when a
 * build could not be loaded; `moved(container)` when the widget moved to a new container: each
 * build gets a container of its own (a shallow copy of the last, put in its place), so that no
 * listener of one build ever sees the other's elements. Returns the handle the entries use:
 * `set_option`, `destroy`, and `ready` (resolves once the first widget is mounted).
 */
export function mountSwitching(container, options, { base, fullIntegrity, defaultAudience, failed, moved }) {
  const instance = `pss${++instances}`;
  let handle = null;
  let destroyed = false;
  let moving = null;
  const onBuild = (name, carried) => {
    if (moving === name || destroyed) return;
    moving = name;
    build(name, base, fullIntegrity).then(
      (glue) => {
        if (destroyed || moving !== name) return;
        moving = null;
        const focus = focused(container);
        const fresh = container.cloneNode(false);
        container.replaceWith(fresh);
        const old = handle;
        container = fresh;
        handle = glue.mount(container, { ...options(), instance, carried, onBuild });
        if (old) old.destroy();
        moved(container);
        refocus(container, focus);
      },
      (error) => {
        moving = null;
        failed(name, error);
      },
    );
  };
  const first = chooseBuild(options(), defaultAudience);
  const ready = build(first, base, fullIntegrity).then(
    (glue) => {
      if (destroyed) return;
      // The first screen the page was written with (start.js) is replaced by the same markup:
      // the focus stays on its like, and what was done to it meanwhile is done again.
      const focus = focused(container);
      const pending = container.pssPending || [];
      delete container.pssPending;
      handle = glue.mount(container, { ...options(), instance, onBuild });
      refocus(container, focus);
      if (pending.length) replay(container, pending);
      if (first.startsWith('family-')) warm(glue, first.slice('family-'.length), container);
    },
    (error) => {
      failed(first, error);
      throw error;
    },
  );
  return {
    ready,
    set_option(name, value) {
      if (handle) handle.set_option(name, value);
    },
    destroy() {
      destroyed = true;
      if (handle) handle.destroy();
      handle = null;
    },
  };
}

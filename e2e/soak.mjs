// The soak (run by `cargo xtask soak [--short]`; not a test file): hostile inputs, generated,
// through request checking and screening natively and in the browser. Prints a JSON report on
// standard output; the progress on standard error.
//
//   PEER_SCREEN  the native binary (default target/debug/peer-screen): its `programs` is the
//                catalog every program's every field is drawn from, its `batch` the native run
//   BASE_URL     where dist/ is served (the browser run); CHROMIUM as in lib.mjs
//   SOAK_NATIVE  how many JSON Lines to feed `peer-screen batch` (default 1,000,000)
//   SOAK_BROWSER how many hostile JavaScript values to pass to screen() (default 10,000)
//   SOAK_SEED    the generator's seed (default 12): the same seed, the same inputs
//   SOAK_OUT     if set, the report is written there as Markdown too (target/soak-report.md)
//
// Native: one output line per input line, each a response (`outcome`) or a coded error, and the
// process exits 0 without a panic. Browser: each call returns a response or throws an Error
// with a known code; a WebAssembly.RuntimeError is a trap; the page reports no uncaught error;
// a good request still screens afterwards.

import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { PEER_SCREEN, launch, newContext, openPage, url } from './lib.mjs';

const NATIVE = Number(process.env.SOAK_NATIVE || 1_000_000);
const BROWSER = Number(process.env.SOAK_BROWSER || 10_000);
const SEED = Number(process.env.SOAK_SEED || 12);
const CODES = new Set(['invalid_request', 'unknown_program', 'not_in_force', 'unknown_question', 'invalid_answer']);

/** xorshift32: a small deterministic generator. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  const below = (n) => next() % n;
  return { next, below, pick: (list) => list[below(list.length)], chance: (p) => next() / 2 ** 32 < p };
}

// ---------------------------------------------------------------------------------------------
// Native: JSON Lines

const ODD_TEXT = [
  '', ' ', 'yes', 'YES', 'true', 'null', '0', '-1', '1e999', 'NaN', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31',
  '10000-01-01', '2026-1-1', ' 2026-11-22', '2026-11-22T00:00:00Z', '\u0000', '\u202e2026-11-22', '\ufeffnc-pss', 'nc-pss\u200b',
  'ＮＣ-pss', 'nc‐pss', 'e\u0301', '😀', '𝔫𝔠', '\ud800', '\udfff', 'a'.repeat(300), '<img src=x onerror=alert(1)>', '${x}', '{placeholder}',
  '\\', '"', '\r', '\t', '%00', '../../etc/passwd', 'ﬀ', 'İ', 'ß', '🏳️‍🌈', 'ℵ', '\u2028', '\u2029',
];
const ODD_NUMBERS = [0, -0, 1, -1, 0.5, 2.5, 3.0, 1e21, -1e21, 1.7976931348623157e308, 5e-324, 2 ** 53, 2 ** 53 + 2, 2 ** 64, -(2 ** 63), 4294967295, 4294967296, 255, 256, 65536];
const HUGE_NUMBER_TEXT = ['1e309', '-1e309', '1e-400', '123456789012345678901234567890123456789', '-0.0', '1E+2147483648', '0.' + '0'.repeat(400) + '1', '9'.repeat(500), '1.0e0000000000000000002'];

function randomJson(r, depth = 0) {
  const k = r.below(depth > 6 ? 5 : 8);
  switch (k) {
    case 0: return null;
    case 1: return r.chance(0.5);
    case 2: return r.pick(ODD_NUMBERS) * (r.chance(0.5) ? 1 : -1);
    case 3: return r.pick(ODD_TEXT);
    case 4: return r.below(1000);
    case 5: return Array.from({ length: r.below(6) }, () => randomJson(r, depth + 1));
    case 6: {
      const o = {};
      for (let i = r.below(6); i > 0; i--) o[r.chance(0.5) ? r.pick(ODD_TEXT) : `k${r.below(20)}`] = randomJson(r, depth + 1);
      return o;
    }
    default: return { program: r.pick(ODD_TEXT), answers: randomJson(r, depth + 1) };
  }
}

/** Hostile values for a question of this type (and its options). */
function hostileAnswer(r, question) {
  const options = (question.options || []).map((o) => o.id);
  const any = [null, true, false, 0, -1, 1.5, 1e308, '', 'yes', 'no', 'unknown', [], {}, [null], [[]], { a: 1 }, r.pick(ODD_TEXT), r.pick(ODD_NUMBERS)];
  const byType = {
    yes_no: [true, false, null, 'true', 1, 0, [true]],
    date: ['2026-11-22', '2026-02-29', '2024-02-29', '0001-01-01', '0000-12-31', '9999-12-31', '2026-11-23', '1900-01-01', '2026-11-22 ', '22/11/2026', 20261122, null],
    count: [0, 1, 3.0, 2.5, -1, -0, 1e9, 2 ** 31, 2 ** 32, 2 ** 53, 1e300, '3', null],
    multi_select: [[], options, [...options, ...options], [r.pick(options.length ? options : ['x'])], ['not-an-option'], [null], [1], options.slice(0, 1), 'x', null],
    single_choice: [r.pick(options.length ? options : ['x']), 'not-an-option', '', null, options, 0],
  };
  return r.chance(0.6) ? r.pick(byType[question.type] || any) : r.pick(any);
}

function* nativeLines(r, catalog, total) {
  const programs = catalog.programs;
  // Seven kinds in turn; one line in a hundred is big (long strings, many keys, long arrays).
  const kinds = ['random json', 'wrong types', 'every field', 'deep nesting', 'huge numbers', 'odd text', 'malformed'];
  for (let i = 0; i < total; i++) {
    const kind = i % 100 === 99 ? 'big' : kinds[i % kinds.length];
    const p = r.pick(programs);
    let line;
    switch (kind) {
      case 'random json':
        line = JSON.stringify(randomJson(r));
        break;
      case 'wrong types': {
        const request = { program: p.id, as_of: '2026-11-22', answers: {} };
        const field = r.pick(['program', 'as_of', 'lang', 'audience', 'answers', 'extra']);
        request[field] = randomJson(r, 4);
        line = JSON.stringify(request);
        break;
      }
      case 'every field': {
        const answers = {};
        for (const q of p.questions) if (r.chance(0.7)) answers[q.id] = hostileAnswer(r, q);
        if (r.chance(0.1)) answers[`${r.pick(p.questions).id}_`] = true;
        const request = { program: p.id, as_of: r.pick(['2026-11-22', '2015-01-01', '2099-12-31', '1970-01-01']), answers };
        if (r.chance(0.3)) request.lang = r.pick(['en', 'es', 'fr', 'EN', '']);
        if (r.chance(0.3)) request.audience = r.pick(['staff', 'family', 'both', '']);
        line = JSON.stringify(request);
        break;
      }
      case 'deep nesting': {
        const n = r.below(r.chance(0.01) ? 20000 : 200) + 1;
        line = r.chance(0.5)
          ? '['.repeat(n) + ']'.repeat(n)
          : `{"program":"${p.id}","answers":{"${p.questions[0].id}":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}}`;
        if (r.chance(0.2)) line = line.slice(0, r.below(line.length)); // unbalanced
        break;
      }
      case 'huge numbers': {
        const q = r.pick(p.questions);
        line = `{"program":"${p.id}","as_of":"2026-11-22","answers":{"${q.id}":${r.pick(HUGE_NUMBER_TEXT)}}}`;
        break;
      }
      case 'odd text': {
        const request = { program: r.chance(0.7) ? p.id : r.pick(ODD_TEXT), as_of: r.pick(ODD_TEXT), answers: { [r.pick(ODD_TEXT)]: r.pick(ODD_TEXT) } };
        line = JSON.stringify(request);
        // Lone surrogates and escapes the way a hand-written line would have them.
        if (r.chance(0.3)) line = line.replace('"as_of":"', '"as_of":"\\ud800\\u0000');
        break;
      }
      case 'malformed': {
        const good = JSON.stringify({ program: p.id, as_of: '2026-11-22', answers: { [p.questions[0].id]: true } });
        line = r.pick([
          good.slice(0, r.below(good.length)),
          `${good},`,
          good.replace('{', '{,'),
          good.replace('"program"', 'program'),
          good.replace(':', '::'),
          `${good}${good}`,
          `\ufeff${good}`,
          good.replace('true', 'True'),
          good.replace('true', 'NaN'),
          `${good.slice(0, -1)},"program":"${p.id}"}`, // a field twice
          '',
          ' ',
          '\r',
          '/* comment */ {}',
          null, // raw bytes, below
        ]);
        if (line === null) {
          // Bytes that need not be UTF-8 (no newline among them).
          yield { kind, bytes: Buffer.from(Array.from({ length: 40 }, () => r.below(256)).map((b) => (b === 10 ? 32 : b)).concat([10])) };
          continue;
        }
        break;
      }
      default: {
        // Big: long strings, many keys, long arrays.
        const size = r.pick([1000, 10000, 100000]);
        line = r.pick([
          JSON.stringify({ program: 'x'.repeat(size) }),
          JSON.stringify({ program: p.id, answers: Object.fromEntries(Array.from({ length: size / 10 }, (_, j) => [`q${j}`, true])) }),
          JSON.stringify({ program: p.id, answers: { [p.questions[0].id]: Array.from({ length: size / 10 }, (_, j) => `o${j % 7}`) } }),
        ]);
      }
    }
    yield { kind, bytes: Buffer.from(`${line}\n`, 'utf8') };
  }
}

/** Feeds `lines` to `peer-screen batch`, checking each output line as it comes. */
async function native(catalog) {
  const r = rng(SEED);
  const child = spawn(PEER_SCREEN, ['batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const sent = [];
  let stderr = '';
  child.stderr.on('data', (c) => {
    if (stderr.length < 100000) stderr += c;
  });
  const stats = { inputs: 0, outputs: 0, responses: 0, errors: {}, bad: [], byKind: {}, bytes: 0 };
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    let at;
    while ((at = pending.indexOf('\n')) >= 0) {
      const out = pending.slice(0, at);
      pending = pending.slice(at + 1);
      const kind = sent[stats.outputs];
      stats.outputs += 1;
      let parsed;
      try {
        parsed = JSON.parse(out);
      } catch {
        if (stats.bad.length < 10) stats.bad.push(`${kind}: not JSON: ${out.slice(0, 120)}`);
        continue;
      }
      if (parsed && typeof parsed.outcome === 'string') stats.responses += 1;
      else if (parsed && parsed.error && CODES.has(parsed.error.code)) stats.errors[parsed.error.code] = (stats.errors[parsed.error.code] || 0) + 1;
      else if (stats.bad.length < 10) stats.bad.push(`${kind}: neither a response nor a coded error: ${out.slice(0, 120)}`);
    }
  });
  const start = performance.now();
  for (const { kind, bytes } of nativeLines(r, catalog, NATIVE)) {
    sent.push(kind);
    stats.inputs += 1;
    stats.byKind[kind] = (stats.byKind[kind] || 0) + 1;
    stats.bytes += bytes.length;
    if (!child.stdin.write(bytes)) await once(child.stdin, 'drain');
    if (stats.inputs % 100000 === 0) process.stderr.write(`  native: ${stats.inputs} lines sent, ${stats.outputs} answered\n`);
  }
  child.stdin.end();
  const [code, signal] = await once(child, 'close');
  stats.seconds = (performance.now() - start) / 1000;
  stats.exit = { code, signal };
  stats.panics = (stderr.match(/panicked/g) || []).length;
  stats.stderr = stderr.slice(0, 2000);
  return stats;
}

/**
 * The slowest kinds natively: each kind alone through a batch of its own, its mean time per line
 * (the batch streams through fixed buffers, so one line's time cannot be read off its output).
 */
async function nativeByKind(catalog, perKind) {
  const groups = new Map();
  for (const line of nativeLines(rng(SEED + 1), catalog, perKind * 100)) {
    const group = groups.get(line.kind) || [];
    if (group.length < perKind) group.push(line.bytes);
    groups.set(line.kind, group);
  }
  const out = [];
  for (const [kind, lines] of groups) {
    const start = performance.now();
    execFileSync(PEER_SCREEN, ['batch'], { input: Buffer.concat(lines), maxBuffer: 1 << 30 });
    out.push({ kind, lines: lines.length, meanMs: (performance.now() - start) / lines.length });
  }
  return out.sort((a, b) => b.meanMs - a.meanMs);
}

// ---------------------------------------------------------------------------------------------
// Browser: hostile JavaScript values

/** Runs in the page: makes `count` hostile values and passes each to screen(). */
async function browserRun({ moduleUrl, count, seed }) {
  const m = await import(moduleUrl);
  await m.ready;
  const catalog = m.programs().programs;
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
  const below = (n) => next() % n;
  const pick = (list) => list[below(list.length)];
  const thrower = () => { throw new Error('a getter that throws'); };
  const hugeString = 'x'.repeat(1 << 24);
  const revoked = () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; };
  const trapping = (trap) => new Proxy({ program: 'nc-pss' }, { [trap]: thrower });
  const sparse = () => { const a = []; a.length = pick([2 ** 32 - 1, 2 ** 31, 1e6, 257]); return a; };
  const cyclic = () => { const o = { program: 'nc-pss', answers: {} }; o.answers.self = o; o.answers.dsm5_diagnosis = o; return o; };
  const withGetter = (key, get) => Object.defineProperty({ program: 'nc-pss', as_of: '2026-11-22' }, key, { get, enumerable: true });
  let flips = 0;
  const makers = [
    ['revoked proxy', () => revoked()],
    ['revoked proxy as answers', () => ({ program: 'nc-pss', answers: revoked() })],
    ['revoked proxy as an answer', () => ({ program: 'nc-pss', answers: { dsm5_diagnosis: revoked() } })],
    ...['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf', 'isExtensible'].map((t) => [`proxy whose ${t} throws`, () => trapping(t)]),
    ['throwing getter', () => withGetter('answers', thrower)],
    ['throwing getter on program', () => withGetter('program', thrower)],
    ['getter that changes', () => withGetter('program', () => (flips++ % 2 ? 'nc-pss' : { evil: true }))],
    ['sparse array', () => sparse()],
    ['sparse array as an answer', () => ({ program: 'nc-pss', answers: { need_areas: sparse() } })],
    ['array whose length getter throws', () => ({ program: 'nc-pss', answers: { need_areas: new Proxy([], { get: (t, k) => (k === 'length' ? thrower() : t[k]) }) } })],
    ['cycle', () => cyclic()],
    ['array cycle', () => { const a = []; a.push(a); return { program: 'nc-pss', answers: { need_areas: a } }; }],
    ['BigInt', () => ({ program: 'mo-peer-support', answers: { planned_units_day: 10n ** 30n } })],
    ['BigInt request', () => 1n],
    ['symbol', () => ({ program: Symbol('nc-pss') })],
    ['symbol key', () => ({ program: 'nc-pss', [Symbol('x')]: 1, answers: { [Symbol.iterator]: true } })],
    ['function', () => ({ program: 'nc-pss', answers: { dsm5_diagnosis: () => true } })],
    ['huge string', () => ({ program: hugeString })],
    ['huge string answer', () => ({ program: 'nc-pss', as_of: hugeString })],
    ['huge key', () => ({ program: 'nc-pss', answers: { [hugeString.slice(0, 1 << 20)]: true } })],
    ['lone surrogates', () => ({ program: 'nc-pss\ud800', as_of: '\udfff2026-11-22' })],
    ['NaN and infinities', () => ({ program: 'mo-peer-support', answers: { planned_units_day: pick([NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, 2 ** 53 + 1]) } })],
    ['Date, RegExp, Map, Set', () => ({ program: 'nc-pss', as_of: pick([new Date(), /2026/, new Map([['a', 1]]), new Set([1])]) })],
    ['typed array', () => ({ program: 'nc-pss', answers: { need_areas: new Uint8Array(1 << 20) } })],
    ['ArrayBuffer, Promise, Error, WeakMap', () => ({ program: 'nc-pss', answers: pick([new ArrayBuffer(8), Promise.resolve(1), new Error('x'), new WeakMap()]) })],
    ['toJSON, valueOf, toPrimitive that throw', () => ({ program: { toJSON: thrower, valueOf: thrower, toString: thrower, [Symbol.toPrimitive]: thrower } })],
    ['null prototype', () => Object.assign(Object.create(null), { program: 'nc-pss', answers: Object.create(null) })],
    ['__proto__ and constructor keys', () => JSON.parse('{"program":"nc-pss","__proto__":{"x":1},"answers":{"constructor":true,"__proto__":true}}')],
    ['frozen', () => Object.freeze({ program: 'nc-pss', answers: Object.freeze({ dsm5_diagnosis: true }) })],
    ['many keys', () => ({ program: 'nc-pss', answers: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`q${i}`, true])) })],
    ['long array', () => ({ program: 'nc-pss', answers: { need_areas: new Array(100000).fill('x') } })],
    ['deep', () => { let d = true; for (let i = 0; i < 10000; i++) d = { a: d }; return { program: 'nc-pss', answers: { dsm5_diagnosis: d } }; }],
    ['class instance', () => new (class Request { constructor() { this.program = 'nc-pss'; } })()],
    ['every field of a program', () => {
      const p = pick(catalog);
      const answers = {};
      for (const q of p.questions) {
        const options = q.options.map((o) => o.id);
        answers[q.id] = pick([true, false, null, undefined, '2026-11-22', '2026-02-30', 3, -1, 2.5, options, [...options, ...options], pick(options.length ? options : ['x']), revoked(), sparse(), 7n, Symbol('x'), thrower, {}, [[]]]);
      }
      return { program: p.id, as_of: '2026-11-22', answers };
    }],
  ];
  const good = { program: 'nc-pss', as_of: '2026-11-22', answers: { dsm5_diagnosis: true } };
  const codes = new Set(['invalid_request', 'unknown_program', 'not_in_force', 'unknown_question', 'invalid_answer']);
  const stats = { calls: 0, responses: 0, errors: {}, traps: 0, uncoded: [], slowest: { ms: 0, kind: '' }, goodAfter: 0, byKind: {} };
  for (let i = 0; i < count; i++) {
    const [kind, make] = makers[i % makers.length];
    let value;
    try {
      value = make();
    } catch (e) {
      stats.uncoded.push(`${kind}: the maker threw ${e}`);
      continue;
    }
    const start = performance.now();
    try {
      const result = m.screen(value);
      if (result && typeof result.outcome === 'string') stats.responses += 1;
      else stats.uncoded.push(`${kind}: returned ${String(result).slice(0, 80)}`);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) stats.traps += 1;
      else if (e instanceof Error && codes.has(e.code)) stats.errors[e.code] = (stats.errors[e.code] || 0) + 1;
      else if (e instanceof Error && e.code === 'not_ready') stats.traps += 1; // only after a trap
      else if (stats.uncoded.length < 20) stats.uncoded.push(`${kind}: threw ${e && e.name} ${e && e.code} ${String(e && e.message).slice(0, 120)}`);
    }
    const ms = performance.now() - start;
    stats.calls += 1;
    const k = (stats.byKind[kind] = stats.byKind[kind] || { calls: 0, maxMs: 0 });
    k.calls += 1;
    k.maxMs = Math.max(k.maxMs, ms);
    if (ms > stats.slowest.ms) stats.slowest = { ms, kind };
    if (i % 1000 === 999) {
      try {
        if (m.screen(good).outcome === 'incomplete') stats.goodAfter += 1;
      } catch (e) {
        stats.uncoded.push(`a good request after ${i + 1} calls threw ${e && e.code} ${e && e.message}`);
      }
    }
  }
  try {
    stats.finalGood = m.screen(good).outcome;
  } catch (e) {
    stats.finalGood = `threw ${e && e.code}`;
  }
  return stats;
}

async function browser() {
  const b = await launch();
  try {
    const context = await newContext(b);
    const watch = await openPage(context, 'embed-demo.html', { ready: false });
    const start = performance.now();
    const stats = await watch.page.evaluate(browserRun, { moduleUrl: url('peer-support-screener.js'), count: BROWSER, seed: SEED });
    stats.seconds = (performance.now() - start) / 1000;
    stats.pageErrors = watch.pageErrors.slice(0, 10);
    stats.pageTraps = watch.pageErrors.filter((e) => /RuntimeError/.test(e)).length;
    return stats;
  } finally {
    await b.close();
  }
}

/** What failed, if anything. */
function problems(n, b) {
  const out = [];
  if (n.outputs !== n.inputs) out.push(`native: ${n.outputs} output lines for ${n.inputs} input lines`);
  if (n.exit.code !== 0 || n.exit.signal) out.push(`native: peer-screen batch ended with ${JSON.stringify(n.exit)}`);
  if (n.panics) out.push(`native: ${n.panics} panics`);
  for (const bad of n.bad) out.push(`native: ${bad}`);
  if (b.traps || b.pageTraps) out.push(`browser: ${b.traps + b.pageTraps} traps`);
  for (const u of b.uncoded) out.push(`browser: ${u}`);
  for (const e of b.pageErrors) out.push(`browser: uncaught ${e.slice(0, 200)}`);
  if (b.finalGood !== 'incomplete') out.push(`browser: a good request at the end gave ${b.finalGood}`);
  if (b.calls < BROWSER) out.push(`browser: only ${b.calls} of ${BROWSER} calls made`);
  return out;
}

function markdown(n, b, failed) {
  const codes = (errors) => Object.entries(errors).sort().map(([c, k]) => `${c} ${k.toLocaleString('en')}`).join(', ');
  const slowKinds = Object.entries(b.byKind).sort((x, y) => y[1].maxMs - x[1].maxMs).slice(0, 5);
  return `# Soak

Seed ${SEED}; the catalog of \`peer-screen programs\` (${n.programs.join(', ')}).

## Native: \`peer-screen batch\`

| what | measured |
|---|---|
| hostile JSON Lines in | ${n.inputs.toLocaleString('en')} (${(n.bytes / 1e6).toFixed(1)} MB: ${Object.entries(n.byKind).map(([k, c]) => `${k} ${c.toLocaleString('en')}`).join(', ')}) |
| lines out | ${n.outputs.toLocaleString('en')}: ${n.responses.toLocaleString('en')} responses, errors ${codes(n.errors)} |
| lines neither a response nor a coded error | ${n.bad.length} |
| panics | ${n.panics} |
| exit | ${n.exit.code === 0 && !n.exit.signal ? '0 (the process never died)' : JSON.stringify(n.exit)} |
| time | ${n.seconds.toFixed(1)} s (${Math.round(n.inputs / n.seconds).toLocaleString('en')} lines/s, debug build) |
| slowest kind (its own batch, mean per line) | ${n.kinds[0].kind}: ${n.kinds[0].meanMs.toFixed(3)} ms; then ${n.kinds.slice(1, 4).map((k) => `${k.kind} ${k.meanMs.toFixed(3)} ms`).join(', ')} |

## Browser: \`screen()\` in Chromium

| what | measured |
|---|---|
| hostile JavaScript values | ${b.calls.toLocaleString('en')} (${Object.keys(b.byKind).length} kinds: revoked proxies, throwing traps and getters, sparse arrays, cycles, BigInt, symbols, huge strings, …) |
| answers | ${b.responses.toLocaleString('en')} responses, errors ${codes(b.errors)} |
| not a coded Error | ${b.uncoded.length} |
| traps (WebAssembly.RuntimeError) | ${b.traps + b.pageTraps} |
| uncaught errors on the page | ${b.pageErrors.length} |
| a good request every 1,000 calls, and at the end | ${b.goodAfter} of ${Math.floor(b.calls / 1000)}; ${b.finalGood} |
| slowest call | ${b.slowest.ms.toFixed(1)} ms (${b.slowest.kind}) |
| slowest kinds | ${slowKinds.map(([k, v]) => `${k} ${v.maxMs.toFixed(1)} ms`).join('; ')} |
| time | ${b.seconds.toFixed(1)} s |

${failed.length ? `## FAILED\n\n${failed.map((f) => `- ${f}`).join('\n')}\n` : '**0 panics, 0 traps**: every input got a response or a coded error.\n'}`;
}

const catalog = JSON.parse(execFileSync(PEER_SCREEN, ['programs'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
process.stderr.write(`soak: ${NATIVE} native lines, ${BROWSER} browser values, seed ${SEED}, ${catalog.programs.length} programs\n`);
const nativeStats = await native(catalog);
const kinds = await nativeByKind(catalog, Math.max(200, Math.min(5000, Math.floor(NATIVE / 100))));
process.stderr.write(`  native done in ${nativeStats.seconds.toFixed(1)} s; browser…\n`);
const browserStats = await browser();
const nativeReport = { ...nativeStats, kinds, programs: catalog.programs.map((p) => p.id) };
const failed = problems(nativeReport, browserStats);
const report = markdown(nativeReport, browserStats, failed);
if (process.env.SOAK_OUT) writeFileSync(process.env.SOAK_OUT, report);
process.stdout.write(report);
if (failed.length) process.exitCode = 1;

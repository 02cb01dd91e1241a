// Generated caseloads for the caseload page's tests: every program of the catalog
// (`peer-screen programs`), each question answered by its type in the spellings people type,
// rows that name their own date, language, wording and subject, bad rows of every kind, and
// cells with commas, quotes and line breaks; with or without a BOM, CRLF or LF. Nothing here
// names a program or a question: a program added to the rulebooks is in the next run's caseloads.

import { nativePrograms } from './lib.mjs';

let catalog = null;

/** The catalog's programs, each with its questions (read on first use). */
function programs() {
  catalog ??= nativePrograms().programs;
  return catalog;
}

/** Every question id of the catalog, once, in the order the programs first ask it. */
function questionColumns() {
  return [...new Set(programs().flatMap((p) => p.questions.map((q) => q.id)))];
}

/** A small deterministic generator (xorshift32). */
function rng(seed) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  return { below: (n) => next() % n, pick: (list) => list[next() % list.length] };
}

function quote(cell) {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A cell answering `question` (a catalog entry) by its type. A date that follows up a yes/no is
 * the end of a service, around the screening date; any other date is a date of birth. A count is
 * at least the count asked before it in the same row (`least`: a month holds its busiest day),
 * now and then written with `.0`.
 */
function answer(r, question, least) {
  const date = (from, years) => `${from + r.below(years)}-${String(1 + r.below(12)).padStart(2, '0')}-${String(1 + r.below(28)).padStart(2, '0')}`;
  switch (question.type) {
    case 'multi_select': {
      if (r.below(6) === 0) return r.pick(['none', 'NONE']);
      const chosen = question.options.map((o) => o.id).filter(() => r.below(2) === 0);
      return chosen.length ? chosen.join(r.pick([';', '; ', ' ;'])) : 'none';
    }
    case 'single_choice':
      return r.pick(question.options).id;
    case 'date':
      return question.parent ? date(2026, 2) : date(1955, 60);
    case 'count': {
      const n = least + r.below(least ? 90 : 40);
      return r.below(6) === 0 ? `${n}.0` : String(n);
    }
    default:
      return r.below(3) ? r.pick(['yes', 'Yes', 'Y', 'TRUE', '1', 'true']) : r.pick(['no', 'No', 'n', 'FALSE', '0']);
  }
}

/** The yes/no cell spellings `answer` writes for yes. */
const YES = /^(yes|y|true|1)$/i;

/**
 * A caseload of `rows` people. Options: `seed`; `bom` and `crlf`; `programColumn` (false: no
 * program column, for a run with the program chosen); `program` (only this program);
 * `perRow` (rows that name their own as_of, lang, audience and subject); `bad` (1 in how many
 * rows is bad, 0 for none).
 */
export function caseload({ rows = 200, seed = 7, bom = false, crlf = false, programColumn = true, program = null, perRow = true, bad = 12 } = {}) {
  const r = rng(seed);
  const all = programs();
  const columns = questionColumns();
  const header = ['ref', ...(programColumn ? ['program'] : []), ...(perRow ? ['as_of', 'lang', 'audience', 'subject'] : []), ...columns, 'notes'];
  const lines = [header.join(',')];
  for (let n = 1; n <= rows; n++) {
    const chosen = program ? all.find((p) => p.id === program) : all[n % all.length];
    if (!chosen) throw new Error(`the catalog has no program ${program}`);
    let id = chosen.id;
    const asked = chosen.questions.map((q) => q.id);
    const cells = Object.fromEntries(header.map((h) => [h, '']));
    cells.ref = r.pick([`C-${n}`, `Doe, J. ${n}`, `"Ana" ${n}`, `line\nbreak ${n}`, `C-${n}`, `C-${n}`]);
    let least = 0;
    for (const q of chosen.questions) {
      // A follow-up is answered only after a yes to the question it follows up.
      if (q.parent && !YES.test(cells[q.parent])) continue;
      if (!r.below(8)) continue;
      cells[q.id] = answer(r, q, least);
      if (q.type === 'count') least = Number.parseInt(cells[q.id], 10);
    }
    if (perRow && r.below(5) === 0) {
      cells.as_of = r.pick(['2026-01-15', '2027-03-01']);
      cells.lang = r.pick(['es', 'en', '']);
      cells.audience = r.pick(['family', 'staff', '']);
      // `child` where the program speaks to a caregiver is the row's invalid_request.
      cells.subject = r.pick(['child', 'self', '', '']);
    }
    if (r.below(7) === 0) cells.notes = r.pick(['called, no answer', 'said "later"', 'moved;\r\nnew address']);
    let cut = false;
    if (bad && r.below(bad) === 0) {
      const first = asked[0];
      const multi = chosen.questions.find((q) => q.type === 'multi_select');
      switch (r.below(7)) {
        case 0: cells[first] = 'maybe'; break;
        case 1: cells[chosen.questions.find((q) => q.type === 'date')?.id ?? first] = '11/22/2026'; break;
        case 2: cells[columns.find((q) => !asked.includes(q))] = 'yes'; break;
        case 3: cut = true; break;
        case 4: if (programColumn) id = `${id}-typo`; else cells[first] = '2'; break;
        case 5: if (perRow) cells.as_of = '2026-02-30'; else cells[first] = 'sí'; break;
        default: if (multi) cells[multi.id] = `${multi.options[0].id};housing`; else cells[first] = '-1';
      }
    }
    if (programColumn) cells.program = id;
    const row = header.map((h) => quote(cells[h]));
    lines.push(cut ? row.slice(0, 3).join(',') : row.join(','));
  }
  const text = lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

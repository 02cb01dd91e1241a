// Generated caseloads for the caseload page's tests: every program, every answer type in the
// spellings people type, rows that name their own date, language and wording, bad rows of
// every kind, and cells with commas, quotes and line breaks; with or without a BOM, CRLF or LF.

/** Each program with its questions and how a cell answers each. */
export const PROGRAMS = {
  'nc-pss': ['dsm5_diagnosis', 'need_areas', 'innovations_waiver', 'actt', 'actt_auth_end', 'cst', 'cst_auth_end', 'other_pss_provider', 'cca_completed'],
  'ne-peer-support': ['mh_sud_disorder', 'active_bh_services', 'functional_deficits', 'clinical_assessment'],
  'ne-family-peer-support': ['caregiver_of_child', 'child_condition', 'urgent_challenges', 'active_bh_services', 'functional_deficits', 'clinical_assessment'],
  'mo-peer-support': ['birth_date', 'enrolled_program', 'treatment_team', 'planned_units_day', 'planned_units_month'],
  'mt-mfp-peer-support': ['mfp_participant', 'recovery_condition', 'peer_in_plan', 'prior_authorization'],
  'ct-waiver-peer-support': ['waiver_participant', 'residual_problems', 'act', 'act_end', 'csp', 'csp_end', 'residential', 'residential_end', 'recovery_plan'],
  'nc-pss-continued-stay': ['not_restored', 'progress_documented', 'functioning_improved', 'positive_outcomes', 'not_progressing', 'declines_pss', 'innovations_waiver', 'actt', 'actt_auth_end', 'cst', 'cst_auth_end', 'other_pss_provider'],
  'ne-peer-support-continued-stay': ['mh_sud_disorder', 'active_bh_services', 'functional_deficits', 'substantial_benefit', 'making_progress'],
  'ne-family-peer-support-continued-stay': ['caregiver_of_child', 'child_condition', 'urgent_challenges', 'active_bh_services', 'functional_deficits', 'substantial_benefit', 'making_progress'],
};

export const QUESTIONS = [...new Set(Object.values(PROGRAMS).flat())];

const NEED_AREAS = ['wellness_integration', 'recent_crisis', 'traditional_services_difficulty', 'community_resources', 'relationships', 'daily_living'];
const ENROLLED = ['cstar_adolescent', 'cstar_women_children', 'cstar_general_population_enhanced', 'cstar_opioid', 'primary_recovery_plus', 'none'];

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

function answer(r, question) {
  const date = (from, years) => `${from + r.below(years)}-${String(1 + r.below(12)).padStart(2, '0')}-${String(1 + r.below(28)).padStart(2, '0')}`;
  switch (question) {
    case 'need_areas': {
      if (r.below(6) === 0) return r.pick(['none', 'NONE']);
      const chosen = NEED_AREAS.filter(() => r.below(2) === 0);
      return chosen.length ? chosen.join(r.pick([';', '; ', ' ;'])) : 'none';
    }
    case 'birth_date':
      return date(1955, 60);
    case 'enrolled_program':
      return r.pick(ENROLLED);
    case 'planned_units_day':
      return r.pick([String(r.below(40)), '3.0', '32', '33']);
    case 'planned_units_month':
      return String(r.below(120));
    default:
      if (question.endsWith('_end')) return date(2026, 2);
      return r.below(3) ? r.pick(['yes', 'Yes', 'Y', 'TRUE', '1', 'true']) : r.pick(['no', 'No', 'n', 'FALSE', '0']);
  }
}

/**
 * A caseload of `rows` people. Options: `seed`; `bom` and `crlf`; `programColumn` (false: no
 * program column, for a run with the program chosen); `program` (only this program);
 * `perRow` (rows that name their own as_of, lang and audience); `bad` (1 in how many rows is
 * bad, 0 for none).
 */
export function caseload({ rows = 200, seed = 7, bom = false, crlf = false, programColumn = true, program = null, perRow = true, bad = 12 } = {}) {
  const r = rng(seed);
  const header = ['ref', ...(programColumn ? ['program'] : []), ...(perRow ? ['as_of', 'lang', 'audience'] : []), ...QUESTIONS, 'notes'];
  const lines = [header.join(',')];
  const ids = Object.keys(PROGRAMS);
  for (let n = 1; n <= rows; n++) {
    let id = program || ids[n % ids.length];
    const cells = Object.fromEntries(header.map((h) => [h, '']));
    cells.ref = r.pick([`C-${n}`, `Doe, J. ${n}`, `"Ana" ${n}`, `line\nbreak ${n}`, `C-${n}`, `C-${n}`]);
    for (const q of PROGRAMS[id]) if (r.below(8)) cells[q] = answer(r, q);
    if (perRow && r.below(5) === 0) {
      cells.as_of = r.pick(['2026-01-15', '2027-03-01']);
      cells.lang = r.pick(['es', 'en', '']);
      cells.audience = r.pick(['family', 'staff', '']);
    }
    if (r.below(7) === 0) cells.notes = r.pick(['called, no answer', 'said "later"', 'moved;\r\nnew address']);
    let cut = false;
    if (bad && r.below(bad) === 0) {
      switch (r.below(7)) {
        case 0: cells[PROGRAMS[id][0]] = 'maybe'; break;
        case 1: cells[PROGRAMS[id].find((q) => q.endsWith('_end') || q === 'birth_date') || PROGRAMS[id][0]] = '11/22/2026'; break;
        case 2: cells[QUESTIONS.find((q) => !PROGRAMS[id].includes(q))] = 'yes'; break;
        case 3: cut = true; break;
        case 4: if (programColumn) id = `${id}-typo`; else cells[PROGRAMS[id][0]] = '2'; break;
        case 5: if (perRow) cells.as_of = '2026-02-30'; else cells[PROGRAMS[id][0]] = 'sí'; break;
        default: if (PROGRAMS[id].includes('need_areas')) cells.need_areas = 'recent_crisis;housing'; else cells[PROGRAMS[id][0]] = '-1';
      }
    }
    if (programColumn) cells.program = id;
    const row = header.map((h) => quote(cells[h]));
    lines.push(cut ? row.slice(0, 3).join(',') : row.join(','));
  }
  const text = lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

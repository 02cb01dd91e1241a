// Screenings the form tests drive by keyboard: answers in question order (SCREENING.md §4) and
// what the result must show. Yes/no answers are the radio values ('yes', 'no', 'unknown');
// multi-selects are lists of option ids; dates are YYYY-MM-DD; counts are numbers. All on
// AS_OF (2026-11-22).

const pass = (...ids) => Object.fromEntries(ids.map((id) => [id, 'pass']));

/** One eligible screening per program. */
export const ELIGIBLE = {
  'nc-pss': {
    answers: [
      ['dsm5_diagnosis', 'yes'],
      ['need_areas', ['recent_crisis', 'relationships', 'daily_living']],
      ['innovations_waiver', 'no'],
      ['actt', 'no'],
      ['cst', 'no'],
      ['other_pss_provider', 'no'],
      ['cca_completed', 'yes'],
      ['cca_medical_necessity', 'yes'],
    ],
    criteria: pass(
      'nc.diagnosis', 'nc.need_areas', 'nc.innovations', 'nc.actt', 'nc.cst', 'nc.one_provider', 'nc.medical_necessity', 'nc.cca',
    ),
  },
  'ne-peer-support': {
    answers: [
      ['mh_sud_disorder', 'yes'],
      ['active_bh_services', 'yes'],
      ['functional_deficits', 'yes'],
      ['clinical_assessment', 'yes'],
      ['assessment_recommends', 'yes'],
    ],
    criteria: pass('ne.disorder', 'ne.active_services', 'ne.functional_deficits', 'ne.assessment_recommends', 'ne.assessment'),
  },
  'ne-family-peer-support': {
    answers: [
      ['caregiver_of_child', 'yes'],
      ['child_condition', 'yes'],
      ['urgent_challenges', 'yes'],
      ['active_bh_services', 'yes'],
      ['functional_deficits', 'yes'],
      ['clinical_assessment', 'no'],
    ],
    criteria: {
      ...pass(
        'ne.family.caregiver', 'ne.family.child_condition', 'ne.family.urgent_challenges', 'ne.active_services', 'ne.functional_deficits',
        'ne.assessment_recommends',
      ),
      'ne.assessment': 'fail',
    },
  },
  'mo-peer-support': {
    answers: [
      ['birth_date', '1990-05-17'],
      ['enrolled_program', 'cstar_general_population'],
      ['treatment_team', 'yes'],
      ['planned_units_day', 8],
      ['planned_units_month', 120],
    ],
    criteria: { ...pass('mo.program', 'mo.age', 'mo.treatment_team', 'mo.daily_limit'), 'mo.monthly_limit': 'fail' },
  },
  'mt-mfp-peer-support': {
    answers: [
      ['mfp_participant', 'yes'],
      ['recovery_condition', 'yes'],
      ['peer_in_plan', 'yes'],
      ['prior_authorization', 'yes'],
    ],
    criteria: pass('mt.mfp', 'mt.condition', 'mt.plan', 'mt.prior_authorization'),
  },
  'ct-waiver-peer-support': {
    answers: [
      ['waiver_participant', 'yes'],
      ['residual_problems', 'yes'],
      ['intensive_care_needed', 'no'],
      ['act', 'no'],
      ['csp', 'no'],
      ['residential', 'yes'],
      ['residential_end', '2026-12-04'],
      ['recovery_plan', 'yes'],
    ],
    criteria: pass('ct.waiver', 'ct.residual_problems', 'ct.step_down', 'ct.act', 'ct.csp', 'ct.residential', 'ct.recovery_plan'),
  },
  'nc-pss-continued-stay': {
    answers: [
      ['outcome_restored', 'no'],
      ['progress_documented', 'yes'],
      ['functioning_improved', 'no'],
      ['positive_outcomes', 'no'],
      ['no_progress', 'no'],
      ['wants_pss', 'yes'],
      ['innovations_waiver', 'no'],
      ['actt', 'no'],
      ['cst', 'no'],
      ['other_pss_provider', 'no'],
    ],
    criteria: pass(
      'nc.continued.not_restored', 'nc.continued.progress', 'nc.discharge.improved', 'nc.discharge.outcomes',
      'nc.discharge.no_progress', 'nc.discharge.declines', 'nc.innovations', 'nc.actt', 'nc.cst', 'nc.one_provider',
    ),
  },
  'ne-peer-support-continued-stay': {
    answers: [
      ['mh_sud_disorder', 'yes'],
      ['active_bh_services', 'yes'],
      ['functional_deficits', 'yes'],
      ['substantial_benefit', 'yes'],
      ['making_progress', 'yes'],
    ],
    criteria: pass('ne.disorder', 'ne.active_services', 'ne.functional_deficits', 'ne.continued.benefit', 'ne.continued.progress'),
  },
  'ne-family-peer-support-continued-stay': {
    answers: [
      ['caregiver_of_child', 'yes'],
      ['child_condition', 'yes'],
      ['urgent_challenges', 'yes'],
      ['active_bh_services', 'yes'],
      ['functional_deficits', 'yes'],
      ['substantial_benefit', 'yes'],
      ['making_progress', 'yes'],
    ],
    criteria: pass(
      'ne.family.caregiver', 'ne.family.child_condition', 'ne.family.urgent_challenges', 'ne.active_services',
      'ne.functional_deficits', 'ne.continued.benefit', 'ne.continued.progress',
    ),
  },
};

/** Not eligible until a date. */
export const NOT_YET = {
  'nc-pss': {
    answers: [
      ['dsm5_diagnosis', 'yes'],
      ['need_areas', ['wellness_integration', 'community_resources', 'daily_living']],
      ['innovations_waiver', 'no'],
      ['actt', 'yes'],
      ['actt_auth_end', '2027-01-31'],
      ['cst', 'no'],
      ['other_pss_provider', 'no'],
      ['cca_completed', 'yes'],
      ['cca_medical_necessity', 'yes'],
    ],
    eligibleFrom: '2027-01-02',
    criteria: {
      ...pass('nc.diagnosis', 'nc.need_areas', 'nc.innovations', 'nc.cst', 'nc.one_provider', 'nc.medical_necessity', 'nc.cca'),
      'nc.actt': 'fail',
    },
  },
  'mo-peer-support': {
    answers: [
      ['birth_date', '2011-03-02'],
      ['enrolled_program', 'cstar_adolescent'],
      ['treatment_team', 'yes'],
    ],
    eligibleFrom: '2027-03-02',
    criteria: { 'mo.program': 'pass', 'mo.age': 'fail', 'mo.treatment_team': 'pass', 'mo.daily_limit': 'unknown', 'mo.monthly_limit': 'unknown' },
  },
};

/** The request of SCREENING.md §2 that a scenario's answers make. */
export function requestOf(program, answers, asOf) {
  const out = {};
  for (const [id, value] of answers) {
    out[id] = value === 'yes' ? true : value === 'no' ? false : value === 'unknown' ? null : value;
  }
  return { program, as_of: asOf, answers: out };
}

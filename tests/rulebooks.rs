//! Checks every rulebook against its source and against itself: quotes verbatim in the
//! document, ids and shapes as SCREENING.md §4 fixes them, tests that read questions of the
//! right type, wording complete in all four voices, and placeholders that will be filled.

use screener::model::*;
use screener::rules;
use screener::template;
use screener::words::{self, Table};

/// Whitespace folded and markdown emphasis dropped, as seeds/README.md allows.
fn normalize(text: &str) -> String {
    text.replace("**", "").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn document(file: &str) -> String {
    let path = format!("{}/tests/fixtures/seeds/{file}", env!("CARGO_MANIFEST_DIR"));
    normalize(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
}

#[test]
fn every_quote_stands_word_for_word_in_its_document() {
    for program in rules::ALL {
        let text = document(program.document.file);
        assert!(!program.document.title.is_empty(), "{}: document title", program.id);
        for c in program.criteria {
            assert!(c.source.quote.len() >= 20, "{}: quote too short to cite", c.id);
            assert!(
                text.contains(&normalize(c.source.quote)),
                "{}: quote not in {}: {:?}",
                c.id,
                program.document.file,
                c.source.quote
            );
            assert!(!c.source.section.is_empty(), "{}: section", c.id);
        }
    }
}

#[test]
fn the_shared_seeds_are_the_ones_we_test_against() {
    // When ../shared is beside the project (as in CI), our copies must not have drifted.
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let Ok(entries) = std::fs::read_dir(shared) else { return };
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".txt") {
            let ours = std::fs::read(format!("{}/tests/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            assert_eq!(ours, std::fs::read(&path).unwrap(), "{name} differs from ../shared/seeds");
        }
    }
}

#[test]
fn programs_are_those_of_the_contract_in_order() {
    let ids: Vec<_> = rules::ALL.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "nc-pss",
            "ne-peer-support",
            "ne-family-peer-support",
            "mo-peer-support",
            "mt-mfp-peer-support",
            "ct-waiver-peer-support",
            "nc-pss-continued-stay",
            "ne-peer-support-continued-stay",
            "ne-family-peer-support-continued-stay",
        ]
    );
    let states: Vec<_> = rules::ALL.iter().map(|p| p.state).collect();
    assert_eq!(states, ["NC", "NE", "NE", "MO", "MT", "CT", "NC", "NE", "NE"]);
    let reviews: Vec<_> = rules::ALL.iter().map(|p| p.stage.review_of()).collect();
    assert_eq!(
        reviews,
        [None, None, None, None, None, None, Some("nc-pss"), Some("ne-peer-support"), Some("ne-family-peer-support")]
    );
    for p in rules::ALL {
        // Every program of a state names it the same way (they share one constant).
        assert_eq!(rules::state_name(p.state), Some(&p.state_name), "{}: state name", p.id);
        assert!(p.effective_from.is_none_or(|d| screener::dates::parse(d).is_some()), "{}: effective_from", p.id);
        assert!(screener::dates::parse(p.version).is_some(), "{}: version is a date", p.id);
        if let Some(admission) = p.stage.review_of().map(|id| rules::find(id).unwrap()) {
            // A review is of an admission program of the same state, judged from the same source.
            assert_eq!(admission.stage, Stage::Admission, "{}", p.id);
            assert_eq!((admission.state, admission.document.file), (p.state, p.document.file), "{}", p.id);
        }
    }
    // Only North Carolina's source is a draft ("an overview of the Peer Support Services draft
    // policy"), and its titles say so in every voice.
    for p in rules::ALL {
        assert_eq!(p.document.draft, p.state == "NC", "{}", p.id);
        if p.document.draft {
            for voice in Voice::all() {
                let (title, word) = (voice.text(&p.title), if voice.lang == Lang::En { "draft" } else { "borrador" });
                assert!(title.contains(word), "{}: {voice:?} title {title:?}", p.id);
            }
        }
    }
    assert_eq!(rules::find("mo-peer-support").unwrap().effective_from, Some("2014-10-01"));
}

fn words_complete(what: &str, w: &Words) {
    for voice in Voice::all() {
        assert!(!voice.text(w).trim().is_empty(), "{what}: empty {voice:?}");
    }
}

#[test]
fn questions_are_well_formed() {
    for p in rules::ALL {
        words_complete(p.id, &p.title);
        for (i, q) in p.questions.iter().enumerate() {
            words_complete(q.id, &q.text);
            assert!(p.questions[..i].iter().all(|o| o.id != q.id), "{}: duplicate question {}", p.id, q.id);
            if let Some(parent) = q.parent {
                let parent_index = p.question_index(parent).unwrap_or_else(|| panic!("{}: parent {parent}", q.id));
                assert!(parent_index < i, "{}: a follow-up comes after its parent", q.id);
                assert_eq!(p.questions[parent_index].kind, QuestionType::YesNo, "{}: parent must be yes/no", q.id);
            }
            let has_options = matches!(q.kind, QuestionType::MultiSelect | QuestionType::SingleChoice);
            assert_eq!(has_options, !q.options.is_empty(), "{}: options", q.id);
            assert!(q.options.len() < 32, "{}: too many options for the bit set", q.id);
            for o in q.options {
                words_complete(o.id, &o.text);
            }
            assert!(!q.not_after_as_of || q.kind == QuestionType::Date, "{}: not_after_as_of is for dates", q.id);
        }
    }
}

#[test]
fn criteria_read_questions_of_the_right_type_and_say_the_right_things() {
    for p in rules::ALL {
        for (i, c) in p.criteria.iter().enumerate() {
            assert!(p.criteria[..i].iter().all(|o| o.id != c.id), "{}: duplicate criterion", c.id);
            let kind_of =
                |id: &str| p.question(id).unwrap_or_else(|| panic!("{}: reads unknown question {id}", c.id)).kind;
            if let Some(says) = c.test.verdicts() {
                words_complete(c.id, &says.pass);
                words_complete(c.id, &says.fail);
            }
            match c.test {
                Test::Yes { question, .. } | Test::No { question, .. } => {
                    assert_eq!(kind_of(question), QuestionType::YesNo, "{}", c.id)
                }
                Test::AtLeast { question, .. } => {
                    assert_eq!(kind_of(question), QuestionType::MultiSelect, "{}", c.id)
                }
                Test::NotChoice { question, option, .. } => {
                    assert_eq!(kind_of(question), QuestionType::SingleChoice, "{}", c.id);
                    assert!(p.question(question).unwrap().options.iter().any(|o| o.id == option), "{}", c.id);
                }
                Test::AtMost { question, .. } => {
                    assert_eq!(kind_of(question), QuestionType::Count, "{}", c.id)
                }
                Test::MinimumAge { birth_date, .. } => {
                    assert_eq!(kind_of(birth_date), QuestionType::Date, "{}", c.id);
                    assert!(
                        p.question(birth_date).unwrap().not_after_as_of,
                        "{}: birth dates are not after as_of",
                        c.id
                    );
                }
                Test::WithFollowUp { question, follow_up, ref when_no, .. } => {
                    assert_eq!(kind_of(question), QuestionType::YesNo, "{}", c.id);
                    assert_eq!(kind_of(follow_up), QuestionType::YesNo, "{}", c.id);
                    assert_eq!(p.question(follow_up).unwrap().parent, Some(question), "{}: follow-up", c.id);
                    words_complete(c.id, when_no);
                }
                Test::TransitionWindow { service, ends, days, ref service_name, ref end_of } => {
                    words_complete(c.id, end_of);
                    assert_eq!(kind_of(service), QuestionType::YesNo, "{}", c.id);
                    assert_eq!(kind_of(ends), QuestionType::Date, "{}", c.id);
                    assert_eq!(
                        p.question(ends).unwrap().parent,
                        Some(service),
                        "{}: the end date follows up the service",
                        c.id
                    );
                    assert_eq!(days, 30, "{}", c.id);
                    words_complete(c.id, service_name);
                }
            }
            if let Some(step) = c.next_step() {
                words_complete(c.id, step);
            }
        }
        words_complete(p.id, &p.ask);
        for note in p.standing_notes {
            words_complete(p.id, note);
        }
    }
}

/// The placeholders each sentence may use, by test shape.
#[test]
fn placeholders_are_ones_the_engine_fills() {
    let check_said = |what: &str, said: &Said, allowed: &[&str]| {
        for form in said.forms() {
            for name in template::placeholders(form) {
                assert!(allowed.contains(&name), "{what}: {{{name}}} is never filled ({form:?})");
            }
        }
    };
    let check = |what: &str, w: &Words, allowed: &[&str]| {
        check_said(what, &w.en, allowed);
        check_said(what, &w.es, allowed);
    };
    let check_shared = |what: &str, pick: &dyn Fn(&'static Table) -> &'static Said, allowed: &[&str]| {
        for lang in Lang::ALL {
            check_said(what, pick(words::table(lang)), allowed);
        }
    };
    for p in rules::ALL {
        for c in p.criteria {
            if let Some(says) = c.test.verdicts() {
                let allowed: &[&str] = match c.test {
                    Test::AtLeast { .. } => &["n", "min"],
                    Test::AtMost { .. } => &["n", "max"],
                    Test::NotChoice { .. } => &["choice"],
                    _ => &[],
                };
                check(c.id, &says.pass, allowed);
                check(c.id, &says.fail, allowed);
            }
            if let Test::TransitionWindow { service_name, end_of, .. } = &c.test {
                check(c.id, service_name, &[]);
                check(c.id, end_of, &[]);
            }
        }
        for q in p.questions {
            check(q.id, &q.text, &[]);
        }
    }
    check_shared("not_answered", &|w| &w.reasons.not_answered, &["question"]);
    check_shared("age_reached", &|w| &w.reasons.age_reached, &["age", "as_of", "min"]);
    check_shared("age_not_reached", &|w| &w.reasons.age_not_reached, &["age", "as_of", "min", "date"]);
    let window: [&dyn Fn(&'static Table) -> &'static Said; 5] = [
        &|w| &w.reasons.window_not_receiving,
        &|w| &w.reasons.window_passed,
        &|w| &w.reasons.window_open,
        &|w| &w.reasons.window_not_yet,
        &|w| &w.reasons.window_end_unknown,
    ];
    for pick in window {
        check_shared("window", pick, &["service", "end_of", "end", "as_of", "days", "from"]);
    }
}

/// Every wording of a program: title, questions, options, criteria's sentences and names, next
/// steps and standing notes.
fn all_words(p: &Program) -> Vec<&Words> {
    let mut all = vec![&p.title];
    for q in p.questions {
        all.push(&q.text);
        all.extend(q.options.iter().map(|o| &o.text));
    }
    for c in p.criteria {
        if let Some(says) = c.test.verdicts() {
            all.extend([&says.pass, &says.fail]);
        }
        if let Test::TransitionWindow { service_name, end_of, .. } = &c.test {
            all.extend([service_name, end_of]);
        }
        all.extend(c.next_step());
    }
    all.extend(p.standing_notes);
    all
}

#[test]
fn spanish_never_calls_a_peer_supporter_a_companion() {
    // "compañero de apoyo" reads as "support companion", a role Montana's source sets apart
    // ("MFP peer supporters have a different role than MFP companions").
    for p in rules::ALL {
        for w in all_words(p) {
            for form in w.es.forms() {
                assert!(!form.to_lowercase().contains("compañer"), "{}: {form:?}", p.id);
            }
        }
    }
    words::table(Lang::Es).each(&mut |name, said| {
        for form in said.forms() {
            assert!(!form.to_lowercase().contains("compañer"), "{name}: {form:?}");
        }
    });
}

#[test]
fn spanish_is_not_english() {
    // A cheap guard against untranslated copies: long texts differ between languages.
    for p in rules::ALL {
        for q in p.questions {
            for (en, es) in q.text.en.forms().zip(q.text.es.forms()) {
                assert!(en.len() < 12 || en != es, "{}: Spanish text equals English", q.id);
            }
        }
    }
}

/// A program as SCREENING.md §4 lists it: its id, its question ids, its criteria with their kinds.
type ContractProgram = (&'static str, &'static [&'static str], &'static [(&'static str, CriterionKind)]);

/// The ids and kinds of SCREENING.md §4, written out again here so a rulebook cannot drift.
#[test]
fn ids_and_kinds_are_those_of_the_contract() {
    use CriterionKind::*;
    let expected: [ContractProgram; 9] = [
        (
            "nc-pss",
            &[
                "dsm5_diagnosis",
                "need_areas",
                "innovations_waiver",
                "actt",
                "actt_auth_end",
                "cst",
                "cst_auth_end",
                "other_pss_provider",
                "cca_completed",
                "cca_medical_necessity",
            ],
            &[
                ("nc.diagnosis", Eligibility),
                ("nc.need_areas", Eligibility),
                ("nc.innovations", Exclusion),
                ("nc.actt", Exclusion),
                ("nc.cst", Exclusion),
                ("nc.one_provider", Exclusion),
                ("nc.medical_necessity", Exclusion),
                ("nc.cca", Requirement),
            ],
        ),
        (
            "ne-peer-support",
            &[
                "mh_sud_disorder",
                "active_bh_services",
                "functional_deficits",
                "clinical_assessment",
                "assessment_recommends",
            ],
            &[
                ("ne.disorder", Eligibility),
                ("ne.active_services", Eligibility),
                ("ne.functional_deficits", Eligibility),
                ("ne.assessment_recommends", Exclusion),
                ("ne.assessment", Requirement),
            ],
        ),
        (
            "ne-family-peer-support",
            &[
                "caregiver_of_child",
                "child_condition",
                "urgent_challenges",
                "active_bh_services",
                "functional_deficits",
                "clinical_assessment",
                "assessment_recommends",
            ],
            &[
                ("ne.family.caregiver", Eligibility),
                ("ne.family.child_condition", Eligibility),
                ("ne.family.urgent_challenges", Eligibility),
                ("ne.active_services", Eligibility),
                ("ne.functional_deficits", Eligibility),
                ("ne.assessment_recommends", Exclusion),
                ("ne.assessment", Requirement),
            ],
        ),
        (
            "mo-peer-support",
            &["birth_date", "enrolled_program", "treatment_team", "planned_units_day", "planned_units_month"],
            &[
                ("mo.program", Eligibility),
                ("mo.age", Eligibility),
                ("mo.treatment_team", Requirement),
                ("mo.daily_limit", Limit),
                ("mo.monthly_limit", Limit),
            ],
        ),
        (
            "mt-mfp-peer-support",
            &["mfp_participant", "recovery_condition", "peer_in_plan", "prior_authorization"],
            &[
                ("mt.mfp", Eligibility),
                ("mt.condition", Eligibility),
                ("mt.plan", Requirement),
                ("mt.prior_authorization", Requirement),
            ],
        ),
        (
            "ct-waiver-peer-support",
            &[
                "waiver_participant",
                "residual_problems",
                "intensive_care_needed",
                "act",
                "act_end",
                "csp",
                "csp_end",
                "residential",
                "residential_end",
                "recovery_plan",
            ],
            &[
                ("ct.waiver", Eligibility),
                ("ct.residual_problems", Eligibility),
                ("ct.step_down", Exclusion),
                ("ct.act", Exclusion),
                ("ct.csp", Exclusion),
                ("ct.residential", Exclusion),
                ("ct.recovery_plan", Requirement),
            ],
        ),
        (
            "nc-pss-continued-stay",
            &[
                "outcome_restored",
                "progress_documented",
                "functioning_improved",
                "positive_outcomes",
                "no_progress",
                "strategies_exhausted",
                "wants_pss",
                "innovations_waiver",
                "actt",
                "actt_auth_end",
                "cst",
                "cst_auth_end",
                "other_pss_provider",
            ],
            &[
                ("nc.continued.not_restored", Eligibility),
                ("nc.continued.progress", Eligibility),
                ("nc.discharge.improved", Exclusion),
                ("nc.discharge.outcomes", Exclusion),
                ("nc.discharge.no_progress", Exclusion),
                ("nc.discharge.declines", Exclusion),
                ("nc.innovations", Exclusion),
                ("nc.actt", Exclusion),
                ("nc.cst", Exclusion),
                ("nc.one_provider", Exclusion),
            ],
        ),
        (
            "ne-peer-support-continued-stay",
            &["mh_sud_disorder", "active_bh_services", "functional_deficits", "substantial_benefit", "making_progress"],
            &[
                ("ne.disorder", Eligibility),
                ("ne.active_services", Eligibility),
                ("ne.functional_deficits", Eligibility),
                ("ne.continued.benefit", Eligibility),
                ("ne.continued.progress", Eligibility),
            ],
        ),
        (
            "ne-family-peer-support-continued-stay",
            &[
                "caregiver_of_child",
                "child_condition",
                "urgent_challenges",
                "active_bh_services",
                "functional_deficits",
                "substantial_benefit",
                "making_progress",
            ],
            &[
                ("ne.family.caregiver", Eligibility),
                ("ne.family.child_condition", Eligibility),
                ("ne.family.urgent_challenges", Eligibility),
                ("ne.active_services", Eligibility),
                ("ne.functional_deficits", Eligibility),
                ("ne.continued.benefit", Eligibility),
                ("ne.continued.progress", Eligibility),
            ],
        ),
    ];
    for (id, questions, criteria) in expected {
        let p = rules::find(id).unwrap();
        assert_eq!(p.questions.iter().map(|q| q.id).collect::<Vec<_>>(), questions, "{id}: questions");
        assert_eq!(p.criteria.iter().map(|c| (c.id, c.kind())).collect::<Vec<_>>(), criteria, "{id}: criteria");
    }
    let options = |p: &str, q: &str| {
        rules::find(p).unwrap().question(q).unwrap().options.iter().map(|o| o.id).collect::<Vec<_>>()
    };
    assert_eq!(
        options("nc-pss", "need_areas"),
        [
            "wellness_integration",
            "recent_crisis",
            "traditional_services_difficulty",
            "community_resources",
            "relationships",
            "daily_living"
        ]
    );
    assert_eq!(
        options("mo-peer-support", "enrolled_program"),
        [
            "cstar_adolescent",
            "cstar_women_children",
            "cstar_women_children_enhanced",
            "cstar_general_population",
            "cstar_general_population_enhanced",
            "cstar_opioid",
            "primary_recovery_plus",
            "primary_recovery_plus_enhanced",
            "none"
        ]
    );
    let service = |p: &str| rules::find(p).unwrap().service;
    for p in ["nc-pss", "nc-pss-continued-stay", "ne-peer-support", "ne-family-peer-support"] {
        assert_eq!(service(p), Service::NONE, "{p}: its source gives no unit, rate, code or cap");
    }
    for p in ["ne-peer-support-continued-stay", "ne-family-peer-support-continued-stay"] {
        assert_eq!(service(p), Service::NONE, "{p}");
        let p = rules::find(p).unwrap();
        assert!(p.standing_notes.is_empty() && p.criteria.iter().all(|c| c.next_step().is_none()), "{}", p.id);
    }
    // Nebraska's reviews ask the admission criteria again: the same constants, word for word.
    for (review, admission) in [
        ("ne-peer-support-continued-stay", "ne-peer-support"),
        ("ne-family-peer-support-continued-stay", "ne-family-peer-support"),
    ] {
        let (review, admission) = (rules::find(review).unwrap(), rules::find(admission).unwrap());
        for c in admission.criteria.iter().filter(|c| c.kind() == Eligibility) {
            let again = review.criteria.iter().find(|r| r.id == c.id).unwrap();
            assert_eq!(format!("{again:?}"), format!("{c:?}"), "{}: {}", review.id, c.id);
            for q in c.test.question_ids() {
                let (asked, before) = (review.question(q).unwrap(), admission.question(q).unwrap());
                assert_eq!(format!("{asked:?}"), format!("{before:?}"), "{}: {q}", review.id);
            }
        }
    }
    assert_eq!(
        service("mt-mfp-peer-support"),
        Service {
            unit_minutes: Some(15),
            rate_cents: Some(1000),
            procedure_code: Some("T2012/UA"),
            max_units_per_day: None,
            max_units_per_month: None
        }
    );
    assert_eq!(
        service("ct-waiver-peer-support"),
        Service {
            unit_minutes: Some(15),
            rate_cents: Some(1233),
            procedure_code: None,
            max_units_per_day: None,
            max_units_per_month: None
        }
    );
    assert_eq!(
        service("mo-peer-support"),
        Service {
            unit_minutes: Some(15),
            rate_cents: None,
            procedure_code: None,
            max_units_per_day: Some(32),
            max_units_per_month: Some(96)
        }
    );
}

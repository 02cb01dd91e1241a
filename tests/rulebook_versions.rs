//! A rulebook's `version` changes whenever its logic or its words change (SCREENING.md §3): a
//! response names the version that judged it, so a case file records which rules applied.
//!
//! `snapshots/rulebooks.txt` holds, per program, `id version fingerprint`: an FNV-1a 64 hash of a
//! canonical text of everything semantic in the rulebook and of the shared sentences it can say.
//! The canonical text is written out by hand below, field by field, not with `Debug`, so that
//! reshaping the model does not change it while changing what a rulebook says or decides does.
//!
//! - A fingerprint that changed under an unchanged version fails: bump the version.
//! - Any other difference (a new program, a new version) fails until the snapshot is rewritten
//!   with `UPDATE_SNAPSHOTS=1 cargo test --test rulebook_versions`, which rewrites it as it is
//!   (review its diff: a line whose fingerprint changed and whose version did not is a version
//!   someone forgot, unless that version was never released).

use std::fmt::Write;

use screener::model::*;
use screener::rules;
use screener::words::{self, Table};

const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/rulebooks.txt");

/// The canonical text of a rulebook: one line per fact, each string with its length first, so
/// that no two different rulebooks can write the same text.
struct Canon(String);

impl Canon {
    fn line(&mut self, tag: &str, parts: &[&str]) {
        self.0.push_str(tag);
        for part in parts {
            let _ = write!(self.0, " {}:{part}", part.len());
        }
        self.0.push('\n');
    }

    fn words(&mut self, tag: &str, w: &Words) {
        self.said(tag, &w.en, &w.es);
    }

    /// A text in English and Spanish: staff, then family, then (where there is one) the family
    /// text about a child.
    fn said(&mut self, tag: &str, en: &Said, es: &Said) {
        let mut parts = vec![en.staff, es.staff, en.family, es.family];
        if en.child.is_some() || es.child.is_some() {
            parts.extend(["child", en.child.unwrap_or("-"), es.child.unwrap_or("-")]);
        }
        self.line(tag, &parts);
    }

    /// One of the product's shared texts, picked from each language's table.
    fn shared(&mut self, tag: &str, pick: impl Fn(&'static Table) -> &'static Said) {
        self.said(tag, pick(words::table(Lang::En)), pick(words::table(Lang::Es)));
    }
}

fn optional(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

fn canonical(p: &Program) -> String {
    let mut c = Canon(String::new());
    c.line("program", &[p.id, p.state]);
    c.words("state_name", &p.state_name);
    c.words("title", &p.title);
    c.line(
        "serves",
        &[match p.serves {
            Serves::Person => "person",
            Serves::Caregiver => "caregiver",
        }],
    );
    match p.stage {
        Stage::Admission => c.line("stage", &["admission"]),
        Stage::ContinuedStay { review_of } => c.line("stage", &["continued_stay", review_of]),
    }
    c.line("effective_from", &[p.effective_from.unwrap_or("-")]);
    c.line("document", &[p.document.file, p.document.title, if p.document.draft { "draft" } else { "final" }]);
    for q in p.questions {
        let kind = q.kind.code();
        let not_after = if q.not_after_as_of { "not_after_as_of" } else { "-" };
        c.line("question", &[q.id, kind, q.parent.unwrap_or("-"), not_after, q.not_below.unwrap_or("-")]);
        c.words("text", &q.text);
        for o in q.options {
            c.line("option", &[o.id]);
            c.words("text", &o.text);
        }
    }
    for criterion in p.criteria {
        c.line("criterion", &[criterion.id, criterion.kind().code()]);
        c.line("source", &[criterion.source.section, criterion.source.quote]);
        match &criterion.test {
            Test::Yes { question, .. } => c.line("test", &["yes", question]),
            Test::No { question, .. } => c.line("test", &["no", question]),
            Test::AtLeast { question, min, .. } => c.line("test", &["at_least", question, &min.to_string()]),
            Test::NotChoice { question, option, .. } => c.line("test", &["not_choice", question, option]),
            Test::AtMost { question, max, .. } => c.line("test", &["at_most", question, &max.to_string()]),
            Test::WithFollowUp { question, follow_up, fails_when, when_no, .. } => {
                c.line("test", &["with_follow_up", question, follow_up, if *fails_when { "yes" } else { "no" }]);
                c.words("when_no", when_no);
            }
            Test::MinimumAge { birth_date, years } => {
                c.line("test", &["minimum_age", birth_date, &years.to_string()]);
                c.shared("says", |w| &w.reasons.age_reached);
                c.shared("says", |w| &w.reasons.age_not_reached);
            }
            Test::TransitionWindow { service, ends, days, service_name, end_of } => {
                c.line("test", &["transition_window", service, ends, &days.to_string()]);
                c.words("service_name", service_name);
                c.words("end_of", end_of);
                c.shared("says", |w| &w.reasons.window_not_receiving);
                c.shared("says", |w| &w.reasons.window_passed);
                c.shared("says", |w| &w.reasons.window_open);
                c.shared("says", |w| &w.reasons.window_not_yet);
                c.shared("says", |w| &w.reasons.window_end_unknown);
            }
        }
        if let Some(says) = criterion.test.verdicts() {
            c.words("pass", &says.pass);
            c.words("fail", &says.fail);
        }
        if let Some(step) = criterion.next_step() {
            c.words("next_step", step);
        }
    }
    c.shared("not_answered", |w| &w.reasons.not_answered);
    let s = &p.service;
    c.line(
        "service",
        &[
            &optional(s.unit_minutes),
            &optional(s.rate_cents),
            s.procedure_code.unwrap_or("-"),
            &optional(s.max_units_per_day),
            &optional(s.max_units_per_month),
        ],
    );
    for note in p.standing_notes {
        c.words("standing_note", note);
    }
    c.words("ask", &p.ask);
    if p.document.draft {
        c.shared("draft", |w| &w.result.draft);
    }
    c.0
}

/// FNV-1a, 64 bits.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3))
}

fn current() -> Vec<(&'static str, &'static str, String)> {
    rules::ALL.iter().map(|p| (p.id, p.version, format!("{:016x}", fnv1a(&canonical(p))))).collect()
}

#[test]
fn a_rulebook_that_changes_changes_its_version() {
    let now = current();
    let written: String = now.iter().map(|(id, version, fp)| format!("{id} {version} {fp}\n")).collect();
    let stored = std::fs::read_to_string(SNAPSHOT).unwrap_or_default();
    let before: Vec<(&str, &str, &str)> = stored
        .lines()
        .filter_map(|l| {
            let mut parts = l.split(' ');
            Some((parts.next()?, parts.next()?, parts.next()?))
        })
        .collect();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(SNAPSHOT, &written).unwrap_or_else(|e| panic!("{SNAPSHOT}: {e}"));
        return;
    }
    let unbumped: Vec<String> = now
        .iter()
        .filter_map(|(id, version, fp)| {
            let (_, old_version, old_fp) = before.iter().find(|(old_id, _, _)| old_id == id)?;
            (old_version == version && old_fp != fp).then(|| format!("{id} (still {version})"))
        })
        .collect();
    assert!(
        unbumped.is_empty(),
        "these rulebooks changed their logic or words but not their `version`: {}. Bump the version (the \
         date of the change) in src/rules/, then rerun with UPDATE_SNAPSHOTS=1 to record it.",
        unbumped.join(", ")
    );
    assert!(
        stored == written,
        "tests/snapshots/rulebooks.txt is not up to date (a program or a version was added or changed): \
         rerun with UPDATE_SNAPSHOTS=1 to rewrite it.\nstored:\n{stored}\nnow:\n{written}"
    );
}

#[test]
fn the_fingerprint_sees_words_logic_and_sources() {
    // The canonical text holds what a rulebook decides and says, not only its ids.
    let nc = rules::find("nc-pss").unwrap();
    let text = canonical(nc);
    for needle in [
        "test 17:transition_window 4:actt 13:actt_auth_end 2:30",
        "test 8:at_least 10:need_areas 1:3",
        "document 24:002_e35242edc1a08dd4.txt",
        " 5:draft",
        "DSM-5 Diagnosis (Mental Health or SUD); AND",
        nc.criteria[0].test.verdicts().unwrap().fail.es.family,
        words::table(Lang::En).reasons.window_not_yet.family,
        words::table(Lang::Es).result.draft.staff,
    ] {
        assert!(text.contains(needle), "{needle:?} not in the canonical text:\n{text}");
    }
    // Two programs that share criteria still differ, and the hash is FNV-1a's.
    let fingerprints: std::collections::BTreeSet<String> = current().into_iter().map(|(_, _, fp)| fp).collect();
    assert_eq!(fingerprints.len(), rules::ALL.len());
    assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
}

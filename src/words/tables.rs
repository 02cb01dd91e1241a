//! The types of the words tables: one struct per group of texts, each text a [`Said`], and the
//! [`Table`] of one language. A leaf: the languages' files (`en.rs`, `es.rs`) fill them in, and
//! [`super`] picks one.

use crate::model::Said;

/// A struct of texts, each a [`Said`], with [`each`](Reasons::each) to visit them by name.
macro_rules! texts {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* $field:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: Said,)*
        }

        impl $name {
            /// Every text with its name, in order.
            pub fn each(&self, visit: &mut dyn FnMut(&'static str, &Said)) {
                $(visit(stringify!($field), &self.$field);)*
            }

            /// These texts as the build keeps them ([`Said::for_build`]; at compile time).
            pub const fn for_build(self) -> $name {
                $name { $($field: self.$field.for_build(),)* }
            }

            /// These texts left out of a build that never says them (at compile time: none is
            /// linked).
            #[allow(dead_code)]
            pub(crate) const fn left_out(self) -> $name {
                $name { $($field: Said::same(""),)* }
            }
        }
    };
}

texts! {
    /// The reason sentences every rulebook shares (unanswered questions, ages, transition windows), so that every program says the same thing the same way.
    pub struct Reasons {
        /// A criterion that cannot be decided because a question it reads is unanswered.
        /// `{question}`: that question's text.
        not_answered,
        /// A minimum age that is reached. `{age}`, `{as_of}`, `{min}`.
        age_reached,
        /// A minimum age not yet reached. `{age}`, `{as_of}`, `{min}`, `{date}` (the birthday).
        /// It speaks of the age alone: other criteria may still stand in the way on `{date}`.
        age_not_reached,
        /// Window exclusions (SCREENING.md §5). `{service}` is the criterion's service name and
        /// `{end_of}` what its end date is the last day of (the service, or its authorization).
        window_not_receiving,
        /// `{end}`, `{as_of}`.
        /// The end date given has passed: `{end}`, `{as_of}`.
        window_passed,
        /// `{end}`, `{days}`, `{from}`, `{as_of}`.
        window_open,
        /// `{end}`, `{days}`, `{from}`, `{as_of}`.
        window_not_yet,
        /// `{days}`.
        window_end_unknown,
    }
}

texts! {
    /// The words of a result: the form, the print view and the case note.
    pub struct Results {
        note_title,
        date,
        program,
        outcome,
        answers,
        criteria,
        missing,
        next_steps,
        service,
        source,
        version,
        /// The label of a result's policy status (SCREENING.md §3), and its two values.
        policy_status,
        published,
        draft_policy,
        disclaimer,
        /// At the top of the case note.
        holds_answers,
        /// Before the request on the note's last line.
        rerun,
        /// Said on every result of a program whose source is a draft ([`crate::model::Document`]).
        draft,
        yes,
        no,
        not_sure,
        none_apply,
        eligible,
        not_eligible,
        incomplete,
        met,
        not_met,
        undetermined,
        eligibility,
        exclusion,
        requirement,
        limit,
        /// `{date}`.
        eligible_from,
        /// When the same answers next give another outcome, where that is not the day the person
        /// looks eligible (an answer is still missing). `{date}`.
        rescreen_on,
        /// `{service}`, `{from}`, `{until}`.
        transition,
        unit,
        rate,
        code,
        max_day,
        max_month,
    }
}

texts! {
    /// The one-page form's own labels, hints and problems.
    pub struct FormWords {
        /// This language's name, in itself ("Español"): the language switch shows each.
        language_name,
        widget_title,
        language,
        audience,
        staff,
        family,
        state,
        all_states,
        choose_program,
        as_of_hint,
        questions,
        no_questions,
        multi_hint,
        not_a_date,
        not_a_number,
        too_large,
        out_of_range,
        /// A count below the count it cannot be below (a month below its busiest day).
        below_other,
        after_as_of,
        /// `{date}`: today.
        no_as_of,
        /// `{date}`: the program's first day.
        not_in_force,
        warning,
        result,
        choose_first,
        case_file,
        print,
        copy,
        start_over,
        copied,
        copy_by_hand,
        note,
        /// Said when the answers were cleared after the host's idle time. `{minutes}`.
        cleared_idle,
        /// Said when the page comes back after it was left.
        cleared_page_left,
        /// Beside Print and Copy: where the case note goes, and for how long.
        case_file_privacy,
        /// "Open a saved screening": the button, the paste field's label and hint, keeping the
        /// saved screening date, the buttons of the field (open, scan a QR code, stop, close).
        open_saved,
        saved_label,
        saved_hint,
        keep_date,
        open,
        scan,
        scan_stop,
        /// The camera could not be used to scan.
        scan_failed,
        close,
        /// Said once a saved screening filled the form: `{program}`, `{count}` (answers filled).
        opened,
        /// Why a pasted text cannot be opened (the form keeps what it had).
        saved_empty,
        /// `{size}` and `{most}`, in KB.
        saved_too_long,
        saved_not_a_request,
        /// `{message}`: the contract's error message.
        saved_request,
        /// `{program}`: the saved screening's program id.
        saved_not_offered,
        /// A hand-off code: `{character}` is not one of its characters.
        code_character,
        /// A hand-off code whose check character does not match.
        code_check,
        code_unreadable,
        /// `{version}`: the rulebook version it was made under.
        code_other_rules,
        /// Beside a result opened from a saved screening, when the rules or the result changed
        /// since: `{date}` (its screening date), `{version}` (the rulebook version it was judged
        /// under), `{current}` (today's version), `{outcome}` (one of the `then_` texts).
        since_screened,
        /// The same, where the saved text does not say its version.
        since_screened_on,
        /// The same, judged under another version: today's rules on its date give `{outcome}`.
        since_rules_changed,
        /// A hand-off code made under another version: `{version}`, `{current}`.
        since_code_rules,
        /// The result now: `{outcome}`; `{date}` when the form screens another day than today.
        since_today,
        since_on,
        /// Outcomes within a sentence; `{date}`: `eligible_from`.
        then_eligible,
        then_not_eligible,
        then_not_eligible_until,
        then_incomplete,
        /// "Start a continued-stay review" on an admission result, and what it does: `{program}`.
        start_review,
        review_hint,
    }
}

texts! {
    /// After the result: the agency's contact, help in a crisis, and "Exit this page".
    pub struct HelpWords {
        contact,
        phone,
        email,
        website,
        hours,
        crisis,
        /// Before the 988 links.
        crisis_988,
        call_988,
        text_988,
        emergency_911,
        call_911,
        exit,
        exit_hint,
    }
}

texts! {
    /// The guided path's own words: the start page, the state and "who" steps, buttons, progress, errors, "check your answers" and the result's headlines.
    pub struct GuidedWords {
        /// The start page: what peer support is (from the sources: Nebraska's "shared lived
        /// experience", Montana's "lived experience ... directly or as family members", Missouri's
        /// "Peer Specialists are trained to assist their peers in the process of recovery").
        what_it_is,
        /// `{states}`: the states the check covers here, as a list ("Missouri or Montana").
        who_can_use,
        /// `{state}`: a state where the check can be for a child or teen.
        /// That a parent or caregiver can check for their child or teen.
        for_child,
        /// `{state}`: a state with a program for caregivers themselves.
        for_caregivers,
        /// Joins the last two states of a list.
        or,
        how_long,
        private,
        not_a_decision,
        start,
        go_on,
        back,
        state_question,
        who_question,
        for_me,
        for_my_child,
        /// Nebraska's Family Peer Support: help for the caregiver.
        for_me_as_caregiver,
        /// `{n}`, `{total}`: the questions still relevant.
        progress,
        /// Under a date asked as month, day and year (in English) or day, month and year (in Spanish).
        date_example,
        empty_if_not_sure,
        day,
        month,
        year,
        /// The heading of the error summary.
        problem,
        choose_answer,
        choose_state,
        choose_who,
        real_date,
        not_after_today,
        date_too_far,
        whole_number,
        smaller_number,
        /// A planned month below its busiest day, on the guided path.
        below_other,
        check_title,
        change,
        see_result,
        /// On the check step, when a decisive criterion already fails and no date will lift it.
        already_show,
        answer_rest,
        eligible,
        not_eligible,
        incomplete,
        why,
        what_next,
        start_again,
        /// The family's hand-off to an intake worker: the button, the warning shown first, the
        /// code's label, the QR code's label, how the worker uses it, and hiding it.
        handoff,
        handoff_warning,
        handoff_code,
        handoff_qr,
        handoff_how,
        handoff_hide,
    }
}

texts! {
    /// The caseload page's own words (its static labels are read by key: the field names).
    pub struct CaseloadWords {
        title,
        intro,
        privacy,
        settings,
        file,
        drop,
        paste,
        from_file,
        program_hint,
        as_of_hint,
        screen,
        cancel,
        template,
        template_needs_program,
        nothing_chosen,
        progress,
        /// `{rows}`, `{percent}`.
        screening,
        /// `{rows}`.
        done,
        /// `{rows}`.
        cancelled,
        reading,
        counts,
        error,
        total,
        results,
        /// `{column}`, `{direction}`.
        sorted_by,
        ascending,
        descending,
        sort_hint,
        column_row,
        column_ref,
        column_program,
        column_outcome,
        column_eligible_from,
        column_rescreen_on,
        column_transitions,
        column_missing,
        show,
        all_outcomes,
        find,
        /// `{from}`, `{to}`, `{total}`.
        showing,
        no_match,
        previous,
        next,
        /// `{row}`.
        open,
        close,
        /// `{row}`, `{ref}`.
        detail_title,
        bad_rows,
        /// `{row}`, `{message}`.
        bad_row,
        /// `{count}`.
        more_bad_rows,
        /// `{columns}`.
        ignored,
        download,
        worklist,
        worklist_days,
        /// `{date}`, `{count}`.
        worklist_title,
        not_csv,
        cannot_read,
        back,
        empty,
        /// `{kind}`: `.xlsx` or `.xls`.
        workbook,
        utf16,
        not_text,
        no_header,
        /// `{column}`.
        duplicate,
        no_program,
        /// A quoted field opens in a data row and is never closed (SCREENING.md §10): `{row}`,
        /// `{line}`, `{lines}` (how many lines were not screened).
        unclosed_quote,
        /// The same in the header row: `{line}`, `{lines}`.
        unclosed_quote_header,
    }
}

texts! {
    /// The contract's error messages (SCREENING.md §8), in the request's language: codes and
    /// question ids never change with it. Placeholders are filled with ids, dates, numbers and
    /// what the request gave (quoted, at most 40 characters); `{what}` is one of the `kind_`
    /// texts, `{expected}` one of the `expects_` texts.
    pub struct ErrorWords {
        /// `{what}`.
        not_an_object,
        /// `{field}`.
        unknown_field,
        /// `{field}`.
        given_twice,
        program_missing,
        /// `{program}`, `{programs}`.
        unknown_program,
        /// `{what}`.
        program_not_a_string,
        /// `{value}`.
        as_of_not_a_date,
        /// `{what}`.
        as_of_not_a_string,
        /// `{field}` (`lang`, `audience`, `subject`), `{codes}`: the values offered, `{value}`.
        not_offered,
        /// `{what}`.
        answers_not_an_object,
        /// `{program}`.
        subject_not_offered,
        /// `{program}`, `{start}`, `{as_of}`.
        not_in_force,
        /// `{program}`, `{question}`: what was given, `{questions}`.
        unknown_question,
        /// `{question}`.
        answered_twice,
        /// `{question}`, `{expected}`, `{what}`.
        wrong_type,
        /// `{question}`, `{value}`.
        answer_not_a_date,
        /// `{question}`, `{max}`.
        count_too_large,
        /// `{question}`.
        not_a_whole_number,
        /// `{question}`, `{option}`, `{options}`.
        option_not_offered,
        /// `{question}`, `{what}`.
        option_not_a_string,
        /// `{question}`, `{expected}`.
        answer_wrong_type,
        /// `{question}`.
        answer_not_offered,
        /// `{question}`, `{date}`, `{as_of}`.
        after_as_of,
        /// `{question}`, `{date}`, `{years}`.
        birthday_out_of_range,
        /// `{question}`, `{date}`, `{days}`.
        window_out_of_range,
        /// A count below the count it cannot be below: `{question}`, `{month}` (its value),
        /// `{other}` (the other question), `{day}` (its value).
        month_below_day,
        /// `{line}`, `{column}`: where the text stops being JSON.
        not_json,
        not_utf8,
        /// `{most}`.
        too_deep,
        /// `{most}`.
        too_many_values,
        not_json_data,
        unreadable,
        /// `{most}`.
        too_many_items,
        binary_data,
        /// `{most}`.
        too_many_keys,
        /// `{most}`.
        too_long,
        key_not_a_string,
        cannot_write,
        /// `{fields}`, `{columns}`: a CSV row's field count against the header's.
        wrong_field_count,
        /// A CSV row that is not UTF-8.
        row_not_utf8,
        /// What a question of each type takes.
        expects_yes_no,
        expects_date,
        expects_multi_select,
        expects_single_choice,
        expects_count,
        /// What a request gave, by its JSON type.
        kind_null,
        kind_bool,
        kind_number,
        kind_string,
        kind_array,
        kind_object,
        /// Joins the last two items of a list ("\"en\" or \"es\"").
        or,
    }
}

texts! {
    /// Dates written out for people (SCREENING.md §7): "December 10, 2026".
    pub struct DateWords {
        /// `{day}`, `{month}`, `{year}`.
        long,
        january,
        february,
        march,
        april,
        may,
        june,
        july,
        august,
        september,
        october,
        november,
        december,
    }
}

/// Every text of the product in one language.
#[derive(Debug)]
pub struct Table {
    pub reasons: Reasons,
    pub result: Results,
    pub form: FormWords,
    pub help: HelpWords,
    pub guided: GuidedWords,
    pub caseload: CaseloadWords,
    pub errors: ErrorWords,
    pub dates: DateWords,
}

impl Table {
    /// The table as this build keeps it, at compile time (the crate's features, src/lib.rs):
    /// without `staff-words` (a build for families) no staff wording, no caseload page's words and
    /// no contract errors, which only staff and the JavaScript API say.
    pub const fn for_build(self) -> Table {
        #[cfg(feature = "staff-words")]
        let (caseload, errors) = (self.caseload.for_build(), self.errors.for_build());
        #[cfg(not(feature = "staff-words"))]
        let (caseload, errors) = (self.caseload.left_out(), self.errors.left_out());
        Table {
            reasons: self.reasons.for_build(),
            result: self.result.for_build(),
            form: self.form.for_build(),
            help: self.help.for_build(),
            guided: self.guided.for_build(),
            caseload,
            errors,
            dates: self.dates.for_build(),
        }
    }

    /// Every text with its name (`group.text`), in order.
    pub fn each(&self, visit: &mut dyn FnMut(&str, &Said)) {
        let mut in_group = |prefix: &str| {
            let mut visit_one = |name: &'static str, said: &Said| visit(&format!("{prefix}.{name}"), said);
            match prefix {
                "reasons" => self.reasons.each(&mut visit_one),
                "result" => self.result.each(&mut visit_one),
                "form" => self.form.each(&mut visit_one),
                "help" => self.help.each(&mut visit_one),
                "guided" => self.guided.each(&mut visit_one),
                "caseload" => self.caseload.each(&mut visit_one),
                "errors" => self.errors.each(&mut visit_one),
                _ => self.dates.each(&mut visit_one),
            }
        };
        for group in ["reasons", "result", "form", "help", "guided", "caseload", "errors", "dates"] {
            in_group(group);
        }
    }
}

impl DateWords {
    /// The name of a month, 0 for January.
    pub fn month(&self, month0: u32) -> &Said {
        [
            &self.january,
            &self.february,
            &self.march,
            &self.april,
            &self.may,
            &self.june,
            &self.july,
            &self.august,
            &self.september,
            &self.october,
            &self.november,
            &self.december,
        ][(month0 as usize).min(11)]
    }
}

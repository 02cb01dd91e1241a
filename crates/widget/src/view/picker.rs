//! Where and what: the state and program pickers (or the locked program's name) and the
//! screening date. The selects are named `state` and `program`, the date input `as_of`.

use yew::prelude::*;

use screener::model::{Program, Voice};
use screener::rules;

use super::{input, option, select, Ids, Notes};

#[derive(Properties, PartialEq)]
pub(crate) struct PickerProps {
    pub voice: Voice,
    pub ids: Ids,
    /// The states the state picker offers (codes); empty for no state picker.
    pub states: Vec<&'static str>,
    pub state: Option<&'static str>,
    /// The programs the program picker offers; `None` when the host locked the program.
    pub offered: Option<Vec<&'static Program>>,
    pub program: Option<&'static Program>,
    /// The screening date as typed, and what is wrong with it.
    pub as_of: AttrValue,
    pub as_of_problem: Option<String>,
}

#[function_component]
pub(crate) fn Picker(props: &PickerProps) -> Html {
    let PickerProps { voice, ids, states, state, offered, program, as_of, as_of_problem } = props;
    let voice = *voice;
    let state_select = (!states.is_empty()).then(|| {
        let mut options = vec![option("", voice.t(|w| &w.form.all_states), state.is_none())];
        for &code in states {
            let name = rules::state_name(code).map_or(code, |n| voice.text(n));
            options.push(option(code, name, *state == Some(code)));
        }
        html! {
            <div class="pss-field">
                {select(ids.of("state"), "state", voice.t(|w| &w.form.state), state.unwrap_or_default(), options.into_iter().collect())}
            </div>
        }
    });
    let program_field = match offered {
        Some(offered) => {
            let program_option = |p: &&'static Program| option(p.id, voice.text(&p.title), *program == Some(*p));
            let mut options = vec![option("", voice.t(|w| &w.form.choose_program), program.is_none())];
            if offered.iter().all(|p| p.state == offered[0].state) {
                options.extend(offered.iter().map(program_option));
            } else {
                for code in rules::states() {
                    let group: Vec<&&'static Program> = offered.iter().filter(|p| p.state == code).collect();
                    if let Some(first) = group.first() {
                        let label = voice.text(&first.state_name);
                        let group: Html = group.into_iter().map(program_option).collect();
                        options.push(html! { <optgroup {label}>{group}</optgroup> });
                    }
                }
            }
            let value = program.map_or("", |p| p.id);
            html! {
                <div class="pss-field pss-wide">
                    {select(ids.of("program"), "program", voice.t(|w| &w.result.program), value, options.into_iter().collect())}
                </div>
            }
        }
        None => html! {
            <p class="pss-field pss-wide pss-program">
                <span class="pss-label">{voice.t(|w| &w.result.program)}</span>
                <span data-program={program.map(|p| p.id)}>{program.map_or("", |p| voice.text(&p.title))}</span>
            </p>
        },
    };
    let notes = Notes { hint: Some(voice.t(|w| &w.form.as_of_hint)), problem: as_of_problem.clone(), warning: None };
    html! {
        <div class="pss-picker">
            {state_select.unwrap_or_default()}
            {program_field}
            <div class="pss-field">
                {input(ids, voice, "as_of", voice.t(|w| &w.result.date), "date", as_of, &notes)}
            </div>
        </div>
    }
}

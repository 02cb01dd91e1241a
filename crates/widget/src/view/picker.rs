//! Where and what: the state and program pickers (or the locked program's name) and the
//! screening date. The selects are named `state` and `program`, the date input `as_of`.

use yew::prelude::*;

use screener::model::Program;
use screener::rules;
use screener::words::{form as label, result as words};

use super::{input, option, select, Ids, Notes, Voice};

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
        let mut options = vec![option("", voice.t(&label::ALL_STATES), state.is_none())];
        for &code in states {
            let name = rules::state_name(code).map_or(code, |n| voice.t(n));
            options.push(option(code, name, *state == Some(code)));
        }
        html! {
            <div class="pss-field">
                {select(ids.of("state"), "state", voice.t(&label::STATE), state.unwrap_or_default(), options.into_iter().collect())}
            </div>
        }
    });
    let program_field = match offered {
        Some(offered) => {
            let program_option = |p: &&'static Program| option(p.id, voice.t(&p.title), *program == Some(*p));
            let mut options = vec![option("", voice.t(&label::CHOOSE_PROGRAM), program.is_none())];
            if offered.iter().all(|p| p.state == offered[0].state) {
                options.extend(offered.iter().map(program_option));
            } else {
                for (code, name) in &rules::STATES {
                    let group: Html = offered.iter().filter(|p| p.state == *code).map(program_option).collect();
                    options.push(html! { <optgroup label={voice.t(name)}>{group}</optgroup> });
                }
            }
            let value = program.map_or("", |p| p.id);
            html! {
                <div class="pss-field pss-wide">
                    {select(ids.of("program"), "program", voice.t(&words::PROGRAM), value, options.into_iter().collect())}
                </div>
            }
        }
        None => html! {
            <p class="pss-field pss-wide pss-program">
                <span class="pss-label">{voice.t(&words::PROGRAM)}</span>
                <span data-program={program.map(|p| p.id)}>{program.map_or("", |p| voice.t(&p.title))}</span>
            </p>
        },
    };
    let notes = Notes { hint: Some(voice.t(&label::AS_OF_HINT)), problem: as_of_problem.clone(), warning: None };
    html! {
        <div class="pss-picker">
            {state_select.unwrap_or_default()}
            {program_field}
            <div class="pss-field">
                {input(ids, voice, "as_of", voice.t(&words::DATE), "date", as_of, &notes)}
            </div>
        </div>
    }
}

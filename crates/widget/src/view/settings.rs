//! The language and wording switches: radio groups named `lang` and `audience`.

use yew::prelude::*;

use screener::model::{Audience, Lang, Voice};

#[derive(Properties, PartialEq)]
pub(crate) struct SettingsProps {
    pub voice: Voice,
}

#[function_component]
pub(crate) fn Settings(props: &SettingsProps) -> Html {
    let voice = props.voice;
    let radio = |name: &'static str, value: &'static str, label: &'static str, checked: bool| {
        // Language names are written in their own language.
        let lang = (name == "lang").then_some(value);
        html! {
            <label class="pss-option" {lang}>
                <input type="radio" {name} {value} {checked} />
                <span>{label}</span>
            </label>
        }
    };
    html! {
        <div class="pss-bar">
            <fieldset class="pss-switch">
                <legend>{voice.t(|w| &w.form.language)}</legend>
                // Each language named in itself.
                {for Lang::ALL.into_iter().map(|lang| {
                    let name = Voice { lang, ..voice }.t(|w| &w.form.language_name);
                    radio("lang", lang.code(), name, voice.lang == lang)
                })}
            </fieldset>
            <fieldset class="pss-switch">
                <legend>{voice.t(|w| &w.form.audience)}</legend>
                {radio("audience", "staff", voice.t(|w| &w.form.staff), voice.audience == Audience::Staff)}
                {radio("audience", "family", voice.t(|w| &w.form.family), voice.audience == Audience::Family)}
            </fieldset>
        </div>
    }
}

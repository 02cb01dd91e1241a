//! The language and wording switches: radio groups named `lang` and `audience`.

use yew::prelude::*;

use screener::model::{Audience, Lang};
use screener::words::form as label;

use super::Voice;

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
                <legend>{voice.t(&label::LANGUAGE)}</legend>
                {radio("lang", "en", "English", voice.lang == Lang::En)}
                {radio("lang", "es", "Español", voice.lang == Lang::Es)}
            </fieldset>
            <fieldset class="pss-switch">
                <legend>{voice.t(&label::AUDIENCE)}</legend>
                {radio("audience", "staff", voice.t(&label::STAFF), voice.audience == Audience::Staff)}
                {radio("audience", "family", voice.t(&label::FAMILY), voice.audience == Audience::Family)}
            </fieldset>
        </div>
    }
}

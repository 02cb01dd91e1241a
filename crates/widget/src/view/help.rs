//! After the result, and always in reach: the agency's own contact (`data-contact`), help in a
//! crisis (`data-crisis`: 988 and 911 as `tel:`/`sms:` links), and "Exit this page"
//! (`data-action="exit"`). Every value the host gave is rendered as text or as the `href` of a
//! link whose scheme is fixed here (`tel:`, `mailto:`) or was checked to be `https:`/`http:`.

use yew::prelude::*;

use screener::model::{Voice, Words};
use screener_form::contact::Contact;

use super::when;

#[derive(Properties, PartialEq)]
pub(crate) struct ContactProps {
    pub voice: Voice,
    pub heading: &'static str,
    pub contact: Contact,
    /// Whom to ask when the host gave no contact: the program's own words.
    pub ask: &'static Words,
}

/// The agency's contact, as the host gave it; without one, whom the program's source makes
/// sense to ask.
#[function_component]
pub(crate) fn ContactBlock(props: &ContactProps) -> Html {
    let ContactProps { voice, heading, contact, ask } = props;
    let voice = *voice;
    if contact.is_empty() {
        return html! {
            <div class="pss-contact" data-contact="">
                <@{*heading}>{voice.t(|w| &w.help.contact)}</@>
                <p>{voice.text(ask)}</p>
            </div>
        };
    }
    let line = |label: &'static str, body: Html| html! { <li><span class="pss-label">{label}{": "}</span>{body}</li> };
    let phone = contact.phone.as_ref().map(|phone| {
        let href = format!("tel:{}", phone.dial);
        line(voice.t(|w| &w.help.phone), html! { <a {href}>{phone.shown.clone()}</a> })
    });
    let email = contact.email.as_ref().map(|email| {
        let href = format!("mailto:{email}");
        line(voice.t(|w| &w.help.email), html! { <a {href}>{email.clone()}</a> })
    });
    let url = contact.url.as_ref().map(|url| {
        line(
            voice.t(|w| &w.help.website),
            html! { <a href={url.clone()} target="_blank" rel="noopener noreferrer">{url.clone()}</a> },
        )
    });
    let hours = contact.hours.as_ref().map(|hours| line(voice.t(|w| &w.help.hours), html! { {hours.clone()} }));
    html! {
        <div class="pss-contact" data-contact="">
            <@{*heading}>{voice.t(|w| &w.help.contact)}</@>
            {when(contact.name.is_some(), || html! { <p class="pss-contact-name">{contact.name.clone().unwrap_or_default()}</p> })}
            <ul class="pss-plain">
                {phone.unwrap_or_default()}
                {email.unwrap_or_default()}
                {url.unwrap_or_default()}
                {hours.unwrap_or_default()}
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct CrisisProps {
    pub voice: Voice,
    pub heading: &'static str,
}

/// Help in a crisis: 988 (call or text) and 911.
#[function_component]
pub(crate) fn CrisisBlock(props: &CrisisProps) -> Html {
    let voice = props.voice;
    html! {
        <aside class="pss-crisis" data-crisis="" aria-label={voice.t(|w| &w.help.crisis)}>
            <@{props.heading}>{voice.t(|w| &w.help.crisis)}</@>
            <p>{voice.t(|w| &w.help.crisis_988)}</p>
            <p class="pss-crisis-links">
                <a href="tel:988">{voice.t(|w| &w.help.call_988)}</a>
                <a href="sms:988">{voice.t(|w| &w.help.text_988)}</a>
            </p>
            <p>{voice.t(|w| &w.help.emergency_911)}{" "}<a href="tel:911">{voice.t(|w| &w.help.call_911)}</a></p>
        </aside>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct ExitProps {
    pub voice: Voice,
    pub on_exit: Callback<()>,
}

/// "Exit this page", as GOV.UK's component does it: one clearly labelled button.
#[function_component]
pub(crate) fn ExitButton(props: &ExitProps) -> Html {
    let voice = props.voice;
    let onclick = props.on_exit.reform(|_: MouseEvent| ());
    html! {
        <div class="pss-exit">
            <button type="button" class="pss-exit-button" data-action="exit" title={voice.t(|w| &w.help.exit_hint)} {onclick}>
                {voice.t(|w| &w.help.exit)}
            </button>
        </div>
    }
}

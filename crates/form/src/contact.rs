//! The agency's own contact, as a host gives it (`contact-name`, `contact-phone`, `contact-email`,
//! `contact-url`, `contact-hours`), shown under "What to do next" as links in the result, the
//! print view and the case note.
//!
//! Every value is text, checked here before anything shows it: a URL must be `https:` or `http:`
//! (never `javascript:` or `data:`), a phone number holds no letters, an email address has an
//! `@` between two parts. A value that fails is refused with the reason, and the edge warns the
//! host and ignores it. Pure: no DOM, nothing rendered here.
//!
//! Addresses are shown as the browser goes to them, so that a look-alike cannot pass for the
//! agency's own (issue 20): a web address's or an email address's host is written as the
//! browser's URL parser writes it, in lower case and with every label that is not ASCII in
//! punycode (`https://аgency.gov` with a Cyrillic "а" shows, and links to,
//! `https://xn--gency-3ve.gov`); the ideographic full stops the browser reads as dots are dots. A
//! web address with a user name or password (`https://agency.gov@evil.example`, which goes to
//! `evil.example`) is refused, and so is any value that holds a bidirectional control character
//! (a right-to-left override makes `moc.live` read as `evil.com`), or, in an address, an
//! invisible one (a zero-width space, a soft hyphen). A letter that is not ASCII is encoded as it
//! is written: browsers lower-case it first, so an address written with a capital `Ü` shows (and
//! links to) a host other than the browser's; agencies write addresses in lower case.

use screener::model::{Said, Voice};

/// One contact field, by the host option that sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactField {
    Name,
    Phone,
    Email,
    Url,
    Hours,
}

impl ContactField {
    pub const ALL: [ContactField; 5] =
        [ContactField::Name, ContactField::Phone, ContactField::Email, ContactField::Url, ContactField::Hours];

    /// The attribute that sets it (`contact-name` …); the camel-case option name is accepted too.
    pub fn attribute(self) -> &'static str {
        match self {
            ContactField::Name => "contact-name",
            ContactField::Phone => "contact-phone",
            ContactField::Email => "contact-email",
            ContactField::Url => "contact-url",
            ContactField::Hours => "contact-hours",
        }
    }

    /// The field an option name sets: `contact-phone` or `contactPhone`.
    pub fn from_option(name: &str) -> Option<ContactField> {
        ContactField::ALL.into_iter().find(|f| {
            let attribute = f.attribute();
            name == attribute || camel(attribute).eq(name.chars())
        })
    }
}

/// `contact-name` as `contactName`.
fn camel(attribute: &str) -> impl Iterator<Item = char> + '_ {
    let mut upper = false;
    attribute.chars().filter_map(move |c| {
        if c == '-' {
            upper = true;
            None
        } else if std::mem::take(&mut upper) {
            Some(c.to_ascii_uppercase())
        } else {
            Some(c)
        }
    })
}

/// A phone number as shown, and as dialled (`tel:`): its digits, with a leading `+` if given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub shown: String,
    pub dial: String,
}

/// The agency's contact; every part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: Option<String>,
    pub phone: Option<Phone>,
    pub email: Option<String>,
    pub url: Option<String>,
    pub hours: Option<String>,
}

/// Why a contact value is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    TooLong,
    /// A URL that is not `https:` or `http:`, or holds spaces or control characters.
    NotAWebAddress,
    /// A phone number with letters or other characters, or too few or too many digits.
    NotAPhoneNumber,
    NotAnEmailAddress,
    /// Text with control characters (line breaks, tabs …).
    ControlCharacters,
    /// Text with a character that reorders what follows it (a right-to-left override), or an
    /// address with an invisible one (a zero-width space).
    HiddenCharacters,
    /// A web address with a user name or password before its host (`https://a.gov@evil.example`).
    UserInfo,
}

impl Refused {
    /// The reason, for the console warning.
    pub fn reason(self) -> &'static str {
        match self {
            Refused::TooLong => "it is too long",
            Refused::NotAWebAddress => "only https: and http: addresses are shown",
            Refused::NotAPhoneNumber => "a phone number holds digits, spaces, +, (, ), - and . only",
            Refused::NotAnEmailAddress => "an email address has one @ between two parts and no spaces",
            Refused::ControlCharacters => "it holds line breaks or other control characters",
            Refused::HiddenCharacters => {
                "it holds characters that reorder or hide text (bidirectional controls, zero-width spaces)"
            }
            Refused::UserInfo => "an address with a user name or password before its host goes elsewhere than it reads",
        }
    }
}

impl Contact {
    /// The contact as lines of the case note, labelled in `voice`'s words: the name, then
    /// "Phone: …", "Email: …", "Website: …", "Hours: …" (empty when the host gave none).
    pub fn lines(&self, voice: Voice) -> Vec<String> {
        let w = &voice.words().help;
        let labelled = |label: &Said, value: &str| {
            let mut line = String::from(voice.say(label));
            line.push_str(": ");
            line.push_str(value);
            line
        };
        let mut lines = Vec::new();
        lines.extend(self.name.clone());
        lines.extend(self.phone.as_ref().map(|p| labelled(&w.phone, &p.shown)));
        lines.extend(self.email.as_deref().map(|e| labelled(&w.email, e)));
        lines.extend(self.url.as_deref().map(|u| labelled(&w.website, u)));
        lines.extend(self.hours.as_deref().map(|h| labelled(&w.hours, h)));
        lines
    }

    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        *self == Contact::default()
    }

    /// Sets (`Some`) or clears (`None`) one field after checking it. An empty value clears.
    pub fn set(&mut self, field: ContactField, value: Option<&str>) -> Result<(), Refused> {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match field {
            ContactField::Name => self.name = value.map(text).transpose()?,
            ContactField::Hours => self.hours = value.map(text).transpose()?,
            ContactField::Phone => self.phone = value.map(phone).transpose()?,
            ContactField::Email => self.email = value.map(email).transpose()?,
            ContactField::Url => self.url = value.map(web_address).transpose()?,
        }
        Ok(())
    }
}

/// Plain text of a reasonable length, on one line.
fn text(value: &str) -> Result<String, Refused> {
    if value.chars().count() > 200 {
        Err(Refused::TooLong)
    } else if value.chars().any(char::is_control) {
        Err(Refused::ControlCharacters)
    } else if value.chars().any(is_bidi_control) {
        Err(Refused::HiddenCharacters)
    } else {
        Ok(value.to_owned())
    }
}

/// The characters that change the direction of the text around them (Unicode's bidirectional
/// formatting characters and marks): a right-to-left override shows `moc.live` as `evil.com`.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What an address may not hold though a reader cannot see it: bidirectional controls, and the
/// invisible characters a browser drops from a host (zero-width space, joiners, word joiner,
/// byte-order mark, soft hyphen).
fn is_hidden(c: char) -> bool {
    is_bidi_control(c) || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Digits with the usual separators; 3 to 20 digits (988, a short code, or a long number with
/// its country code), and a `+` only first.
fn phone(value: &str) -> Result<Phone, Refused> {
    let allowed = |(i, c): (usize, char)| c.is_ascii_digit() || " ()-.".contains(c) || (c == '+' && i == 0);
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if value.len() > 40 || !value.chars().enumerate().all(allowed) || !(3..=20).contains(&digits) {
        return Err(Refused::NotAPhoneNumber);
    }
    let dial = value.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    Ok(Phone { shown: value.to_owned(), dial })
}

/// `local@domain.tld`, with nothing that could break out of a `mailto:` link; the domain as the
/// browser writes a host (lower case, punycode).
fn email(value: &str) -> Result<String, Refused> {
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\?&#%/".contains(c);
    if value.len() > 254 {
        return Err(Refused::TooLong);
    }
    if value.chars().any(is_hidden) {
        return Err(Refused::HiddenCharacters);
    }
    let Some((local, domain)) = value.split_once('@') else { return Err(Refused::NotAnEmailAddress) };
    let domain = ascii_host(domain).ok_or(Refused::NotAnEmailAddress)?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.starts_with('[')
        && !value.chars().any(forbidden);
    if ok {
        Ok([local, "@", &domain].concat())
    } else {
        Err(Refused::NotAnEmailAddress)
    }
}

/// An absolute `https:` or `http:` address with a host, and no spaces or control characters,
/// written as the browser goes to it: the scheme and the host in lower case, the host's labels
/// that are not ASCII in punycode, the rest as given. Refused: a user name or password before the
/// host, and any character that reorders or hides text.
pub fn web_address(value: &str) -> Result<String, Refused> {
    if value.len() > 2000 {
        return Err(Refused::TooLong);
    }
    if value.chars().any(is_hidden) {
        return Err(Refused::HiddenCharacters);
    }
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    let (scheme, rest) = if lower.starts_with("https://") {
        ("https://", &value[8..])
    } else if lower.starts_with("http://") {
        ("http://", &value[7..])
    } else {
        return Err(Refused::NotAWebAddress);
    };
    if value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\' || c == '"') {
        return Err(Refused::NotAWebAddress);
    }
    let end = rest.bytes().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(end);
    if authority.bytes().any(|b| b == b'@') {
        return Err(Refused::UserInfo);
    }
    // The port, when given: digits after the last `:` that is not inside an IPv6 literal's `[…]`.
    let (host, port) = match authority.bytes().rposition(|b| b == b':') {
        Some(at) if !authority.as_bytes()[at..].contains(&b']') => authority.split_at(at),
        _ => (authority, ""),
    };
    if port.len() > 6 || !port.bytes().skip(1).all(|b| b.is_ascii_digit()) {
        return Err(Refused::NotAWebAddress);
    }
    let host = ascii_host(host).ok_or(Refused::NotAWebAddress)?;
    let mut out = String::with_capacity(value.len() + 16);
    for part in [scheme, &host, port, path] {
        out.push_str(part);
    }
    Ok(out)
}

/// A host as the browser's URL parser writes it: ASCII letters in lower case, each label that is
/// not ASCII as `xn--` and its punycode, the full stops U+3002, U+FF0E and U+FF61 as dots. `None`
/// when it is empty or holds anything but letters, digits, `-`, `_` and dots (an IPv6 literal in
/// brackets aside).
fn ascii_host(host: &str) -> Option<String> {
    if host.starts_with('[') {
        let literal = host.strip_prefix('[')?.strip_suffix(']')?;
        let ok = !literal.is_empty() && literal.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
        return ok.then(|| host.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(host.len());
    let mut label = String::new();
    // Each label, then a dot; the dot after the last is taken off again.
    for c in host.chars().chain(['.']) {
        if matches!(c, '.' | '\u{3002}' | '\u{FF0E}' | '\u{FF61}') {
            if label.is_ascii() {
                out.push_str(&label);
            } else {
                out.push_str("xn--");
                out.push_str(&punycode(&label)?);
            }
            out.push('.');
            label.clear();
        } else if c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() {
            label.push(c.to_ascii_lowercase());
        } else {
            return None;
        }
    }
    out.pop();
    (!out.is_empty() && out != ".").then_some(out)
}

/// The punycode of a label (RFC 3492, section 6.3), without its `xn--`; `None` on overflow.
fn punycode(label: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    let digit = |d: u32| char::from(if d < 26 { b'a' + d as u8 } else { b'0' + (d - 26) as u8 });
    let threshold = |k: u32, bias: u32| k.saturating_sub(bias).clamp(T_MIN, T_MAX);
    let adapt = |delta: u32, points: u32, first: bool| {
        let mut delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - T_MIN) * T_MAX) / 2 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE * delta) / (delta + 38)
    };

    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (128u32, 0u32, 72u32, basic);
    while (handled as usize) < input.len() {
        let m = input.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &input {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_name_their_field_in_either_spelling() {
        assert_eq!(ContactField::from_option("contact-phone"), Some(ContactField::Phone));
        assert_eq!(ContactField::from_option("contactPhone"), Some(ContactField::Phone));
        assert_eq!(ContactField::from_option("contacthours"), None);
        assert_eq!(ContactField::from_option("contact"), None);
    }

    #[test]
    fn hostile_and_malformed_values_are_refused() {
        let mut c = Contact::default();
        for (field, value, refused) in [
            (ContactField::Url, "javascript:alert(1)", Refused::NotAWebAddress),
            (ContactField::Url, "JavaScript:alert(1)", Refused::NotAWebAddress),
            (ContactField::Url, "data:text/html,<b>x</b>", Refused::NotAWebAddress),
            (ContactField::Url, "https://", Refused::NotAWebAddress),
            (ContactField::Url, "https://a b.org", Refused::NotAWebAddress),
            (ContactField::Url, "//example.org", Refused::NotAWebAddress),
            (ContactField::Phone, "1-800-FLOWERS", Refused::NotAPhoneNumber),
            (ContactField::Phone, "<img onerror=x>", Refused::NotAPhoneNumber),
            (ContactField::Phone, "12", Refused::NotAPhoneNumber),
            (ContactField::Phone, "555+1234", Refused::NotAPhoneNumber),
            (ContactField::Email, "intake.example.org", Refused::NotAnEmailAddress),
            (ContactField::Email, "a@b", Refused::NotAnEmailAddress),
            (ContactField::Email, "a@b.org?subject=x", Refused::NotAnEmailAddress),
            (ContactField::Email, "a b@c.org", Refused::NotAnEmailAddress),
            (ContactField::Name, "Line\nbreak", Refused::ControlCharacters),
            (ContactField::Url, "https://agency.gov@evil.example/", Refused::UserInfo),
            (ContactField::Url, "https://user:pass@agency.gov/", Refused::UserInfo),
            (ContactField::Url, "https://agency.gov/\u{202E}lmth.exe", Refused::HiddenCharacters),
            (ContactField::Url, "https://age\u{200B}ncy.gov/", Refused::HiddenCharacters),
            (ContactField::Url, "https://age\u{00AD}ncy.gov/", Refused::HiddenCharacters),
            (ContactField::Url, "https://agency.gov:80x/", Refused::NotAWebAddress),
            (ContactField::Url, "https://agen%63y.gov/", Refused::NotAWebAddress),
            (ContactField::Url, "https://<b>/", Refused::NotAWebAddress),
            (ContactField::Email, "intake@agency.gov\u{202E}", Refused::HiddenCharacters),
            (ContactField::Email, "intake@[127.0.0.1]", Refused::NotAnEmailAddress),
            (ContactField::Name, "Riverside \u{202E}maeT ekatnI", Refused::HiddenCharacters),
            (ContactField::Hours, "9\u{2067}–5", Refused::HiddenCharacters),
        ] {
            assert_eq!(c.set(field, Some(value)), Err(refused), "{value}");
        }
        assert!(c.is_empty());
    }

    #[test]
    fn punycode_as_rfc_3492_gives_it() {
        for (label, code) in [
            ("münchen", "mnchen-3ya"),
            ("bücher", "bcher-kva"),
            ("\u{430}gency", "gency-3ve"),
            ("ñandú", "and-6ma2c"),
            ("пример", "e1afmkfd"),
            ("αβγ", "mxacd"),
            ("例え", "r8jz45g"),
            ("a-é", "a--cja"),
        ] {
            assert_eq!(punycode(label).as_deref(), Some(code), "{label}");
        }
    }

    #[test]
    fn addresses_show_their_host_as_the_browser_writes_it() {
        for (given, shown) in [
            // A Cyrillic "а" (U+0430) in place of the Latin one.
            ("https://\u{430}gency.gov/help", "https://xn--gency-3ve.gov/help"),
            ("HTTP://Riverside.Example.ORG:8080/Peer?Q=1#Top", "http://riverside.example.org:8080/Peer?Q=1#Top"),
            ("https://münchen.example/", "https://xn--mnchen-3ya.example/"),
            ("https://agency\u{3002}gov", "https://agency.gov"),
            ("https://[::1]:8443/x", "https://[::1]:8443/x"),
            ("https://example.org?next=https://evil.example@x", "https://example.org?next=https://evil.example@x"),
        ] {
            assert_eq!(web_address(given).as_deref(), Ok(shown), "{given}");
        }
        let mut c = Contact::default();
        c.set(ContactField::Email, Some("Intake@\u{430}gency.GOV")).unwrap();
        assert_eq!(c.email.as_deref(), Some("Intake@xn--gency-3ve.gov"));
    }

    #[test]
    fn good_values_are_kept_as_text() {
        let mut c = Contact::default();
        c.set(ContactField::Name, Some("  Riverside <Intake> Team ")).unwrap();
        c.set(ContactField::Phone, Some("+1 (402) 555-0100")).unwrap();
        c.set(ContactField::Email, Some("intake@riverside.example.org")).unwrap();
        c.set(ContactField::Url, Some("HTTPS://riverside.example.org/peer?x=1")).unwrap();
        c.set(ContactField::Hours, Some("Mon–Fri 8–5")).unwrap();
        assert_eq!(c.name.as_deref(), Some("Riverside <Intake> Team"));
        assert_eq!(c.phone, Some(Phone { shown: "+1 (402) 555-0100".into(), dial: "+14025550100".into() }));
        assert_eq!(
            c.url.as_deref(),
            Some("https://riverside.example.org/peer?x=1"),
            "the scheme as the browser writes it"
        );
        c.set(ContactField::Phone, Some("")).unwrap();
        assert_eq!(c.phone, None, "an empty value clears");
    }
}

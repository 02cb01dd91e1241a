//! The agency's own contact, as a host gives it (`contact-name`, `contact-phone`, `contact-email`,
//! `contact-url`, `contact-hours`), shown under "What to do next" as links in the result, the
//! print view and the case note.
//!
//! Every value is text, checked here before anything shows it: a URL must be `https:` or `http:`
//! (never `javascript:` or `data:`), a phone number holds no letters, an email address has an
//! `@` between two parts. A value that fails is refused with the reason, and the edge warns the
//! host and ignores it. Pure: no DOM, nothing rendered here.

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
    } else {
        Ok(value.to_owned())
    }
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

/// `local@domain.tld`, with nothing that could break out of a `mailto:` link.
fn email(value: &str) -> Result<String, Refused> {
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\?&#%/".contains(c);
    let ok = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !value.chars().any(forbidden)
        }
        None => false,
    };
    if value.len() > 254 {
        Err(Refused::TooLong)
    } else if ok {
        Ok(value.to_owned())
    } else {
        Err(Refused::NotAnEmailAddress)
    }
}

/// An absolute `https:` or `http:` address with a host, and no spaces or control characters.
pub fn web_address(value: &str) -> Result<String, Refused> {
    if value.len() > 2000 {
        return Err(Refused::TooLong);
    }
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &value[8..]
    } else if lower.starts_with("http://") {
        &value[7..]
    } else {
        return Err(Refused::NotAWebAddress);
    };
    let host_ok = rest.split(['/', '?', '#']).next().is_some_and(|host| !host.is_empty());
    if !host_ok || value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\' || c == '"') {
        return Err(Refused::NotAWebAddress);
    }
    Ok(value.to_owned())
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
        ] {
            assert_eq!(c.set(field, Some(value)), Err(refused), "{value}");
        }
        assert!(c.is_empty());
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
        assert_eq!(c.url.as_deref(), Some("HTTPS://riverside.example.org/peer?x=1"));
        c.set(ContactField::Phone, Some("")).unwrap();
        assert_eq!(c.phone, None, "an empty value clears");
    }
}

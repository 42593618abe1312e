//! Whom investors contact (data-format.md `contact`, in the manifest and
//! per project), and what the zone is (`about`). Every part is optional;
//! a phone, e-mail or web address becomes a link only when it is safe to.

use serde::Deserialize;

use super::feature_collection::is_web_link;
use super::manifest::Localized;
use super::rules::is_hidden_format;

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Contact {
    #[serde(default)]
    pub name: Option<Localized>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub address: Option<Localized>,
    #[serde(default)]
    pub url: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        *self == Contact::default()
    }

    /// `tel:+867503333333` for a number written with digits, spaces and
    /// `+ - ( ) .` only; anything else stays text.
    pub fn phone_link(&self) -> Option<String> {
        let phone = self.phone.as_deref()?.trim();
        let allowed = |c: char| c.is_ascii_digit() || " +-().".contains(c);
        let digits: String = phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        (phone.chars().all(allowed) && digits.chars().filter(char::is_ascii_digit).count() >= 3)
            .then(|| format!("tel:{digits}"))
    }

    /// `mailto:` for one plain address (no spaces, no second `@`, no
    /// characters that would add headers or a second recipient, written out
    /// or percent-encoded, and none that is not seen: `is_hidden_format`).
    pub fn email_link(&self) -> Option<String> {
        let email = self.email.as_deref()?.trim();
        let (user, domain) = email.split_once('@')?;
        let plain = |s: &str| {
            !s.is_empty()
                && !s.chars().any(|c| {
                    c.is_whitespace()
                        || c.is_control()
                        || is_hidden_format(c)
                        || "@?&,;:<>/\\\"%".contains(c)
                })
        };
        (plain(user) && plain(domain) && domain.contains('.')).then(|| format!("mailto:{email}"))
    }

    /// The web page, when it is an http(s) link.
    pub fn web_link(&self) -> Option<&str> {
        self.url
            .as_deref()
            .map(str::trim)
            .filter(|u| is_web_link(u))
    }
}

/// What the zone is, in both languages, and where the facts come from.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct About {
    pub zh: String,
    #[serde(default)]
    pub en: Option<String>,
    pub source: String,
}

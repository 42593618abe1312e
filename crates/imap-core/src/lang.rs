//! Which language is shown, and how a `{zh, en}` pair of data labels is read.
//! A leaf: the texts themselves live in the `imap-i18n` crate.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Picks the label of a `{zh, en}` pair, falling back to Chinese when the
    /// English one is missing (the data format makes English optional).
    pub fn pick<'a>(self, zh: &'a str, en: Option<&'a str>) -> &'a str {
        match (self, en) {
            (Lang::En, Some(en)) if !en.trim().is_empty() => en,
            _ => zh,
        }
    }
}

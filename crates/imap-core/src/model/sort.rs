//! Orders of the project list. Missing values (undisclosed amounts, no date)
//! always go last, whichever the direction, so they never hide the answers.

use std::cmp::Ordering;

use crate::lang::Lang;

use super::project::Project;
use crate::order::sort_indices;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Name,
    Investment,
    Date,
    Status,
}

impl SortKey {
    /// `name`, `investment`, … as in the `sort=` URL parameter.
    pub fn code(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Investment => "investment",
            SortKey::Date => "date",
            SortKey::Status => "status",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    /// `name`, `investment-desc`, … as in the `sort=` URL parameter.
    pub fn parse(s: &str) -> Option<Sort> {
        let (key, descending) = match s.strip_suffix("-desc") {
            Some(k) => (k, true),
            None => (s, false),
        };
        let key = [
            SortKey::Name,
            SortKey::Investment,
            SortKey::Date,
            SortKey::Status,
        ]
        .into_iter()
        .find(|k| k.code() == key)?;
        Some(Sort { key, descending })
    }

    pub fn code(&self) -> String {
        let key = self.key.code();
        if self.descending {
            format!("{key}-desc")
        } else {
            key.to_string()
        }
    }

    /// Clicking a column: the same column flips direction; a new one starts
    /// with its most useful direction (largest amounts, newest dates first).
    pub fn toggled(self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                descending: !self.descending,
            }
        } else {
            Sort {
                key,
                descending: matches!(key, SortKey::Investment | SortKey::Date),
            }
        }
    }

    /// Sorts indices into `projects`; ties keep id order, so the list is stable.
    pub fn apply(&self, indices: &mut [usize], projects: &[Project], lang: Lang) {
        sort_indices(indices, &|a, b| {
            let (a, b) = (&projects[a], &projects[b]);
            self.compare(a, b, lang).then_with(|| a.id.cmp(&b.id))
        });
    }

    fn compare(&self, a: &Project, b: &Project, lang: Lang) -> Ordering {
        let directed = |o: Ordering| if self.descending { o.reverse() } else { o };
        match self.key {
            SortKey::Name => directed(name_key(a, lang).cmp(&name_key(b, lang))),
            SortKey::Status => directed(a.status.cmp(&b.status)),
            SortKey::Investment => {
                last_if_missing(a.investment, b.investment, |x, y| directed(x.total_cmp(&y)))
            }
            SortKey::Date => last_if_missing(a.date.as_deref(), b.date.as_deref(), |x, y| {
                directed(x.cmp(y))
            }),
        }
    }
}

fn name_key(p: &Project, lang: Lang) -> String {
    lang.pick(&p.name, p.name_en.as_deref()).to_lowercase()
}

fn last_if_missing<T>(a: Option<T>, b: Option<T>, cmp: impl Fn(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => cmp(x, y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

//! Orders of the project list. Missing values (undisclosed amounts, no date)
//! always go last, whichever the direction, so they never hide the answers.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

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

    /// Sorts indices into `projects`; ties keep id order, so the list is
    /// stable. By name, the order is `name_rank` (`name_ranks`: the
    /// collation of the visitor's language); other keys ignore it.
    pub fn apply(&self, indices: &mut [usize], projects: &[Project], name_rank: &[u32]) {
        sort_indices(indices, &|a, b| {
            self.compare(a, b, projects, name_rank)
                .then_with(|| projects[a].id.cmp(&projects[b].id))
        });
    }

    fn compare(&self, a: usize, b: usize, projects: &[Project], name_rank: &[u32]) -> Ordering {
        let directed = |o: Ordering| if self.descending { o.reverse() } else { o };
        let (pa, pb) = (&projects[a], &projects[b]);
        match self.key {
            SortKey::Name => directed(name_rank.get(a).cmp(&name_rank.get(b))),
            SortKey::Status => directed(pa.status.cmp(&pb.status)),
            SortKey::Investment => last_if_missing(pa.investment, pb.investment, |x, y| {
                directed(x.total_cmp(&y))
            }),
            SortKey::Date => last_if_missing(pa.date.as_deref(), pb.date.as_deref(), |x, y| {
                directed(x.cmp(y))
            }),
        }
    }
}

/// Each project's rank by its name in `lang`, as `collate` orders the
/// distinct names. The app passes the browser's own `Intl.Collator` (pinyin
/// for Chinese, as a Chinese reader expects; nothing of it in the wasm).
pub fn name_ranks(
    projects: &[Project],
    lang: Lang,
    collate: impl FnOnce(Vec<String>) -> Vec<String>,
) -> Vec<u32> {
    let name = |p: &Project| lang.pick(&p.name, p.name_en.as_deref()).to_string();
    let distinct: BTreeSet<String> = projects.iter().map(name).collect();
    let ordered = collate(distinct.into_iter().collect());
    let rank: HashMap<&str, u32> = ordered
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i as u32))
        .collect();
    projects
        .iter()
        .map(|p| rank.get(name(p).as_str()).copied().unwrap_or(u32::MAX))
        .collect()
}

fn last_if_missing<T>(a: Option<T>, b: Option<T>, cmp: impl Fn(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => cmp(x, y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

//! Which projects the visitor's filters let through, and what they add up to.

use std::collections::HashSet;

use super::manifest::{Category, Manifest};
use super::project::Project;

/// Filters as ids and numbers, the way the URL carries them.
/// `None` lists mean "all"; an empty list means "none".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub industries: Option<Vec<String>>,
    pub statuses: Option<Vec<String>>,
    pub districts: Option<Vec<String>>,
    /// Investment range in 亿元, inclusive; either bound hides undisclosed amounts.
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub query: String,
}

/// Filters resolved against one data set, cheap to test per project.
pub struct Matcher {
    industries: Option<Vec<bool>>,
    statuses: Option<Vec<bool>>,
    districts: Option<HashSet<String>>,
    min: Option<f64>,
    max: Option<f64>,
    needle: String,
}

impl Matcher {
    pub fn new(filters: &Filters, manifest: &Manifest) -> Self {
        Matcher {
            industries: mask(&filters.industries, &manifest.industries),
            statuses: mask(&filters.statuses, &manifest.statuses),
            districts: filters
                .districts
                .as_ref()
                .map(|ids| ids.iter().cloned().collect()),
            min: filters.min,
            max: filters.max,
            needle: filters.query.trim().to_lowercase(),
        }
    }

    pub fn matches(&self, p: &Project) -> bool {
        let allowed = |mask: &Option<Vec<bool>>, i: usize| mask.as_ref().is_none_or(|m| m[i]);
        allowed(&self.industries, p.industry)
            && allowed(&self.statuses, p.status)
            && self
                .districts
                .as_ref()
                .is_none_or(|set| p.district.as_ref().is_some_and(|d| set.contains(d)))
            && self.amount_ok(p.investment)
            && (self.needle.is_empty() || p.search_key().contains(&self.needle))
    }

    fn amount_ok(&self, investment: Option<f64>) -> bool {
        if self.min.is_none() && self.max.is_none() {
            return true;
        }
        investment.is_some_and(|v| {
            self.min.is_none_or(|min| v >= min) && self.max.is_none_or(|max| v <= max)
        })
    }
}

/// Unknown ids are ignored; a list of nothing but unknown ids is ignored whole.
fn mask(ids: &Option<Vec<String>>, categories: &[Category]) -> Option<Vec<bool>> {
    let ids = ids.as_ref()?;
    let known: Vec<bool> = categories.iter().map(|c| ids.contains(&c.id)).collect();
    if !ids.is_empty() && !known.contains(&true) {
        return None;
    }
    Some(known)
}

/// What the matching projects add up to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub count: usize,
    /// Sum of disclosed investments, in 亿元.
    pub total: f64,
    pub undisclosed: usize,
}

impl Summary {
    pub fn of<'a>(projects: impl IntoIterator<Item = &'a Project>) -> Self {
        projects.into_iter().fold(Summary::default(), |mut s, p| {
            s.count += 1;
            match p.investment {
                Some(v) => s.total += v,
                None => s.undisclosed += 1,
            }
            s
        })
    }
}

//! Which projects the visitor's filters let through, the live counts beside
//! each choice, and what the matches add up to.

use super::dataset::Dataset;
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
    /// Years of `date`, inclusive (`years=2019-2021`); while set, undated
    /// projects are hidden.
    pub years: Option<(u16, u16)>,
    pub query: String,
}

/// The checkbox lists of the filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Industry,
    Status,
}

/// Every change a visitor can make to the filters, by name.
impl Filters {
    pub fn has_amount_range(&self) -> bool {
        self.min.is_some() || self.max.is_some()
    }

    pub fn category(&self, kind: Category) -> &Option<Vec<String>> {
        match kind {
            Category::Industry => &self.industries,
            Category::Status => &self.statuses,
        }
    }

    fn category_mut(&mut self, kind: Category) -> &mut Option<Vec<String>> {
        match kind {
            Category::Industry => &mut self.industries,
            Category::Status => &mut self.statuses,
        }
    }

    pub fn is_checked(&self, kind: Category, id: &str) -> bool {
        self.category(kind)
            .as_ref()
            .is_none_or(|l| l.iter().any(|x| x == id))
    }

    /// Ticks or unticks `id` among the `known` ids of that list.
    pub fn toggle(&mut self, kind: Category, id: &str, known: &[String]) {
        let next = toggle_checked(self.category(kind), &id.to_string(), known);
        *self.category_mut(kind) = next;
    }

    /// "All" (`None`) or "none" (`Some(vec![])`) for a whole list.
    pub fn set_category(&mut self, kind: Category, selection: Option<Vec<String>>) {
        *self.category_mut(kind) = selection;
    }

    /// One district, or all of them (`None`), as the district select does.
    pub fn pick_district(&mut self, id: Option<String>) {
        self.districts = id.map(|id| vec![id]);
    }

    pub fn set_amount(&mut self, min: Option<f64>, max: Option<f64>) {
        (self.min, self.max) = match (min, max) {
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        };
    }

    /// A range of years, either way round; `None` lifts it.
    pub fn set_years(&mut self, years: Option<(u16, u16)>) {
        self.years = years.map(|(a, b)| (a.min(b), a.max(b)));
    }

    pub fn set_query(&mut self, query: String) {
        self.query = query;
    }

    /// The filters in force, one entry per kind, in the panel's order: what
    /// the chips above the map show, each removable on its own.
    pub fn active(&self) -> Vec<ActiveFilter> {
        let mut active = Vec::new();
        let lists = [
            (FilterKind::Industry, &self.industries),
            (FilterKind::Status, &self.statuses),
            (FilterKind::District, &self.districts),
        ];
        for (kind, list) in lists {
            if let Some(ids) = list {
                active.push(ActiveFilter::Ids(kind, ids.clone()));
            }
        }
        if self.has_amount_range() {
            active.push(ActiveFilter::Amount(self.min, self.max));
        }
        if let Some((from, to)) = self.years {
            active.push(ActiveFilter::Years(from, to));
        }
        if !self.query.trim().is_empty() {
            active.push(ActiveFilter::Query(self.query.clone()));
        }
        active
    }

    /// Lifts one kind of filter (a chip's ×).
    pub fn clear(&mut self, kind: FilterKind) {
        match kind {
            FilterKind::Industry => self.industries = None,
            FilterKind::Status => self.statuses = None,
            FilterKind::District => self.districts = None,
            FilterKind::Amount => (self.min, self.max) = (None, None),
            FilterKind::Years => self.years = None,
            FilterKind::Query => self.query.clear(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FilterKind {
    Industry,
    Status,
    District,
    Amount,
    Years,
    Query,
}

/// One filter in force, with what it keeps.
#[derive(Clone, Debug, PartialEq)]
pub enum ActiveFilter {
    /// The industries, statuses or districts shown (empty: none).
    Ids(FilterKind, Vec<String>),
    Amount(Option<f64>, Option<f64>),
    /// From and to, inclusive.
    Years(u16, u16),
    Query(String),
}

impl ActiveFilter {
    pub fn kind(&self) -> FilterKind {
        match self {
            ActiveFilter::Ids(kind, _) => *kind,
            ActiveFilter::Amount(..) => FilterKind::Amount,
            ActiveFilter::Years(..) => FilterKind::Years,
            ActiveFilter::Query(_) => FilterKind::Query,
        }
    }
}

/// Toggles `id` in a checkbox list where `None` means all of `known`: the
/// result is `None` again once everything is ticked.
pub fn toggle_checked<T: Clone + PartialEq>(
    selection: &Option<Vec<T>>,
    item: &T,
    known: &[T],
) -> Option<Vec<T>> {
    let ticked = |k: &T| selection.as_ref().is_none_or(|list| list.contains(k));
    let next: Vec<T> = known
        .iter()
        .filter(|k| if *k == item { !ticked(k) } else { ticked(k) })
        .cloned()
        .collect();
    (next.len() < known.len()).then_some(next)
}

/// One criterion, for counts "under the other filters".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Industry,
    Status,
    District,
    Amount,
    Years,
}

/// Which criteria a project fails (`Matcher::failed`).
#[derive(Clone, Copy, PartialEq)]
enum Failed {
    None,
    One(Facet),
    Several,
}

impl Failed {
    /// Whether the project matches every criterion but `facet`'s.
    fn all_but(self, facet: Facet) -> bool {
        self == Failed::None || self == Failed::One(facet)
    }
}

/// Filters resolved against one data set, cheap to test per project.
#[derive(Clone, Debug)]
pub struct Matcher {
    industries: Option<Vec<bool>>,
    statuses: Option<Vec<bool>>,
    /// Per boundary, in file order (`Project::boundary`).
    districts: Option<Vec<bool>>,
    min: Option<f64>,
    max: Option<f64>,
    years: Option<(u16, u16)>,
    needle: String,
}

impl Matcher {
    pub fn new(filters: &Filters, data: &Dataset) -> Self {
        let ids = |list: &[super::manifest::Category]| -> Vec<String> {
            list.iter().map(|c| c.id.clone()).collect()
        };
        let district_ids: Vec<String> = data.boundaries.iter().map(|b| b.id.clone()).collect();
        Matcher {
            industries: mask(&filters.industries, &ids(&data.manifest.industries)),
            statuses: mask(&filters.statuses, &ids(&data.manifest.statuses)),
            districts: mask(&filters.districts, &district_ids),
            min: filters.min,
            max: filters.max,
            years: filters.years,
            needle: data.case_fold.fold(filters.query.trim()),
        }
    }

    pub fn matches(&self, p: &Project) -> bool {
        self.industry_ok(p)
            && self.status_ok(p)
            && self.district_ok(p)
            && self.amount_ok(p.investment)
            && self.years_ok(p)
            && self.text_ok(p)
    }

    fn industry_ok(&self, p: &Project) -> bool {
        self.industries.as_ref().is_none_or(|m| m[p.industry])
    }

    fn status_ok(&self, p: &Project) -> bool {
        self.statuses.as_ref().is_none_or(|m| m[p.status])
    }

    fn years_ok(&self, p: &Project) -> bool {
        self.years
            .is_none_or(|(from, to)| p.year().is_some_and(|y| from <= y && y <= to))
    }

    /// The search, which no count leaves out.
    fn text_ok(&self, p: &Project) -> bool {
        self.needle.is_empty() || p.search_key().contains(&self.needle)
    }

    /// The criteria `p` fails, but the search: with two or more, no count
    /// "under the other filters" has it.
    fn failed(&self, p: &Project) -> Failed {
        let passed = [
            (Facet::Industry, self.industry_ok(p)),
            (Facet::Status, self.status_ok(p)),
            (Facet::District, self.district_ok(p)),
            (Facet::Amount, self.amount_ok(p.investment)),
            (Facet::Years, self.years_ok(p)),
        ];
        let mut failed = Failed::None;
        for (facet, ok) in passed {
            if !ok {
                failed = match failed {
                    Failed::None => Failed::One(facet),
                    _ => return Failed::Several,
                };
            }
        }
        failed
    }

    fn district_ok(&self, p: &Project) -> bool {
        let Some(mask) = &self.districts else {
            return true;
        };
        p.boundary.is_some_and(|i| mask[i])
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

/// A mask over the known ids. Unknown ids are ignored; a list of nothing but
/// unknown ids is ignored whole (as if absent), while an empty list selects none.
fn mask(ids: &Option<Vec<String>>, known: &[String]) -> Option<Vec<bool>> {
    let ids = ids.as_ref()?;
    let mask: Vec<bool> = known.iter().map(|k| ids.contains(k)).collect();
    if !ids.is_empty() && !mask.contains(&true) {
        return None;
    }
    Some(mask)
}

/// How many projects each choice would show, under the other filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacetCounts {
    /// Per manifest industry, in manifest order.
    pub industries: Vec<usize>,
    /// Per manifest status, in manifest order.
    pub statuses: Vec<usize>,
    /// Per boundary, in file order, with the disclosed total (a district's
    /// card says both).
    pub districts: Vec<Summary>,
    /// Disclosed amounts of the projects matching every filter but the
    /// amount range (for its histogram), and how many have none.
    pub amounts: Vec<f64>,
    pub undisclosed: usize,
    /// The year of `date` and the status of each project matching every
    /// filter but the years (for their histogram), and how many have no date.
    pub dated: Vec<(u16, usize)>,
    pub undated: usize,
}

impl FacetCounts {
    /// Each criterion is tested once per project, where a matcher per
    /// facet tested it up to five times (with the year read once, a filter
    /// change at 100,000 projects came from 1.15× to 0.98× the time of the
    /// build of issue 22's day; README, "On the desktop").
    pub fn of(data: &Dataset, filters: &Filters) -> FacetCounts {
        let m = Matcher::new(filters, data);
        let mut counts = FacetCounts {
            industries: vec![0; data.manifest.industries.len()],
            statuses: vec![0; data.manifest.statuses.len()],
            districts: vec![Summary::default(); data.boundaries.len()],
            amounts: Vec::new(),
            undisclosed: 0,
            dated: Vec::new(),
            undated: 0,
        };
        for p in &data.projects {
            let failed = m.failed(p);
            if failed == Failed::Several || !m.text_ok(p) {
                continue;
            }
            if failed.all_but(Facet::Industry) {
                counts.industries[p.industry] += 1;
            }
            if failed.all_but(Facet::Status) {
                counts.statuses[p.status] += 1;
            }
            if let Some(d) = p.boundary
                && failed.all_but(Facet::District)
            {
                counts.districts[d].add(p.investment);
            }
            if failed.all_but(Facet::Amount) {
                match p.investment {
                    Some(v) => counts.amounts.push(v),
                    None => counts.undisclosed += 1,
                }
            }
            if failed.all_but(Facet::Years) {
                match p.year() {
                    Some(year) => counts.dated.push((year, p.status)),
                    None => counts.undated += 1,
                }
            }
        }
        counts
    }
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
    /// One summary per industry (indices into the manifest's list), in one pass.
    pub fn by_industry<'a>(
        projects: impl IntoIterator<Item = &'a Project>,
        industries: usize,
    ) -> Vec<Summary> {
        let mut out = vec![Summary::default(); industries];
        for p in projects {
            out[p.industry].add(p.investment);
        }
        out
    }

    /// The sum of several summaries (of disjoint sets of projects).
    pub fn total(parts: &[Summary]) -> Summary {
        parts.iter().fold(Summary::default(), |mut s, p| {
            s.count += p.count;
            s.total += p.total;
            s.undisclosed += p.undisclosed;
            s
        })
    }

    fn add(&mut self, investment: Option<f64>) {
        self.count += 1;
        match investment {
            Some(v) => self.total += v,
            None => self.undisclosed += 1,
        }
    }
}

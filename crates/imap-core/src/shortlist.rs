//! The compare tray: up to four projects and up to four sites the visitor
//! put side by side (`compare=`, `site_compare=` in the link), and which of
//! the two comparisons is open. Nothing added is ever dropped for the
//! other kind: the two lists are kept apart.

/// The most items of one kind compared at once (ui-contract.md).
pub const MAX_COMPARED: usize = 4;

/// What a comparison puts side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Projects,
    Sites,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shortlist {
    projects: Vec<String>,
    sites: Vec<String>,
    /// The comparison that is open, if any; never one with nothing in it.
    shown: Option<Kind>,
}

impl Shortlist {
    /// A link's lists (each id once) and which comparison it opens:
    /// `shown` if the link names one, else the projects', else the sites'
    /// (`opened_shown`). Unknown ids are ignored before the first four are
    /// kept, so the lists stay whole until `keep_known` has the data.
    pub fn opened(projects: &[String], sites: &[String], shown: Option<Option<Kind>>) -> Self {
        let mut list = Shortlist::default();
        for (kind, ids) in [(Kind::Projects, projects), (Kind::Sites, sites)] {
            for id in ids {
                if !list.contains(kind, id) {
                    list.ids_mut(kind).push(id.clone());
                }
            }
        }
        list.shown = shown.unwrap_or_else(|| list.opened_shown());
        list.shown = list.shown.filter(|kind| !list.ids(*kind).is_empty());
        list
    }

    /// The comparison a link with these lists opens when it names none.
    pub fn opened_shown(&self) -> Option<Kind> {
        [Kind::Projects, Kind::Sites]
            .into_iter()
            .find(|kind| !self.ids(*kind).is_empty())
    }

    pub fn ids(&self, kind: Kind) -> &[String] {
        match kind {
            Kind::Projects => &self.projects,
            Kind::Sites => &self.sites,
        }
    }

    fn ids_mut(&mut self, kind: Kind) -> &mut Vec<String> {
        match kind {
            Kind::Projects => &mut self.projects,
            Kind::Sites => &mut self.sites,
        }
    }

    pub fn contains(&self, kind: Kind, id: &str) -> bool {
        self.ids(kind).iter().any(|i| i == id)
    }

    pub fn is_full(&self, kind: Kind) -> bool {
        self.ids(kind).len() >= MAX_COMPARED
    }

    pub fn is_empty(&self) -> bool {
        self.projects.is_empty() && self.sites.is_empty()
    }

    pub fn shown(&self) -> Option<Kind> {
        self.shown
    }

    /// Adds `id` at the end, unless it is there already or the tray is full.
    pub fn add(&mut self, kind: Kind, id: &str) {
        if !id.is_empty() && !self.contains(kind, id) && !self.is_full(kind) {
            self.ids_mut(kind).push(id.to_string());
        }
    }

    /// Takes `id` out, or puts it in (where there is room).
    pub fn toggle(&mut self, kind: Kind, id: &str) {
        if self.contains(kind, id) {
            self.remove(kind, id);
        } else {
            self.add(kind, id);
        }
    }

    /// Takes `id` out; an emptied comparison closes.
    pub fn remove(&mut self, kind: Kind, id: &str) {
        self.ids_mut(kind).retain(|i| i != id);
        self.close_if_empty();
    }

    /// Empties one kind's tray (and closes its comparison).
    pub fn clear(&mut self, kind: Kind) {
        self.ids_mut(kind).clear();
        self.close_if_empty();
    }

    /// Opens one comparison (if it has something in it), or closes it.
    pub fn show(&mut self, kind: Option<Kind>) {
        self.shown = kind.filter(|k| !self.ids(*k).is_empty());
    }

    /// Keeps the first four ids that `known` knows (once the data is loaded).
    pub fn keep_known(&mut self, kind: Kind, known: impl Fn(&str) -> bool) {
        let ids = self.ids_mut(kind);
        ids.retain(|id| known(id));
        ids.truncate(MAX_COMPARED);
        self.close_if_empty();
    }

    fn close_if_empty(&mut self) {
        if self.shown.is_some_and(|kind| self.ids(kind).is_empty()) {
            self.shown = None;
        }
    }
}

//! The first map, drawn without Leptos from the first module (ARCHITECTURE.md,
//! "Two modules"): the boundaries, the pins or badges of the link's
//! matches, their count and total in the header card, moved by the same
//! gestures as the app's map, until the app (the later module) takes over
//! and draws the same map. A pin tapped meanwhile opens once the app is
//! there; the view the visitor moved to is kept (`Handover`).
//!
//! It draws into the stand-in (`start`): index.html's header card on the
//! full page, a card of the same classes on a host page.

mod draw;
mod input;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use geo::BoundingRect;
use imap_core::choices::Selection;
use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::gesture::PointerGesture;
use imap_core::geometry::reveal::first_view;
use imap_core::geometry::svg_path::PathFrame;
use imap_core::geometry::viewport::{Insets, Viewport};
use imap_core::geometry::zoom_limit;
use imap_core::layout::{Cover, Layout};
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{Filters, Matcher};
use imap_core::url_state::UrlState;
use imap_i18n::{Lang, Texts};
use web_sys::{Element, HtmlElement};

use draw::Drawing;

/// What the app takes over from the first map.
#[derive(Default)]
pub struct Handover {
    /// Where the visitor moved the map, if they did.
    pub view: Option<Viewport>,
    /// The project whose pin the visitor tapped.
    pub selected: Option<String>,
    /// Whether a first map was drawn (and `map:ready` marked).
    pub drawn: bool,
}

/// The stand-in's parts the first map writes into.
pub struct Card {
    /// The stand-in's root (becomes the first map's).
    pub root: Element,
    /// The header card's title.
    pub title: Option<Element>,
    /// The header card's status line (the counts once drawn).
    pub results: Option<Element>,
    /// The header card (where notes about the app's arrival go).
    pub header: Option<Element>,
    pub lang: Lang,
    /// The note that says the app is coming, or that it failed.
    pub note: RefCell<Option<Element>>,
}

impl Card {
    /// Says in the header card that the rest of the map is coming, or that
    /// it failed to load (with Retry).
    pub fn note(&self, note: Note) {
        if let Some(old) = self.note.borrow_mut().take() {
            old.remove();
        }
        let Some(header) = &self.header else {
            return;
        };
        let t = self.lang.first();
        let shown = match note {
            Note::Coming => draw::coming_note(t.later_coming),
            Note::Failed(retry) => draw::failed_note(t.later_failed, t.retry, retry),
        };
        if let Some(shown) = shown {
            let _ = header.append_child(&shown);
            self.note.replace(Some(shown));
        }
    }
}

/// What the card says of the app's arrival.
pub enum Note {
    Coming,
    /// It failed to load; Retry runs this.
    Failed(Box<dyn Fn()>),
}

/// What the page shows until the app is there: the first map, or only the
/// stand-in's card (no data to draw).
pub enum Before {
    Map(FirstMap),
    Card(Card),
}

impl Before {
    pub fn card(&self) -> &Card {
        match self {
            Before::Map(map) => &map.shared.card,
            Before::Card(card) => card,
        }
    }

    /// Gives the place to the app: what it takes over, and the stand-in
    /// gone in the same task that mounts the app (no frame shows neither).
    pub fn hand_over(&self) -> Handover {
        self.card().root.remove();
        match self {
            Before::Map(map) => Handover {
                view: map.shared.moved.get().then(|| map.shared.view.get()),
                selected: map
                    .shared
                    .tapped
                    .get()
                    .then(|| map.shared.selected.borrow().clone())
                    .flatten(),
                drawn: true,
            },
            Before::Card(_) => Handover::default(),
        }
    }
}

#[derive(Clone)]
pub struct FirstMap {
    shared: Rc<Shared>,
}

struct Shared {
    card: Card,
    area: HtmlElement,
    drawing: Drawing,
    data: Arc<Dataset>,
    lang: Lang,
    matching: Vec<usize>,
    /// Every project's world position.
    points: Vec<WorldPoint>,
    max_zoom: f64,
    home: Option<Viewport>,
    view: Cell<Viewport>,
    moved: Cell<bool>,
    /// A redraw is asked for the next frame.
    queued: Cell<bool>,
    gesture: RefCell<PointerGesture>,
    /// The link's selection, then the pin tapped.
    selected: RefCell<Option<String>>,
    tapped: Cell<bool>,
}

impl FirstMap {
    /// Draws the link's map into the stand-in's `card`; gives the card back
    /// (nothing drawn) when there is nothing to show.
    pub fn draw(
        card: Card,
        data: Arc<Dataset>,
        opened: &UrlState,
        lang: Lang,
        cooperative: bool,
    ) -> Result<FirstMap, Card> {
        let Some(area) = draw::map_area(&card.root, lang) else {
            return Err(card);
        };
        let rect = area.get_bounding_client_rect();
        let (width, height) = (rect.width(), rect.height());
        let free = free_part(&card, &rect, opened);
        let matcher = Matcher::new(&opened.choices.filters, &data);
        let matching: Vec<usize> = (0..data.projects.len())
            .filter(|&i| matcher.matches(&data.projects[i]))
            .collect();
        let points: Vec<WorldPoint> = data
            .projects
            .iter()
            .map(|p| project(p.lon, p.lat))
            .collect();
        let districts = data
            .boundaries
            .iter()
            .filter_map(|b| b.shape.bounding_rect());
        let max_zoom = zoom_limit::max_zoom(None, districts, width, height);
        let selected_at = data.selected_point(&opened.choices.selection);
        let filtered = opened.choices.filters != Filters::default();
        let opening = data.opening(
            opened.choices.view,
            filtered,
            &matching,
            &points,
            selected_at,
        );
        let (Some(view), true) = (
            first_view(&opening, width, height, free, max_zoom),
            width > 0.0 && height > 0.0,
        ) else {
            area.remove();
            return Err(card);
        };
        let home = data
            .home_extent()
            .map(|extent| Viewport::fit(extent, width, height, free));
        let corner = data.home_extent().map(|r| project(r.min().x, r.max().y));
        let frame = PathFrame {
            origin: corner.unwrap_or_default(),
        };
        let Some(drawing) = Drawing::new(&area, &data, frame, lang) else {
            area.remove();
            return Err(card);
        };
        let shared = Rc::new(Shared {
            card,
            area,
            drawing,
            data,
            lang,
            matching,
            points,
            max_zoom,
            home,
            view: Cell::new(view),
            moved: Cell::new(false),
            queued: Cell::new(false),
            gesture: RefCell::new(match cooperative {
                true => PointerGesture::cooperative(),
                false => PointerGesture::default(),
            }),
            selected: RefCell::new(opened.choices.selection.project().map(String::from)),
            tapped: Cell::new(false),
        });
        let map = FirstMap { shared };
        map.write_title_and_counts();
        map.redraw();
        input::listen(&map, cooperative);
        Ok(map)
    }

    /// The root and the title, count and total in the header card, as the
    /// app will show them.
    fn write_title_and_counts(&self) {
        let s = &self.shared;
        let _ = s.card.root.set_attribute("lang", s.lang.code());
        if let Some(title) = &s.card.title {
            title.set_text_content(Some(s.data.manifest.title.get(s.lang)));
        }
        // index.html's line under the title is the name in English.
        if let Ok(Some(updated)) = s.card.root.query_selector(".imap-updated") {
            let _ = updated.remove_attribute("lang");
            let date = s.data.manifest.updated.as_deref();
            updated.set_text_content(date.map(|d| s.lang.updated_on(d)).as_deref());
        }
        if let Some(results) = &s.card.results {
            draw::counts(results, &s.data, &s.matching, s.lang);
        }
    }

    /// Moves the map to `view` (within the zoom limit) by the visitor's hand.
    fn move_to(&self, view: Viewport) {
        let s = &self.shared;
        s.view.set(view.within_zoom(s.max_zoom));
        s.moved.set(true);
        self.redraw_soon();
    }

    /// Follows the map element's size, keeping the middle of the view
    /// where it is.
    fn fit_to_area(&self) {
        let s = &self.shared;
        let rect = s.area.get_bounding_client_rect();
        let (width, height) = (rect.width(), rect.height());
        let view = s.view.get();
        if width <= 0.0 || height <= 0.0 || (width, height) == (view.width, view.height) {
            return;
        }
        let middle = view.to_world(view.width / 2.0, view.height / 2.0);
        s.view.set(
            view.resized(width, height)
                .placing(middle, (width / 2.0, height / 2.0)),
        );
        self.redraw_soon();
    }

    fn go_home(&self) {
        if let Some(home) = self.shared.home {
            self.move_to(home);
        }
    }

    /// Redraws once in the next frame, however many moves come before it.
    fn redraw_soon(&self) {
        if self.shared.queued.replace(true) {
            return;
        }
        let map = self.clone();
        draw::next_frame(move || {
            map.shared.queued.set(false);
            map.redraw();
        });
    }

    fn redraw(&self) {
        let s = &self.shared;
        let selected = s
            .selected
            .borrow()
            .as_deref()
            .and_then(|id| s.data.project_position(id));
        s.drawing.show(
            &s.view.get(),
            &s.data,
            &s.matching,
            &s.points,
            selected,
            s.max_zoom,
            s.lang,
        );
    }

    /// A tap on a pin: its detail opens once the app is there; meanwhile
    /// the pin shows as selected and a note says that the rest is coming.
    fn pick(&self, id: String) {
        self.shared.selected.replace(Some(id));
        self.shared.tapped.set(true);
        self.redraw();
        self.shared.card.note(Note::Coming);
    }
}

/// The part of the map (at `area` in the page) that the app's panels will
/// leave free, as the app reckons it (`Layout::free_insets`): below the
/// card, and beside the detail a link opens.
fn free_part(card: &Card, area: &web_sys::DomRect, opened: &UrlState) -> Insets {
    let app_width = card.root.get_bounding_client_rect().width();
    let card_bottom = card
        .root
        .query_selector(".imap-sidebar")
        .ok()
        .flatten()
        .map_or(0.0, |aside| {
            aside.get_bounding_client_rect().bottom() - area.top()
        });
    let cover = Cover {
        card_bottom,
        sidebar_open: false,
        detail_open: opened.choices.selection != Selection::None,
    };
    Layout::for_width(app_width, opened.embed).free_insets(cover, area.width(), area.height())
}

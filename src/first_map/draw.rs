//! The first map's elements, made with web-sys in the app's own classes and
//! shapes (`map::boundary_layer`, `map::pin`, `map::cluster_badge`), so
//! the app's map replaces it without a visible change. Text from the data
//! is only ever set as text or an attribute, never parsed as markup.

use std::cell::RefCell;

use imap_core::decimal::fixed;
use imap_core::geo::projection::{WorldPoint, project};
use imap_core::geometry::cluster::{Cluster, Item, Marker};
use imap_core::geometry::label_point::label_point;
use imap_core::geometry::markers;
use imap_core::geometry::svg_path::PathFrame;
use imap_core::geometry::viewport::Viewport;
use imap_core::model::boundary::Role;
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::Summary;
use imap_core::model::manifest::StatusStage;
use imap_core::model::money::plain_number;
use imap_i18n::{Lang, Texts, cny_words};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, HtmlElement};

use crate::map::CITY_NAMES_BELOW_ZOOM;
use crate::mount::document;

const SVG: &str = "http://www.w3.org/2000/svg";

fn element(tag: &str, class: &str) -> Option<Element> {
    let e = document()?.create_element(tag).ok()?;
    e.set_class_name(class);
    Some(e)
}

fn svg(tag: &str, attributes: &[(&str, &str)]) -> Option<Element> {
    let e = document()?.create_element_ns(Some(SVG), tag).ok()?;
    for (name, value) in attributes {
        let _ = e.set_attribute(name, value);
    }
    Some(e)
}

/// Runs `f` before the next frame is painted.
pub fn next_frame(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// The map's element in `root`, as the app's (`map::map_view`).
pub fn map_area(root: &Element, lang: Lang) -> Option<HtmlElement> {
    let area: HtmlElement = element("div", "imap-map")?.dyn_into().ok()?;
    for (name, value) in [
        ("tabindex", "0"),
        ("role", "region"),
        ("aria-roledescription", "map"),
        ("aria-label", lang.first().map_label),
    ] {
        let _ = area.set_attribute(name, value);
    }
    root.append_child(&area).ok()?;
    Some(area)
}

/// The zoom buttons in `root`, as `control::zoom::ZoomControls` draws
/// them: in, out, and back to the zone.
pub fn zoom_buttons(root: &Element, lang: Lang) -> Option<[Element; 3]> {
    let group = element("div", "imap-zoom")?;
    let _ = group.set_attribute("role", "group");
    let t = lang.first();
    let button = |label: &str, text: &str| {
        let b = element("button", "imap-button")?;
        for (name, value) in [("type", "button"), ("aria-label", label), ("title", label)] {
            let _ = b.set_attribute(name, value);
        }
        b.set_text_content(Some(text));
        group.append_child(&b).ok()?;
        Some(b)
    };
    let buttons = [
        button(t.zoom_in, "+")?,
        button(t.zoom_out, "−")?,
        button(t.reset_view, "⟲")?,
    ];
    root.append_child(&group).ok()?;
    Some(buttons)
}

/// What a set of markers was clustered for: the zoom level, whether at the
/// deepest zoom, and the selected project.
type Clustering = (i32, bool, Option<usize>);

/// The boundaries, their names and the markers, moved by `show`.
pub struct Drawing {
    svg: Element,
    boundaries: Element,
    labels: Vec<(Element, WorldPoint, bool)>,
    markers: Element,
    /// The badges drawn, by their `data-cluster-at`.
    clusters: RefCell<Vec<Cluster>>,
    /// The matches clustered at a zoom level (with the deepest zoom and
    /// the selection they were made for): a pan keeps them.
    clustered: RefCell<Option<(Clustering, Vec<Marker>)>>,
    frame: PathFrame,
}

impl Drawing {
    pub fn new(
        area: &HtmlElement,
        data: &Dataset,
        frame: PathFrame,
        lang: Lang,
    ) -> Option<Drawing> {
        let root = svg("svg", &[("class", "imap-svg")])?;
        let boundaries = svg_el("g", "imap-boundaries")?;
        let labels_group = svg(
            "g",
            &[("class", "imap-district-labels"), ("aria-hidden", "true")],
        )?;
        // Context first, so the focus outline is drawn on top of shared edges.
        let ordered = imap_core::order::sorted(data.boundaries.iter().collect(), &|a, b| {
            (a.role == Role::Focus).cmp(&(b.role == Role::Focus))
        });
        let mut labels = Vec::new();
        for b in ordered {
            let focus = b.role == Role::Focus;
            let class = match focus {
                true => "imap-district imap-district--focus",
                false => "imap-district",
            };
            let detailed = frame.path(&b.shape);
            let path = svg(
                "path",
                &[
                    ("class", class),
                    ("data-district-id", &b.id),
                    ("d", &detailed),
                ],
            )?;
            boundaries.append_child(&path).ok()?;

            if let Some(at) = label_point(&b.shape) {
                let class = match focus {
                    true => "imap-district-label imap-district-label--focus",
                    false => "imap-district-label",
                };
                let text = svg("text", &[("class", class)])?;
                text.set_text_content(Some(b.label(lang)));
                labels_group.append_child(&text).ok()?;
                labels.push((text, project(at.x(), at.y()), focus));
            }
        }
        let markers = svg_el("g", "imap-markers")?;
        for part in [&boundaries, &labels_group, &markers] {
            root.append_child(part).ok()?;
        }
        area.append_child(&root).ok()?;
        Some(Drawing {
            svg: root,
            boundaries,
            labels,
            markers,
            clusters: RefCell::new(Vec::new()),
            clustered: RefCell::new(None),
            frame,
        })
    }

    /// Shows `view`: the boundaries moved, the names placed, the markers of
    /// the matches at its zoom level (the `selected` one alone).
    #[allow(clippy::too_many_arguments)]
    pub fn show(
        &self,
        view: &Viewport,
        data: &Dataset,
        matching: &[usize],
        points: &[WorldPoint],
        selected: Option<usize>,
        max_zoom: f64,
        lang: Lang,
    ) {
        let (w, h) = (fixed(view.width, 2), fixed(view.height, 2));
        for (name, value) in [
            ("width", &w),
            ("height", &h),
            ("viewBox", &format!("0 0 {w} {h}")),
        ] {
            let _ = self.svg.set_attribute(name, value);
        }
        let _ = self
            .boundaries
            .set_attribute("transform", &self.frame.transform(view));
        let names_hidden = view.zoom < CITY_NAMES_BELOW_ZOOM;
        for (text, at, focus) in &self.labels {
            let _ = text.set_attribute("transform", &markers::transform(view, *at));
            let _ = text
                .class_list()
                .toggle_with_force("imap-district-label--hidden", names_hidden && !focus);
        }
        let item = |i: usize| Item {
            index: i,
            at: points[i],
            amount: data.projects[i].investment,
        };
        let key = (
            view.zoom.floor() as i32,
            view.zoom >= max_zoom - 1e-6,
            selected,
        );
        let mut clustered = self.clustered.borrow_mut();
        if clustered
            .as_ref()
            .is_none_or(|(made_for, _)| *made_for != key)
        {
            let (level, deepest, selected) = key;
            let all = markers::for_matches(matching, item, level, selected, deepest);
            *clustered = Some((key, all));
        }
        let all = clustered.as_ref().map_or(&[][..], |(_, all)| all);
        self.markers.set_text_content(None);
        let mut clusters = self.clusters.borrow_mut();
        clusters.clear();
        for (_, marker) in markers::in_view(view, all) {
            let drawn = match marker {
                Marker::Single { index, .. } => pin(data, index, lang, selected == Some(index)),
                Marker::Cluster(c) => {
                    clusters.push(c);
                    badge(c.count, c.total, lang, clusters.len() - 1)
                }
            };
            let at = match marker {
                Marker::Single { at, .. } => at,
                Marker::Cluster(c) => c.at,
            };
            if let Some(drawn) = drawn {
                let _ = drawn.set_attribute("transform", &markers::transform(view, at));
                let _ = self.markers.append_child(&drawn);
            }
        }
    }

    /// The badge drawn with `data-cluster-at` = `at`.
    pub fn cluster(&self, at: &str) -> Option<Cluster> {
        let i: usize = at.parse().ok()?;
        self.clusters.borrow().get(i).copied()
    }
}

fn svg_el(tag: &str, class: &str) -> Option<Element> {
    svg(tag, &[("class", class)])
}

/// A project's pin, as `map::pin::Pin` draws it.
fn pin(data: &Dataset, index: usize, lang: Lang, selected: bool) -> Option<Element> {
    let p = data.projects.get(index)?;
    let manifest = &data.manifest;
    let label = format!(
        "{} · {} · {}",
        lang.pick(&p.name, p.name_en.as_deref()),
        manifest.industries[p.industry].label(lang),
        manifest.statuses[p.status].label(lang)
    );
    let mut class = String::from("imap-pin");
    if selected {
        class.push_str(" imap-pin--selected");
    }
    if p.approximate {
        class.push_str(" imap-pin--approximate");
    }
    let g = svg(
        "g",
        &[
            ("class", &class),
            ("data-project-id", &p.id),
            ("tabindex", "0"),
            ("role", "button"),
            ("aria-label", &label),
        ],
    )?;
    let color = manifest.industry_color(p.industry);
    let mut parts = vec![svg("circle", &[("class", "imap-pin-hit"), ("r", "16")])];
    if p.approximate {
        parts.push(svg("circle", &[("class", "imap-pin-ring"), ("r", "11")]));
    }
    match manifest.status_stage(p.status) {
        StatusStage::First => parts.push(svg(
            "circle",
            &[
                ("class", "imap-pin-dot imap-pin-dot--hollow"),
                ("r", "6"),
                ("stroke", color),
            ],
        )),
        StatusStage::Middle => {
            parts.push(svg(
                "circle",
                &[("class", "imap-pin-dot"), ("r", "7"), ("fill", color)],
            ));
            parts.push(svg("circle", &[("class", "imap-pin-core"), ("r", "2.5")]));
        }
        StatusStage::Last => parts.push(svg(
            "circle",
            &[("class", "imap-pin-dot"), ("r", "7"), ("fill", color)],
        )),
    }
    for part in parts {
        let part = part?;
        g.append_child(&part).ok()?;
    }
    Some(g)
}

/// A cluster's badge, as `map::cluster_badge::ClusterBadge` draws it.
fn badge(count: usize, total: f64, lang: Lang, at: usize) -> Option<Element> {
    let radius = markers::badge_radius(count);
    let g = svg(
        "g",
        &[
            ("class", "imap-cluster"),
            ("data-cluster-count", &count.to_string()),
            ("data-cluster-at", &at.to_string()),
            ("tabindex", "0"),
            ("role", "button"),
            ("aria-label", &lang.cluster_label(count, total)),
        ],
    )?;
    let halo = svg(
        "circle",
        &[
            ("class", "imap-cluster-halo"),
            ("r", &fixed(radius + 3.0, 2)),
        ],
    )?;
    let disc = svg(
        "circle",
        &[("class", "imap-cluster-disc"), ("r", &fixed(radius, 2))],
    )?;
    // The count sits higher when a total is drawn under it.
    let count_y = if total > 0.0 { "-2" } else { "4" };
    let count_text = svg("text", &[("class", "imap-cluster-count"), ("y", count_y)])?;
    count_text.set_text_content(Some(&count.to_string()));
    let total_text = svg("text", &[("class", "imap-cluster-total"), ("y", "11")])?;
    total_text.set_text_content(lang.badge_amount(total).as_deref());
    for part in [&halo, &disc, &count_text] {
        g.append_child(part).ok()?;
    }
    g.append_with_str_1(" ").ok()?;
    g.append_child(&total_text).ok()?;
    Some(g)
}

/// The count and disclosed total of the matches, as `sidebar::header` writes them.
pub fn counts(results: &Element, data: &Dataset, matching: &[usize], lang: Lang) {
    let parts = Summary::by_industry(
        matching.iter().map(|&i| &data.projects[i]),
        data.manifest.industries.len(),
    );
    let summary = Summary::total(&parts);
    let t = lang.first();
    let span = |class: &str, text: &str| {
        let e = element("span", class)?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let total = match summary.count == summary.undisclosed {
        true => t.none_disclosed.to_string(),
        false => format!("{} {}", plain_number(summary.total), t.yi_yuan),
    };
    let converted = (lang == Lang::En && summary.count != summary.undisclosed)
        .then(|| format!(" ≈ {}", cny_words(summary.total)));
    let made = (|| -> Option<(Element, Element)> {
        let count = element("span", "imap-result")?;
        let number = span("imap-result-number", &summary.count.to_string())?;
        let label = span("imap-result-label", lang.projects_counted(summary.count))?;
        count.append_child(&number).ok()?;
        count.append_with_str_1(" ").ok()?;
        count.append_child(&label).ok()?;
        let sum = element("span", "imap-result")?;
        let label = span("imap-result-label", t.total_investment)?;
        let number = span("imap-result-number", &total)?;
        sum.append_child(&label).ok()?;
        sum.append_with_str_1(" ").ok()?;
        sum.append_child(&number).ok()?;
        if let Some(converted) = converted {
            let converted = span("imap-result-converted", &converted)?;
            sum.append_child(&converted).ok()?;
        }
        Some((count, sum))
    })();
    if let Some((count, sum)) = made {
        results.set_text_content(None);
        let _ = results.append_child(&count);
        let _ = results.append_child(&sum);
    }
}

/// "Loading this part…", where the app's notes of the kind go.
pub fn coming_note(text: &str) -> Option<Element> {
    let note = element("p", "imap-later imap-later--coming")?;
    let _ = note.set_attribute("role", "status");
    let _ = note.set_attribute("data-testid", "later-coming");
    note.set_text_content(Some(text));
    Some(note)
}

/// The app could not be loaded: says so, with a Retry button.
pub fn failed_note(text: &str, retry_label: &str, retry: Box<dyn Fn()>) -> Option<Element> {
    let note = element("div", "imap-later imap-later--failed")?;
    let _ = note.set_attribute("role", "alert");
    let _ = note.set_attribute("data-testid", "later-failed");
    let said = element("p", "")?;
    said.set_text_content(Some(text));
    let button = element("button", "imap-button")?;
    let _ = button.set_attribute("type", "button");
    button.set_text_content(Some(retry_label));
    let on_click = Closure::<dyn Fn()>::new(retry);
    let _ = button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    note.append_child(&said).ok()?;
    note.append_child(&button).ok()?;
    Some(note)
}

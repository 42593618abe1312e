//! "Download image": the map as a PNG, drawn from the map's own SVG (no
//! service, nothing leaves the page). A copy of the SVG with its computed
//! styles written in, under the title and date and over the legend's
//! industries and the sources, is rendered by the browser as an image and
//! drawn on a canvas. Every text is set as text, so data stays data.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::dom::download_blob;
use imap_core::decimal;
use imap_core::model::rules::xml_text;
use imap_core::url_state::qr::{LinkQr, QUIET};
use imap_i18n::wrap;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// The styles that make the map look as on screen.
const STYLES: [&str; 16] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linejoin",
    "opacity",
    "display",
    "visibility",
    "font-family",
    "font-size",
    "font-weight",
    "text-anchor",
    "dominant-baseline",
    "paint-order",
];
/// Room for the title and date above the map, per line of text below it.
const HEAD: f64 = 56.0;
/// A QR module's side: 3 pixels of the image, which a phone reads.
const QR_MODULE: f64 = 1.5;
const LINE: f64 = 20.0;
/// The image's page: white, as paper is (the app has no opaque white of its
/// own; its panels are `--imap-panel`, white seen through).
const PAPER: &str = "#ffffff";
/// Pixels per CSS pixel in the image: sharp when printed or zoomed.
const SCALE: f64 = 2.0;
/// What browsers can draw on one canvas: Chromium's side and area limits
/// (Safari's area is smaller still). A larger map is drawn at a smaller
/// scale rather than not at all.
const CANVAS_SIDE: f64 = 16_384.0;
const CANVAS_AREA: f64 = 16_777_216.0;

/// What goes around the map in the image.
pub struct Caption {
    pub title: String,
    pub date: Option<String>,
    /// What the map shows: the count and the filters in force, as the
    /// header and its chips say them.
    pub shown: String,
    /// The scale bar at the map's centre: its length in px and its label.
    pub scale: Option<(f64, String)>,
    /// Industry colours and names.
    pub legend: Vec<(String, String)>,
    pub sources: String,
    pub font: String,
    /// The sea: the map's background, behind its SVG.
    pub water: String,
    /// The stylesheet's text colours (`--imap-ink`, `--imap-muted`): the
    /// image's words in the app's own.
    pub ink: String,
    pub muted: String,
    /// The QR code of the view's link, beside the title: the image leads
    /// back to the live map.
    pub qr: Option<LinkQr>,
}

/// Draws `map` (the map's `<svg>`) with `caption` and downloads it as
/// `file_name`; `failed` is called when the browser cannot make the image.
pub fn download(
    map: &Element,
    caption: Caption,
    file_name: String,
    failed: impl Fn() + Clone + 'static,
) -> Result<(), JsValue> {
    let document = document();
    let width: f64 = map
        .get_attribute("width")
        .and_then(|w| decimal::parse(&w))
        .unwrap_or(800.0);
    let map_height: f64 = map
        .get_attribute("height")
        .and_then(|h| decimal::parse(&h))
        .unwrap_or(600.0);
    let chars_per_line = |room: f64| (room / 7.0).max(20.0) as usize;
    let source_lines = wrap(&caption.sources, chars_per_line(width - 32.0));
    let legend_rows = caption.legend.len().div_ceil(3);
    let qr_side = caption
        .qr
        .as_ref()
        .map_or(0.0, |qr| (qr.size + 2 * QUIET) as f64 * QR_MODULE);
    let shown_lines = wrap(&caption.shown, chars_per_line(width - 40.0 - qr_side));
    let head = (HEAD + LINE * 0.8 * shown_lines.len() as f64).max(qr_side + 8.0);
    let height = head + map_height + LINE * (legend_rows + source_lines.len()) as f64 + 24.0;

    let svg = svg_element(
        &document,
        "svg",
        &[
            ("xmlns", SVG_NS),
            ("width", &fmt(width)),
            ("height", &fmt(height)),
        ],
    )?;
    svg.set_attribute("font-family", &caption.font)?;
    add(
        &svg,
        svg_element(
            &document,
            "rect",
            &[("width", "100%"), ("height", "100%"), ("fill", PAPER)],
        )?,
    )?;
    add(
        &svg,
        text(
            &document,
            16.0,
            26.0,
            18.0,
            "700",
            &caption.ink,
            &caption.title,
        )?,
    )?;
    // On the paper's white, which is the code's quiet zone.
    if let Some(qr) = &caption.qr {
        let code = svg_element(
            &document,
            "svg",
            &[
                ("x", &fmt(width - qr_side - 4.0)),
                ("y", "4"),
                ("width", &fmt(qr_side)),
                ("height", &fmt(qr_side)),
                ("viewBox", &qr.view_box()),
                ("shape-rendering", "crispEdges"),
            ],
        )?;
        add(
            &code,
            svg_element(&document, "path", &[("d", &qr.path), ("fill", "#000000")])?,
        )?;
        add(&svg, code)?;
    }
    if let Some(date) = &caption.date {
        add(
            &svg,
            text(&document, 16.0, 46.0, 12.0, "400", &caption.muted, date)?,
        )?;
    }
    for (i, line) in shown_lines.iter().enumerate() {
        let y = HEAD + LINE * 0.8 * i as f64 + 4.0;
        add(
            &svg,
            text(&document, 16.0, y, 12.0, "400", &caption.ink, line)?,
        )?;
    }
    add(
        &svg,
        svg_element(
            &document,
            "rect",
            &[
                ("y", &fmt(head)),
                ("width", &fmt(width)),
                ("height", &fmt(map_height)),
                ("fill", &caption.water),
            ],
        )?,
    )?;
    let copy: Element = map.clone_node_with_deep(true)?.unchecked_into();
    inline_styles(map, &copy)?;
    only_xml_text(&copy)?;
    copy.set_attribute("x", "0")?;
    copy.set_attribute("y", &fmt(head))?;
    svg.append_child(&copy)?;
    if let Some((px, label)) = &caption.scale {
        scale_bar(
            &document,
            &svg,
            width - 16.0,
            head + map_height - 12.0,
            *px,
            label,
            &caption.ink,
        )?;
    }
    let mut y = head + map_height + 20.0;
    for (row, chunk) in caption.legend.chunks(3).enumerate() {
        for (column, (color, name)) in chunk.iter().enumerate() {
            let x = 16.0 + column as f64 * (width - 32.0) / 3.0;
            let cy = y + LINE * row as f64 - 4.0;
            add(
                &svg,
                svg_element(
                    &document,
                    "circle",
                    &[
                        ("cx", &fmt(x + 5.0)),
                        ("cy", &fmt(cy)),
                        ("r", "5"),
                        ("fill", color),
                    ],
                )?,
            )?;
            add(
                &svg,
                text(
                    &document,
                    x + 16.0,
                    cy + 4.0,
                    12.0,
                    "400",
                    &caption.ink,
                    name,
                )?,
            )?;
        }
    }
    y += LINE * legend_rows as f64;
    for line in source_lines {
        add(
            &svg,
            text(&document, 16.0, y, 11.0, "400", &caption.muted, &line)?,
        )?;
        y += LINE * 0.8;
    }

    let markup = web_sys::XmlSerializer::new()?.serialize_to_string(&svg)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(&markup));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    let loaded = image.clone();
    let svg_url = url.clone();
    let paint_failed = failed.clone();
    let on_load = Closure::once(move || {
        let _ = web_sys::Url::revoke_object_url(&svg_url);
        if paint(&loaded, width, height, file_name, paint_failed.clone()).is_err() {
            paint_failed();
        }
    });
    let on_error = Closure::once(failed);
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    image.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_load.forget();
    on_error.forget();
    image.set_src(&url);
    Ok(())
}

/// The scale bar, its right end at (`right`, `bottom`): a line `px` long
/// with end ticks and its label above, on a pale ground to stay readable.
fn scale_bar(
    document: &web_sys::Document,
    svg: &Element,
    right: f64,
    bottom: f64,
    px: f64,
    label: &str,
    ink: &str,
) -> Result<(), JsValue> {
    let left = right - px;
    add(
        svg,
        svg_element(
            document,
            "rect",
            &[
                ("x", &fmt(left - 6.0)),
                ("y", &fmt(bottom - 20.0)),
                ("width", &fmt(px + 12.0)),
                ("height", "26"),
                ("fill", PAPER),
                ("fill-opacity", "0.8"),
            ],
        )?,
    )?;
    let path = format!(
        "M{l} {t}V{b}H{r}V{t}",
        l = fmt(left),
        r = fmt(right),
        t = fmt(bottom - 5.0),
        b = fmt(bottom)
    );
    add(
        svg,
        svg_element(
            document,
            "path",
            &[
                ("d", &path),
                ("fill", "none"),
                ("stroke", ink),
                ("stroke-width", "1.5"),
            ],
        )?,
    )?;
    let label = text(document, right, bottom - 8.0, 11.0, "400", ink, label)?;
    label.set_attribute("text-anchor", "end")?;
    add(svg, label)
}

/// Text the image can hold: the characters XML does not allow left out of
/// every text, and the copy's attributes for assistive technology and
/// scripts (from the data, and of no use in a picture) taken away.
fn only_xml_text(copy: &Element) -> Result<(), JsValue> {
    let elements = copy.query_selector_all("*")?;
    for i in 0..elements.length() {
        let Some(element) = elements.item(i) else {
            continue;
        };
        let element: Element = element.unchecked_into();
        let names = element.get_attribute_names();
        for name in names.iter().filter_map(|n| n.as_string()) {
            if name.starts_with("aria-") || name.starts_with("data-") || name == "role" {
                element.remove_attribute(&name)?;
            }
        }
        if element.child_element_count() == 0
            && let Some(text) = element.text_content()
        {
            let clean = xml_text(&text);
            if clean != text {
                element.set_text_content(Some(&clean));
            }
        }
    }
    Ok(())
}

/// The loaded image on a canvas, downloaded as PNG.
fn paint(
    image: &web_sys::HtmlImageElement,
    width: f64,
    height: f64,
    file_name: String,
    failed: impl Fn() + 'static,
) -> Result<(), JsValue> {
    let scale = SCALE
        .min(CANVAS_SIDE / width.max(height))
        .min((CANVAS_AREA / (width * height)).sqrt());
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width((width * scale) as u32);
    canvas.set_height((height * scale) as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .unchecked_into();
    context.scale(scale, scale)?;
    context.draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, width, height)?;
    let on_blob = Closure::once(move |blob: Option<web_sys::Blob>| match blob {
        Some(blob) if download_blob(&file_name, &blob).is_ok() => {}
        _ => failed(),
    });
    canvas.to_blob(on_blob.as_ref().unchecked_ref())?;
    on_blob.forget();
    Ok(())
}

/// Copies each element's computed look onto its copy (`copy` mirrors
/// `original`), so the image needs no stylesheet.
fn inline_styles(original: &Element, copy: &Element) -> Result<(), JsValue> {
    let window = window();
    let originals = original.query_selector_all("*")?;
    let copies = copy.query_selector_all("*")?;
    for i in 0..originals.length().min(copies.length()) {
        let (Some(from), Some(to)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        let (from, to): (Element, Element) = (from.unchecked_into(), to.unchecked_into());
        let Some(computed) = window.get_computed_style(&from)? else {
            continue;
        };
        // As presentation attributes: a style attribute would break the
        // page's CSP (style-src 'self').
        for name in STYLES {
            let value = computed.get_property_value(name)?;
            if !value.is_empty() {
                to.set_attribute(name, &value)?;
            }
        }
        to.remove_attribute("class")?;
    }
    Ok(())
}

fn add(parent: &Element, child: Element) -> Result<(), JsValue> {
    parent.append_child(&child)?;
    Ok(())
}

fn svg_element(
    document: &web_sys::Document,
    name: &str,
    attributes: &[(&str, &str)],
) -> Result<Element, JsValue> {
    let element = document.create_element_ns(Some(SVG_NS), name)?;
    for (key, value) in attributes {
        if *key != "xmlns" {
            element.set_attribute(key, value)?;
        }
    }
    Ok(element)
}

fn text(
    document: &web_sys::Document,
    x: f64,
    y: f64,
    size: f64,
    weight: &str,
    color: &str,
    content: &str,
) -> Result<Element, JsValue> {
    let element = svg_element(
        document,
        "text",
        &[
            ("x", &fmt(x)),
            ("y", &fmt(y)),
            ("font-size", &fmt(size)),
            ("font-weight", weight),
            ("fill", color),
        ],
    )?;
    element.set_text_content(Some(&xml_text(content)));
    Ok(element)
}

fn fmt(v: f64) -> String {
    imap_core::decimal::padded(v, 1)
}

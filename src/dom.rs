//! Small browser services the components share: element sizes, file
//! downloads, the clipboard, waiting for the browser (`next_task`,
//! `after_next_paint`), which keys activate a control, and numbers as CSS
//! lengths.

use imap_core::bounded::bounded;
use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// `value` pixels, to `places` decimals, as a CSS length. Written by
/// `imap_core::decimal`, as every number the app shows: `format!("{:.0}")`
/// would bring core's float printer back into the later module (README,
/// "First load on a phone").
pub fn px(value: f64, places: u32) -> String {
    format!("{}px", imap_core::decimal::fixed(value, places))
}

/// `share` (0 to 100) as a CSS percentage, to two decimals.
pub fn percent(share: f64) -> String {
    format!("{}%", imap_core::decimal::fixed(share, 2))
}

/// The events that make a project hovered (pin and row highlighted, the
/// tooltip shown): a mouse over its pin or row, or keyboard focus on it.
/// `hover` is `Store::hovering` for the project.
pub fn hover_events(hover: impl Fn(bool) + Copy + 'static) -> impl leptos::attr::Attribute {
    view! {
        <{..}
            on:pointerenter=move |ev| {
                if hovers(&ev) {
                    hover(true)
                }
            }
            on:pointerleave=move |_| hover(false)
            on:focus=move |ev| {
                if keyboard_focus(&ev) {
                    hover(true)
                }
            }
            on:blur=move |_| hover(false)
        />
    }
}

/// A hover that should show a tooltip: a mouse or pen, not a finger (a tap
/// opens the detail straight away).
pub fn hovers(ev: &web_sys::PointerEvent) -> bool {
    ev.pointer_type() != "touch"
}

/// Focus that came from the keyboard (`:focus-visible`), not from a tap or
/// click: only that shows a tooltip.
pub fn keyboard_focus(ev: &web_sys::FocusEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.matches(":focus-visible").unwrap_or(false))
}

/// Enter or Space: the keys that activate a focused control (pins, badges,
/// list rows) as a click would.
pub fn activates(ev: &web_sys::KeyboardEvent) -> bool {
    matches!(ev.key().as_str(), "Enter" | " ")
}

/// Tells `measured` the element's size, and again on every change (window
/// resizes, host page layouts, phone rotation).
pub fn observe_size<E>(element: NodeRef<E>, measured: impl Fn((f64, f64)) + Clone + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let Some(el) = element.get() else {
            return;
        };
        let el: web_sys::Element = el.unchecked_into();
        let measure = {
            let (el, measured) = (el.clone(), measured.clone());
            move || {
                let rect = el.get_bounding_client_rect();
                measured((rect.width(), rect.height()));
            }
        };
        // Measured by the observer's first call, before the next paint: a
        // measure now would force a layout of the page being built.
        let callback = Closure::<dyn Fn()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&el);
        }
        // The observer lives as long as the page; so does its callback.
        callback.forget();
    });
}

/// Offers `text` as a file download named `file_name`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    download_blob(file_name, &blob)
}

/// Offers `blob` as a file download named `file_name`.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoked later: the download may still be reading the blob.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Resolves in a later task, letting the browser paint and handle input
/// in between (long work is cut into such steps).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        // web-sys's: the loader calls it from the first module.
        match web_sys::window() {
            Some(window) => {
                let _ = window.set_timeout_with_callback(&resolve);
            }
            None => {
                let _ = resolve.call0(&JsValue::NULL);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` once the next frame has been painted: a task queued from a
/// frame callback runs after that frame's rendering.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Resolves once the next frame has been painted (`after_next_paint`).
pub async fn next_paint() {
    let (painted, was_painted) = futures::channel::oneshot::channel();
    after_next_paint(move || {
        let _ = painted.send(());
    });
    let _ = was_painted.await;
}

/// Copies `text`; resolves to whether the browser allowed it.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Whether the visitor asked for less motion (`prefers-reduced-motion`).
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Calls `step` once a frame with the share of `duration` gone (0 to 1,
/// ending at 1) until it returns false or the time is up.
pub fn animate(duration: std::time::Duration, step: impl Fn(f64) -> bool + 'static) {
    fn now() -> f64 {
        window().performance().map_or(0.0, |p| p.now())
    }
    fn frame(start: f64, millis: f64, step: std::rc::Rc<dyn Fn(f64) -> bool>) {
        request_animation_frame(move || {
            let share = bounded((now() - start) / millis, 0.0, 1.0);
            if step(share) && share < 1.0 {
                frame(start, millis, step);
            }
        });
    }
    frame(
        now(),
        duration.as_secs_f64() * 1000.0,
        std::rc::Rc::new(step),
    );
}

/// `names` in the order of the browser's own collation for `locale`
/// (`Intl.Collator`: pinyin for `zh-CN`), sorted by the browser.
pub fn collate(names: Vec<String>, locale: &str) -> Vec<String> {
    let list: js_sys::Array = names.iter().map(|n| JsValue::from_str(n)).collect();
    let collator = js_sys::Intl::Collator::new(
        &js_sys::Array::of1(&JsValue::from_str(locale)),
        &js_sys::Object::new(),
    );
    let sorted = js_sys::Reflect::get(&list, &JsValue::from_str("sort"))
        .ok()
        .and_then(|sort| sort.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|sort| sort.call1(&list, &collator.compare()).is_ok());
    if !sorted {
        return names;
    }
    list.iter().filter_map(|n| n.as_string()).collect()
}

/// Whether the browser has a system share sheet (`navigator.share`):
/// phones and some desktops.
/// When the service worker fetched the copy of `url` it keeps (sw.js), if
/// it keeps one.
pub async fn kept_since(url: &str) -> Option<String> {
    let caches = web_sys::window()?.caches().ok()?;
    let kept = wasm_bindgen_futures::JsFuture::from(caches.match_with_str(url))
        .await
        .ok()?;
    let response: web_sys::Response = kept.dyn_into().ok()?;
    response.headers().get("x-imap-fetched").ok().flatten()
}

pub fn has_share_sheet() -> bool {
    js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false)
}

/// Opens the system share sheet with `title` and `url`; a visitor who
/// closes it has not failed.
pub async fn share_sheet(title: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = window().navigator().share_with_data(&data);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

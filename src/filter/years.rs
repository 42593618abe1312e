//! The years filter: a histogram of the matching projects by the year of
//! their `date`, stacked by status, with a brush over it (two handles, the
//! ARIA slider pattern: arrow keys a year, Page Up / Page Down five, Home /
//! End the ends; a press or drag on the track moves the nearer end) and
//! two year fields. While it is set, undated projects are hidden, and the
//! panel says how many.

use imap_core::model::years::{counts, keyed, span, stacked};
use imap_i18n::Texts;
use leptos::html::Div;
use std::time::Duration;

use leptos::prelude::*;

use super::BoundField;
use crate::dom::percent;
use crate::state::{Derived, Store};
use imap_core::bounded::bounded;
use imap_core::decimal::fixed;

/// The bars' full height in the SVG's units.
const FULL: f64 = 10.0;

#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    From,
    To,
}

#[component]
pub fn YearsFilter() -> impl IntoView {
    let store = expect_context::<Store>();
    // The data set's years: the brush's track, fixed while filters change.
    let years = Memo::new(move |_| store.dataset().and_then(|d| span(&d.projects)));
    move || years.get().map(|span| view! { <Years span/> })
}

#[component]
fn Years(span: (u16, u16)) -> impl IntoView {
    let store = expect_context::<Store>();
    let derived = expect_context::<Derived>();
    let (lo, hi) = span;
    let lang = move || store.lang.get();
    let chosen = move || store.filters.with(|f| f.years);
    // Where each end is: the chosen years, else the span's ends.
    let end = move |which: End| {
        let (from, to) = chosen().unwrap_or(span);
        match which {
            End::From => from,
            End::To => to,
        }
    };
    let set_end = move |which: End, year: u16| {
        let (from, to) = untrack(|| chosen().unwrap_or(span));
        let next = match which {
            End::From => (year.min(to), to),
            End::To => (from, year.max(from)),
        };
        // The whole span is no filter.
        store.set_years((next != span).then_some(next));
    };
    let statuses = store
        .dataset_untracked()
        .map_or(0, |d| d.manifest.statuses.len());
    let per_year = Memo::new(move |_| {
        derived
            .late()
            .facets
            .with(|c| counts(&c.dated, span, statuses))
    });
    let bars = Memo::new(move |_| per_year.with(|c| stacked(c, FULL)));
    // A year's counts in words: the bar's tooltip, and the brush's ends'
    // value text for screen readers.
    let told = move |i: usize| {
        let lang = lang();
        let data = store.dataset()?;
        per_year.with(|c| {
            let by_status: Vec<(&str, usize)> = data
                .manifest
                .statuses
                .iter()
                .zip(c.get(i)?)
                .map(|(status, n)| (status.label(lang), *n))
                .collect();
            Some(lang.year_counts(lo + i as u16, &by_status))
        })
    };
    let width = usize::from(hi - lo) + 1;
    let columns = (0..width)
        .map(|i| {
            let year = lo + i as u16;
            let outside = move || chosen().is_some_and(|(from, to)| year < from || year > to);
            let stack = (0..statuses)
                .map(|s| {
                    let part = move || {
                        bars.with(|b| b.get(i).and_then(|c| c.get(s)).copied().unwrap_or_default())
                    };
                    view! {
                        <rect
                            class=format!("imap-years-bar imap-years-bar--{s}")
                            x=fixed(i as f64 + 0.1, 1)
                            y=move || fixed(FULL - part().1, 2)
                            width="0.8"
                            height=move || fixed(part().1 - part().0, 2)
                        />
                    }
                })
                .collect_view();
            view! {
                <g class:imap-years-year--out=outside>
                    <title>{move || told(i)}</title>
                    {stack}
                </g>
            }
        })
        .collect_view();
    // Which shade is which status.
    let key = move || {
        store.dataset().map(|d| {
            d.manifest
                .statuses
                .iter()
                .enumerate()
                .map(|(s, status)| {
                    view! {
                        <li>
                            <span class=format!("imap-years-swatch imap-years-bar--{s}")></span>
                            {status.label(lang()).to_string()}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    // A year's place on the track, at the middle of its bar.
    let share = move |year: u16| (f64::from(year - lo) + 0.5) / width as f64 * 100.0;
    let track = NodeRef::<Div>::new();
    let dragging = StoredValue::new(None::<(i32, End)>);
    let year_at = move |ev: &web_sys::PointerEvent| {
        let rect = track.get_untracked()?.get_bounding_client_rect();
        let x = (f64::from(ev.client_x()) - rect.left()) / rect.width().max(1.0);
        Some(lo + (bounded((x * width as f64).floor(), 0.0, (width - 1) as f64)) as u16)
    };
    let down = move |ev: web_sys::PointerEvent| {
        let Some(year) = year_at(&ev).filter(|_| ev.button() == 0) else {
            return;
        };
        ev.prevent_default();
        let (from, to) = untrack(|| (end(End::From), end(End::To)));
        let which = if year.abs_diff(from) <= year.abs_diff(to) && year <= to {
            End::From
        } else {
            End::To
        };
        dragging.set_value(Some((ev.pointer_id(), which)));
        if let Some(el) = track.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        set_end(which, year);
    };
    let moved = move |ev: web_sys::PointerEvent| {
        if let (Some((id, which)), Some(year)) = (dragging.get_value(), year_at(&ev))
            && id == ev.pointer_id()
        {
            set_end(which, year);
        }
    };
    let up = move |_: web_sys::PointerEvent| dragging.set_value(None);
    let handle = move |which: End| {
        let key = move |ev: web_sys::KeyboardEvent| {
            if let Some(year) = keyed(&ev.key(), untrack(|| end(which)), lo, hi) {
                ev.prevent_default();
                set_end(which, year);
            }
        };
        view! {
            <div
                class="imap-range-thumb"
                role="slider"
                tabindex="0"
                data-testid=match which {
                    End::From => "years-from",
                    End::To => "years-to",
                }
                aria-label=move || match which {
                    End::From => lang().t().years_from,
                    End::To => lang().t().years_to,
                }
                aria-orientation="horizontal"
                aria-valuemin=lo
                aria-valuemax=hi
                aria-valuenow=move || end(which)
                // The year and its counts: what the bars show, heard.
                aria-valuetext=move || told(usize::from(end(which) - lo))
                style:left=move || percent(share(end(which)))
                on:keydown=key
            ></div>
        }
    };
    let field = move |which: End| {
        let (label, testid) = match which {
            End::From => (
                Signal::derive(move || lang().t().years_from),
                "years-from-input",
            ),
            End::To => (
                Signal::derive(move || lang().t().years_to),
                "years-to-input",
            ),
        };
        view! {
            <BoundField
                label=label
                testid=testid
                value=Signal::derive(move || chosen().map(|_| f64::from(end(which))))
                on_set=Callback::new(move |year: Option<f64>| match year {
                    Some(year) => set_end(which, (year.round() as u16).clamp(lo, hi)),
                    None => set_end(which, if which == End::From { lo } else { hi }),
                })
            />
        }
    };
    let play = play_control(store, span);
    view! {
        <fieldset class="imap-filter imap-years" data-testid="years-filter">
            <legend class="imap-filter-title">
                {move || lang().t().field_years}
                <span class="imap-filter-value" data-testid="years-range">
                    {move || match chosen() {
                        Some((from, to)) => lang().year_range(from, to),
                        None => lang().t().amount_any.to_string(),
                    }}
                </span>
            </legend>
            <svg class="imap-histogram imap-years-chart" viewBox=format!("0 0 {width} {}", fixed(FULL, 0))
                preserveAspectRatio="none" role="img" aria-label=move || lang().t().years_chart>
                {columns}
            </svg>
            <div
                class="imap-range"
                node_ref=track
                on:pointerdown=down
                on:pointermove=moved
                on:pointerup=up
                on:pointercancel=up
            >
                <div class="imap-range-track"></div>
                <div
                    class="imap-range-fill"
                    style:left=move || percent(share(end(End::From)))
                    style:right=move || percent(100.0 - share(end(End::To)))
                ></div>
                {handle(End::From)}
                {handle(End::To)}
            </div>
            <div class="imap-range-scale" aria-hidden="true">
                <span>{lo}</span>
                <span>{hi}</span>
            </div>
            <ul class="imap-years-key" aria-hidden="true">{key}</ul>
            <div class="imap-range-fields">
                {field(End::From)}
                {field(End::To)}
            </div>
            {play}
            {move || {
                let hidden = derived.late().facets.with(|c| c.undated);
                (chosen().is_some() && hidden > 0).then(|| {
                    view! { <p class="imap-hint imap-hint--warn" data-testid="undated-hidden">{lang().undated_hidden(hidden)}</p> }
                })
            }}
        </fieldset>
    }
}

/// How long each year shows while playing.
const STEP: Duration = Duration::from_millis(1500);

/// The play control: from the first year to the last, one year at a time,
/// each step a filter change the map draws as usual, with the year shown
/// large on the map (`Playback`). It stops at the last year (which stays
/// chosen), on a key or any other press, or on the button again; the
/// map's own moves follow `prefers-reduced-motion` as every filter's do.
fn play_control(store: Store, (lo, hi): (u16, u16)) -> impl IntoView {
    let lang = move || store.lang.get();
    let button = NodeRef::<leptos::html::Button>::new();
    let timer = StoredValue::new_local(None::<IntervalHandle>);
    let listeners = StoredValue::new_local(Vec::<WindowListenerHandle>::new());
    let stop = move || {
        if let Some(timer) = timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        for listener in listeners
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            listener.remove();
        }
        store.playback.stop();
    };
    let show = move |year: u16| {
        store.set_years(Some((year, year)));
        store.playback.show(year);
    };
    // Whether input is anywhere but on the button itself.
    let elsewhere = move |target: Option<web_sys::EventTarget>| {
        let button: Option<web_sys::Node> = button.get_untracked().map(Into::into);
        let target = target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok());
        !matches!((button, target), (Some(b), Some(t)) if b.contains(Some(&t)))
    };
    let start = move || {
        show(lo);
        let handle = set_interval_with_handle(
            move || match store.playback.year.get_untracked() {
                Some(year) if year < hi => show(year + 1),
                _ => stop(),
            },
            STEP,
        );
        timer.set_value(handle.ok());
        // Enter or Space on the button itself is its own click, which stops it.
        let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
            if elsewhere(ev.target()) || !matches!(ev.key().as_str(), "Enter" | " ") {
                stop();
            }
        });
        let on_press = window_event_listener(leptos::ev::pointerdown, move |ev| {
            if elsewhere(ev.target()) {
                stop();
            }
        });
        listeners.set_value(vec![on_key, on_press]);
    };
    on_cleanup(stop);
    let playing = move || store.playback.year.get().is_some();
    view! {
        <button
            class="imap-button imap-years-play"
            type="button"
            data-testid="years-play"
            node_ref=button
            aria-pressed=move || playing().to_string()
            on:click=move |_| if untrack(playing) { stop() } else { start() }
        >
            {move || if playing() { lang().t().years_stop } else { lang().t().years_play }}
        </button>
    }
}

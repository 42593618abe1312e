//! A project's pin, coloured by industry; approximate locations get a
//! dashed ring. Pins are keyboard-focusable buttons.

use leptos::prelude::*;

use super::handler::{Gestures, on_activate};
use super::placed_at;
use crate::dom;
use crate::state::Store;
use imap_core::geo::projection::WorldPoint;
use imap_core::model::manifest::StatusStage;

/// The pin of the project at `index`, drawn at `at` (its place, or its
/// place on the circle when pins that share a spot are spread).
#[component]
pub fn Pin(index: usize, at: Signal<WorldPoint>) -> impl IntoView {
    let store = expect_context::<Store>();
    let gestures = expect_context::<Gestures>();
    let data = store.dataset_untracked()?;
    let p = data.projects.get(index)?.clone();
    let color = data.manifest.industry_color(p.industry).to_string();
    let stage = data.manifest.status_stage(p.status);
    let label = {
        let data = data.clone();
        let p = p.clone();
        move || {
            let lang = store.lang.get();
            let industry = data.manifest.industries[p.industry].label(lang);
            let status = data.manifest.statuses[p.status].label(lang);
            format!(
                "{} · {industry} · {status}",
                lang.pick(&p.name, p.name_en.as_deref())
            )
        }
    };
    let transform = placed_at(store, move || at.get());
    let id = StoredValue::new(p.id.clone());
    let select = move || store.select(Some(id.get_value()));
    Some(view! {
        <g
            class="imap-pin"
            class:imap-pin--selected=move || id.with_value(|id| store.selection.with(|s| s.project() == Some(id)))
            class:imap-pin--hovered=move || id.with_value(|id| store.hover.id.get().as_ref() == Some(id))
            class:imap-pin--approximate=p.approximate
            data-project-id=p.id.clone()
            tabindex="0"
            role="button"
            aria-label=label
            transform=transform
            on:click=gestures.on_click(select)
            on:keydown=on_activate(select)
            {..dom::hover_events(store.hover.hovering(id, true))}
        >
            <circle class="imap-pin-hit" r="16"/>
            {p.approximate.then(|| view! { <circle class="imap-pin-ring" r="11"/> })}
            <StageMark stage=stage color=color/>
        </g>
    })
}

/// The pin's dot, shaped by the project's stage so status reads without
/// colour: hollow when agreed, a dot with a white core while being built,
/// solid when running. The legend shows the same shapes.
#[component]
pub fn StageMark(stage: StatusStage, color: String) -> impl IntoView {
    match stage {
        StatusStage::First => view! {
            <circle class="imap-pin-dot imap-pin-dot--hollow" r="6" stroke=color/>
        }
        .into_any(),
        StatusStage::Middle => view! {
            <circle class="imap-pin-dot" r="7" fill=color/>
            <circle class="imap-pin-core" r="2.5"/>
        }
        .into_any(),
        StatusStage::Last => view! { <circle class="imap-pin-dot" r="7" fill=color/> }.into_any(),
    }
}

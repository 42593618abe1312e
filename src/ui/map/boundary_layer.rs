//! District shapes and their names. Paths are built once per data set; pan
//! and zoom only change the group's transform.

use geo::InteriorPoint;
use leptos::prelude::*;

use crate::geometry::projection::{WorldPoint, project};
use crate::geometry::svg_path::PathFrame;
use crate::model::boundary::Role;
use crate::ui::store::Store;

#[component]
pub fn BoundaryLayer() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let data = store.dataset()?;
        let origin = data
            .home_extent()
            .map(|r| project(r.min().x, r.max().y))
            .unwrap_or_default();
        let frame = PathFrame { origin };
        // Context first, so the focus outline is drawn on top of shared edges.
        let mut ordered: Vec<_> = data.boundaries.iter().collect();
        ordered.sort_by_key(|b| b.role == Role::Focus);
        let shapes = ordered
            .iter()
            .map(|b| {
                view! {
                    <path
                        class="imap-district"
                        class:imap-district--focus=b.role == Role::Focus
                        data-district-id=b.id.clone()
                        d=frame.path(&b.shape)
                    />
                }
            })
            .collect_view();
        let labels = ordered
            .iter()
            .filter_map(|b| {
                let at = b.shape.interior_point()?;
                let world = project(at.x(), at.y());
                let (zh, en) = (b.name.clone(), b.name_en.clone());
                let focus = b.role == Role::Focus;
                Some(view! {
                    <DistrictLabel world=world focus=focus>
                        {move || store.lang.get().pick(&zh, en.as_deref()).to_string()}
                    </DistrictLabel>
                })
            })
            .collect_view();
        Some(view! {
            <g class="imap-boundaries" transform=move || store.view.get().map(|v| frame.transform(&v))>
                {shapes}
            </g>
            <g class="imap-district-labels" aria-hidden="true">{labels}</g>
        })
    }
}

#[component]
fn DistrictLabel(world: WorldPoint, focus: bool, children: Children) -> impl IntoView {
    let store = expect_context::<Store>();
    let position = move || {
        store.view.get().map(|v| {
            let (x, y) = v.to_screen(world);
            format!("translate({x:.1} {y:.1})")
        })
    };
    view! {
        <text class="imap-district-label" class:imap-district-label--focus=focus transform=position>
            {children()}
        </text>
    }
}

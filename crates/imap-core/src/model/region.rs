//! The wider region around the districts (the manifest's `context`):
//! neighbouring cities drawn as muted land with their names, never
//! filterable. Loaded after the map is drawn (`LateLayer`).

use geo::{CoordsIter, MultiPolygon};

use crate::geometry::outline;
use crate::lang::Lang;

use super::feature_collection::Feature;
use super::late_layer::{Budget, LateLayer};
use super::problems::{FileError, Reason};
use crate::model::rules::{DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS};

#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    /// Where the outline comes from.
    pub source: String,
    pub shape: MultiPolygon<f64>,
    /// The outline drawn zoomed out (`outline::COARSE_BELOW_ZOOM`).
    pub coarse: MultiPolygon<f64>,
}

impl Region {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.name, self.name_en.as_deref())
    }
}

/// What of the region is drawn, in vertices: the committed region has
/// about 9,000; a phone draws 200,000 without stalling. Each region counts
/// `REGION_VERTICES` more, for its element, its two outlines and its name,
/// drawn in one go when the region arrives: at most 250 regions however
/// small (1,000 small ones held a page for over 200 ms).
pub const MAX_REGION_VERTICES: usize = 200_000;
pub const REGION_VERTICES: usize = 800;

const BUDGET: Budget<Region> = Budget {
    weight: |region| region.shape.coords_count() + REGION_VERTICES,
    total: MAX_REGION_VERTICES,
};

/// The context file: its regions, and what was skipped.
pub fn load(file: &str, text: Result<String, FileError>) -> LateLayer<Region> {
    LateLayer::load(file, text, BUDGET, build)
}

/// `load`, awaiting `pause` between steps.
pub async fn load_in_steps<F: std::future::Future<Output = ()>>(
    file: &str,
    text: Result<String, FileError>,
    pause: impl FnMut() -> F,
) -> LateLayer<Region> {
    LateLayer::load_in_steps(file, text, BUDGET, build, pause).await
}

fn build(feature: &Feature, id: String, warnings: &mut Vec<Reason>) -> Result<Region, Reason> {
    let props = &feature.props;
    let shape = feature.multi_polygon()?;
    Ok(Region {
        coarse: outline::coarse_alone(&shape),
        shape,
        name: props.required_shown_text("name", NAME_MAX_CHARS, warnings)?,
        name_en: props.shown_text("name_en", NAME_MAX_CHARS, warnings)?,
        source: props.required_shown_text("source", DESCRIPTION_MAX_CHARS, warnings)?,
        id,
    })
}

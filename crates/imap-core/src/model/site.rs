//! Available sites: land or buildings offered to investors (a separate layer).

use geo::{Centroid, MultiPolygon};

use super::feature_collection::{self as fc, Feature};
use super::filter::toggle_checked;
use super::problems::{FileError, Problem, Reason};
use crate::model::rules::{DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LandUse {
    Industrial,
    Commercial,
    Mixed,
    Office,
}

impl LandUse {
    pub const ALL: [LandUse; 4] = [
        LandUse::Industrial,
        LandUse::Commercial,
        LandUse::Mixed,
        LandUse::Office,
    ];

    pub fn code(self) -> &'static str {
        match self {
            LandUse::Industrial => "industrial",
            LandUse::Commercial => "commercial",
            LandUse::Mixed => "mixed",
            LandUse::Office => "office",
        }
    }

    pub fn from_code(s: &str) -> Option<LandUse> {
        LandUse::ALL.into_iter().find(|l| l.code() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Availability {
    Available,
    Reserved,
    Taken,
}

impl Availability {
    pub const ALL: [Availability; 3] = [
        Availability::Available,
        Availability::Reserved,
        Availability::Taken,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Availability::Available => "available",
            Availability::Reserved => "reserved",
            Availability::Taken => "taken",
        }
    }

    pub fn from_code(s: &str) -> Option<Availability> {
        Availability::ALL.into_iter().find(|a| a.code() == s)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum SiteShape {
    Point { lon: f64, lat: f64 },
    Area(MultiPolygon<f64>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub area_ha: f64,
    pub land_use: LandUse,
    pub availability: Availability,
    pub plot_ratio_max: Option<f64>,
    pub description: Option<String>,
    pub description_en: Option<String>,
    pub contact: Option<String>,
    pub url: Option<String>,
    pub shape: SiteShape,
}

impl Site {
    /// Where the site's marker goes: the point, or the area's centroid.
    pub fn anchor(&self) -> Option<(f64, f64)> {
        match &self.shape {
            SiteShape::Point { lon, lat } => Some((*lon, *lat)),
            SiteShape::Area(m) => m.centroid().map(|c| (c.x(), c.y())),
        }
    }
}

pub fn parse(file: &str, text: &str, problems: &mut Vec<Problem>) -> Result<Vec<Site>, FileError> {
    fc::parse_features(file, text, problems, build)
}

fn build(feature: &Feature, id: String, warnings: &mut Vec<Reason>) -> Result<Site, Reason> {
    let props = &feature.props;
    let shape = match feature.geometry_type()?.as_ref() {
        "Point" => {
            let (lon, lat) = feature.point()?;
            SiteShape::Point { lon, lat }
        }
        "Polygon" | "MultiPolygon" => SiteShape::Area(feature.multi_polygon()?),
        other => {
            return Err(Reason::WrongGeometry {
                found: other.to_string(),
                expected: &["Point", "Polygon", "MultiPolygon"],
            });
        }
    };
    let name = props.required_shown_text("name", NAME_MAX_CHARS, warnings)?;
    let area_ha = props
        .amount("area_ha")?
        .ok_or(Reason::MissingProperty("area_ha"))?;
    let land_use = props.required_text("land_use")?;
    let land_use = LandUse::from_code(&land_use).ok_or_else(|| Reason::InvalidChoice {
        property: "land_use",
        value: land_use.to_string(),
    })?;
    let availability = match props.text("availability")? {
        None => Availability::Available,
        Some(a) => Availability::from_code(&a).ok_or_else(|| Reason::InvalidChoice {
            property: "availability",
            value: a.to_string(),
        })?,
    };
    Ok(Site {
        id,
        name,
        name_en: props.shown_text("name_en", NAME_MAX_CHARS, warnings)?,
        area_ha,
        land_use,
        availability,
        plot_ratio_max: props.amount("plot_ratio_max")?,
        description: props.shown_text("description", DESCRIPTION_MAX_CHARS, warnings)?,
        description_en: props.shown_text("description_en", DESCRIPTION_MAX_CHARS, warnings)?,
        contact: props.shown_text("contact", DESCRIPTION_MAX_CHARS, warnings)?,
        url: fc::web_link(props, warnings)?,
        shape,
    })
}

/// Which sites the visitor wants to see. Unlike projects, undisclosed areas
/// cannot occur (`area_ha` is required).
#[derive(Clone, Debug, PartialEq)]
pub struct SiteFilters {
    pub shown: bool,
    pub land_uses: Option<Vec<LandUse>>,
    pub availabilities: Option<Vec<Availability>>,
    /// Area range in hectares, inclusive.
    pub min_ha: Option<f64>,
    pub max_ha: Option<f64>,
}

impl Default for SiteFilters {
    fn default() -> Self {
        SiteFilters {
            shown: true,
            land_uses: None,
            availabilities: None,
            min_ha: None,
            max_ha: None,
        }
    }
}

impl SiteFilters {
    pub fn toggle_land_use(&mut self, land_use: LandUse) {
        self.land_uses = toggle_checked(&self.land_uses, &land_use, &LandUse::ALL);
    }

    pub fn toggle_availability(&mut self, availability: Availability) {
        self.availabilities =
            toggle_checked(&self.availabilities, &availability, &Availability::ALL);
    }

    pub fn toggle_shown(&mut self) {
        self.shown = !self.shown;
    }

    pub fn set_min_area(&mut self, hectares: Option<f64>) {
        self.min_ha = hectares;
    }

    pub fn set_max_area(&mut self, hectares: Option<f64>) {
        self.max_ha = hectares;
    }

    pub fn matches(&self, s: &Site) -> bool {
        self.shown
            && self
                .land_uses
                .as_ref()
                .is_none_or(|l| l.contains(&s.land_use))
            && self
                .availabilities
                .as_ref()
                .is_none_or(|a| a.contains(&s.availability))
            && self.min_ha.is_none_or(|min| s.area_ha >= min)
            && self.max_ha.is_none_or(|max| s.area_ha <= max)
    }
}

//! Boundary features: the districts drawn as the map's base.

use geo::MultiPolygon;

use crate::lang::Lang;

use super::feature_collection::{self as fc, Feature};
use super::problems::{FileError, Problem, Reason};
use crate::model::rules::NAME_MAX_CHARS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The zone itself: highlighted, and the initial view fits it.
    Focus,
    /// Neighbours, drawn muted.
    Context,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Boundary {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub role: Role,
    pub shape: MultiPolygon<f64>,
}

impl Boundary {
    /// The district's name in `lang` (Chinese where no English is given).
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.name, self.name_en.as_deref())
    }
}

pub fn parse(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Result<Vec<Boundary>, FileError> {
    fc::parse_features(file, text, problems, build)
}

fn build(feature: &Feature, id: String, warnings: &mut Vec<Reason>) -> Result<Boundary, Reason> {
    let props = &feature.props;
    let shape = feature.multi_polygon()?;
    let name = props.required_shown_text("name", NAME_MAX_CHARS, warnings)?;
    let name_en = props.shown_text("name_en", NAME_MAX_CHARS, warnings)?;
    let role = match props.text("role")?.as_deref() {
        None | Some("focus") => Role::Focus,
        Some("context") => Role::Context,
        Some(other) => {
            warnings.push(Reason::UnknownRole(other.to_string()));
            Role::Focus
        }
    };
    Ok(Boundary {
        id,
        name,
        name_en,
        role,
        shape,
    })
}

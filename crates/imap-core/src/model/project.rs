//! Project features: one pin each.

use super::case_fold::CaseFold;
use super::contact::Contact;
use super::district::DistrictIndex;
use super::feature_collection::{self as fc, Feature};
use super::manifest::Manifest;
use super::problems::Reason;
use crate::model::rules::{
    DESCRIPTION_MAX_CHARS, MAX_INVESTMENT, NAME_MAX_CHARS, is_valid_investment,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    /// Index into `Manifest::industries`.
    pub industry: usize,
    /// Index into `Manifest::statuses` (life-cycle order).
    pub status: usize,
    /// Total investment in 亿元; `None` = not disclosed.
    pub investment: Option<f64>,
    /// Boundary id, as given or derived (see `district`).
    pub district: Option<String>,
    pub district_derived: bool,
    /// Where `district` is in the data set's boundaries (`None` when it is
    /// none of them): filters test it per project without a lookup.
    pub boundary: Option<usize>,
    pub date: Option<String>,
    pub company: Option<String>,
    pub description: Option<String>,
    pub description_en: Option<String>,
    pub area_ha: Option<f64>,
    pub url: Option<String>,
    /// Whom to ask about this project (else the manifest's contact); boxed,
    /// as few projects have one and 100,000 may be loaded.
    pub contact: Option<Box<Contact>>,
    pub approximate: bool,
    pub lon: f64,
    pub lat: f64,
    /// Lower-cased name, English name and company, for text search.
    search_key: String,
    /// The year of `date`, read once: every filter change tests or counts
    /// it for every project (parsing it each time cost 7 ms a change at
    /// 100,000 projects in the browser).
    year: Option<u16>,
}

impl Project {
    pub fn search_key(&self) -> &str {
        &self.search_key
    }

    /// The year of `date` (checked when read: `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`).
    pub fn year(&self) -> Option<u16> {
        self.year
    }
}

/// Turns one feature into a project (for `FeatureReader::read`).
pub fn builder<'m>(
    manifest: &'m Manifest,
    districts: Option<&'m DistrictIndex<'m>>,
    case_fold: CaseFold,
) -> impl FnMut(&Feature, String, &mut Vec<Reason>) -> Result<Project, Reason> + 'm {
    move |feature, id, warnings| {
        build(feature, manifest, id, case_fold, warnings)
            .map(|p| place_in_district(p, districts, warnings))
    }
}

fn build(
    feature: &Feature,
    manifest: &Manifest,
    id: String,
    case_fold: CaseFold,
    warnings: &mut Vec<Reason>,
) -> Result<Project, Reason> {
    let props = &feature.props;
    let (lon, lat) = feature.point()?;
    // Long text is cut where it is read, so nothing that shows it is slowed.
    let name = props.required_shown_text("name", NAME_MAX_CHARS, warnings)?;
    let industry_id = props.required_text("industry")?;
    let industry = manifest
        .industry_index(&industry_id)
        .ok_or_else(|| Reason::UnknownIndustry(industry_id.to_string()))?;
    let status_id = props.required_text("status")?;
    let status = manifest
        .status_index(&status_id)
        .ok_or_else(|| Reason::UnknownStatus(status_id.to_string()))?;
    let investment = props.amount("investment")?;
    if investment.is_some_and(|n| !is_valid_investment(n)) {
        return Err(Reason::TooLarge {
            property: "investment",
            max: Some(MAX_INVESTMENT),
        });
    }
    let area_ha = props.amount("area_ha")?;

    let date = props.text("date")?.and_then(|d| {
        if is_partial_date(&d) {
            Some(d.to_string())
        } else {
            warnings.push(Reason::InvalidDate(d.to_string()));
            None
        }
    });
    let year = date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
    let url = fc::web_link(props, warnings)?;
    // A malformed contact is dropped with a warning; the project stays.
    let contact = props.object::<Contact>("contact").unwrap_or_else(|reason| {
        warnings.push(reason);
        None
    });
    let approximate = match props.text("location_precision")?.as_deref() {
        None | Some("exact") => false,
        Some("approximate") => true,
        Some(other) => {
            warnings.push(Reason::UnknownPrecision(other.to_string()));
            true
        }
    };
    let owned = |key| props.owned_text(key);
    let name_en = props.shown_text("name_en", NAME_MAX_CHARS, warnings)?;
    let company = props.shown_text("company", NAME_MAX_CHARS, warnings)?;
    let description = props.shown_text("description", DESCRIPTION_MAX_CHARS, warnings)?;
    let description_en = props.shown_text("description_en", DESCRIPTION_MAX_CHARS, warnings)?;
    // One fold of the three: '\n' has no case, so this is theirs joined.
    let search_key = case_fold.fold(
        &[Some(&name), name_en.as_ref(), company.as_ref()]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
    );
    Ok(Project {
        id,
        name,
        name_en,
        industry,
        status,
        investment,
        district: owned("district")?,
        district_derived: false,
        boundary: None,
        date,
        company,
        description,
        description_en,
        area_ha,
        url,
        contact: contact.filter(|c| !c.is_empty()).map(Box::new),
        approximate,
        lon,
        lat,
        search_key,
        year,
    })
}

/// Keeps a district the boundaries know, else derives it from the location.
/// Without boundaries (their file failed) a given district is kept unchecked.
fn place_in_district(
    mut project: Project,
    districts: Option<&DistrictIndex>,
    warnings: &mut Vec<Reason>,
) -> Project {
    let Some(districts) = districts else {
        return project;
    };
    if let Some(given) = &project.district {
        project.boundary = districts.position(given);
        if project.boundary.is_some() {
            return project;
        }
        warnings.push(Reason::UnknownDistrict(given.clone()));
    }
    let found = districts.locate(project.lon, project.lat);
    project.boundary = found.map(|(position, _)| position);
    project.district = found.map(|(_, id)| id.to_string());
    project.district_derived = project.district.is_some();
    project
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible month and day.
pub fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        p.len() == len
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [y] => number(y, 4, 0..=9999),
        [y, m] => number(y, 4, 0..=9999) && number(m, 2, 1..=12),
        [y, m, d] => {
            number(y, 4, 0..=9999)
                && number(m, 2, 1..=12)
                && number(
                    d,
                    2,
                    1..=days_in_month(y.parse().unwrap_or(0), m.parse().unwrap_or(0)),
                )
        }
        _ => false,
    }
}

/// Days of a month of the proleptic Gregorian calendar: `2021-02-30` is no
/// date, `2024-02-29` is.
fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

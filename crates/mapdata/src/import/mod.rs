//! `mapdata import-csv`: an editor's spreadsheet of projects to the projects
//! file. Every row is checked cell by cell here, then the whole file by the
//! app's own reader; a bad row is reported by line and column and left out,
//! the good rows are written.

pub mod cells;
pub mod columns;
pub mod decode;
pub mod extent;
pub mod table;

use std::collections::{HashMap, HashSet};

use imap_core::geo::datum::gcj02_to_wgs84;
use imap_core::model::dataset::Dataset;
use imap_core::model::district::DistrictIndex;
use imap_core::model::export;
use imap_core::model::feature_collection::FeatureReader;
use imap_core::model::manifest::Category;
use imap_core::model::problems::{FileError, FileErrorKind, Reason, Severity};
use imap_core::model::project;
use imap_core::model::rules::{self, is_valid_id};
use serde::Serialize;

use crate::round6;
use columns::{Field, field_of};
use imap_core::model::sheet_fault::SheetFault;
use imap_core::tool::finding::{Finding, Level};
use imap_core::tool::import_tally::ImportTally;

type JsonObject = serde_json::Map<String, serde_json::Value>;

#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// The coordinates were picked on Amap or Tencent maps (GCJ-02).
    pub from_gcj02: bool,
    /// The projects file being replaced: what a spreadsheet cannot hold (a
    /// project's `contact`, properties of the editors' own) is carried over
    /// from it by id, and its projects the sheet lacks are listed.
    pub previous: Option<Replaced<'a>>,
    /// What the sheet is read within.
    pub bounds: table::Bounds,
}

/// The projects file an import replaces: its name, and its text or why it
/// could not be read.
#[derive(Clone, Copy, Debug)]
pub struct Replaced<'a> {
    pub file: &'a str,
    pub text: Result<&'a str, &'a FileError>,
}

#[derive(Debug, Default)]
pub struct Import {
    /// The projects file; `None` when the sheet could not be read at all.
    pub geojson: Option<String>,
    /// What was read and written, counted.
    pub tally: ImportTally,
    pub findings: Vec<Finding>,
}

impl Import {
    /// Whether every row was written.
    pub fn is_complete(&self) -> bool {
        self.geojson.is_some() && self.tally.written == self.tally.rows
    }

    fn warn(&mut self, fault: SheetFault) {
        self.findings
            .push(Finding::in_sheet(Level::Warning, None, None, fault));
    }

    fn error(mut self, line: Option<u64>, fault: SheetFault) -> Import {
        self.findings
            .push(Finding::in_sheet(Level::Error, line, None, fault));
        self
    }
}

/// The projects file for `data`'s manifest and boundaries from the bytes of
/// a spreadsheet: a workbook, or CSV / tab-separated text (`table::read`).
pub fn import(bytes: &[u8], data: &Dataset, options: Options) -> Import {
    let mut import = Import::default();
    let table = match table::read(bytes, options.bounds) {
        Ok(table) => table,
        Err(fault) => return import.error(None, fault),
    };
    import.tally.source = table.source;
    for (line, fault) in table.unreadable {
        import = import.error(line, fault);
    }
    let mut records = table.rows.into_iter();
    let (header_line, headers) = records.next().unwrap_or((1, Vec::new()));
    let layout = match Layout::read(&headers, header_line, &mut import.findings) {
        Ok(layout) => layout,
        Err(fault) => return import.error(Some(header_line), fault),
    };
    let districts = DistrictIndex::new(&data.boundaries);
    let previous = match options.previous {
        None => Ok(Previous::default()),
        Some(Replaced { file, text }) => text
            .map_err(FileError::clone)
            .and_then(|text| Previous::read(file, text)),
    }
    .unwrap_or_else(|why| {
        import.warn(SheetFault::PreviousUnusable(why));
        Previous::default()
    });
    let sheet = Sheet {
        data,
        districts: &districts,
        layout: &layout,
        options,
        previous: &previous.uncarried,
    };
    let mut first_line_of_id = HashMap::new();
    let mut ids_in_sheet = HashSet::new();
    let mut rows = Vec::new();
    for (line, record) in records {
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        import.tally.rows += 1;
        ids_in_sheet.insert(sheet.cell(&record, Field::Id).to_string());
        let mut row = Row::new(&layout, line);
        if let Some(properties) = sheet.properties(&record, &mut row) {
            match first_line_of_id.get(&properties.id) {
                Some(&first_line) => row.fault(
                    Field::Id,
                    SheetFault::DuplicateId {
                        id: properties.id.clone(),
                        first_line,
                    },
                ),
                None => {
                    first_line_of_id.insert(properties.id.clone(), line);
                    import.tally.districts_derived += usize::from(properties.district_derived);
                    import.tally.carried_over += usize::from(!properties.kept.is_empty());
                    rows.push((line, properties));
                }
            }
        }
        row.findings.sort_by_key(|f| f.column().map(|(i, _)| *i));
        import.findings.append(&mut row.findings);
    }
    let kept = app_check(&rows, data, &districts, &layout, &mut import.findings);
    // The app's notes come last; an editor reads the sheet top to bottom.
    import.findings.sort_by_key(Finding::line);
    import.tally.written = kept.len();
    // A stretch the reader could not read may have held rows: writing the
    // others would drop them without a word.
    if import.findings.iter().any(|f| f.level == Level::Error) {
        return import;
    }
    if import.tally.rows == 0 {
        return import.error(None, SheetFault::NoRows);
    }
    if kept.is_empty() {
        return import.error(None, SheetFault::NothingUsable);
    }
    import.tally.gone = previous
        .ids
        .into_iter()
        .filter(|id| !ids_in_sheet.contains(id))
        .collect();
    import.geojson = Some(feature_collection(&kept));
    import
}

/// The app's reader over the written rows: what it would skip is left out,
/// what it would note is reported, both at the row's line.
fn app_check<'a>(
    rows: &'a [(u64, Properties)],
    data: &Dataset,
    districts: &DistrictIndex,
    layout: &Layout,
    findings: &mut Vec<Finding>,
) -> Vec<&'a Properties> {
    let text = feature_collection(&rows.iter().map(|(_, p)| p).collect::<Vec<_>>());
    let mut problems = Vec::new();
    if let Ok(mut reader) = FeatureReader::new(&data.manifest.projects, &text) {
        let mut build = project::builder(&data.manifest, Some(districts), data.case_fold);
        reader.read(rows.len(), &mut problems, &mut build);
    }
    let mut skipped = vec![false; rows.len()];
    for problem in problems {
        let Some(index) = problem.feature_index() else {
            continue;
        };
        let Some((line, _)) = rows.get(index) else {
            continue;
        };
        let level = match problem.severity {
            Severity::Skipped => {
                skipped[index] = true;
                Level::Skipped
            }
            Severity::Warning => Level::Warning,
        };
        findings.push(Finding::in_sheet(
            level,
            Some(*line),
            layout.column_of_reason(&problem.reason),
            SheetFault::App(problem.reason),
        ));
    }
    rows.iter()
        .zip(skipped)
        .filter(|(_, skipped)| !skipped)
        .map(|((_, p), _)| p)
        .collect()
}

/// One feature per line, so that a changed project is a one-line diff.
fn feature_collection(projects: &[&Properties]) -> String {
    let features: Vec<String> = projects
        .iter()
        .map(|p| {
            serde_json::to_string(&Feature {
                kind: "Feature",
                geometry: Point {
                    kind: "Point",
                    coordinates: [p.lon, p.lat],
                },
                properties: p,
            })
            .unwrap_or_default()
        })
        .collect();
    format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n",
        features.join(",\n")
    )
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    geometry: Point,
    properties: &'a Properties,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

/// A project's properties in the order of `data-format.md`.
#[derive(Serialize)]
struct Properties {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name_en: Option<String>,
    industry: String,
    status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    investment: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    area_ha: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location_precision: Option<&'static str>,
    /// Carried over from the file replaced (`Options::previous`).
    #[serde(flatten)]
    kept: JsonObject,
    #[serde(skip)]
    district_derived: bool,
    #[serde(skip)]
    lon: f64,
    #[serde(skip)]
    lat: f64,
}

/// Which column holds which field.
struct Layout {
    /// Per column, the field it fills.
    fields: Vec<Option<Field>>,
    headers: Vec<String>,
}

impl Layout {
    fn read(
        headers: &[String],
        line: u64,
        findings: &mut Vec<Finding>,
    ) -> Result<Layout, SheetFault> {
        let mut fields: Vec<Option<Field>> = Vec::new();
        for (i, header) in headers.iter().enumerate() {
            let field = field_of(header);
            if field.is_some() && fields.contains(&field) {
                return Err(SheetFault::RepeatedColumn(header.trim().to_string()));
            }
            if field.is_none() && !header.trim().is_empty() {
                findings.push(Finding::in_sheet(
                    Level::Warning,
                    Some(line),
                    Some((i, header.trim().to_string())),
                    SheetFault::UnknownColumn(header.trim().to_string()),
                ));
            }
            fields.push(field);
        }
        let missing: Vec<(&str, &str)> = Field::ALL
            .into_iter()
            .filter(|f| f.is_required() && !fields.contains(&Some(*f)))
            .map(|f| (f.header(false), f.header(true)))
            .collect();
        if !missing.is_empty() {
            return Err(SheetFault::MissingColumns(missing));
        }
        Ok(Layout {
            fields,
            headers: headers.iter().map(|h| h.trim().to_string()).collect(),
        })
    }

    fn position(&self, field: Field) -> Option<usize> {
        self.fields.iter().position(|f| *f == Some(field))
    }

    fn column(&self, field: Field) -> Option<(usize, String)> {
        self.position(field).map(|i| (i, self.headers[i].clone()))
    }

    /// The column an app reason is about, when it names a property.
    fn column_of_reason(&self, reason: &Reason) -> Option<(usize, String)> {
        let property = match reason {
            Reason::TooLong { property, .. }
            | Reason::TooLarge { property, .. }
            | Reason::WrongType { property, .. }
            | Reason::MissingProperty(property)
            | Reason::Negative(property) => *property,
            _ => return None,
        };
        Field::ALL
            .into_iter()
            .find(|f| f.headers()[1] == property)
            .and_then(|f| self.column(f))
    }
}

/// The faults of one row, as findings at its line.
struct Row<'l> {
    layout: &'l Layout,
    line: u64,
    findings: Vec<Finding>,
}

impl<'l> Row<'l> {
    fn new(layout: &'l Layout, line: u64) -> Row<'l> {
        Row {
            layout,
            line,
            findings: Vec::new(),
        }
    }

    fn fault(&mut self, field: Field, fault: SheetFault) {
        self.findings.push(Finding::in_sheet(
            Level::Skipped,
            Some(self.line),
            self.layout.column(field),
            fault,
        ));
    }

    /// The value, or `None` with the fault noted against `field`.
    fn take<T>(&mut self, field: Field, result: Result<T, SheetFault>) -> Option<T> {
        result.map_err(|fault| self.fault(field, fault)).ok()
    }

    fn is_bad(&self) -> bool {
        !self.findings.is_empty()
    }
}

struct Sheet<'a> {
    data: &'a Dataset,
    districts: &'a DistrictIndex<'a>,
    layout: &'a Layout,
    options: Options<'a>,
    /// By project id, the properties of the replaced file no column holds.
    previous: &'a HashMap<String, JsonObject>,
}

impl Sheet<'_> {
    /// The cell of `field`, trimmed and without the export's formula guard.
    fn cell<'r>(&self, record: &'r [String], field: Field) -> &'r str {
        self.layout
            .position(field)
            .and_then(|i| record.get(i))
            .map_or("", |cell| export::undefuse(cell.trim()))
    }

    /// The row's properties; `None` when any cell is bad (every bad cell
    /// is noted).
    fn properties(&self, record: &[String], row: &mut Row) -> Option<Properties> {
        let text = |field| {
            let cell = self.cell(record, field);
            (!cell.is_empty()).then(|| cell.to_string())
        };
        let required = |row: &mut Row, field| {
            let value = text(field);
            if value.is_none() {
                row.fault(field, SheetFault::Empty);
            }
            value
        };
        let headers = self.layout.fields.len();
        if record.len() > headers {
            // Every cell after a stray comma is in the wrong column: name
            // the cause, not each symptom.
            row.findings.push(Finding::in_sheet(
                Level::Skipped,
                Some(row.line),
                None,
                SheetFault::ExtraCells {
                    found: record.len(),
                    headers,
                },
            ));
            return None;
        }
        let id = required(row, Field::Id).and_then(|id| {
            let valid = is_valid_id(&id);
            row.take(
                Field::Id,
                if valid {
                    Ok(id.clone())
                } else {
                    Err(SheetFault::BadId(id))
                },
            )
        });
        let name = required(row, Field::Name);
        let industry = required(row, Field::Industry).and_then(|given| {
            row.take(
                Field::Industry,
                category(&given, &self.data.manifest.industries),
            )
        });
        let status = required(row, Field::Status).and_then(|given| {
            row.take(
                Field::Status,
                category(&given, &self.data.manifest.statuses),
            )
        });
        let investment = row.take(
            Field::Investment,
            cells::amount(self.cell(record, Field::Investment)),
        );
        let area_ha = row.take(Field::AreaHa, cells::area(self.cell(record, Field::AreaHa)));
        let date = row.take(Field::Date, cells::date(self.cell(record, Field::Date)));
        let url = row.take(Field::Url, cells::link(self.cell(record, Field::Url)));
        let approximate = row.take(
            Field::Precision,
            cells::approximate(self.cell(record, Field::Precision)),
        );
        let position = self.position(record, row);
        let given_district = text(Field::District)
            .and_then(|given| row.take(Field::District, self.district(&given)));
        if row.is_bad() {
            return None;
        }
        let (lon, lat) = position?;
        let id = id?;
        let kept = self.previous.get(&id).cloned().unwrap_or_default();
        let derived = self
            .districts
            .locate(lon, lat)
            .map(|(_, id)| id.to_string());
        let district_derived = given_district.is_none() && derived.is_some();
        Some(Properties {
            kept,
            id,
            name: name?,
            name_en: text(Field::NameEn),
            industry: industry?,
            status: status?,
            investment: investment?,
            district: given_district.or(derived),
            date: date?,
            company: text(Field::Company),
            description: text(Field::Description),
            description_en: text(Field::DescriptionEn),
            area_ha: area_ha?,
            url: url?,
            location_precision: approximate?.then_some("approximate"),
            district_derived,
            lon,
            lat,
        })
    }

    /// WGS84 longitude and latitude, six decimals.
    fn position(&self, record: &[String], row: &mut Row) -> Option<(f64, f64)> {
        let mut degrees = |field| {
            let cell = self.cell(record, field);
            if cell.is_empty() {
                row.fault(field, SheetFault::Empty);
                return None;
            }
            row.take(field, cells::degrees(cell))
        };
        let (lon, lat) = (degrees(Field::Lon), degrees(Field::Lat));
        let (lon, lat) = (lon?, lat?);
        let fits = |lon: f64, lat: f64| lon.abs() <= 180.0 && lat.abs() <= 90.0;
        if !fits(lon, lat) {
            if fits(lat, lon) {
                row.fault(Field::Lat, SheetFault::Swapped);
            } else if lon.abs() > 180.0 {
                row.fault(
                    Field::Lon,
                    SheetFault::OutOfRange {
                        value: lon,
                        latitude: false,
                    },
                );
            } else {
                row.fault(
                    Field::Lat,
                    SheetFault::OutOfRange {
                        value: lat,
                        latitude: true,
                    },
                );
            }
            return None;
        }
        let (lon, lat) = if self.options.from_gcj02 {
            gcj02_to_wgs84(lon, lat)
        } else {
            (lon, lat)
        };
        Some((round6(lon), round6(lat)))
    }

    /// A boundary's id from its id or its Chinese or English name.
    fn district(&self, given: &str) -> Result<String, SheetFault> {
        lookup(
            given,
            self.data
                .boundaries
                .iter()
                .map(|b| (b.id.as_str(), b.name.as_str(), b.name_en.as_deref())),
        )
    }
}

/// What the import needs of the projects file it replaces.
#[derive(Default)]
struct Previous {
    /// Every project id, in the file's order.
    ids: Vec<String>,
    /// Per project id, the properties that no column of a sheet holds.
    uncarried: HashMap<String, JsonObject>,
}

impl Previous {
    /// Why not, when `file`'s text is not a FeatureCollection.
    fn read(file: &str, text: &str) -> Result<Previous, FileError> {
        let text = rules::without_bom(text);
        let collection: serde_json::Value =
            imap_core::json::from_str(text).map_err(|e| FileError::from_json(file, text, &e))?;
        let features = collection["features"]
            .as_array()
            .ok_or_else(|| FileError::new(file, FileErrorKind::NotFeatureCollection))?;
        let sheet_fields: Vec<&str> = Field::ALL.iter().map(|f| f.headers()[1]).collect();
        let mut previous = Previous::default();
        for properties in features.iter().filter_map(|f| f["properties"].as_object()) {
            let Some(id) = properties.get("id").and_then(|id| id.as_str()) else {
                continue;
            };
            previous.ids.push(id.to_string());
            let kept: JsonObject = properties
                .iter()
                .filter(|(key, _)| !sheet_fields.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            if !kept.is_empty() {
                previous.uncarried.insert(id.to_string(), kept);
            }
        }
        Ok(previous)
    }
}

/// An industry's or status's id from its id or its Chinese or English label.
fn category(given: &str, list: &[Category]) -> Result<String, SheetFault> {
    lookup(
        given,
        list.iter()
            .map(|c| (c.id.as_str(), c.zh.as_str(), c.en.as_deref())),
    )
}

/// The id of the entry (id, Chinese name, English name) that `given` names
/// by any of the three (English in any case); else the names to pick from.
fn lookup<'a>(
    given: &str,
    entries: impl Iterator<Item = (&'a str, &'a str, Option<&'a str>)> + Clone,
) -> Result<String, SheetFault> {
    entries
        .clone()
        .find(|(id, zh, en)| {
            *id == given || *zh == given || en.is_some_and(|en| en.eq_ignore_ascii_case(given))
        })
        .map(|(id, _, _)| id.to_string())
        .ok_or_else(|| SheetFault::Unknown {
            given: given.to_string(),
            known: entries
                .map(|(_, zh, en)| (zh.to_string(), en.unwrap_or(zh).to_string()))
                .collect(),
        })
}

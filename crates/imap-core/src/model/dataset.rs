//! One loaded data set: the manifest and whatever of its files could be used.

use crate::shortlist::Kind;
use std::collections::HashMap;

use geo::{BoundingRect, Rect, coord};

use crate::choices::{Selection, ViewParam};
use crate::geo::projection::{self, WorldPoint};
use crate::geometry::extent::union;
use crate::geometry::reveal::Opening;

use super::boundary::{self, Boundary, Role};
use super::case_fold::CaseFold;
use super::district::DistrictIndex;
use super::feature_collection::FeatureReader;
use super::manifest::Manifest;
use super::problems::{FileError, Problem};
use super::project::{self, Project};
use super::site::{self, Site};

/// Projects read between two pauses of `assemble_in_steps` (a few ms each).
const STEP: usize = 5_000;

/// How far reading the projects has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

#[derive(Clone, Debug)]
pub struct Dataset {
    pub manifest: Manifest,
    pub boundaries: Vec<Boundary>,
    pub projects: Vec<Project>,
    /// Available sites; empty when the manifest names no sites file.
    pub sites: Vec<Site>,
    /// Features skipped or corrected, in file order.
    pub problems: Vec<Problem>,
    /// Files that could not be used at all; the others still are.
    pub file_errors: Vec<FileError>,
    project_index: HashMap<String, usize>,
    /// How the search lower-cases text: the projects' when read, the
    /// query's by `Matcher`.
    pub case_fold: CaseFold,
}

impl Dataset {
    /// Builds the data set from the fetched texts of the boundary and project
    /// files (or the errors fetching them).
    pub fn assemble(
        manifest: Manifest,
        boundaries_text: Result<String, FileError>,
        projects_text: Result<String, FileError>,
    ) -> Dataset {
        futures::executor::block_on(Self::assemble_in_steps(
            manifest,
            boundaries_text,
            projects_text,
            CaseFold::native(),
            |_| std::future::ready(()),
        ))
    }

    /// `assemble`, awaiting `pause` after every `STEP` projects so that a
    /// page can show progress and stay responsive while 100,000 load; the
    /// search lower-cases text by `case_fold`.
    pub async fn assemble_in_steps<P, F>(
        mut manifest: Manifest,
        boundaries_text: Result<String, FileError>,
        projects_text: Result<String, FileError>,
        case_fold: CaseFold,
        mut pause: P,
    ) -> Dataset
    where
        P: FnMut(Progress) -> F,
        F: std::future::Future<Output = ()>,
    {
        // The manifest's own problems come first, as its file does.
        let mut problems = std::mem::take(&mut manifest.problems);
        let mut file_errors = Vec::new();
        let boundaries = boundaries_text
            .and_then(|text| boundary::parse(&manifest.boundaries, &text, &mut problems));
        let districts = boundaries.as_ref().ok().map(|b| DistrictIndex::new(b));
        let projects = match &projects_text {
            Err(e) => Err(e.clone()),
            Ok(text) => match FeatureReader::new(&manifest.projects, text) {
                Err(e) => Err(e),
                Ok(mut reader) => {
                    let mut projects = Vec::with_capacity(reader.len());
                    let mut build = project::builder(&manifest, districts.as_ref(), case_fold);
                    while !reader.is_done() {
                        projects.extend(reader.read(STEP, &mut problems, &mut build));
                        pause(Progress {
                            done: reader.position(),
                            total: reader.len(),
                        })
                        .await;
                    }
                    Ok(projects)
                }
            },
        };
        drop(districts);
        let boundaries = keep(boundaries, &mut file_errors);
        let projects: Vec<Project> = keep(projects, &mut file_errors);
        // Ids are unique within the file (duplicates are skipped).
        let project_index = projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Dataset {
            manifest,
            boundaries,
            projects,
            project_index,
            sites: Vec::new(),
            problems,
            file_errors,
            case_fold,
        }
    }

    /// Adds the sites layer from its fetched text (or the error fetching it).
    pub fn add_sites(&mut self, sites_text: Result<String, FileError>) {
        let file = self.manifest.sites.clone().unwrap_or_default();
        let sites = sites_text.and_then(|text| site::parse(&file, &text, &mut self.problems));
        self.sites = keep(sites, &mut self.file_errors);
    }

    /// What a link with filters opens on: the zone and every match, so no
    /// match the sender saw is off screen (`None` with nothing to show).
    pub fn extent_with(&self, matching: &[usize]) -> Option<Rect<f64>> {
        let points = matching.iter().map(|&i| point_extent(&self.projects[i]));
        union(self.home_extent().into_iter().chain(points))
    }

    /// What the initial view fits: the focus boundaries, else all
    /// boundaries, else the projects; `None` when there is nothing to show.
    pub fn home_extent(&self) -> Option<Rect<f64>> {
        let focus = self.boundaries.iter().filter(|b| b.role == Role::Focus);
        union(focus.filter_map(|b| b.shape.bounding_rect()))
            .or_else(|| {
                union(
                    self.boundaries
                        .iter()
                        .filter_map(|b| b.shape.bounding_rect()),
                )
            })
            .or_else(|| union(self.projects.iter().map(point_extent)))
    }

    pub fn project(&self, id: &str) -> Option<&Project> {
        self.project_position(id).map(|i| &self.projects[i])
    }

    /// Where the project with this id is in `projects` (a map lookup: the
    /// selection is resolved on every pan frame).
    pub fn project_position(&self, id: &str) -> Option<usize> {
        self.project_index.get(id).copied()
    }

    /// Whether the selected project or site is in this data (nothing
    /// selected is known too).
    pub fn knows(&self, selection: &Selection) -> bool {
        match selection {
            Selection::None => true,
            Selection::Project(id) => self.project(id).is_some(),
            Selection::Site(id) => self.site(id).is_some(),
        }
    }

    /// Whether a project (or a site) with this id is in this data.
    pub fn has(&self, kind: Kind, id: &str) -> bool {
        match kind {
            Kind::Projects => self.project(id).is_some(),
            Kind::Sites => self.site(id).is_some(),
        }
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    pub fn boundary(&self, id: &str) -> Option<&Boundary> {
        self.boundaries.iter().find(|b| b.id == id)
    }

    /// Where the selected project (else site) is, if it is known.
    pub fn selected_point(&self, selection: &Selection) -> Option<WorldPoint> {
        let (lon, lat) = match selection {
            Selection::None => return None,
            Selection::Project(id) => self.project(id).map(|p| (p.lon, p.lat))?,
            Selection::Site(id) => self.site(id)?.anchor()?,
        };
        Some(projection::project(lon, lat))
    }

    /// What a map opens on (`reveal::first_view`) for a link with `view`,
    /// whose filters let `matching` through (`filtered`: not the default
    /// ones) and that selects the item at `selected`; `points` are every
    /// project's positions.
    pub fn opening(
        &self,
        view: Option<ViewParam>,
        filtered: bool,
        matching: &[usize],
        points: &[WorldPoint],
        selected: Option<WorldPoint>,
    ) -> Opening {
        let (extent, shown) = match filtered {
            true => {
                let matches = matching.iter().filter_map(|&i| points.get(i).copied());
                (
                    self.extent_with(matching),
                    matches.chain(selected).collect(),
                )
            }
            false => (self.home_extent(), selected.into_iter().collect()),
        };
        Opening {
            view,
            extent,
            filtered,
            selected,
            shown,
        }
    }
}

/// The items of a file that loaded, or nothing with its error recorded.
fn keep<T>(result: Result<Vec<T>, FileError>, errors: &mut Vec<FileError>) -> Vec<T> {
    result.unwrap_or_else(|e| {
        errors.push(e);
        Vec::new()
    })
}

/// A project's position as an extent of its own.
fn point_extent(p: &Project) -> Rect<f64> {
    Rect::new(coord! {x: p.lon, y: p.lat}, coord! {x: p.lon, y: p.lat})
}

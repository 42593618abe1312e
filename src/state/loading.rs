//! What has been loaded: the data set (or the error that left nothing to
//! draw), and the layers that arrive after the map is drawn.

use std::sync::Arc;

use imap_core::model::dataset::Dataset;
use imap_core::model::late_layer::LateLayer;
use imap_core::model::place::Place;
use imap_core::model::problems::{FileError, Problem};
use imap_core::model::region::Region;
use leptos::prelude::*;

#[derive(Clone)]
pub enum Load {
    Ready(Arc<Dataset>),
    /// The manifest itself could not be used: nothing to draw.
    Failed(FileError),
}

#[derive(Clone, Copy)]
pub struct Loading {
    pub data: ReadSignal<Load>,
    /// The region around the zone and the places, once loaded (after the
    /// map is drawn).
    pub context: ReadSignal<Option<Arc<LateLayer<Region>>>>,
    pub places: ReadSignal<Option<Arc<LateLayer<Place>>>>,
    /// The basemap's tile URL template, resolved (`None`: no basemap).
    pub tile_template: ReadSignal<Option<String>>,
    /// When the service worker last fetched the manifest (its kept copy's
    /// `x-imap-fetched`), if it keeps one: said offline.
    pub data_fetched: ReadSignal<Option<String>>,
    set_data_fetched: WriteSignal<Option<String>>,
    set_context: WriteSignal<Option<Arc<LateLayer<Region>>>>,
    set_places: WriteSignal<Option<Arc<LateLayer<Place>>>>,
    set_tile_template: WriteSignal<Option<String>>,
}

impl Loading {
    pub(super) fn new(loaded: Result<Arc<Dataset>, FileError>) -> Loading {
        let (data, _) = signal(match loaded {
            Ok(data) => Load::Ready(data),
            Err(error) => Load::Failed(error),
        });
        let (context, set_context) = signal(None);
        let (places, set_places) = signal(None);
        let (tile_template, set_tile_template) = signal(None);
        let (data_fetched, set_data_fetched) = signal(None);
        Loading {
            data_fetched,
            set_data_fetched,
            data,
            context,
            places,
            tile_template,
            set_context,
            set_places,
            set_tile_template,
        }
    }

    pub fn dataset(&self) -> Option<Arc<Dataset>> {
        self.data.with(ready)
    }

    pub fn dataset_untracked(&self) -> Option<Arc<Dataset>> {
        self.data.with_untracked(ready)
    }

    pub fn set_context(&self, context: LateLayer<Region>) {
        self.set_context.set(Some(Arc::new(context)));
    }

    pub fn set_tile_template(&self, template: Option<String>) {
        self.set_tile_template.set(template);
    }

    pub fn set_data_fetched(&self, fetched: Option<String>) {
        self.set_data_fetched.set(fetched);
    }

    pub fn set_places(&self, places: LateLayer<Place>) {
        self.set_places.set(Some(Arc::new(places)));
    }

    /// What the layers loaded after the map skipped, and their file errors.
    pub fn late_problems(&self) -> (Vec<Problem>, Vec<FileError>) {
        let (context, places) = (self.context.get(), self.places.get());
        let mut problems = Vec::new();
        let mut errors = Vec::new();
        if let Some(c) = &context {
            problems.extend(c.problems.iter().cloned());
            errors.extend(c.error.clone());
        }
        if let Some(p) = &places {
            problems.extend(p.problems.iter().cloned());
            errors.extend(p.error.clone());
        }
        (problems, errors)
    }
}

fn ready(load: &Load) -> Option<Arc<Dataset>> {
    match load {
        Load::Ready(d) => Some(d.clone()),
        _ => None,
    }
}

//! Clusters the projects that match the filters, at one zoom level.
//!
//! Filtering comes first and clustering second, rebuilt for every filter
//! change and zoom step: counts and totals on the badges are always those of
//! the matching projects. Points are binned on a grid one radius wide, then
//! each heavy cell absorbs the neighbouring cells whose centres lie within
//! the radius, as supercluster does for one level. Building only the level
//! on screen costs one pass over the points (see README, "Measured").

use std::collections::HashMap;

use crate::exp2::exp2;
use crate::geo::projection::WorldPoint;
use crate::order::sorted;

/// A point to cluster: where it is, what it adds to the badge's total.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub index: usize,
    pub at: WorldPoint,
    /// Disclosed investment in 亿元 (undisclosed counts as 0 in totals).
    pub amount: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Marker {
    /// One project, drawn as its pin.
    Single { index: usize, at: WorldPoint },
    /// Several projects, drawn as a badge at their mean position.
    Cluster(Cluster),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cluster {
    /// Stable within a zoom level: the grid cell it grew from.
    pub key: (i64, i64),
    pub count: usize,
    /// Sum of disclosed amounts, 亿元.
    pub total: f64,
    pub at: WorldPoint,
    /// Bounding box of the members, for zooming to them.
    pub min: WorldPoint,
    pub max: WorldPoint,
}

#[derive(Clone, Copy, Debug)]
struct Cell {
    count: usize,
    sum_x: f64,
    sum_y: f64,
    total: f64,
    min: WorldPoint,
    max: WorldPoint,
    /// The item, while the cell holds exactly one.
    first: Item,
}

impl Cell {
    fn new(item: Item) -> Cell {
        Cell {
            count: 1,
            sum_x: item.at.x,
            sum_y: item.at.y,
            total: item.amount.unwrap_or(0.0),
            min: item.at,
            max: item.at,
            first: item,
        }
    }

    fn add(&mut self, other: &Cell) {
        self.count += other.count;
        self.sum_x += other.sum_x;
        self.sum_y += other.sum_y;
        self.total += other.total;
        self.min = WorldPoint {
            x: self.min.x.min(other.min.x),
            y: self.min.y.min(other.min.y),
        };
        self.max = WorldPoint {
            x: self.max.x.max(other.max.x),
            y: self.max.y.max(other.max.y),
        };
    }

    fn centre(&self) -> WorldPoint {
        WorldPoint {
            x: self.sum_x / self.count as f64,
            y: self.sum_y / self.count as f64,
        }
    }
}

/// Markers for `items` at `zoom`, merging points closer than `radius_px`
/// screen pixels. Past `max_zoom` every point is its own marker.
pub fn cluster(
    items: impl IntoIterator<Item = Item>,
    zoom: f64,
    radius_px: f64,
    max_zoom: f64,
) -> Vec<Marker> {
    let level = zoom.floor();
    if level > max_zoom {
        return items
            .into_iter()
            .map(|i| Marker::Single {
                index: i.index,
                at: i.at,
            })
            .collect();
    }
    let size = radius_px / exp2(level);
    let mut cells: HashMap<(i64, i64), Cell> = HashMap::new();
    for item in items {
        let key = (
            (item.at.x / size).floor() as i64,
            (item.at.y / size).floor() as i64,
        );
        cells
            .entry(key)
            .and_modify(|c| c.add(&Cell::new(item)))
            .or_insert_with(|| Cell::new(item));
    }
    // Heaviest cells absorb their neighbours first; ties by key, so the
    // result does not depend on hash order.
    let order = sorted(cells.keys().copied().collect(), &|a: &(i64, i64), b| {
        cells[b].count.cmp(&cells[a].count).then(a.cmp(b))
    });
    let mut markers = Vec::with_capacity(order.len());
    for key in order {
        let Some(mut cell) = cells.remove(&key) else {
            continue;
        };
        let centre = cell.centre();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let near = (key.0 + dx, key.1 + dy);
                let close = cells.get(&near).is_some_and(|n| {
                    let c = n.centre();
                    (c.x - centre.x).hypot(c.y - centre.y) <= size
                });
                if close && let Some(n) = cells.remove(&near) {
                    cell.add(&n);
                }
            }
        }
        markers.push(if cell.count == 1 {
            Marker::Single {
                index: cell.first.index,
                at: cell.first.at,
            }
        } else {
            Marker::Cluster(Cluster {
                key,
                count: cell.count,
                total: cell.total,
                at: cell.centre(),
                min: cell.min,
                max: cell.max,
            })
        });
    }
    markers
}

//! Simplifies neighbouring polygons without opening gaps between them.
//!
//! Simplifying each polygon on its own moves a shared edge differently on
//! each side. Here rings are cut at junctions (vertices where the set of
//! polygons along the border changes), every piece of border is simplified
//! once in a canonical direction, and each ring is rebuilt from those pieces,
//! so both sides of a shared edge get exactly the same vertices.

use std::collections::{HashMap, HashSet};

use geo::{Coord, LineString, MultiPolygon, Polygon, Simplify};

type Key = (u64, u64);

fn key(c: &Coord<f64>) -> Key {
    (c.x.to_bits(), c.y.to_bits())
}

pub fn simplify_shared(shapes: &[MultiPolygon<f64>], epsilon: f64) -> Vec<MultiPolygon<f64>> {
    let junctions = junctions(shapes);
    shapes
        .iter()
        .map(|shape| {
            MultiPolygon(
                shape
                    .iter()
                    .map(|polygon| {
                        let ring = |r: &LineString<f64>| simplify_ring(r, &junctions, epsilon);
                        Polygon::new(
                            ring(polygon.exterior()),
                            polygon.interiors().iter().map(ring).collect(),
                        )
                    })
                    .collect(),
            )
        })
        .collect()
}

/// Open ring vertices (the closing repeat of the first vertex dropped).
fn open(ring: &LineString<f64>) -> &[Coord<f64>] {
    let c = &ring.0[..];
    if c.len() > 1 && c.first() == c.last() {
        &c[..c.len() - 1]
    } else {
        c
    }
}

/// Vertices whose neighbours differ between their occurrences.
fn junctions(shapes: &[MultiPolygon<f64>]) -> HashSet<Key> {
    let mut neighbours: HashMap<Key, HashSet<(Key, Key)>> = HashMap::new();
    let rings = shapes
        .iter()
        .flat_map(|s| s.iter())
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()));
    for ring in rings {
        let v = open(ring);
        let n = v.len();
        for i in 0..n {
            let prev = key(&v[(i + n - 1) % n]);
            let next = key(&v[(i + 1) % n]);
            let pair = if prev <= next {
                (prev, next)
            } else {
                (next, prev)
            };
            neighbours.entry(key(&v[i])).or_default().insert(pair);
        }
    }
    neighbours
        .into_iter()
        .filter(|(_, pairs)| pairs.len() > 1)
        .map(|(k, _)| k)
        .collect()
}

fn simplify_ring(
    ring: &LineString<f64>,
    junctions: &HashSet<Key>,
    epsilon: f64,
) -> LineString<f64> {
    let v = open(ring);
    if v.len() < 4 {
        return ring.clone();
    }
    // Start at a junction, or at the smallest vertex when there is none, so
    // that a ring shared whole (an enclave and its hole) is cut the same way twice.
    let start = v
        .iter()
        .position(|c| junctions.contains(&key(c)))
        .unwrap_or_else(|| (0..v.len()).min_by_key(|&i| key(&v[i])).unwrap_or(0));
    let mut rotated: Vec<Coord<f64>> = v[start..].iter().chain(&v[..start]).copied().collect();
    rotated.push(rotated[0]);

    let mut out: Vec<Coord<f64>> = vec![rotated[0]];
    let mut piece_start = 0;
    for i in 1..rotated.len() {
        if i == rotated.len() - 1 || junctions.contains(&key(&rotated[i])) {
            let piece = simplify_piece(&rotated[piece_start..=i], epsilon);
            out.extend_from_slice(&piece[1..]);
            piece_start = i;
        }
    }
    if out.len() < 4 {
        return ring.clone();
    }
    LineString(out)
}

/// Simplifies a piece of border in whichever direction sorts first, so the
/// two rings that share it get the same result.
fn simplify_piece(piece: &[Coord<f64>], epsilon: f64) -> Vec<Coord<f64>> {
    let forward = piece.iter().map(key);
    let backward = piece.iter().rev().map(key);
    let reversed = backward.lt(forward);
    let mut line = LineString(piece.to_vec());
    if reversed {
        line.0.reverse();
    }
    let mut simplified = line.simplify(epsilon).0;
    if reversed {
        simplified.reverse();
    }
    simplified
}

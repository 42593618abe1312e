//! `mapdata synthetic`: a large, clearly labelled synthetic data set for
//! benchmarks and load tests. Never the default data.

use geo::{BoundingRect, Contains, Point};
use serde_json::{Value, json};

use crate::round6;
use imap_core::geometry::extent;
use imap_core::model::boundary::{Boundary, Role};
use imap_core::model::manifest::Manifest;
use imap_core::tool::reference::ReferenceFault;

/// Share of projects whose amount is left undisclosed, as in the real data.
const UNDISCLOSED_SHARE: f64 = 0.3;

/// The manifest and projects of a synthetic set: `n` projects at random
/// points inside the focus boundaries, every industry and status, amounts
/// log-normally distributed (many small, few large: median about 2 亿元,
/// within 0.05–60), some undisclosed.
pub fn generate(
    n: usize,
    seed: u64,
    template: &Manifest,
    boundaries: &[Boundary],
) -> Result<(String, String), ReferenceFault> {
    let focus: Vec<&Boundary> = boundaries
        .iter()
        .filter(|b| b.role == Role::Focus)
        .collect();
    let rects: Vec<_> = focus
        .iter()
        .filter_map(|b| b.shape.bounding_rect())
        .collect();
    let Some(rect) = extent::union(rects) else {
        return Err(ReferenceFault::NoFocusArea);
    };
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut features = Vec::with_capacity(n);
    for i in 0..n {
        let (lon, lat) = loop {
            let p = Point::new(
                rect.min().x + rng.f64() * rect.width(),
                rect.min().y + rng.f64() * rect.height(),
            );
            if focus.iter().any(|b| b.shape.contains(&p)) {
                break (round6(p.x()), round6(p.y()));
            }
        };
        let industry = &template.industries[rng.usize(..template.industries.len())].id;
        let status = &template.statuses[rng.usize(..template.statuses.len())].id;
        let investment = if rng.f64() < UNDISCLOSED_SHARE {
            Value::Null
        } else {
            json!(log_normal_amount(&mut rng))
        };
        let year = 2015 + rng.u32(..10);
        let month = 1 + rng.u32(..12);
        features.push(json!({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "id": format!("syn-{i:07}"),
                "name": format!("合成项目 {i:07}"),
                "name_en": format!("Synthetic project {i:07}"),
                "industry": industry,
                "status": status,
                "investment": investment,
                "date": format!("{year}-{month:02}"),
                "company": format!("合成企业 {:04}", rng.u32(..5000)),
                "description": "合成数据，非真实项目",
                "location_precision": "approximate",
            }
        }));
    }
    let projects = json!({
        "type": "FeatureCollection",
        "note": format!("SYNTHETIC: {n} generated projects (seed {seed}), not real data."),
        "features": features,
    });
    let mut manifest = json!({
        "version": 1,
        "title": {
            "zh": format!("合成测试数据（{n} 个项目，非真实数据）"),
            "en": format!("Synthetic test data ({n} projects, not real)"),
        },
        "crs": "WGS84",
        "boundaries": "districts.geojson",
        "projects": "projects.geojson",
        "industries": template.industries.iter().map(|c| json!({"id": c.id, "zh": c.zh, "en": c.en, "color": c.color})).collect::<Vec<_>>(),
        "statuses": template.statuses.iter().map(|c| json!({"id": c.id, "zh": c.zh, "en": c.en})).collect::<Vec<_>>(),
        "attribution": {"zh": "合成数据（mapdata synthetic）", "en": "Synthetic data (mapdata synthetic)"},
    });
    if let Some(updated) = &template.updated {
        manifest["updated"] = json!(updated);
    }
    Ok((manifest.to_string(), projects.to_string()))
}

/// exp(N(ln 2, 1.3)), kept within 0.05–60 亿元 and rounded to 0.01.
fn log_normal_amount(rng: &mut fastrand::Rng) -> f64 {
    // Box–Muller: a standard normal from two uniforms.
    let (u1, u2) = (rng.f64().max(f64::MIN_POSITIVE), rng.f64());
    let z = (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos();
    let v = (2f64.ln() + 1.3 * z).exp().clamp(0.05, 60.0);
    (v * 100.0).round() / 100.0
}

//! The editors' data tool. Usage:
//!
//! ```text
//! mapdata boundaries SOURCE.geojson KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]
//! mapdata synthetic N OUTDIR [--seed S] [--from public/data]
//! ```

use std::process::ExitCode;

use imap_core::model::boundary;
use imap_core::model::manifest::Manifest;
use mapdata::{boundaries, synthetic};

const USAGE: &str = "usage:\n  mapdata boundaries SOURCE.geojson KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]\n  mapdata synthetic N OUTDIR [--seed S] [--from DATADIR]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("boundaries") => run_boundaries(&args[1..]),
        Some("synthetic") => run_synthetic(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("mapdata: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_boundaries(args: &[String]) -> Result<String, String> {
    let mut positional = Vec::new();
    let mut tolerance = boundaries::DEFAULT_TOLERANCE;
    let mut attribution = boundaries::DEFAULT_ATTRIBUTION.to_string();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--tolerance" => {
                tolerance = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|v: &f64| *v >= 0.0)
                    .ok_or("--tolerance needs a number of degrees ≥ 0")?;
            }
            "--attribution" => attribution = it.next().ok_or("--attribution needs a text")?.clone(),
            _ => positional.push(arg),
        }
    }
    let [source, keys, out] = positional.as_slice() else {
        return Err(USAGE.to_string());
    };
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let keys = boundaries::read_keys(&read(keys)?)?;
    let output = boundaries::convert(&read(source)?, &keys, tolerance, &attribution)?;
    std::fs::write(out.as_str(), &output.geojson).map_err(|e| format!("{out}: {e}"))?;
    Ok(format!(
        "{out}: {} features, {} → {} vertices, {} bytes",
        keys.len(),
        output.vertices_before,
        output.vertices_after,
        output.geojson.len()
    ))
}

/// Writes map.json, districts.geojson (copied) and projects.geojson to OUTDIR,
/// taking industries, statuses and boundaries from DATADIR (the default data).
fn run_synthetic(args: &[String]) -> Result<String, String> {
    let mut positional = Vec::new();
    let mut seed = 1u64;
    let mut from = String::from("public/data");
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seed" => {
                seed = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--seed needs a number")?
            }
            "--from" => from = it.next().ok_or("--from needs a folder")?.clone(),
            _ => positional.push(arg),
        }
    }
    let [n, out] = positional.as_slice() else {
        return Err(USAGE.to_string());
    };
    let n: usize = n
        .parse()
        .map_err(|_| format!("N must be a count, not {n}"))?;
    let read = |name: &str| {
        let path = format!("{from}/{name}");
        std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))
    };
    let template = Manifest::parse("map.json", &read("map.json")?).map_err(|e| format!("{e:?}"))?;
    let districts = read(&template.boundaries)?;
    let mut problems = Vec::new();
    let boundaries = boundary::parse(&template.boundaries, &districts, &mut problems)
        .map_err(|e| format!("{e:?}"))?;
    let (manifest, projects) = synthetic::generate(n, seed, &template, &boundaries)?;
    std::fs::create_dir_all(out.as_str()).map_err(|e| format!("{out}: {e}"))?;
    for (name, text) in [
        ("map.json", &manifest),
        ("districts.geojson", &districts),
        ("projects.geojson", &projects),
    ] {
        let path = format!("{out}/{name}");
        std::fs::write(&path, text).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(format!(
        "{out}: {n} synthetic projects, {} bytes",
        projects.len()
    ))
}

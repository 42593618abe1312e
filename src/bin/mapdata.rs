//! The editors' data tool. Usage:
//!
//! ```text
//! mapdata boundaries SOURCE.geojson KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]
//! ```

use std::process::ExitCode;

use investment_map::mapdata::boundaries;

const USAGE: &str = "usage: mapdata boundaries SOURCE.geojson KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("boundaries") => run_boundaries(&args[1..]),
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

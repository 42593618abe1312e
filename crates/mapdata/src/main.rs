//! The editors' data tool. Usage:
//!
//! ```text
//! mapdata boundaries SOURCE.geojson KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]
//! mapdata context KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]
//! mapdata topojson TOPOLOGY.json OBJECT ID,ID,… OUT.geojson
//! mapdata places TABLE.csv OUT.geojson
//! mapdata synthetic N OUTDIR [--seed S] [--from public/data]
//! mapdata validate DIR/map.json [--lang zh|en] [--json]
//! mapdata export-csv DIR/map.json OUT.csv [--lang zh|en]
//! ```

use std::process::ExitCode;

use imap_core::lang::Lang;
use imap_core::model::boundary;
use imap_core::model::export;
use imap_core::model::manifest::Manifest;
use imap_i18n::Texts;
use mapdata::{boundaries, context, folder, places, shapes, synthetic, validate};

const USAGE: &str = "usage:\n  mapdata boundaries SOURCE.geojson KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]\n  mapdata context KEYS.csv OUT.geojson [--tolerance DEG] [--attribution TEXT]\n  mapdata topojson TOPOLOGY.json OBJECT ID,ID,... OUT.geojson\n  mapdata places TABLE.csv OUT.geojson\n  mapdata synthetic N OUTDIR [--seed S] [--from DATADIR]\n  mapdata validate DIR/map.json [--lang zh|en] [--json]\n  mapdata export-csv DIR/map.json OUT.csv [--lang zh|en]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("boundaries") => run_boundaries(&args[1..]),
        Some("context") => run_context(&args[1..]),
        Some("topojson") => run_topojson(&args[1..]),
        Some("places") => run_places(&args[1..]),
        Some("synthetic") => run_synthetic(&args[1..]),
        Some("validate") => return run_validate(&args[1..]),
        Some("export-csv") => run_export_csv(&args[1..]),
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

/// Positional arguments, and the shared `--tolerance` and `--attribution`.
struct ShapeArgs<'a> {
    positional: Vec<&'a String>,
    tolerance: f64,
    attribution: String,
}

fn shape_args<'a>(
    args: &'a [String],
    tolerance: f64,
    attribution: &str,
) -> Result<ShapeArgs<'a>, String> {
    let mut parsed = ShapeArgs {
        positional: Vec::new(),
        tolerance,
        attribution: attribution.to_string(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--tolerance" => {
                parsed.tolerance = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|v: &f64| *v >= 0.0)
                    .ok_or("--tolerance needs a number of degrees ≥ 0")?;
            }
            "--attribution" => {
                parsed.attribution = it.next().ok_or("--attribution needs a text")?.clone()
            }
            _ => parsed.positional.push(arg),
        }
    }
    Ok(parsed)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn write(path: &str, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{path}: {e}"))
}

fn run_context(args: &[String]) -> Result<String, String> {
    let ShapeArgs {
        positional,
        tolerance,
        attribution,
    } = shape_args(
        args,
        context::DEFAULT_TOLERANCE,
        context::DEFAULT_ATTRIBUTION,
    )?;
    let [keys, out] = positional.as_slice() else {
        return Err(USAGE.to_string());
    };
    let rows = shapes::read_table::<context::Row>(&read(keys)?)?;
    let output = context::convert(&rows, read, tolerance, &attribution)?;
    write(out, &output.geojson)?;
    Ok(output.report(out))
}

fn run_topojson(args: &[String]) -> Result<String, String> {
    let [topology, object, ids, out] = args else {
        return Err(USAGE.to_string());
    };
    let ids: Vec<&str> = ids.split(',').collect();
    let geojson = context::extract_topojson(&read(topology)?, object, &ids)?;
    write(out, &geojson)?;
    Ok(format!(
        "{out}: {} features, {} bytes",
        ids.len(),
        geojson.len()
    ))
}

fn run_places(args: &[String]) -> Result<String, String> {
    let [table, out] = args else {
        return Err(USAGE.to_string());
    };
    let rows = shapes::read_table::<places::Row>(&read(table)?)?;
    let geojson = places::convert(&rows, places::DEFAULT_ATTRIBUTION)?;
    write(out, &geojson)?;
    Ok(format!(
        "{out}: {} places, {} bytes",
        rows.len(),
        geojson.len()
    ))
}

fn run_boundaries(args: &[String]) -> Result<String, String> {
    let ShapeArgs {
        positional,
        tolerance,
        attribution,
    } = shape_args(
        args,
        boundaries::DEFAULT_TOLERANCE,
        boundaries::DEFAULT_ATTRIBUTION,
    )?;
    let [source, keys, out] = positional.as_slice() else {
        return Err(USAGE.to_string());
    };
    let keys = shapes::read_table::<boundaries::Key>(&read(keys)?)?;
    let output = boundaries::convert(&read(source)?, &keys, tolerance, &attribution)?;
    write(out, &output.geojson)?;
    Ok(output.report(out))
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

/// Prints every finding; fails when the map would show less than the files hold.
fn run_validate(args: &[String]) -> ExitCode {
    let mut lang = Lang::Zh;
    let mut json = false;
    let mut manifest = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => match it.next().and_then(|code| Lang::from_code(code)) {
                Some(l) => lang = l,
                None => return usage_error("--lang needs zh or en"),
            },
            path if manifest.is_none() => manifest = Some(path),
            _ => return usage_error(USAGE),
        }
    }
    let Some(manifest) = manifest else {
        return usage_error(USAGE);
    };
    let report = validate::validate(std::path::Path::new(manifest), lang);
    println!(
        "{}",
        if json {
            report.json()
        } else {
            report.text(lang)
        }
    );
    if report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("mapdata: {message}");
    ExitCode::from(2)
}

/// The deployed projects as the app's own CSV export, for editors to start
/// their spreadsheet from.
fn run_export_csv(args: &[String]) -> Result<String, String> {
    let (lang, positional) = match args {
        [rest @ .., flag, code] if flag == "--lang" => {
            (Lang::from_code(code).ok_or("--lang needs zh or en")?, rest)
        }
        rest => (Lang::Zh, rest),
    };
    let [manifest, out] = positional else {
        return Err(USAGE.to_string());
    };
    let (_, data) =
        folder::open(std::path::Path::new(manifest)).map_err(|error| lang.file_error(&error))?;
    if let Some(error) = data.file_errors.first() {
        return Err(lang.file_error(error));
    }
    write(
        out,
        &export::csv(&data, &data.projects, lang, &lang.t().csv_headers),
    )?;
    Ok(format!(
        "{out}: {} projects ({} skipped: mapdata validate {manifest})",
        data.projects.len(),
        data.problems
            .iter()
            .filter(|p| p.severity == imap_core::model::problems::Severity::Skipped)
            .count()
    ))
}

//! The editors' data tool: `mapdata --help` (or `mapdata --lang en --help`)
//! lists the commands. This file only reads arguments and files; the work is
//! in the library, tested natively.

use std::path::Path;
use std::process::ExitCode;

use imap_core::lang::Lang;
use imap_core::model::boundary;
use imap_core::model::export;
use imap_core::model::manifest::Manifest;
use imap_core::model::problems::Severity;
use imap_core::model::problems::SystemError;
use imap_core::tool::failure::Failure;
use imap_core::tool::file_trouble::{FileTrouble, InputRole};
use imap_core::tool::reference::{Items, ReferenceFault, Written};
use imap_i18n::{Texts, ToolTexts};
use mapdata::cli::{self, Invocation};
use mapdata::output;
use mapdata::{boundaries, context, folder, import, places, shapes, synthetic, validate};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let lang = cli::language(&args, |name| std::env::var(name).ok());
    let matches = match cli::command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => {
            // clap's own messages are English; say the gist first.
            if error.use_stderr() && lang == Lang::Zh {
                eprintln!("{}", lang.help().bad_command_line);
            }
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    let invocation = match Invocation::read(&matches) {
        Ok(invocation) => invocation,
        Err(failure) => {
            eprintln!("mapdata: {}", lang.failure(&failure));
            return ExitCode::from(2);
        }
    };
    let result = match invocation {
        Invocation::Boundaries {
            source,
            keys,
            out,
            tolerance,
            attribution,
            from_gcj02,
        } => run_boundaries(&source, &keys, &out, tolerance, attribution, from_gcj02)
            .map(|w| lang.written(&w)),
        Invocation::Context {
            keys,
            out,
            tolerance,
            attribution,
        } => run_context(&keys, &out, tolerance, attribution).map(|w| lang.written(&w)),
        Invocation::Topojson {
            topology,
            object,
            ids,
            out,
        } => run_topojson(&topology, &object, &ids, &out).map(|w| lang.written(&w)),
        Invocation::Places { table, out } => run_places(&table, &out).map(|w| lang.written(&w)),
        Invocation::Synthetic {
            n,
            outdir,
            seed,
            from,
        } => run_synthetic(n, &outdir, seed, &from).map(|w| lang.written(&w)),
        Invocation::Validate { manifest, json } => return run_validate(&manifest, json, lang),
        Invocation::ExportCsv { manifest, out } => run_export_csv(&manifest, &out, lang),
        Invocation::ImportCsv {
            table,
            out,
            manifest,
            from_gcj02,
            strict,
        } => {
            let choices = ImportCsv {
                manifest,
                from_gcj02,
                strict,
            };
            return run_import_csv(&table, &out, choices, lang);
        }
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("mapdata: {}", lang.failure(&failure));
            ExitCode::FAILURE
        }
    }
}

/// A reference file as text.
fn read(path: &str) -> Result<String, Failure> {
    let bytes = output::read_bounded(Path::new(path), output::DATA_BYTES)
        .map_err(|trouble| Failure::File(FileTrouble::Read(trouble)))?;
    String::from_utf8(bytes).map_err(|_| {
        Failure::Reference(ReferenceFault::NotText {
            file: path.to_string(),
        })
    })
}

fn write(path: &str, text: &str) -> Result<(), Failure> {
    Ok(output::write_atomically(Path::new(path), text)?)
}

fn run_boundaries(
    source: &str,
    keys: &str,
    out: &str,
    tolerance: Option<f64>,
    attribution: Option<String>,
    from_gcj02: bool,
) -> Result<Written, Failure> {
    let keys = shapes::read_table::<boundaries::Key>(&read(keys)?)?;
    let output = boundaries::convert(
        &read(source)?,
        &keys,
        tolerance.unwrap_or(boundaries::DEFAULT_TOLERANCE),
        attribution
            .as_deref()
            .unwrap_or(boundaries::DEFAULT_ATTRIBUTION),
        from_gcj02,
    )?;
    write(out, &output.geojson)?;
    Ok(output.written(out))
}

fn run_context(
    keys: &str,
    out: &str,
    tolerance: Option<f64>,
    attribution: Option<String>,
) -> Result<Written, Failure> {
    let rows = shapes::read_table::<context::Row>(&read(keys)?)?;
    let output = context::convert(
        &rows,
        read,
        tolerance.unwrap_or(context::DEFAULT_TOLERANCE),
        attribution
            .as_deref()
            .unwrap_or(context::DEFAULT_ATTRIBUTION),
    )?;
    write(out, &output.geojson)?;
    Ok(output.written(out))
}

fn run_topojson(
    topology: &str,
    object: &str,
    ids: &[String],
    out: &str,
) -> Result<Written, Failure> {
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let geojson = context::extract_topojson(&read(topology)?, object, &ids)?;
    write(out, &geojson)?;
    Ok(Written {
        path: out.to_string(),
        items: Items::Features(ids.len()),
        bytes: geojson.len(),
        simplified: None,
    })
}

fn run_places(table: &str, out: &str) -> Result<Written, Failure> {
    let rows = shapes::read_table::<places::Row>(&read(table)?)?;
    let geojson = places::convert(&rows, places::DEFAULT_ATTRIBUTION)?;
    write(out, &geojson)?;
    Ok(Written {
        path: out.to_string(),
        items: Items::Places(rows.len()),
        bytes: geojson.len(),
        simplified: None,
    })
}

/// Writes map.json, districts.geojson (copied) and projects.geojson to OUTDIR,
/// taking industries, statuses and boundaries from the `--from` folder.
fn run_synthetic(n: usize, out: &str, seed: u64, from: &str) -> Result<Written, Failure> {
    let read = |name: &str| read(&format!("{from}/{name}"));
    let template = Manifest::parse("map.json", &read("map.json")?).map_err(Failure::Data)?;
    let districts = read(&template.boundaries)?;
    let mut problems = Vec::new();
    let boundaries =
        boundary::parse(&template.boundaries, &districts, &mut problems).map_err(Failure::Data)?;
    let (manifest, projects) = synthetic::generate(n, seed, &template, &boundaries)?;
    std::fs::create_dir_all(out).map_err(|e| ReferenceFault::NoFolder {
        path: out.to_string(),
        why: SystemError::of(&e),
    })?;
    for (name, text) in [
        ("map.json", &manifest),
        ("districts.geojson", &districts),
        ("projects.geojson", &projects),
    ] {
        write(&format!("{out}/{name}"), text)?;
    }
    Ok(Written {
        path: out.to_string(),
        items: Items::SyntheticProjects(n),
        bytes: projects.len(),
        simplified: None,
    })
}

/// Prints every finding; fails when the map would show less than the files hold.
fn run_validate(manifest: &str, json: bool, lang: Lang) -> ExitCode {
    let report = validate::validate(Path::new(manifest), &cli::today());
    println!(
        "{}",
        if json {
            report.json(lang)
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

/// The deployed projects as the app's own CSV export, for editors to start
/// their spreadsheet from. Every feature left out is named: it would be gone
/// after the sheet is imported again.
fn run_export_csv(manifest: &str, out: &str, lang: Lang) -> Result<String, Failure> {
    let (folder, data) = folder::open(Path::new(manifest)).map_err(Failure::Data)?;
    if let Some(error) = data.file_errors.first() {
        return Err(Failure::Data(error.clone()));
    }
    let mut inputs = vec![(manifest.into(), InputRole::Manifest)];
    inputs.extend(
        folder
            .data_files(&data.manifest)
            .map(|path| (path, InputRole::NamedData)),
    );
    let csv = export::csv(&data, &data.projects, lang, &lang.t().csv_headers);
    output::check_target(Path::new(out), &inputs)
        .and_then(|()| output::write_atomically(Path::new(out), &csv))?;
    let skipped: Vec<_> = data
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Skipped && p.file == data.manifest.projects)
        .collect();
    for problem in &skipped {
        eprintln!(
            "{}",
            lang.not_exported(&format!(
                "{} — {}",
                lang.problem_subject(problem),
                lang.problem_reason(&problem.reason)
            ))
        );
    }
    Ok(lang.exported(out, data.projects.len(), skipped.len(), manifest))
}

/// Exit 0 when every row was written, 1 when any was not (or nothing could
/// be read, or the target was refused), 2 for a wrong command line. The
/// target is never left worse than it was: nothing is written when no row
/// is usable, and a write replaces it whole or not at all.
/// import-csv's options beside its table and target.
struct ImportCsv {
    manifest: Option<String>,
    from_gcj02: bool,
    strict: bool,
}

fn run_import_csv(table: &str, out: &str, choices: ImportCsv, lang: Lang) -> ExitCode {
    let manifest = choices
        .manifest
        .map_or_else(|| Path::new(out).with_file_name("map.json"), Into::into);
    let fail = |failure: Failure| {
        eprintln!("mapdata: {}", lang.failure(&failure));
        ExitCode::FAILURE
    };
    let (folder, data) = match folder::open(&manifest) {
        Ok(opened) => opened,
        Err(error) => return fail(Failure::NoManifest(error)),
    };
    // Only the boundaries matter here (districts by name and by place); the
    // projects file is the one being replaced, read below for what it
    // carries, and may be missing or broken.
    if let Some(error) = data
        .file_errors
        .iter()
        .find(|e| e.file == data.manifest.boundaries)
    {
        return fail(Failure::Data(error.clone()));
    }
    let (table_path, out_path) = (Path::new(table), Path::new(out));
    let mut inputs = vec![
        (table_path.to_path_buf(), InputRole::Sheet),
        (manifest.clone(), InputRole::Manifest),
    ];
    let projects = folder.path(&data.manifest.projects);
    inputs.extend(
        folder
            .data_files(&data.manifest)
            .filter(|path| *path != projects)
            .map(|path| (path, InputRole::NamedData)),
    );
    if let Err(trouble) = output::check_target(out_path, &inputs) {
        return fail(Failure::File(trouble));
    }
    let bytes = match output::read_bounded(table_path, import::table::Bounds::STANDARD.file_bytes) {
        Ok(bytes) => bytes,
        Err(trouble) => return fail(Failure::File(FileTrouble::Read(trouble))),
    };
    let previous = out_path.exists().then(|| folder::read_text(out, out_path));
    let options = import::Options {
        from_gcj02: choices.from_gcj02,
        previous: previous.as_ref().map(|text| import::Replaced {
            file: out,
            text: text.as_deref(),
        }),
        bounds: import::table::Bounds::STANDARD,
    };
    let result = import::import(&bytes, &data, options);
    for finding in &result.findings {
        println!("{}", lang.finding(finding));
    }
    let strict = choices.strict;
    let written = match &result.geojson {
        Some(geojson) if result.is_complete() || !strict => {
            output::write_atomically(out_path, geojson).map(|()| true)
        }
        _ => Ok(false),
    };
    match written {
        Err(trouble) => fail(Failure::File(trouble)),
        Ok(written) => {
            println!("{}", lang.imported(&result.tally, out, written));
            if result.is_complete() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

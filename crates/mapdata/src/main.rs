//! The editors' data tool: `mapdata --help` (or `mapdata --lang en --help`)
//! lists the commands. This file only reads arguments and files; the work is
//! in the library, tested natively.

use std::path::Path;
use std::process::ExitCode;

use clap::ArgMatches;
use imap_core::lang::Lang;
use imap_core::model::boundary;
use imap_core::model::export;
use imap_core::model::manifest::Manifest;
use imap_core::model::problems::Severity;
use imap_i18n::Texts;
use mapdata::cli::{self, Words};
use mapdata::output::{self, InputRole};
use mapdata::{boundaries, context, folder, import, places, shapes, synthetic, validate};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let lang = cli::language(&args, |name| std::env::var(name).ok());
    let matches = match cli::command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => {
            // clap's own messages are English; say the gist first.
            if error.use_stderr() && lang == Lang::Zh {
                eprintln!("mapdata：命令行有误，详见下方；用 mapdata --help 查看用法");
            }
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    let words = Words(lang);
    let result = match matches.subcommand() {
        Some(("boundaries", m)) => run_boundaries(m),
        Some(("context", m)) => run_context(m),
        Some(("topojson", m)) => run_topojson(m),
        Some(("places", m)) => run_places(m),
        Some(("synthetic", m)) => run_synthetic(m),
        Some(("validate", m)) => return run_validate(m, lang),
        Some(("export-csv", m)) => run_export_csv(m, lang),
        Some(("import-csv", m)) => return run_import_csv(m, words),
        _ => unreachable!("clap requires a subcommand"),
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

fn arg<'m>(m: &'m ArgMatches, name: &str) -> &'m str {
    m.get_one::<String>(name).map_or("", String::as_str)
}

/// The reference conversions speak English, like their reference files.
fn read(path: &str) -> Result<String, String> {
    let bytes = output::read_bounded(Path::new(path), output::DATA_BYTES)
        .map_err(|trouble| Words(Lang::En).file_trouble(&trouble))?;
    String::from_utf8(bytes).map_err(|e| format!("{path}: {e}"))
}

fn write(path: &str, text: &str) -> Result<(), String> {
    output::write_atomically(Path::new(path), text)
        .map_err(|trouble| Words(Lang::En).file_trouble(&trouble))
}

fn tolerance(m: &ArgMatches, default: f64) -> f64 {
    m.get_one::<f64>("tolerance").copied().unwrap_or(default)
}

fn attribution<'m>(m: &'m ArgMatches, default: &'m str) -> &'m str {
    m.get_one::<String>("attribution")
        .map_or(default, String::as_str)
}

fn run_boundaries(m: &ArgMatches) -> Result<String, String> {
    let out = arg(m, "out");
    let keys = shapes::read_table::<boundaries::Key>(&read(arg(m, "keys"))?)?;
    let output = boundaries::convert(
        &read(arg(m, "source"))?,
        &keys,
        tolerance(m, boundaries::DEFAULT_TOLERANCE),
        attribution(m, boundaries::DEFAULT_ATTRIBUTION),
        m.get_flag("from-gcj02"),
    )?;
    write(out, &output.geojson)?;
    Ok(output.report(out))
}

fn run_context(m: &ArgMatches) -> Result<String, String> {
    let out = arg(m, "out");
    let rows = shapes::read_table::<context::Row>(&read(arg(m, "keys"))?)?;
    let output = context::convert(
        &rows,
        read,
        tolerance(m, context::DEFAULT_TOLERANCE),
        attribution(m, context::DEFAULT_ATTRIBUTION),
    )?;
    write(out, &output.geojson)?;
    Ok(output.report(out))
}

fn run_topojson(m: &ArgMatches) -> Result<String, String> {
    let out = arg(m, "out");
    let ids: Vec<&str> = arg(m, "ids").split(',').collect();
    let geojson = context::extract_topojson(&read(arg(m, "topology"))?, arg(m, "object"), &ids)?;
    write(out, &geojson)?;
    Ok(format!(
        "{out}: {} features, {} bytes",
        ids.len(),
        geojson.len()
    ))
}

fn run_places(m: &ArgMatches) -> Result<String, String> {
    let out = arg(m, "out");
    let rows = shapes::read_table::<places::Row>(&read(arg(m, "table"))?)?;
    let geojson = places::convert(&rows, places::DEFAULT_ATTRIBUTION)?;
    write(out, &geojson)?;
    Ok(format!(
        "{out}: {} places, {} bytes",
        rows.len(),
        geojson.len()
    ))
}

/// Writes map.json, districts.geojson (copied) and projects.geojson to OUTDIR,
/// taking industries, statuses and boundaries from the `--from` folder.
fn run_synthetic(m: &ArgMatches) -> Result<String, String> {
    let (out, from) = (arg(m, "outdir"), arg(m, "from"));
    let n = m.get_one::<usize>("n").copied().unwrap_or_default();
    let seed = m.get_one::<u64>("seed").copied().unwrap_or(1);
    let read = |name: &str| read(&format!("{from}/{name}"));
    let template = Manifest::parse("map.json", &read("map.json")?).map_err(|e| format!("{e:?}"))?;
    let districts = read(&template.boundaries)?;
    let mut problems = Vec::new();
    let boundaries = boundary::parse(&template.boundaries, &districts, &mut problems)
        .map_err(|e| format!("{e:?}"))?;
    let (manifest, projects) = synthetic::generate(n, seed, &template, &boundaries)?;
    std::fs::create_dir_all(out).map_err(|e| format!("{out}: {e}"))?;
    for (name, text) in [
        ("map.json", &manifest),
        ("districts.geojson", &districts),
        ("projects.geojson", &projects),
    ] {
        write(&format!("{out}/{name}"), text)?;
    }
    Ok(format!(
        "{out}: {n} synthetic projects, {} bytes",
        projects.len()
    ))
}

/// Prints every finding; fails when the map would show less than the files hold.
fn run_validate(m: &ArgMatches, lang: Lang) -> ExitCode {
    let report = validate::validate(Path::new(arg(m, "manifest")), lang, &cli::today());
    println!(
        "{}",
        if m.get_flag("json") {
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

/// The deployed projects as the app's own CSV export, for editors to start
/// their spreadsheet from. Every feature left out is named: it would be gone
/// after the sheet is imported again.
fn run_export_csv(m: &ArgMatches, lang: Lang) -> Result<String, String> {
    let words = Words(lang);
    let (manifest, out) = (arg(m, "manifest"), arg(m, "out"));
    let (folder, data) =
        folder::open(Path::new(manifest)).map_err(|error| lang.file_error(&error))?;
    if let Some(error) = data.file_errors.first() {
        return Err(lang.file_error(error));
    }
    let mut inputs = vec![(manifest.into(), InputRole::Manifest)];
    inputs.extend(
        folder
            .data_files(&data.manifest)
            .map(|path| (path, InputRole::NamedData)),
    );
    let csv = export::csv(&data, &data.projects, lang, &lang.t().csv_headers);
    output::check_target(Path::new(out), &inputs)
        .and_then(|()| output::write_atomically(Path::new(out), &csv))
        .map_err(|trouble| words.file_trouble(&trouble))?;
    let skipped: Vec<_> = data
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Skipped && p.file == data.manifest.projects)
        .collect();
    for problem in &skipped {
        eprintln!(
            "{}",
            words.not_exported(&format!(
                "{} — {}",
                lang.problem_subject(problem),
                lang.problem_reason(&problem.reason)
            ))
        );
    }
    Ok(words.exported(out, data.projects.len(), skipped.len(), manifest))
}

/// Exit 0 when every row was written, 1 when any was not (or nothing could
/// be read, or the target was refused), 2 for a wrong command line. The
/// target is never left worse than it was: nothing is written when no row
/// is usable, and a write replaces it whole or not at all.
fn run_import_csv(m: &ArgMatches, words: Words) -> ExitCode {
    let (table, out) = (arg(m, "table"), arg(m, "out"));
    let manifest = m
        .get_one::<String>("manifest")
        .map_or_else(|| Path::new(out).with_file_name("map.json"), Into::into);
    let fail = |message: String| {
        eprintln!("mapdata: {message}");
        ExitCode::FAILURE
    };
    let (folder, data) = match folder::open(&manifest) {
        Ok(opened) => opened,
        Err(error) => return fail(words.no_manifest(&words.0.file_error(&error))),
    };
    // Only the boundaries matter here (districts by name and by place); the
    // projects file is the one being replaced, read below for what it
    // carries, and may be missing or broken.
    if let Some(error) = data
        .file_errors
        .iter()
        .find(|e| e.file == data.manifest.boundaries)
    {
        return fail(words.0.file_error(error));
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
        return fail(words.file_trouble(&trouble));
    }
    let bytes = match output::read_bounded(table_path, import::table::Bounds::STANDARD.file_bytes) {
        Ok(bytes) => bytes,
        Err(trouble) => return fail(words.file_trouble(&trouble)),
    };
    let previous = out_path.exists().then(|| {
        output::read_bounded(out_path, output::DATA_BYTES)
            .map_err(|trouble| words.file_trouble(&trouble))
            .and_then(|bytes| String::from_utf8(bytes).map_err(|e| e.to_string()))
    });
    let options = import::Options {
        from_gcj02: m.get_flag("from-gcj02"),
        previous: previous
            .as_ref()
            .map(|p| p.as_deref().map_err(String::as_str)),
        bounds: import::table::Bounds::STANDARD,
    };
    let result = import::import(&bytes, &data, options);
    for finding in &result.findings {
        println!("{}", finding.text(words.0));
    }
    let strict = m.get_flag("strict");
    let written = match &result.geojson {
        Some(geojson) if result.is_complete() || !strict => {
            output::write_atomically(out_path, geojson).map(|()| true)
        }
        _ => Ok(false),
    };
    match written {
        Err(trouble) => fail(words.file_trouble(&trouble)),
        Ok(written) => {
            println!("{}", words.imported(&result, out, written));
            if result.is_complete() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

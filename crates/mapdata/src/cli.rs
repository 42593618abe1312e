//! The command line: every command, argument and report line in Chinese or
//! English. The language is `--lang`, else the system's (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`), else Chinese, the editors' language.

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use imap_core::lang::Lang;
use imap_core::tool::failure::Failure;
use imap_i18n::{ToolHelp, ToolTexts};

/// `--lang zh|en` (or `--lang=en`) anywhere, else the locale, else Chinese.
/// Read before clap parses, so that `--help` itself is in that language.
pub fn language(args: &[String], env: impl Fn(&str) -> Option<String>) -> Lang {
    let given = args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--lang=").or_else(|| {
            (arg == "--lang")
                .then(|| args.get(i + 1).map(String::as_str))
                .flatten()
        })
    });
    if let Some(lang) = given.and_then(Lang::from_code) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(env)
        .find(|value| !value.is_empty())
        .filter(|locale| locale.starts_with("en"))
        .map_or(Lang::Zh, |_| Lang::En)
}

/// Today as `YYYY-MM-DD`, for dates in the future.
pub fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

/// The shared `--lang` and `--help` come after each command's own options.
const LAST: usize = 1000;

/// The whole command line, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let t = lang.help();
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .display_order(LAST)
        .help(t.help);
    let lang_arg = Arg::new("lang")
        .long("lang")
        .global(true)
        .value_name("zh|en")
        .value_parser(["zh", "en"])
        .hide_possible_values(true)
        .display_order(LAST)
        .help(t.lang);
    let file = |name: &'static str, value: &'static str, help: &'static str| {
        Arg::new(name).value_name(value).required(true).help(help)
    };
    let tolerance = |default: f64| {
        Arg::new("tolerance")
            .long("tolerance")
            .value_name("DEG")
            .value_parser(value_parser!(f64))
            .help(lang.tolerance_help(default))
    };
    let attribution = Arg::new("attribution")
        .long("attribution")
        .value_name("TEXT")
        .help(t.attribution);
    let from_gcj02 = |help: &'static str| {
        Arg::new("from-gcj02")
            .long("from-gcj02")
            .action(ArgAction::SetTrue)
            .help(help)
    };
    let manifest = || file("manifest", "DIR/map.json", t.manifest);
    let out_file = || file("out", "OUT.geojson", t.out_file);
    let subcommand =
        |name: &'static str, about: &'static str| localized(Command::new(name), t).about(about);
    let mapdata = localized(Command::new("mapdata"), t)
        .about(t.about)
        .subcommand_required(true)
        .subcommand_help_heading(t.commands_heading)
        .disable_help_subcommand(true)
        .arg(lang_arg)
        .arg(help)
        .subcommand(
            subcommand("import-csv", t.import_about)
                .arg(file("table", "TABLE", t.import_table))
                .alias("import")
                .arg(file("out", "OUT.geojson", t.import_out))
                .arg(
                    Arg::new("manifest")
                        .long("manifest")
                        .value_name("DIR/map.json")
                        .help(t.import_manifest),
                )
                .arg(from_gcj02(t.import_from_gcj02))
                .arg(
                    Arg::new("strict")
                        .long("strict")
                        .action(ArgAction::SetTrue)
                        .help(t.import_strict),
                ),
        )
        .subcommand(
            subcommand("validate", t.validate_about)
                .arg(manifest())
                .arg(
                    Arg::new("json")
                        .long("json")
                        .action(ArgAction::SetTrue)
                        .help(t.validate_json),
                ),
        )
        .subcommand(
            subcommand("export-csv", t.export_about)
                .arg(manifest())
                .arg(file("out", "OUT.csv", t.export_out)),
        )
        .subcommand(
            subcommand("boundaries", t.boundaries_about)
                .arg(file("source", "SOURCE.geojson", t.boundaries_source))
                .arg(file("keys", "KEYS.csv", t.boundaries_keys))
                .arg(file("out", "OUT.geojson", t.boundaries_out))
                .arg(tolerance(crate::boundaries::DEFAULT_TOLERANCE))
                .arg(attribution.clone())
                .arg(from_gcj02(t.boundaries_from_gcj02)),
        )
        .subcommand(
            subcommand("context", t.context_about)
                .arg(file("keys", "KEYS.csv", t.keys))
                .arg(out_file())
                .arg(tolerance(crate::context::DEFAULT_TOLERANCE))
                .arg(attribution),
        )
        .subcommand(
            subcommand("topojson", t.topojson_about)
                .arg(file("topology", "TOPOLOGY.json", t.topojson_topology))
                .arg(file("object", "OBJECT", t.topojson_object))
                .arg(file("ids", "ID,ID,…", t.topojson_ids))
                .arg(out_file()),
        )
        .subcommand(
            subcommand("places", t.places_about)
                .arg(file("table", "TABLE.csv", t.places_table))
                .arg(out_file()),
        )
        .subcommand(
            subcommand("synthetic", t.synthetic_about)
                .arg(file("n", "N", t.synthetic_n).value_parser(value_parser!(usize)))
                .arg(file("outdir", "OUTDIR", t.synthetic_outdir))
                .arg(
                    Arg::new("seed")
                        .long("seed")
                        .value_name("S")
                        .value_parser(value_parser!(u64))
                        .help(t.synthetic_seed),
                )
                .arg(
                    Arg::new("from")
                        .long("from")
                        .value_name("DATADIR")
                        .default_value("public/data")
                        .hide_default_value(true)
                        .help(t.synthetic_from),
                ),
        );
    positionals_headed(mapdata, t.arguments_heading)
}

/// A command line as the commands take it, every argument named and typed:
/// what `command` accepted, read once (`Invocation::read`).
#[derive(Debug, PartialEq)]
pub enum Invocation {
    ImportCsv {
        table: String,
        out: String,
        manifest: Option<String>,
        from_gcj02: bool,
        strict: bool,
    },
    Validate {
        manifest: String,
        json: bool,
    },
    ExportCsv {
        manifest: String,
        out: String,
    },
    Boundaries {
        source: String,
        keys: String,
        out: String,
        tolerance: Option<f64>,
        attribution: Option<String>,
        from_gcj02: bool,
    },
    Context {
        keys: String,
        out: String,
        tolerance: Option<f64>,
        attribution: Option<String>,
    },
    Topojson {
        topology: String,
        object: String,
        ids: Vec<String>,
        out: String,
    },
    Places {
        table: String,
        out: String,
    },
    Synthetic {
        n: usize,
        outdir: String,
        seed: u64,
        from: String,
    },
}

impl Invocation {
    /// The subcommand `matches` holds, with its arguments. An argument that
    /// `command` requires but `matches` lacks is an error naming it, not an
    /// empty string.
    pub fn read(matches: &ArgMatches) -> Result<Invocation, Failure> {
        let missing = |command: &str, argument: &str| Failure::Argument {
            command: command.to_string(),
            argument: argument.to_string(),
        };
        let (name, m) = matches
            .subcommand()
            .ok_or_else(|| missing("mapdata", "command"))?;
        let text = |arg: &str| {
            m.get_one::<String>(arg)
                .cloned()
                .ok_or_else(|| missing(name, arg))
        };
        let optional = |arg: &str| m.get_one::<String>(arg).cloned();
        Ok(match name {
            "import-csv" => Invocation::ImportCsv {
                table: text("table")?,
                out: text("out")?,
                manifest: optional("manifest"),
                from_gcj02: m.get_flag("from-gcj02"),
                strict: m.get_flag("strict"),
            },
            "validate" => Invocation::Validate {
                manifest: text("manifest")?,
                json: m.get_flag("json"),
            },
            "export-csv" => Invocation::ExportCsv {
                manifest: text("manifest")?,
                out: text("out")?,
            },
            "boundaries" => Invocation::Boundaries {
                source: text("source")?,
                keys: text("keys")?,
                out: text("out")?,
                tolerance: m.get_one::<f64>("tolerance").copied(),
                attribution: optional("attribution"),
                from_gcj02: m.get_flag("from-gcj02"),
            },
            "context" => Invocation::Context {
                keys: text("keys")?,
                out: text("out")?,
                tolerance: m.get_one::<f64>("tolerance").copied(),
                attribution: optional("attribution"),
            },
            "topojson" => Invocation::Topojson {
                topology: text("topology")?,
                object: text("object")?,
                ids: text("ids")?.split(',').map(str::to_string).collect(),
                out: text("out")?,
            },
            "places" => Invocation::Places {
                table: text("table")?,
                out: text("out")?,
            },
            "synthetic" => Invocation::Synthetic {
                n: m.get_one::<usize>("n")
                    .copied()
                    .ok_or_else(|| missing(name, "n"))?,
                outdir: text("outdir")?,
                seed: m.get_one::<u64>("seed").copied().unwrap_or(1),
                from: text("from")?,
            },
            _ => return Err(missing("mapdata", "command")),
        })
    }
}

/// clap's own headings and help flag in the help's language.
fn localized(command: Command, t: &'static ToolHelp) -> Command {
    command
        .disable_help_flag(true)
        .help_template(format!(
            "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
            t.usage
        ))
        .next_help_heading(t.options_heading)
}

/// Positional arguments under their own heading, in every command.
fn positionals_headed(command: Command, heading: &'static str) -> Command {
    let mut place = 0;
    command
        .mut_args(|arg| {
            if arg.is_positional() {
                place += 1;
                arg.help_heading(heading).display_order(place)
            } else {
                arg
            }
        })
        .mut_subcommands(|sub| positionals_headed(sub, heading))
}

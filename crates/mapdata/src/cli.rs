//! The command line: every command, argument and report line in Chinese or
//! English. The language is `--lang`, else the system's (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`), else Chinese, the editors' language.

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use imap_core::lang::Lang;

use crate::import::Import;
use crate::import::table::Source;
use crate::output::{FileTrouble, InputRole, ReadTrouble};
use imap_i18n::Texts;

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
    let t = |zh: &'static str, en: &'static str| if lang == Lang::Zh { zh } else { en };
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .display_order(LAST)
        .help(t("显示帮助", "Print help"));
    let lang_arg = Arg::new("lang")
        .long("lang")
        .global(true)
        .value_name("zh|en")
        .value_parser(["zh", "en"])
        .hide_possible_values(true)
        .display_order(LAST)
        .help(t(
            "信息与帮助的语言（默认随系统，否则中文）",
            "Language of messages and help (default: the system's, else Chinese)",
        ));
    let file = |name: &'static str, value: &'static str, zh, en| {
        Arg::new(name)
            .value_name(value)
            .required(true)
            .help(t(zh, en))
    };
    let tolerance = |default: f64| {
        Arg::new("tolerance")
            .long("tolerance")
            .value_name("DEG")
            .value_parser(value_parser!(f64))
            .help(match lang {
                Lang::Zh => format!("简化容差，单位为度（1e-4° ≈ 11 米；默认 {default}）"),
                Lang::En => {
                    format!("Simplification tolerance in degrees (1e-4° ≈ 11 m; default {default})")
                }
            })
    };
    let attribution = Arg::new("attribution")
        .long("attribution")
        .value_name("TEXT")
        .help(t(
            "写入文件的数据来源说明",
            "Attribution stored in the file",
        ));
    let from_gcj02 = |zh, en| {
        Arg::new("from-gcj02")
            .long("from-gcj02")
            .action(ArgAction::SetTrue)
            .help(t(zh, en))
    };
    let manifest = || {
        file(
            "manifest",
            "DIR/map.json",
            "数据文件夹中的 map.json",
            "The map.json of a data folder",
        )
    };
    let subcommand =
        |name: &'static str, zh, en| localized(Command::new(name), lang).about(t(zh, en));
    let mapdata = localized(Command::new("mapdata"), lang)
        .about(t(
            "江门高新区招商地图的数据工具：导入、校验、导出项目数据",
            "The investment map's data tool: import, check and export the map's data",
        ))
        .subcommand_required(true)
        .subcommand_help_heading(t("命令", "Commands"))
        .disable_help_subcommand(true)
        .arg(lang_arg)
        .arg(help)
        .subcommand(
            subcommand(
                "import-csv",
                "把项目表格（Excel/WPS 工作簿，或另存的 CSV，UTF-8 或 GBK）转为项目文件（也可写作 import）",
                "Turn a spreadsheet of projects (an Excel/WPS workbook, or a CSV in UTF-8 or GBK) into the projects file (or: import)",
            )
            .arg(file(
                "table",
                "TABLE",
                "项目表格：.xlsx、.xls、.ods（读第一个工作表）或 .csv",
                "The spreadsheet: .xlsx, .xls, .ods (its first sheet) or .csv",
            ))
            .alias("import")
            .arg(file("out", "OUT.geojson", "写出的项目文件", "The projects file to write"))
            .arg(
                Arg::new("manifest")
                    .long("manifest")
                    .value_name("DIR/map.json")
                    .help(t(
                        "产业、状态与区域取自此 map.json（默认：输出文件旁的 map.json）",
                        "Take industries, statuses and districts from this map.json (default: the one beside OUT)",
                    )),
            )
            .arg(from_gcj02(
                "坐标取自高德或腾讯地图（GCJ-02），转换为 WGS84",
                "Coordinates were picked on Amap or Tencent maps (GCJ-02): convert them to WGS84",
            ))
            .arg(
                Arg::new("strict")
                    .long("strict")
                    .action(ArgAction::SetTrue)
                    .help(t(
                        "只要有一行有误，就不写出任何内容",
                        "Write nothing if any row is bad",
                    )),
            ),
        )
        .subcommand(
            subcommand(
                "validate",
                "按地图的规则检查数据文件夹，列出错误和可疑之处",
                "Check a data folder by the map's rules; list errors and what looks wrong",
            )
            .arg(manifest())
            .arg(
                Arg::new("json")
                    .long("json")
                    .action(ArgAction::SetTrue)
                    .help(t("以 JSON 输出，供脚本使用", "Print JSON, for scripts")),
            ),
        )
        .subcommand(
            subcommand(
                "export-csv",
                "把已部署的项目导出为表格（与地图的导出相同）",
                "Write the deployed projects as a spreadsheet (the map's own export)",
            )
            .arg(manifest())
            .arg(file("out", "OUT.csv", "写出的表格", "The spreadsheet to write")),
        )
        .subcommand(
            subcommand(
                "boundaries",
                "把 DataV 式区划文件按编号表改写为边界文件，并共边简化",
                "Re-key a DataV-style district file into the boundaries file, simplified along shared edges",
            )
            .arg(file("source", "SOURCE.geojson", "区划源文件", "The district source file"))
            .arg(file("keys", "KEYS.csv", "编号表（adcode,id,name,name_en,role）", "Keys table (adcode,id,name,name_en,role)"))
            .arg(file("out", "OUT.geojson", "写出的边界文件", "The boundaries file to write"))
            .arg(tolerance(crate::boundaries::DEFAULT_TOLERANCE))
            .arg(attribution.clone())
            .arg(from_gcj02(
                "源文件为 GCJ-02（高德、DataV、多数国土部门导出），转换为 WGS84",
                "The source is in GCJ-02 (Amap, DataV, most land bureau exports): convert it to WGS84",
            )),
        )
        .subcommand(
            subcommand(
                "context",
                "按编号表生成周边地区图层",
                "Build the surrounding region's layer from a keys table",
            )
            .arg(file("keys", "KEYS.csv", "编号表", "Keys table"))
            .arg(file("out", "OUT.geojson", "写出的文件", "The file to write"))
            .arg(tolerance(crate::context::DEFAULT_TOLERANCE))
            .arg(attribution),
        )
        .subcommand(
            subcommand(
                "topojson",
                "从 TopoJSON 中按编号取出要素",
                "Extract features by id from a TopoJSON file",
            )
            .arg(file("topology", "TOPOLOGY.json", "TopoJSON 文件", "The TopoJSON file"))
            .arg(file("object", "OBJECT", "对象名", "The object's name"))
            .arg(file("ids", "ID,ID,…", "要取出的编号", "The ids to extract"))
            .arg(file("out", "OUT.geojson", "写出的文件", "The file to write")),
        )
        .subcommand(
            subcommand("places", "把地点表转为地点文件", "Turn a table of places into the places file")
                .arg(file("table", "TABLE.csv", "地点表", "The table of places"))
                .arg(file("out", "OUT.geojson", "写出的文件", "The file to write")),
        )
        .subcommand(
            subcommand(
                "synthetic",
                "生成 N 个虚构项目，用于测试与性能测量",
                "Generate N made-up projects, for tests and benchmarks",
            )
            .arg(
                file("n", "N", "项目数", "How many projects")
                    .value_parser(value_parser!(usize)),
            )
            .arg(file("outdir", "OUTDIR", "写出的文件夹", "The folder to write"))
            .arg(
                Arg::new("seed")
                    .long("seed")
                    .value_name("S")
                    .value_parser(value_parser!(u64))
                    .help(t("随机种子（默认 1）", "Random seed (default 1)")),
            )
            .arg(
                Arg::new("from")
                    .long("from")
                    .value_name("DATADIR")
                    .default_value("public/data")
                    .hide_default_value(true)
                    .help(t(
                        "取产业、状态与边界的数据文件夹（默认 public/data）",
                        "Data folder to take industries, statuses and boundaries from (default public/data)",
                    )),
            ),
        );
    positionals_headed(mapdata, t("参数", "Arguments"))
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
    pub fn read(matches: &ArgMatches) -> Result<Invocation, String> {
        let (name, m) = matches
            .subcommand()
            .ok_or_else(|| "no command given".to_string())?;
        let text = |arg: &str| {
            m.get_one::<String>(arg)
                .cloned()
                .ok_or_else(|| format!("{name}: no {arg} given"))
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
                    .ok_or_else(|| format!("{name}: no n given"))?,
                outdir: text("outdir")?,
                seed: m.get_one::<u64>("seed").copied().unwrap_or(1),
                from: text("from")?,
            },
            other => return Err(format!("no command {other}")),
        })
    }
}

/// clap's own headings and help flag in `lang`.
fn localized(command: Command, lang: Lang) -> Command {
    command
        .disable_help_flag(true)
        .help_template(match lang {
            Lang::Zh => "{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}",
            Lang::En => "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
        })
        .next_help_heading(if lang == Lang::Zh {
            "选项"
        } else {
            "Options"
        })
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

/// The report lines of the commands, in one language.
#[derive(Clone, Copy)]
pub struct Words(pub Lang);

impl Words {
    pub fn exported(&self, out: &str, projects: usize, skipped: usize, manifest: &str) -> String {
        match self.0 {
            Lang::Zh => format!(
                "{out}：{projects} 个项目（{skipped} 个被跳过：mapdata validate {manifest}）"
            ),
            Lang::En => format!(
                "{out}: {projects} projects ({skipped} skipped: mapdata validate {manifest})"
            ),
        }
    }

    /// Why a file was not read or written; a target refused or not written
    /// is as it was.
    pub fn file_trouble(&self, trouble: &FileTrouble) -> String {
        let zh = self.0 == Lang::Zh;
        match trouble {
            FileTrouble::Read(trouble) => self.read_trouble(trouble),
            FileTrouble::IsInput { path, role } => {
                let what = match (role, zh) {
                    (InputRole::Sheet, true) => "要导入的表格",
                    (InputRole::Sheet, false) => "the spreadsheet being imported",
                    (InputRole::Manifest, true) => "清单文件 map.json",
                    (InputRole::Manifest, false) => "the manifest, map.json",
                    (InputRole::NamedData, true) => "清单中列出的另一个数据文件",
                    (InputRole::NamedData, false) => "another data file the manifest names",
                };
                if zh {
                    format!("拒绝写入 {path}：它是{what}，会被覆盖；请另选输出文件")
                } else {
                    format!(
                        "refused to write {path}: it is {what} and would be overwritten; choose another output"
                    )
                }
            }
            FileTrouble::NotWritten { path, why } if zh => {
                format!(
                    "无法写入 {path}（{}）：原文件保持不变",
                    self.0.system_error(why)
                )
            }
            FileTrouble::NotWritten { path, why } => {
                format!(
                    "could not write {path} ({}): the file is as it was",
                    self.0.system_error(why)
                )
            }
        }
    }

    /// Why a file was not read.
    pub fn read_trouble(&self, trouble: &ReadTrouble) -> String {
        let zh = self.0 == Lang::Zh;
        match trouble {
            ReadTrouble::Unreadable { path, why, .. } if zh => {
                format!("无法读取 {path}：{}", self.0.system_error(why))
            }
            ReadTrouble::Unreadable { path, why, .. } => {
                format!("cannot read {path}: {}", self.0.system_error(why))
            }
            ReadTrouble::NotAFile { path } if zh => format!("{path} 不是普通文件"),
            ReadTrouble::NotAFile { path } => format!("{path} is not a regular file"),
            ReadTrouble::TooLarge { path, limit } if zh => {
                format!("{path} 超过 {} MB，未读取", limit >> 20)
            }
            ReadTrouble::TooLarge { path, limit } => {
                format!("{path} is over {} MB and was not read", limit >> 20)
            }
        }
    }

    /// Features `export-csv` could not put in the sheet, each with why:
    /// they would be gone after the sheet is imported again.
    pub fn not_exported(&self, what: &str) -> String {
        match self.0 {
            Lang::Zh => format!("未导出：{what}（再次导入后将不存在）"),
            Lang::En => format!("not exported: {what} (gone once the sheet is imported again)"),
        }
    }

    pub fn no_manifest(&self, why: &str) -> String {
        match self.0 {
            Lang::Zh => format!("{why}\n请用 --manifest 指出数据文件夹中的 map.json"),
            Lang::En => format!("{why}\nname the data folder's map.json with --manifest"),
        }
    }

    /// What the rows were read from: `CSV，编码 gb18030`, `xlsx workbook, sheet “项目”`.
    fn source(&self, source: &Source) -> String {
        let zh = self.0 == Lang::Zh;
        match source {
            Source::Unread => String::new(),
            Source::Text { encoding } if zh => format!("CSV，编码 {encoding}"),
            Source::Text { encoding } => format!("CSV, encoding {encoding}"),
            Source::Workbook {
                kind,
                sheet,
                sheets,
            } => match (zh, *sheets > 1) {
                (true, true) => {
                    format!("{kind} 工作簿，读取了 {sheets} 个工作表中的第一个「{sheet}」")
                }
                (true, false) => format!("{kind} 工作簿，工作表「{sheet}」"),
                (false, true) => {
                    format!("{kind} workbook, the first of its {sheets} sheets, “{sheet}”")
                }
                (false, false) => format!("{kind} workbook, sheet “{sheet}”"),
            },
        }
    }

    /// The last lines of `import-csv`: what was written, and what to do next.
    pub fn imported(&self, import: &Import, out: &str, written: bool) -> String {
        let zh = self.0 == Lang::Zh;
        if !written {
            return if zh {
                format!("未写入 {out}，原文件保持不变：请按上面的提示改正表格后重新导入")
            } else {
                format!(
                    "{out} was not written and is as it was: fix the spreadsheet as described above and import again"
                )
            };
        }
        let (rows, kept, derived, source) = (
            import.rows,
            import.written,
            import.districts_derived,
            self.source(&import.source),
        );
        let mut lines = vec![if zh {
            format!("已写入 {out}：{kept}/{rows} 行（{source}；{derived} 个项目的区域按边界推定）")
        } else {
            format!(
                "wrote {out}: {kept} of {rows} rows ({source}; {derived} districts found from the boundaries)"
            )
        }];
        if !import.gone.is_empty() {
            let shown = &import.gone[..import.gone.len().min(20)];
            let more = import.gone.len() - shown.len();
            lines.push(match (zh, more) {
                (true, 0) => format!("已删除表格中没有的项目：{}", shown.join("、")),
                (true, _) => format!(
                    "已删除表格中没有的项目：{} 等 {} 个",
                    shown.join("、"),
                    import.gone.len()
                ),
                (false, 0) => format!("removed, not in the sheet: {}", shown.join(", ")),
                (false, _) => format!(
                    "removed, not in the sheet: {} and {more} more",
                    shown.join(", ")
                ),
            });
        }
        let carried = import.carried_over;
        if carried > 0 {
            lines.push(if zh {
                format!("{carried} 个项目保留了原文件中表格没有的属性（如联系方式）")
            } else {
                format!(
                    "{carried} projects kept properties of the replaced file that the spreadsheet does not hold (such as a contact)"
                )
            });
        }
        let left_out = rows - kept;
        if left_out > 0 {
            lines.push(if zh {
                format!("{left_out} 行未写入：按上面的提示改正表格后重新导入")
            } else {
                format!(
                    "{left_out} rows were left out: fix them in the spreadsheet as described above and import again"
                )
            });
        }
        lines.join("\n")
    }
}

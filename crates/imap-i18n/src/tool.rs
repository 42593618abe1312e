//! The editors' data tool's words (`mapdata`): its help, its findings, why
//! a file was not read or written, and its last lines. Kept apart from the
//! map's words because the app never reaches them.

use imap_core::lang::Lang;
use imap_core::model::sheet_fault::column_letter;
use imap_core::model::suspicion::Suspicion;
use imap_core::tool::failure::Failure;
use imap_core::tool::file_trouble::{FileTrouble, InputRole, ReadTrouble};
use imap_core::tool::finding::{At, Finding, Level, What};
use imap_core::tool::import_tally::{ImportTally, SheetSource};
use imap_core::tool::reference::{Items, ReferenceFault, Written};

use crate::Texts;

/// The command line's help: what each command and argument is.
pub struct ToolHelp {
    pub about: &'static str,
    pub usage: &'static str,
    pub commands_heading: &'static str,
    pub arguments_heading: &'static str,
    pub options_heading: &'static str,
    pub help: &'static str,
    pub lang: &'static str,
    /// Said before clap's own (English) message about a wrong command line.
    pub bad_command_line: &'static str,
    pub attribution: &'static str,
    pub manifest: &'static str,
    pub out_file: &'static str,
    pub keys: &'static str,
    pub import_about: &'static str,
    pub import_table: &'static str,
    pub import_out: &'static str,
    pub import_manifest: &'static str,
    pub import_from_gcj02: &'static str,
    pub import_strict: &'static str,
    pub validate_about: &'static str,
    pub validate_json: &'static str,
    pub export_about: &'static str,
    pub export_out: &'static str,
    pub boundaries_about: &'static str,
    pub boundaries_source: &'static str,
    pub boundaries_keys: &'static str,
    pub boundaries_out: &'static str,
    pub boundaries_from_gcj02: &'static str,
    pub context_about: &'static str,
    pub topojson_about: &'static str,
    pub topojson_topology: &'static str,
    pub topojson_object: &'static str,
    pub topojson_ids: &'static str,
    pub places_about: &'static str,
    pub places_table: &'static str,
    pub synthetic_about: &'static str,
    pub synthetic_n: &'static str,
    pub synthetic_outdir: &'static str,
    pub synthetic_seed: &'static str,
    pub synthetic_from: &'static str,
}

pub const ZH_HELP: ToolHelp = ToolHelp {
    about: "江门高新区招商地图的数据工具：导入、校验、导出项目数据",
    usage: "用法：",
    commands_heading: "命令",
    arguments_heading: "参数",
    options_heading: "选项",
    help: "显示帮助",
    lang: "信息与帮助的语言（默认随系统，否则中文）",
    bad_command_line: "mapdata：命令行有误，详见下方；用 mapdata --help 查看用法",
    attribution: "写入文件的数据来源说明",
    manifest: "数据文件夹中的 map.json",
    out_file: "写出的文件",
    keys: "编号表",
    import_about: "把项目表格（Excel/WPS 工作簿，或另存的 CSV，UTF-8 或 GBK）转为项目文件（也可写作 import）",
    import_table: "项目表格：.xlsx、.xls、.ods（读第一个工作表）或 .csv",
    import_out: "写出的项目文件",
    import_manifest: "产业、状态与区域取自此 map.json（默认：输出文件旁的 map.json）",
    import_from_gcj02: "坐标取自高德或腾讯地图（GCJ-02），转换为 WGS84",
    import_strict: "只要有一行有误，就不写出任何内容",
    validate_about: "按地图的规则检查数据文件夹，列出错误和可疑之处",
    validate_json: "以 JSON 输出，供脚本使用",
    export_about: "把已部署的项目导出为表格（与地图的导出相同）",
    export_out: "写出的表格",
    boundaries_about: "把 DataV 式区划文件按编号表改写为边界文件，并共边简化",
    boundaries_source: "区划源文件",
    boundaries_keys: "编号表（adcode,id,name,name_en,role）",
    boundaries_out: "写出的边界文件",
    boundaries_from_gcj02: "源文件为 GCJ-02（高德、DataV、多数国土部门导出），转换为 WGS84",
    context_about: "按编号表生成周边地区图层",
    topojson_about: "从 TopoJSON 中按编号取出要素",
    topojson_topology: "TopoJSON 文件",
    topojson_object: "对象名",
    topojson_ids: "要取出的编号",
    places_about: "把地点表转为地点文件",
    places_table: "地点表",
    synthetic_about: "生成 N 个虚构项目，用于测试与性能测量",
    synthetic_n: "项目数",
    synthetic_outdir: "写出的文件夹",
    synthetic_seed: "随机种子（默认 1）",
    synthetic_from: "取产业、状态与边界的数据文件夹（默认 public/data）",
};

pub const EN_HELP: ToolHelp = ToolHelp {
    about: "The investment map's data tool: import, check and export the map's data",
    usage: "Usage: ",
    commands_heading: "Commands",
    arguments_heading: "Arguments",
    options_heading: "Options",
    help: "Print help",
    lang: "Language of messages and help (default: the system's, else Chinese)",
    bad_command_line: "mapdata: the command line is wrong, see below; mapdata --help shows how to use it",
    attribution: "Attribution stored in the file",
    manifest: "The map.json of a data folder",
    out_file: "The file to write",
    keys: "Keys table",
    import_about: "Turn a spreadsheet of projects (an Excel/WPS workbook, or a CSV in UTF-8 or GBK) into the projects file (or: import)",
    import_table: "The spreadsheet: .xlsx, .xls, .ods (its first sheet) or .csv",
    import_out: "The projects file to write",
    import_manifest: "Take industries, statuses and districts from this map.json (default: the one beside OUT)",
    import_from_gcj02: "Coordinates were picked on Amap or Tencent maps (GCJ-02): convert them to WGS84",
    import_strict: "Write nothing if any row is bad",
    validate_about: "Check a data folder by the map's rules; list errors and what looks wrong",
    validate_json: "Print JSON, for scripts",
    export_about: "Write the deployed projects as a spreadsheet (the map's own export)",
    export_out: "The spreadsheet to write",
    boundaries_about: "Re-key a DataV-style district file into the boundaries file, simplified along shared edges",
    boundaries_source: "The district source file",
    boundaries_keys: "Keys table (adcode,id,name,name_en,role)",
    boundaries_out: "The boundaries file to write",
    boundaries_from_gcj02: "The source is in GCJ-02 (Amap, DataV, most land bureau exports): convert it to WGS84",
    context_about: "Build the surrounding region's layer from a keys table",
    topojson_about: "Extract features by id from a TopoJSON file",
    topojson_topology: "The TopoJSON file",
    topojson_object: "The object's name",
    topojson_ids: "The ids to extract",
    places_about: "Turn a table of places into the places file",
    places_table: "The table of places",
    synthetic_about: "Generate N made-up projects, for tests and benchmarks",
    synthetic_n: "How many projects",
    synthetic_outdir: "The folder to write",
    synthetic_seed: "Random seed (default 1)",
    synthetic_from: "Data folder to take industries, statuses and boundaries from (default public/data)",
};

/// The tool's words, as methods of `Lang` beside the map's (`Texts`).
pub trait ToolTexts: Texts {
    fn help(self) -> &'static ToolHelp {
        match self.lang() {
            Lang::Zh => &ZH_HELP,
            Lang::En => &EN_HELP,
        }
    }

    fn tolerance_help(self, default: f64) -> String {
        match self.lang() {
            Lang::Zh => format!("简化容差，单位为度（1e-4° ≈ 11 米；默认 {default}）"),
            Lang::En => {
                format!("Simplification tolerance in degrees (1e-4° ≈ 11 m; default {default})")
            }
        }
    }

    /// A finding's level, first on its line.
    fn level(self, level: Level) -> &'static str {
        match (level, self.lang()) {
            (Level::Error, Lang::Zh) => "错误",
            (Level::Error, Lang::En) => "error",
            (Level::Skipped, _) => self.t().skipped,
            (Level::Warning, _) => self.t().warning,
        }
    }

    /// The last line of `validate`.
    fn findings_counted(self, errors: usize, skipped: usize, warnings: usize) -> String {
        let counted = |n: usize, noun: &str| {
            if n == 1 {
                format!("1 {noun}")
            } else {
                format!("{n} {noun}s")
            }
        };
        match self.lang() {
            Lang::Zh => format!("{errors} 个错误，{skipped} 个要素已跳过，{warnings} 条提示"),
            Lang::En => format!(
                "{}, {} skipped, {}",
                counted(errors, "error"),
                counted(skipped, "feature"),
                counted(warnings, "note")
            ),
        }
    }

    /// A finding in words, with where it is.
    fn finding(self, finding: &Finding) -> String {
        let file = finding.file();
        match (&finding.what, self.lang()) {
            (What::File(error), _) => self.file_error(error),
            (What::Problem(p), _) => for_terminal(&format!(
                "{} — {}",
                self.problem_subject(p),
                self.problem_reason(&p.reason)
            )),
            (What::Suspicion(note), lang) => {
                let colour = matches!(note.suspicion, Suspicion::LightColour { .. });
                let subject = match (colour, lang) {
                    (true, Lang::Zh) => format!("{file}：产业 {}", note.id),
                    (true, Lang::En) => format!("{file}: industry {}", note.id),
                    (false, Lang::Zh) => format!("{file}：项目 {}", note.id),
                    (false, Lang::En) => format!("{file}: project {}", note.id),
                };
                format!("{subject} — {}", self.suspicion(&note.suspicion))
            }
            (What::NoProjects, Lang::Zh) => format!("{file}：没有可显示的项目，地图上将没有项目"),
            (What::NoProjects, Lang::En) => {
                format!("{file}: no project can be shown; the map will show none")
            }
            (What::Sheet(fault), lang) => {
                let message = for_terminal(&self.sheet_fault(fault));
                let (line, column) = match &finding.at {
                    At::Sheet { line, column } => (*line, column.as_ref()),
                    At::Data { .. } => (None, None),
                };
                match (line, column, lang) {
                    (Some(line), Some((i, header)), Lang::Zh) => {
                        format!(
                            "第 {line} 行 {} 列「{header}」：{message}",
                            column_letter(*i)
                        )
                    }
                    (Some(line), Some((i, header)), Lang::En) => {
                        format!(
                            "line {line}, column {} ({header}): {message}",
                            column_letter(*i)
                        )
                    }
                    (Some(line), None, Lang::Zh) => format!("第 {line} 行：{message}"),
                    (Some(line), None, Lang::En) => format!("line {line}: {message}"),
                    (None, _, _) => message,
                }
            }
        }
    }

    /// Why a file was not read.
    fn read_trouble(self, trouble: &ReadTrouble) -> String {
        match (trouble, self.lang()) {
            (ReadTrouble::Unreadable { path, why, .. }, Lang::Zh) => {
                format!("无法读取 {path}：{}", self.system_error(why))
            }
            (ReadTrouble::Unreadable { path, why, .. }, Lang::En) => {
                format!("cannot read {path}: {}", self.system_error(why))
            }
            (ReadTrouble::NotAFile { path }, Lang::Zh) => format!("{path} 不是普通文件"),
            (ReadTrouble::NotAFile { path }, Lang::En) => format!("{path} is not a regular file"),
            (ReadTrouble::TooLarge { path, limit }, Lang::Zh) => {
                format!("{path} 超过 {} MB，未读取", limit >> 20)
            }
            (ReadTrouble::TooLarge { path, limit }, Lang::En) => {
                format!("{path} is over {} MB and was not read", limit >> 20)
            }
        }
    }

    /// Why a file was not read or written; a target refused or not written
    /// is as it was.
    fn file_trouble(self, trouble: &FileTrouble) -> String {
        match (trouble, self.lang()) {
            (FileTrouble::Read(trouble), _) => self.read_trouble(trouble),
            (FileTrouble::IsInput { path, role }, Lang::Zh) => {
                let what = match role {
                    InputRole::Sheet => "要导入的表格",
                    InputRole::Manifest => "清单文件 map.json",
                    InputRole::NamedData => "清单中列出的另一个数据文件",
                };
                format!("拒绝写入 {path}：它是{what}，会被覆盖；请另选输出文件")
            }
            (FileTrouble::IsInput { path, role }, Lang::En) => {
                let what = match role {
                    InputRole::Sheet => "the spreadsheet being imported",
                    InputRole::Manifest => "the manifest, map.json",
                    InputRole::NamedData => "another data file the manifest names",
                };
                format!(
                    "refused to write {path}: it is {what} and would be overwritten; choose another output"
                )
            }
            (FileTrouble::NotWritten { path, why }, Lang::Zh) => {
                format!(
                    "无法写入 {path}（{}）：原文件保持不变",
                    self.system_error(why)
                )
            }
            (FileTrouble::NotWritten { path, why }, Lang::En) => {
                format!(
                    "could not write {path} ({}): the file is as it was",
                    self.system_error(why)
                )
            }
        }
    }

    /// Why a command stopped.
    fn failure(self, failure: &Failure) -> String {
        match (failure, self.lang()) {
            (Failure::File(trouble), _) => self.file_trouble(trouble),
            (Failure::Data(error), _) => self.file_error(error),
            (Failure::NoManifest(error), Lang::Zh) => format!(
                "{}\n请用 --manifest 指出数据文件夹中的 map.json",
                self.file_error(error)
            ),
            (Failure::NoManifest(error), Lang::En) => format!(
                "{}\nname the data folder's map.json with --manifest",
                self.file_error(error)
            ),
            (Failure::Argument { command, argument }, Lang::Zh) => {
                format!("{command}：缺少参数 {argument}")
            }
            (Failure::Argument { command, argument }, Lang::En) => {
                format!("{command}: no {argument} given")
            }
            (Failure::Reference(fault), _) => self.reference_fault(fault),
        }
    }

    /// Why a conversion of reference files failed. The reference formats'
    /// libraries speak English: a Chinese sentence leaves their words out.
    fn reference_fault(self, fault: &ReferenceFault) -> String {
        use ReferenceFault as F;
        let zh = self.lang() == Lang::Zh;
        match (fault, zh) {
            (F::NotGeoJson { file, .. }, true) => {
                format!("{file} 不是可读的 GeoJSON 或 TopoJSON 要素集")
            }
            (F::NotGeoJson { file, detail }, false) => {
                format!("{file} is not a readable GeoJSON or TopoJSON feature collection: {detail}")
            }
            (F::NotText { file }, true) => format!("{file} 不是 UTF-8 文本"),
            (F::NotText { file }, false) => format!("{file} is not UTF-8 text"),
            (F::BadTable { .. }, true) => "表格无法按列读取：请检查表头与每行的列数".to_string(),
            (F::BadTable { detail }, false) => {
                format!("the table cannot be read by its columns: {detail}")
            }
            (F::NoAdcode, true) => "源文件中有要素没有 adcode".to_string(),
            (F::NoAdcode, false) => "a feature of the source has no adcode".to_string(),
            (F::NoKeyFor { adcode }, true) => format!("编号表中没有 adcode {adcode} 这一行"),
            (F::NoKeyFor { adcode }, false) => {
                format!("the keys table has no row for adcode {adcode}")
            }
            (F::NoFeatureFor { adcode }, true) => format!("源文件中没有 adcode 为 {adcode} 的要素"),
            (F::NoFeatureFor { adcode }, false) => {
                format!("the source has no feature with adcode {adcode}")
            }
            (F::NoGeometry { what }, true) => format!("{what} 没有几何形状"),
            (F::NoGeometry { what }, false) => format!("{what} has no geometry"),
            (F::NotPolygon { what }, true) => format!("{what} 不是多边形"),
            (F::NotPolygon { what }, false) => format!("{what} is not a polygon"),
            (F::UnknownDatum { id, datum }, true) => {
                format!("{id}：datum 应为 WGS84 或 GCJ-02，而不是「{datum}」")
            }
            (F::UnknownDatum { id, datum }, false) => {
                format!("{id}: datum must be WGS84 or GCJ-02, not “{datum}”")
            }
            (F::BadPick { id, pick }, true) => {
                format!("{id}：pick 应写作 属性=值，而不是「{pick}」")
            }
            (F::BadPick { id, pick }, false) => {
                format!("{id}: pick must be property=value, not “{pick}”")
            }
            (
                F::NoMatch {
                    file,
                    property,
                    value,
                },
                true,
            ) => {
                format!("{file} 中没有 {property}={value} 的要素")
            }
            (
                F::NoMatch {
                    file,
                    property,
                    value,
                },
                false,
            ) => {
                format!("{file}: no feature with {property}={value}")
            }
            (
                F::IdsMissing {
                    object,
                    found,
                    wanted,
                },
                true,
            ) => {
                format!("{object} 中只找到 {wanted} 个编号中的 {found} 个")
            }
            (
                F::IdsMissing {
                    object,
                    found,
                    wanted,
                },
                false,
            ) => {
                format!("{object}: found {found} of the {wanted} ids")
            }
            (F::PlaceRefused { id, reason }, _) => {
                let place = id.as_deref().unwrap_or("?");
                for_terminal(&if zh {
                    format!("地点表：{place} — {}", self.problem_reason(reason))
                } else {
                    format!("places table: {place} — {}", self.problem_reason(reason))
                })
            }
            (F::NoFocusArea, true) => "边界中没有可放置项目的重点区域（role 为 focus）".to_string(),
            (F::NoFocusArea, false) => {
                "the boundaries have no focus area (role focus) to place projects in".to_string()
            }
            (F::NoFolder { path, why }, true) => {
                format!("无法创建文件夹 {path}：{}", self.system_error(why))
            }
            (F::NoFolder { path, why }, false) => {
                format!("cannot make the folder {path}: {}", self.system_error(why))
            }
        }
    }

    /// The last line of a conversion: what it wrote.
    fn written(self, written: &Written) -> String {
        let zh = self.lang() == Lang::Zh;
        let items = match (written.items, zh) {
            (Items::Features(n), true) => format!("{n} 个要素"),
            (Items::Features(n), false) => format!("{n} features"),
            (Items::Places(n), true) => format!("{n} 个地点"),
            (Items::Places(n), false) => format!("{n} places"),
            (Items::SyntheticProjects(n), true) => format!("{n} 个虚构项目"),
            (Items::SyntheticProjects(n), false) => format!("{n} synthetic projects"),
        };
        let path = &written.path;
        match (written.simplified, zh) {
            (None, true) => format!("{path}：{items}，{} 字节", written.bytes),
            (None, false) => format!("{path}: {items}, {} bytes", written.bytes),
            (Some(s), true) => format!(
                "{path}：{items}，{} → {} 个顶点，{} → {} 字节",
                s.vertices_before, s.vertices_after, s.bytes_before, written.bytes
            ),
            (Some(s), false) => format!(
                "{path}: {items}, {} → {} vertices, {} → {} bytes",
                s.vertices_before, s.vertices_after, s.bytes_before, written.bytes
            ),
        }
    }

    /// The last line of `export-csv`.
    fn exported(self, out: &str, projects: usize, skipped: usize, manifest: &str) -> String {
        match self.lang() {
            Lang::Zh => format!(
                "{out}：{projects} 个项目（{skipped} 个被跳过：mapdata validate {manifest}）"
            ),
            Lang::En => format!(
                "{out}: {projects} projects ({skipped} skipped: mapdata validate {manifest})"
            ),
        }
    }

    /// A feature `export-csv` could not put in the sheet, with why: it would
    /// be gone after the sheet is imported again.
    fn not_exported(self, what: &str) -> String {
        match self.lang() {
            Lang::Zh => format!("未导出：{what}（再次导入后将不存在）"),
            Lang::En => format!("not exported: {what} (gone once the sheet is imported again)"),
        }
    }

    /// What the rows were read from: `CSV，编码 gb18030`, `xlsx workbook, sheet “项目”`.
    fn sheet_source(self, source: &SheetSource) -> String {
        match (source, self.lang()) {
            (SheetSource::Unread, _) => String::new(),
            (SheetSource::Text { encoding }, Lang::Zh) => format!("CSV，编码 {encoding}"),
            (SheetSource::Text { encoding }, Lang::En) => format!("CSV, encoding {encoding}"),
            (
                SheetSource::Workbook {
                    kind,
                    sheet,
                    sheets,
                },
                lang,
            ) => match (lang, *sheets > 1) {
                (Lang::Zh, true) => {
                    format!("{kind} 工作簿，读取了 {sheets} 个工作表中的第一个「{sheet}」")
                }
                (Lang::Zh, false) => format!("{kind} 工作簿，工作表「{sheet}」"),
                (Lang::En, true) => {
                    format!("{kind} workbook, the first of its {sheets} sheets, “{sheet}”")
                }
                (Lang::En, false) => format!("{kind} workbook, sheet “{sheet}”"),
            },
        }
    }

    /// The last lines of `import-csv`: what was written, and what to do next.
    fn imported(self, tally: &ImportTally, out: &str, written: bool) -> String {
        let zh = self.lang() == Lang::Zh;
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
            tally.rows,
            tally.written,
            tally.districts_derived,
            self.sheet_source(&tally.source),
        );
        let mut lines = vec![if zh {
            format!("已写入 {out}：{kept}/{rows} 行（{source}；{derived} 个项目的区域按边界推定）")
        } else {
            format!(
                "wrote {out}: {kept} of {rows} rows ({source}; {derived} districts found from the boundaries)"
            )
        }];
        if !tally.gone.is_empty() {
            let shown = &tally.gone[..tally.gone.len().min(20)];
            let more = tally.gone.len() - shown.len();
            lines.push(match (zh, more) {
                (true, 0) => format!("已删除表格中没有的项目：{}", shown.join("、")),
                (true, _) => format!(
                    "已删除表格中没有的项目：{} 等 {} 个",
                    shown.join("、"),
                    tally.gone.len()
                ),
                (false, 0) => format!("removed, not in the sheet: {}", shown.join(", ")),
                (false, _) => format!(
                    "removed, not in the sheet: {} and {more} more",
                    shown.join(", ")
                ),
            });
        }
        let carried = tally.carried_over;
        if carried > 0 {
            lines.push(match (zh, carried) {
                (true, _) => format!("{carried} 个项目保留了原文件中表格没有的属性（如联系方式）"),
                (false, 1) => "1 project kept properties of the replaced file that the spreadsheet does not hold (such as a contact)".to_string(),
                (false, _) => format!(
                    "{carried} projects kept properties of the replaced file that the spreadsheet does not hold (such as a contact)"
                ),
            });
        }
        let left_out = rows - kept;
        if left_out > 0 {
            lines.push(match (zh, left_out) {
                (true, _) => format!("{left_out} 行未写入：按上面的提示改正表格后重新导入"),
                (false, 1) => "1 row was left out: fix it in the spreadsheet as described above and import again".to_string(),
                (false, _) => format!(
                    "{left_out} rows were left out: fix them in the spreadsheet as described above and import again"
                ),
            });
        }
        lines.join("\n")
    }
}

impl ToolTexts for Lang {}

/// The app's words without the bidi isolates it puts around values from
/// the data (`isolated`): a terminal lays out no bidi text and would show
/// them as boxes.
pub fn for_terminal(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

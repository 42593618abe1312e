//! What can be wrong in a spreadsheet, in words that say how to fix it,
//! in Chinese or English.

use imap_core::lang::Lang;
use imap_core::model::problems::Reason;
use imap_core::model::rules::{ID_MAX_CHARS, MAX_INVESTMENT};
use imap_i18n::Texts;

#[derive(Clone, Debug, PartialEq)]
pub enum Trouble {
    /// Neither UTF-8, UTF-16 with a byte-order mark, nor GB18030.
    Undecodable,
    /// The CSV or workbook itself cannot be read (the reader's own words).
    Unreadable(String),
    /// A workbook without a sheet.
    EmptyWorkbook,
    /// Columns no project can do without, by their documented headers.
    MissingColumns(Vec<(&'static str, &'static str)>),
    /// Two columns name the same property.
    RepeatedColumn(String),
    UnknownColumn(String),
    /// More cells than headers: usually a comma inside an unquoted cell.
    ExtraCells {
        found: usize,
        headers: usize,
    },
    Empty,
    BadId(String),
    DuplicateId {
        id: String,
        first_line: u64,
    },
    BadAmount(String),
    NegativeAmount(String),
    AmountTooLarge(String),
    BadArea(String),
    BadNumber(String),
    /// A longitude or latitude outside its range.
    OutOfRange {
        value: f64,
        latitude: bool,
    },
    /// Both coordinates fit when swapped: the columns were likely swapped.
    Swapped,
    /// Not an industry, status or district; `known` lists what is, by
    /// Chinese and English name.
    Unknown {
        given: String,
        known: Vec<(String, String)>,
    },
    BadDate(String),
    BadPrecision(String),
    BadUrl(String),
    /// The app's own rule, in the app's words.
    App(Reason),
}

impl Trouble {
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let pick = |z: String, e: String| if zh { z } else { e };
        match self {
            Trouble::Undecodable => pick(
                "文件既不是 UTF-8，也不是 GBK/GB18030 编码：请在 Excel 中“另存为 CSV UTF-8”".into(),
                "the file is neither UTF-8 nor GBK/GB18030: in Excel, use “Save as CSV UTF-8”"
                    .into(),
            ),
            Trouble::Unreadable(why) => pick(
                format!("无法读取表格：{why}"),
                format!("cannot read the spreadsheet: {why}"),
            ),
            Trouble::EmptyWorkbook => pick(
                "工作簿里没有工作表".into(),
                "the workbook has no sheet".into(),
            ),
            Trouble::MissingColumns(columns) => {
                let names: Vec<String> = columns
                    .iter()
                    .map(|(z, e)| if zh { (*z).to_string() } else { format!("{e} ({z})") })
                    .collect();
                pick(
                    format!("缺少必需的列：{}；第 1 行应为列名", names.join("、")),
                    format!(
                        "required columns are missing: {}; line 1 must hold the headers",
                        names.join(", ")
                    ),
                )
            }
            Trouble::RepeatedColumn(header) => pick(
                format!("列「{header}」与前面的一列表示同一项，请删去一列"),
                format!("column “{header}” means the same as an earlier one; delete one of them"),
            ),
            Trouble::UnknownColumn(header) => pick(
                format!("不认识列「{header}」，已忽略"),
                format!("column “{header}” is not known and was ignored"),
            ),
            Trouble::ExtraCells { found, headers } => pick(
                format!(
                    "这一行有 {found} 个单元格，而列名只有 {headers} 个：含逗号的内容要放在英文双引号里（用 Excel 另存为 CSV 会自动加上）"
                ),
                format!(
                    "this row has {found} cells but there are {headers} headers: a cell containing a comma must be in double quotes (Excel adds them when it saves a CSV)"
                ),
            ),
            Trouble::Empty => pick("不能为空".into(), "must not be empty".into()),
            Trouble::BadId(id) => pick(
                format!(
                    "编号「{id}」无效：只能用 1–{ID_MAX_CHARS} 个英文字母、数字、_ - .（若被 Excel 显示成科学计数法，请把该列设为“文本”）"
                ),
                format!(
                    "id “{id}” is not valid: use 1–{ID_MAX_CHARS} letters A–Z, digits, _ - . (if Excel shows it as 1.2E+11, format the column as Text)"
                ),
            ),
            Trouble::DuplicateId { id, first_line } => pick(
                format!("编号「{id}」已在第 {first_line} 行用过：每个项目的编号必须不同"),
                format!("id “{id}” is already used on line {first_line}: every project needs its own id"),
            ),
            Trouble::BadAmount(text) => pick(
                format!("「{text}」不是金额：请写 5、5.0、5亿、5千万 或 50000万元，未公开则留空"),
                format!(
                    "“{text}” is not an amount: write 5, 5.0, 5亿, 5千万 or 50000万元, or leave it empty when not disclosed"
                ),
            ),
            Trouble::NegativeAmount(text) => pick(
                format!("金额「{text}」不能为负数"),
                format!("the amount “{text}” cannot be negative"),
            ),
            Trouble::AmountTooLarge(text) => pick(
                format!("金额「{text}」超过 {MAX_INVESTMENT} 亿元：单位是亿元，请检查是否多写了零"),
                format!(
                    "the amount “{text}” is over {MAX_INVESTMENT} 亿元: the unit is CNY 100 million; check for extra zeros"
                ),
            ),
            Trouble::BadArea(text) => pick(
                format!("「{text}」不是面积：请写公顷数，如 12.5"),
                format!("“{text}” is not an area: write hectares, such as 12.5"),
            ),
            Trouble::BadNumber(text) => pick(
                format!("「{text}」不是十进制度数：请写如 113.0812 的数字"),
                format!("“{text}” is not decimal degrees: write a number such as 113.0812"),
            ),
            Trouble::OutOfRange { value, latitude } => {
                let (range_zh, range_en) = if *latitude {
                    ("纬度应在 −90 到 90 之间", "a latitude is between −90 and 90")
                } else {
                    ("经度应在 −180 到 180 之间", "a longitude is between −180 and 180")
                };
                pick(
                    format!("{value} 超出范围：{range_zh}"),
                    format!("{value} is out of range: {range_en}"),
                )
            }
            Trouble::Swapped => pick(
                "经度和纬度似乎填反了：江门的经度约为 113，纬度约为 22.5".into(),
                "longitude and latitude seem swapped: Jiangmen is near longitude 113, latitude 22.5"
                    .into(),
            ),
            Trouble::Unknown { given, known } => {
                let names = |english: bool| -> Vec<&str> {
                    known
                        .iter()
                        .map(|(z, e)| if english { e.as_str() } else { z.as_str() })
                        .collect()
                };
                pick(
                    format!("「{given}」不在数据的列表中；可用：{}", names(false).join("、")),
                    format!(
                        "“{given}” is not in the data's list; use one of: {}",
                        names(true).join(", ")
                    ),
                )
            }
            Trouble::BadDate(text) => pick(
                format!("「{text}」不是日期：请写 2021、2021-03 或 2021-03-09"),
                format!("“{text}” is not a date: write 2021, 2021-03 or 2021-03-09"),
            ),
            Trouble::BadPrecision(text) => pick(
                format!("位置精度「{text}」无效：请写 exact（精确）或 approximate（大致）"),
                format!("location precision “{text}” is not valid: write exact or approximate"),
            ),
            Trouble::BadUrl(text) => pick(
                format!("「{text}」不是网址：请写以 http:// 或 https:// 开头的完整链接"),
                format!("“{text}” is not a web link: write a full link starting with http:// or https://"),
            ),
            Trouble::App(reason) => lang.problem_reason(reason),
        }
    }
}

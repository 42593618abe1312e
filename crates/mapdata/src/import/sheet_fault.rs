//! What can be wrong in a spreadsheet, in words that say how to fix it,
//! in Chinese or English.

use imap_core::lang::Lang;
use imap_core::model::problems::Reason;
use imap_core::model::rules::{ID_MAX_CHARS, MAX_INVESTMENT};
use imap_i18n::Texts;

use super::columns::letter;

#[derive(Clone, Debug, PartialEq)]
pub enum SheetFault {
    /// Neither UTF-8, UTF-16 with a byte-order mark, nor GB18030.
    Undecodable,
    /// The CSV or workbook itself cannot be read (the reader's own words).
    Unreadable(String),
    /// A quote opens a cell on this line and is never closed.
    UnclosedQuote,
    /// A workbook without a sheet.
    EmptyWorkbook,
    /// Past `table::Bounds`, each with its bound: the file's bytes.
    TooLarge(u64),
    /// A workbook's parts decompressed, in bytes.
    TooLargeUnzipped(u64),
    /// Rows holding anything.
    TooManyRows(usize),
    /// The used rectangles of an xls or ods workbook's sheets, in cells.
    TooManyCells(u64),
    /// A cell (row as shown, column from 0) right of the last column read.
    TooManyColumns {
        row: u64,
        column: usize,
        columns: usize,
    },
    /// A cell longer than the bound.
    CellTooLong {
        row: u64,
        column: usize,
        chars: usize,
    },
    /// Only a header row: nothing to write.
    NoRows,
    /// No row could be written: the file it would replace is kept.
    NothingUsable,
    /// The file being replaced is not a readable projects file, so nothing
    /// is carried over from it.
    PreviousUnusable(String),
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

impl SheetFault {
    pub fn text(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let pick = |z: String, e: String| if zh { z } else { e };
        match self {
            SheetFault::Undecodable => pick(
                "文件既不是 UTF-8，也不是 GBK/GB18030 编码：请在 Excel 中“另存为 CSV UTF-8”".into(),
                "the file is neither UTF-8 nor GBK/GB18030: in Excel, use “Save as CSV UTF-8”"
                    .into(),
            ),
            SheetFault::Unreadable(why) => pick(
                format!("无法读取表格：{why}"),
                format!("cannot read the spreadsheet: {why}"),
            ),
            SheetFault::UnclosedQuote => pick(
                "这一行有一个引号没有配对：其后的所有内容都会被读成一个单元格；请补上或删去这个引号".into(),
                "a quote opened on this line is never closed, so everything after it would be read as one cell; close or delete it".into(),
            ),
            SheetFault::TooLarge(limit) => pick(
                format!("文件超过 {} MB，未读取：请只保留项目表", limit >> 20),
                format!(
                    "the file is over {} MB and was not read: keep only the projects sheet",
                    limit >> 20
                ),
            ),
            SheetFault::TooLargeUnzipped(limit) => pick(
                format!(
                    "工作簿解压后超过 {} MB：请只保留项目表，或另存为 CSV",
                    limit >> 20
                ),
                format!(
                    "the workbook is over {} MB decompressed: keep only the projects sheet, or save it as CSV",
                    limit >> 20
                ),
            ),
            SheetFault::TooManyRows(rows) => pick(
                format!("表格超过 {rows} 行：请分成几个文件，或删去空白处的内容"),
                format!(
                    "the sheet has more than {rows} rows: split it, or delete what stands in empty rows"
                ),
            ),
            SheetFault::TooManyCells(cells) => pick(
                format!(
                    "工作簿各表的使用区域共超过 {cells} 个单元格（多半是远处有误输入的单元格）：请删去项目表以外的内容，或另存为 xlsx 或 CSV"
                ),
                format!(
                    "the sheets' used ranges hold more than {cells} cells together (likely a stray entry far away): delete what is not the projects table, or save as xlsx or CSV"
                ),
            ),
            SheetFault::TooManyColumns {
                row,
                column,
                columns,
            } => {
                let cell = format!("{}{row}", letter(*column));
                let last = letter(columns - 1);
                pick(
                    format!("单元格 {cell} 在 {last} 列之后，超出可读范围：请删去它（多半是误输入）"),
                    format!(
                        "cell {cell} is right of column {last}, past what is read: delete it (it is likely a stray entry)"
                    ),
                )
            }
            SheetFault::CellTooLong { row, column, chars } => {
                let cell = format!("{}{row}", letter(*column));
                pick(
                    format!("单元格 {cell} 超过 {chars} 个字符"),
                    format!("cell {cell} holds more than {chars} characters"),
                )
            }
            SheetFault::NoRows => pick(
                "表格只有列名，没有项目行".into(),
                "the sheet holds only its headers, no project rows".into(),
            ),
            SheetFault::NothingUsable => pick(
                "没有一行可以写入".into(),
                "no row could be written".into(),
            ),
            SheetFault::PreviousUnusable(why) => pick(
                format!("要替换的文件无法读取（{why}），其中表格没有的属性（如联系方式）不会保留"),
                format!(
                    "the file being replaced cannot be read ({why}): properties the sheet does not hold (such as contacts) are not carried over"
                ),
            ),
            SheetFault::EmptyWorkbook => pick(
                "工作簿里没有工作表".into(),
                "the workbook has no sheet".into(),
            ),
            SheetFault::MissingColumns(columns) => {
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
            SheetFault::RepeatedColumn(header) => pick(
                format!("列「{header}」与前面的一列表示同一项，请删去一列"),
                format!("column “{header}” means the same as an earlier one; delete one of them"),
            ),
            SheetFault::UnknownColumn(header) => pick(
                format!("不认识列「{header}」，已忽略"),
                format!("column “{header}” is not known and was ignored"),
            ),
            SheetFault::ExtraCells { found, headers } => pick(
                format!(
                    "这一行有 {found} 个单元格，而列名只有 {headers} 个：含逗号的内容要放在英文双引号里（用 Excel 另存为 CSV 会自动加上）"
                ),
                format!(
                    "this row has {found} cells but there are {headers} headers: a cell containing a comma must be in double quotes (Excel adds them when it saves a CSV)"
                ),
            ),
            SheetFault::Empty => pick("不能为空".into(), "must not be empty".into()),
            SheetFault::BadId(id) => pick(
                format!(
                    "编号「{id}」无效：只能用 1–{ID_MAX_CHARS} 个英文字母、数字、_ - .（若被 Excel 显示成科学计数法，请把该列设为“文本”）"
                ),
                format!(
                    "id “{id}” is not valid: use 1–{ID_MAX_CHARS} letters A–Z, digits, _ - . (if Excel shows it as 1.2E+11, format the column as Text)"
                ),
            ),
            SheetFault::DuplicateId { id, first_line } => pick(
                format!("编号「{id}」已在第 {first_line} 行用过：每个项目的编号必须不同"),
                format!("id “{id}” is already used on line {first_line}: every project needs its own id"),
            ),
            SheetFault::BadAmount(text) => pick(
                format!("「{text}」不是金额：请写 5、5.0、5亿、5千万 或 50000万元，未公开则留空"),
                format!(
                    "“{text}” is not an amount: write 5, 5.0, 5亿, 5千万 or 50000万元, or leave it empty when not disclosed"
                ),
            ),
            SheetFault::NegativeAmount(text) => pick(
                format!("金额「{text}」不能为负数"),
                format!("the amount “{text}” cannot be negative"),
            ),
            SheetFault::AmountTooLarge(text) => pick(
                format!("金额「{text}」超过 {MAX_INVESTMENT} 亿元：单位是亿元，请检查是否多写了零"),
                format!(
                    "the amount “{text}” is over {MAX_INVESTMENT} 亿元: the unit is CNY 100 million; check for extra zeros"
                ),
            ),
            SheetFault::BadArea(text) => pick(
                format!("「{text}」不是面积：请写公顷数，如 12.5"),
                format!("“{text}” is not an area: write hectares, such as 12.5"),
            ),
            SheetFault::BadNumber(text) => pick(
                format!("「{text}」不是十进制度数：请写如 113.0812 的数字"),
                format!("“{text}” is not decimal degrees: write a number such as 113.0812"),
            ),
            SheetFault::OutOfRange { value, latitude } => {
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
            SheetFault::Swapped => pick(
                "经度和纬度似乎填反了：江门的经度约为 113，纬度约为 22.5".into(),
                "longitude and latitude seem swapped: Jiangmen is near longitude 113, latitude 22.5"
                    .into(),
            ),
            SheetFault::Unknown { given, known } => {
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
            SheetFault::BadDate(text) => pick(
                format!("「{text}」不是日期：请写 2021、2021-03 或 2021-03-09"),
                format!("“{text}” is not a date: write 2021, 2021-03 or 2021-03-09"),
            ),
            SheetFault::BadPrecision(text) => pick(
                format!("位置精度「{text}」无效：请写 exact（精确）或 approximate（大致）"),
                format!("location precision “{text}” is not valid: write exact or approximate"),
            ),
            SheetFault::BadUrl(text) => pick(
                format!("「{text}」不是网址：请写以 http:// 或 https:// 开头的完整链接"),
                format!("“{text}” is not a web link: write a full link starting with http:// or https://"),
            ),
            SheetFault::App(reason) => crate::finding::for_terminal(&lang.problem_reason(reason)),
        }
    }
}

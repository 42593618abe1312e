//! The spreadsheet's columns: which project property each header names, in
//! Chinese or English, as documented in the README and as the app's own CSV
//! export writes them (so an export imports again).

/// A project property a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Name,
    NameEn,
    Industry,
    Status,
    Investment,
    District,
    Date,
    Company,
    Description,
    DescriptionEn,
    AreaHa,
    Lon,
    Lat,
    Precision,
    Url,
}

impl Field {
    pub const ALL: [Field; 16] = [
        Field::Id,
        Field::Name,
        Field::NameEn,
        Field::Industry,
        Field::Status,
        Field::Investment,
        Field::District,
        Field::Date,
        Field::Company,
        Field::Description,
        Field::DescriptionEn,
        Field::AreaHa,
        Field::Lon,
        Field::Lat,
        Field::Precision,
        Field::Url,
    ];

    /// A project cannot be drawn or filtered without these.
    pub fn is_required(self) -> bool {
        matches!(
            self,
            Field::Id | Field::Name | Field::Industry | Field::Status | Field::Lon | Field::Lat
        )
    }

    /// The headers this field is known by, compared after `normalize`. The
    /// first two are the documented Chinese and English headers.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            Field::Id => &["编号", "id", "项目编号"],
            Field::Name => &["名称", "name", "项目名称", "name(chinese)"],
            Field::NameEn => &["英文名称", "name_en", "name(english)"],
            Field::Industry => &["行业", "industry", "产业"],
            Field::Status => &["状态", "status", "项目状态"],
            Field::Investment => &[
                "投资额(亿元)",
                "investment",
                "总投资(亿元)",
                "投资额",
                "总投资",
                "investment(cny100million)",
            ],
            Field::District => &["区域", "district", "所在区域"],
            Field::Date => &["日期", "date"],
            Field::Company => &[
                "企业",
                "company",
                "投资方/企业",
                "investor/company",
                "投资方",
            ],
            Field::Description => &["简介", "description"],
            Field::DescriptionEn => &["英文简介", "description_en", "description(english)"],
            Field::AreaHa => &["面积(公顷)", "area_ha", "用地面积(公顷)", "area(ha)"],
            Field::Lon => &["经度", "lon", "longitude", "lng"],
            Field::Lat => &["纬度", "lat", "latitude"],
            Field::Precision => &["位置精度", "location_precision", "locationprecision"],
            Field::Url => &["链接", "url", "link", "网址"],
        }
    }

    /// The documented header in Chinese or English.
    pub fn header(self, english: bool) -> &'static str {
        self.headers()[usize::from(english)]
    }
}

/// Headers compared without case, spaces or full-width brackets, so that
/// "投资额（亿元）", "投资额(亿元)" and " Investment " all match.
pub fn normalize(header: &str) -> String {
    header
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '／' => '/',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field a header names, if any.
pub fn field_of(header: &str) -> Option<Field> {
    let wanted = normalize(header);
    Field::ALL
        .into_iter()
        .find(|field| field.headers().contains(&wanted.as_str()))
}

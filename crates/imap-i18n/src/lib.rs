//! The one zh/en table: every string a visitor sees comes from here, so a
//! missing translation is a compile error rather than a blank in the UI.
//! `Texts::t` gives the fixed labels of a language; the `Texts` methods build
//! the sentences that carry values. The editors' data tool's words are
//! `ToolTexts` (`tool.rs`).

mod compare;
mod tool;
pub use compare::{CompareStrings, CompareTexts};
pub use tool::{EN_HELP, ToolHelp, ToolTexts, ZH_HELP, for_terminal};

use imap_core::decimal::{padded, shortest};
pub use imap_core::lang::Lang;
use imap_core::model::dataset::Dataset;
use imap_core::model::filter::{ActiveFilter, FilterKind};
use imap_core::model::money::plain_number;
use imap_core::model::place::shown_metres;
use imap_core::model::problems::{
    FileError, FileErrorKind, JsonFault, JsonKind, ManifestFault, Place, Problem, Reason, Severity,
    SystemError, Unreadable,
};
use imap_core::model::rules::{ID_MAX_CHARS, MAX_INVESTMENT, within_chars};
use imap_core::model::sheet_fault::{SheetFault, column_letter};
use imap_core::model::site::{Availability, LandUse};
use imap_core::model::suspicion::{MIN_CONTRAST, Suspicion};

/// Fixed labels. Sentences with values in them are the `Lang` methods below.
pub struct Strings {
    pub app_title: &'static str,
    pub loading: &'static str,
    pub switch_language: &'static str,
    pub total_investment: &'static str,
    pub legend: &'static str,
    pub approximate_location: &'static str,
    pub approximate_legend: &'static str,
    pub focus_area: &'static str,
    pub context_area: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub reset_view: &'static str,
    pub map_label: &'static str,
    pub map_help: &'static str,
    pub close: &'static str,
    pub show_only_district: &'static str,
    pub show_all_districts: &'static str,
    pub not_disclosed: &'static str,
    /// The disclosed total when no matching project discloses an amount.
    pub none_disclosed: &'static str,
    pub field_industry: &'static str,
    pub field_status: &'static str,
    pub field_investment: &'static str,
    /// The years filter: its label, the histogram's caption, its two
    /// fields, and the play control.
    pub field_years: &'static str,
    pub years_chart: &'static str,
    pub years_from: &'static str,
    pub years_to: &'static str,
    pub years_play: &'static str,
    pub years_stop: &'static str,
    pub field_district: &'static str,
    pub field_date: &'static str,
    pub field_company: &'static str,
    pub field_area: &'static str,
    pub field_location: &'static str,
    pub field_link: &'static str,
    pub cluster_legend: &'static str,
    pub location_exact: &'static str,
    pub location_approximate: &'static str,
    pub outside_districts: &'static str,
    pub district_derived: &'static str,
    pub open_link: &'static str,
    pub data_problems_title: &'static str,
    pub problems_report: &'static str,
    pub problems_csv_headers: [&'static str; 5],
    pub skipped: &'static str,
    pub warning: &'static str,
    pub error_title: &'static str,
    pub retry: &'static str,
    /// Where a part of the app that is still downloading will show.
    pub later_coming: &'static str,
    /// That part failed to download (with Retry beside it).
    pub later_failed: &'static str,
    pub hectares: &'static str,
    pub csv_headers: [&'static str; imap_core::model::export::COLUMNS],
    pub yi_yuan: &'static str,
    pub tab_filters: &'static str,
    pub tab_list: &'static str,
    pub open_panel: &'static str,
    pub close_panel: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub select_all: &'static str,
    pub select_none: &'static str,
    pub all_districts: &'static str,
    pub several_districts: &'static str,
    pub district_hint: &'static str,
    pub investment_size: &'static str,
    pub amount_any: &'static str,
    pub amount_min: &'static str,
    pub amount_max: &'static str,
    pub clear_all: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_manually: &'static str,
    /// The share panel: its button and title, the QR code's description,
    /// the link's label, the system's share sheet, a link too long for a code.
    pub share: &'static str,
    pub share_title: &'static str,
    pub share_qr: &'static str,
    pub share_link: &'static str,
    pub share_system: &'static str,
    pub share_too_long: &'static str,
    pub export_csv: &'static str,
    pub download_image: &'static str,
    /// When the browser could not make the map image.
    pub image_failed: &'static str,
    pub sort_by: &'static str,
    pub sort_name: &'static str,
    pub sort_investment: &'static str,
    pub sort_date: &'static str,
    pub sort_status: &'static str,
    pub no_results: &'static str,
    pub by_industry: &'static str,
    pub chart_count: &'static str,
    pub chart_amount: &'static str,
    pub sites_title: &'static str,
    pub sites_show: &'static str,
    pub sites_count: &'static str,
    pub site_area_range: &'static str,
    pub field_land_use: &'static str,
    pub field_availability: &'static str,
    pub field_plot_ratio: &'static str,
    pub field_contact: &'static str,
    pub land_industrial: &'static str,
    pub land_commercial: &'static str,
    pub land_mixed: &'static str,
    pub land_office: &'static str,
    pub site_available: &'static str,
    pub site_reserved: &'static str,
    pub site_taken: &'static str,
    pub site_legend: &'static str,
    /// The legend's switch for the places layer.
    pub places_switch: &'static str,
    pub distances_title: &'static str,
    pub about_button: &'static str,
    pub locator: &'static str,
    pub print_list_title: &'static str,
    pub about_source: &'static str,
    pub contact_title: &'static str,
    pub contact_phone: &'static str,
    pub contact_email: &'static str,
    pub contact_address: &'static str,
    pub contact_web: &'static str,
    pub open_full_map: &'static str,
    pub skip_links: &'static str,
    pub active_filters: &'static str,
    pub remove_filter: &'static str,
    pub none_chosen: &'static str,
    pub sorted_ascending: &'static str,
    pub sorted_descending: &'static str,
    pub skip_to_map: &'static str,
    pub skip_to_list: &'static str,
    pub hint_wheel_ctrl: &'static str,
    pub hint_wheel_cmd: &'static str,
    pub hint_two_fingers: &'static str,
}

/// The strings the first map shows before the app has arrived
/// (`Texts::first`): the first wasm module holds only these, and `Strings`
/// takes the same ones from here, so each is written once.
pub struct FirstStrings {
    pub app_title: &'static str,
    pub loading: &'static str,
    pub total_investment: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub reset_view: &'static str,
    pub map_label: &'static str,
    pub none_disclosed: &'static str,
    pub retry: &'static str,
    pub later_coming: &'static str,
    pub later_failed: &'static str,
    pub yi_yuan: &'static str,
}

pub const ZH_FIRST: FirstStrings = FirstStrings {
    app_title: "招商地图",
    loading: "正在加载地图数据…",
    total_investment: "已公开总投资",
    zoom_in: "放大",
    zoom_out: "缩小",
    reset_view: "复位视图",
    map_label: "项目地图",
    none_disclosed: "无",
    retry: "重试",
    later_coming: "正在载入此部分…",
    later_failed: "此部分未能载入，地图仍可使用。",
    yi_yuan: "亿元",
};

pub const EN_FIRST: FirstStrings = FirstStrings {
    app_title: "Investment map",
    loading: "Loading map data…",
    total_investment: "Disclosed investment",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    reset_view: "Reset view",
    map_label: "Project map",
    none_disclosed: "none",
    retry: "Retry",
    later_coming: "Loading this part…",
    later_failed: "This part could not be loaded; the map still works.",
    yi_yuan: "亿元",
};

pub const ZH: Strings = Strings {
    app_title: ZH_FIRST.app_title,
    loading: ZH_FIRST.loading,
    switch_language: "English",
    total_investment: ZH_FIRST.total_investment,
    legend: "图例",
    approximate_location: "位置为示意",
    approximate_legend: "虚线圈：位置为示意（非精确地址）",
    focus_area: "本区",
    context_area: "周边区县",
    zoom_in: ZH_FIRST.zoom_in,
    zoom_out: ZH_FIRST.zoom_out,
    reset_view: ZH_FIRST.reset_view,
    map_label: ZH_FIRST.map_label,
    map_help: "拖动或方向键平移，滚轮或 +/- 缩放，0 复位；Tab 选择项目，回车查看详情，Esc 关闭。",
    close: "关闭",
    show_only_district: "只看此区",
    show_all_districts: "显示全部区域",
    not_disclosed: "未公开",
    none_disclosed: ZH_FIRST.none_disclosed,
    field_industry: "产业",
    field_status: "状态",
    field_investment: "总投资",
    field_years: "年份",
    years_chart: "各年份项目数（按状态日期，颜色为状态）",
    years_from: "起始年份",
    years_to: "截止年份",
    years_play: "逐年播放",
    years_stop: "停止播放",
    field_district: "所在区域",
    field_date: "日期",
    field_company: "投资方 / 企业",
    field_area: "用地面积",
    field_location: "位置",
    field_link: "链接",
    cluster_legend: "蓝色圆：聚合的项目（上为个数，下为投资额，亿元）",
    location_exact: "精确位置",
    location_approximate: "示意位置（无公开地址，地图上的点仅供参考）",
    outside_districts: "不在任何区域内",
    district_derived: "（按坐标推断）",
    open_link: "打开链接（新窗口）",
    data_problems_title: "部分数据未能显示",
    problems_report: "下载完整报告（CSV）",
    problems_csv_headers: ["文件", "要素序号", "编号", "处理", "原因"],
    skipped: "已跳过",
    warning: "提示",
    error_title: "出错了",
    retry: ZH_FIRST.retry,
    later_coming: ZH_FIRST.later_coming,
    later_failed: ZH_FIRST.later_failed,
    hectares: "公顷",
    csv_headers: [
        "编号",
        "名称",
        "英文名称",
        "产业",
        "状态",
        "总投资（亿元）",
        "所在区域",
        "日期",
        "投资方 / 企业",
        "简介",
        "英文简介",
        "用地面积（公顷）",
        "经度",
        "纬度",
        "位置精度",
        "链接",
    ],
    yi_yuan: ZH_FIRST.yi_yuan,
    tab_filters: "筛选",
    tab_list: "列表",
    open_panel: "筛选与列表",
    close_panel: "收起",
    search_label: "搜索",
    search_placeholder: "项目名称、英文名或企业",
    select_all: "全选",
    select_none: "全不选",
    all_districts: "全部区域",
    several_districts: "已选多个区域",
    district_hint: "也可点击地图上的区域，再选“只看此区”。",
    investment_size: "投资规模（亿元）",
    amount_any: "不限",
    amount_min: "最低",
    amount_max: "最高",
    clear_all: "清除全部筛选",
    copy_link: "复制链接",
    copied: "链接已复制",
    copy_manually: "请手动复制此链接：",
    share: "分享",
    share_title: "分享此视图",
    share_qr: "此视图链接的二维码：用手机相机或微信扫码，即可打开同样的地图",
    share_link: "链接",
    share_system: "用其他应用分享…",
    share_too_long: "链接太长，无法生成二维码；请复制链接",
    export_csv: "导出 CSV",
    download_image: "下载图片",
    image_failed: "无法生成地图图片：请缩小窗口或改用打印",
    sort_by: "排序",
    sort_name: "名称",
    sort_investment: "投资额",
    sort_date: "日期",
    sort_status: "状态",
    no_results: "没有符合条件的项目。",
    by_industry: "按产业统计",
    chart_count: "项目数",
    chart_amount: "投资（亿元）",
    sites_title: "可用地块",
    sites_show: "在地图上显示地块",
    sites_count: "个地块",
    site_area_range: "面积（公顷）",
    field_land_use: "用途",
    field_availability: "供应状态",
    field_plot_ratio: "最大容积率",
    field_contact: "联系方式",
    land_industrial: "工业",
    land_commercial: "商业",
    land_mixed: "混合",
    land_office: "办公",
    site_available: "可供应",
    site_reserved: "已预留",
    site_taken: "已出让",
    site_legend: "方框 / 斜线区：可用地块",
    places_switch: "机场与城市中心",
    distances_title: "直线距离",
    about_button: "关于本区",
    locator: "小地图（框为当前视野）：点击回到全区",
    print_list_title: "符合条件的项目",
    about_source: "来源",
    contact_title: "投资咨询",
    contact_phone: "电话",
    contact_email: "邮箱",
    contact_address: "地址",
    contact_web: "网站",
    open_full_map: "在新窗口打开完整地图",
    skip_links: "快速跳转",
    active_filters: "当前筛选",
    remove_filter: "移除筛选",
    none_chosen: "无",
    sorted_ascending: "（升序）",
    sorted_descending: "（降序）",
    skip_to_map: "跳到地图",
    skip_to_list: "跳到项目列表",
    hint_wheel_ctrl: "按住 Ctrl 键并滚动滚轮可缩放地图",
    hint_wheel_cmd: "按住 ⌘ 键并滚动可缩放地图",
    hint_two_fingers: "请用两根手指移动或缩放地图",
};

pub const EN: Strings = Strings {
    app_title: EN_FIRST.app_title,
    loading: EN_FIRST.loading,
    switch_language: "中文",
    total_investment: EN_FIRST.total_investment,
    legend: "Legend",
    approximate_location: "Approximate location",
    approximate_legend: "Dashed ring: approximate location (no published address)",
    focus_area: "The zone",
    context_area: "Neighbouring districts",
    zoom_in: EN_FIRST.zoom_in,
    zoom_out: EN_FIRST.zoom_out,
    reset_view: EN_FIRST.reset_view,
    map_label: EN_FIRST.map_label,
    map_help: "Drag or arrow keys to pan, wheel or +/- to zoom, 0 to reset; Tab to a project, Enter for details, Esc to close.",
    close: "Close",
    show_only_district: "Show only this district",
    show_all_districts: "Show all districts",
    not_disclosed: "Not disclosed",
    none_disclosed: EN_FIRST.none_disclosed,
    field_industry: "Industry",
    field_status: "Status",
    field_investment: "Total investment",
    field_years: "Years",
    years_chart: "Projects by year (of their status date, coloured by status)",
    years_from: "From year",
    years_to: "To year",
    years_play: "Play year by year",
    years_stop: "Stop",
    field_district: "District",
    field_date: "Date",
    field_company: "Investor / company",
    field_area: "Land area",
    field_location: "Location",
    field_link: "Link",
    cluster_legend: "Blue disc: grouped projects (count above, disclosed investment below, in CNY 100 m)",
    location_exact: "Exact location",
    location_approximate: "Approximate (no published address; the pin is indicative only)",
    outside_districts: "Outside all districts",
    district_derived: " (derived from the location)",
    open_link: "Open link (new tab)",
    data_problems_title: "Some data could not be shown",
    problems_report: "Download the full report (CSV)",
    problems_csv_headers: ["file", "feature index", "id", "outcome", "reason"],
    skipped: "Skipped",
    warning: "Note",
    error_title: "Something went wrong",
    retry: EN_FIRST.retry,
    later_coming: EN_FIRST.later_coming,
    later_failed: EN_FIRST.later_failed,
    hectares: "ha",
    csv_headers: [
        "id",
        "name (Chinese)",
        "name (English)",
        "industry",
        "status",
        "investment (CNY 100 million)",
        "district",
        "date",
        "investor / company",
        "description",
        "description (English)",
        "area (ha)",
        "longitude",
        "latitude",
        "location precision",
        "link",
    ],
    yi_yuan: EN_FIRST.yi_yuan,
    tab_filters: "Filters",
    tab_list: "List",
    open_panel: "Filters & list",
    close_panel: "Fold",
    search_label: "Search",
    search_placeholder: "Project name or company",
    select_all: "All",
    select_none: "None",
    all_districts: "All districts",
    several_districts: "Several districts",
    district_hint: "Or tap a district on the map, then “Show only this district”.",
    investment_size: "Investment size (CNY 100 m)",
    amount_any: "Any",
    amount_min: "Min",
    amount_max: "Max",
    clear_all: "Clear all filters",
    copy_link: "Copy link",
    copied: "Link copied",
    copy_manually: "Copy this link:",
    share: "Share",
    share_title: "Share this view",
    share_qr: "QR code of this view's link: scan it with a phone's camera or WeChat to open the same map",
    share_link: "Link",
    share_system: "Share via…",
    share_too_long: "The link is too long for a QR code; copy the link instead",
    export_csv: "Export CSV",
    download_image: "Download image",
    image_failed: "The map image could not be made: try a smaller window, or print",
    sort_by: "Sort by",
    sort_name: "Name",
    sort_investment: "Investment",
    sort_date: "Date",
    sort_status: "Status",
    no_results: "No projects match these filters.",
    by_industry: "By industry",
    chart_count: "Projects",
    chart_amount: "CNY 100 m",
    sites_title: "Available sites",
    sites_show: "Show sites on the map",
    sites_count: "sites",
    site_area_range: "Area (ha)",
    field_land_use: "Land use",
    field_availability: "Availability",
    field_plot_ratio: "Max plot ratio",
    field_contact: "Contact",
    land_industrial: "Industrial",
    land_commercial: "Commercial",
    land_mixed: "Mixed",
    land_office: "Office",
    site_available: "Available",
    site_reserved: "Reserved",
    site_taken: "Taken",
    site_legend: "Square / hatched area: available site",
    places_switch: "Airports and city centres",
    distances_title: "Straight-line distances",
    about_button: "About the zone",
    locator: "Locator map (the box is this view): click for the whole zone",
    print_list_title: "Matching projects",
    about_source: "Source",
    contact_title: "Investment enquiries",
    contact_phone: "Phone",
    contact_email: "E-mail",
    contact_address: "Address",
    contact_web: "Website",
    open_full_map: "Open the full map",
    skip_links: "Skip links",
    active_filters: "Active filters",
    remove_filter: "Remove filter",
    none_chosen: "none",
    sorted_ascending: " (ascending)",
    sorted_descending: " (descending)",
    skip_to_map: "Skip to the map",
    skip_to_list: "Skip to the project list",
    hint_wheel_ctrl: "Use Ctrl + scroll to zoom the map",
    hint_wheel_cmd: "Use ⌘ + scroll to zoom the map",
    hint_two_fingers: "Use two fingers to move the map",
};

/// The texts of a language, as methods of `Lang` (`lang.t().close`,
/// `lang.money(20.0)`): `Lang` lives in the core, its words here.
pub trait Texts: Copy {
    fn lang(self) -> Lang;

    fn t(self) -> &'static Strings {
        match self.lang() {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// What the first map shows (`FirstStrings`): the rest of the table is
    /// not reached from the first module.
    fn first(self) -> &'static FirstStrings {
        match self.lang() {
            Lang::Zh => &ZH_FIRST,
            Lang::En => &EN_FIRST,
        }
    }

    /// Offline: which data is shown (its `updated` date) and when this
    /// device fetched it.
    fn offline_notice(self, updated: Option<&str>, fetched: Option<&str>) -> String {
        match (self.lang(), updated, fetched) {
            (Lang::Zh, Some(u), Some(f)) => {
                format!("当前离线：显示的是 {u} 更新的数据（本机于 {f} 获取）。")
            }
            (Lang::Zh, Some(u), None) => format!("当前离线：显示的是 {u} 更新的数据。"),
            (Lang::Zh, None, Some(f)) => format!("当前离线：显示的是本机于 {f} 获取的数据。"),
            (Lang::Zh, None, None) => "当前离线：显示的是上次获取的数据。".to_string(),
            (Lang::En, Some(u), Some(f)) => {
                format!("Offline: showing the data updated {u} (fetched on this device {f}).")
            }
            (Lang::En, Some(u), None) => format!("Offline: showing the data updated {u}."),
            (Lang::En, None, Some(f)) => {
                format!("Offline: showing the data fetched on this device {f}.")
            }
            (Lang::En, None, None) => "Offline: showing the data last fetched.".to_string(),
        }
    }

    fn updated_on(self, date: &str) -> String {
        match self.lang() {
            Lang::Zh => format!("数据更新于 {date}"),
            Lang::En => format!("Data updated {date}"),
        }
    }

    /// "label：value" with the colon each language uses.
    fn labelled(self, label: &str, value: &str) -> String {
        match self.lang() {
            Lang::Zh => format!("{label}：{value}"),
            Lang::En => format!("{label}: {value}"),
        }
    }

    /// A length: "500 米" / "2 公里", "500 m" / "2 km" (whole numbers below
    /// 10 km are kept to one decimal: "2.5 km").
    fn distance(self, metres: f64) -> String {
        let shown = shown_metres(metres);
        let (value, unit) = if shown < 1000.0 {
            (shortest(shown), ["米", "m"])
        } else {
            (shortest(shown / 1000.0), ["公里", "km"])
        };
        match self.lang() {
            Lang::Zh => format!("{value} {}", unit[0]),
            Lang::En => format!("{value} {}", unit[1]),
        }
    }

    /// A straight-line distance, said as approximate: "约 91 公里", "about 91 km".
    fn about_distance(self, metres: f64) -> String {
        match self.lang() {
            Lang::Zh => format!("约 {}", self.distance(metres)),
            Lang::En => format!("about {}", self.distance(metres)),
        }
    }

    /// Under a printed list cut short.
    fn print_more(self, n: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("另有 {n} 个项目未列出，完整列表请导出 CSV。"),
            Lang::En => format!("{n} more not listed: export CSV for the full list."),
        }
    }

    /// The word after the result count: "个项目", "project(s)".
    fn projects_counted(self, n: usize) -> &'static str {
        match self.lang() {
            Lang::Zh => "个项目",
            Lang::En if n == 1 => "project",
            Lang::En => "projects",
        }
    }

    fn undisclosed_count(self, n: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("另有 {n} 个项目未公开投资额"),
            Lang::En if n == 1 => "1 more with an undisclosed amount".to_string(),
            Lang::En => format!("{n} more with undisclosed amounts"),
        }
    }

    /// With an amount range set, undisclosed amounts are hidden (ui-contract.md); say how many.
    /// A range of years: "2019–2021", or one year.
    fn year_range(self, from: u16, to: u16) -> String {
        if from == to {
            from.to_string()
        } else {
            format!("{from}–{to}")
        }
    }

    /// A year's bar in the years histogram, in words: its count, and of
    /// each status with any: "2019：3 个项目（签约 1、动工 2）".
    fn year_counts(self, year: u16, by_status: &[(&str, usize)]) -> String {
        let total: usize = by_status.iter().map(|(_, n)| n).sum();
        let parts: Vec<String> = by_status
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(status, n)| format!("{status} {n}"))
            .collect();
        let counted = self.projects_counted(total);
        match (self.lang(), parts.is_empty()) {
            (Lang::Zh, true) => format!("{year}：{total} {counted}"),
            (Lang::Zh, false) => format!("{year}：{total} {counted}（{}）", parts.join("、")),
            (Lang::En, true) => format!("{year}: {total} {counted}"),
            (Lang::En, false) => format!("{year}: {total} {counted} ({})", parts.join(", ")),
        }
    }

    /// With years set, undated projects are hidden (ui-contract.md); say how many.
    fn undated_hidden(self, n: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("设定年份后，{n} 个无日期的项目不显示。"),
            Lang::En if n == 1 => "With years set, 1 undated project is hidden.".to_string(),
            Lang::En => format!("With years set, {n} undated projects are hidden."),
        }
    }

    fn undisclosed_hidden(self, n: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("设定金额范围后，{n} 个未公开投资额的项目不显示。"),
            Lang::En if n == 1 => {
                "With a range set, 1 project with an undisclosed amount is hidden.".to_string()
            }
            Lang::En => {
                format!("With a range set, {n} projects with undisclosed amounts are hidden.")
            }
        }
    }

    /// While the data files download: "已下载 3.2 MB…".
    fn downloaded(self, bytes: u64) -> String {
        let mb = plain_number((bytes as f64 / 1e5).round() / 10.0);
        match self.lang() {
            Lang::Zh => format!("正在下载数据，已下载 {mb} MB…"),
            Lang::En => format!("Downloading the data: {mb} MB so far…"),
        }
    }

    fn reading_projects(self, done: usize, total: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("正在读取项目 {done} / {total}…"),
            Lang::En => format!("Reading projects {done} / {total}…"),
        }
    }

    /// What a cluster badge shows under its count: the disclosed total with
    /// a unit short enough for the disc ("12亿", "0.3亿"; "1.2bn", "30m");
    /// nothing when no amount is disclosed.
    fn badge_amount(self, total: f64) -> Option<String> {
        // Whole numbers from 10, one decimal below, never a bare 0.
        let short = |x: f64| match x {
            x if x >= 10.0 => plain_number(x.round()),
            x if x >= 0.05 => plain_number((x * 10.0).round() / 10.0),
            _ => "<0.1".to_string(),
        };
        (total > 0.0).then(|| match self.lang() {
            Lang::Zh => format!("{}亿", short(total)),
            Lang::En if total >= 10.0 => format!("{}bn", short(total / 10.0)),
            Lang::En => format!("{}m", short(total * 100.0)),
        })
    }

    /// A cluster badge's accessible name. It starts with what the badge
    /// shows (the count, and the total when disclosed), so speech users can
    /// say it (WCAG 2.5.3); the words in brackets explain it.
    fn cluster_label(self, n: usize, total: f64) -> String {
        match (self.lang(), self.badge_amount(total)) {
            (Lang::Zh, Some(t)) => {
                format!(
                    "{n} · {t}（{n} 个项目，已公开投资 {}，点击放大）",
                    self.money(total)
                )
            }
            (Lang::Zh, None) => format!("{n}（{n} 个项目，点击放大）"),
            (Lang::En, Some(t)) => {
                format!(
                    "{n} · {t} ({n} projects, {} disclosed; click to zoom in)",
                    cny_words(total)
                )
            }
            (Lang::En, None) => format!("{n} ({n} projects; click to zoom in)"),
        }
    }

    /// A district's card: how many projects there match the other filters
    /// and their disclosed total ("3 个项目 · 已公开投资 12.5 亿元"); no
    /// total when none is disclosed.
    fn district_summary(self, n: usize, total: f64, undisclosed: usize) -> String {
        let counted = format!("{n} {}", self.projects_counted(n));
        match (self.lang(), n, n == undisclosed) {
            (Lang::Zh, 0, _) => "暂无符合条件的项目".to_string(),
            (Lang::En, 0, _) => "No matching projects".to_string(),
            (Lang::Zh, _, true) => format!("{n} 个项目 · 投资额未公开"),
            (Lang::En, _, true) => format!("{counted} · amounts not disclosed"),
            (Lang::Zh, _, false) => format!("{n} 个项目 · 已公开投资 {}", self.money(total)),
            (Lang::En, _, false) => format!("{counted} · {} disclosed", self.money(total)),
        }
    }

    fn show_more(self, n: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("再显示 {n} 个"),
            Lang::En => format!("Show {n} more"),
        }
    }

    /// The amount range as words: "1 – 20 亿元", "≥ 5 亿元"; in English
    /// "CNY 100 m – CNY 2 bn", "≥ CNY 500 m"; "Any".
    fn amount_range(self, min: Option<f64>, max: Option<f64>) -> String {
        match (min, max, self.lang()) {
            (None, None, _) => self.t().amount_any.to_string(),
            (Some(a), None, _) => format!("≥ {}", self.money(a)),
            (None, Some(b), _) => format!("≤ {}", self.money(b)),
            (Some(a), Some(b), Lang::En) => format!("{} – {}", self.money(a), self.money(b)),
            (Some(a), Some(b), Lang::Zh) => {
                format!("{} – {}", plain_number(a), self.money(b))
            }
        }
    }

    /// An active filter as a chip reads: "产业：新材料、电子信息",
    /// "Investment: ≥ CNY 500 m", "Search: “港”"; long lists shortened.
    fn filter_chip(self, filter: &ActiveFilter, data: &Dataset) -> String {
        let t = self.t();
        let lang = self.lang();
        let (label, value) = match filter {
            ActiveFilter::Ids(kind, ids) => {
                let name = |id: &String| -> String {
                    let found = match kind {
                        FilterKind::Industry => data
                            .manifest
                            .industries
                            .iter()
                            .find(|c| &c.id == id)
                            .map(|c| c.label(lang)),
                        FilterKind::Status => data
                            .manifest
                            .statuses
                            .iter()
                            .find(|c| &c.id == id)
                            .map(|c| c.label(lang)),
                        _ => data.boundary(id).map(|b| b.label(lang)),
                    };
                    found.unwrap_or(id).to_string()
                };
                let label = match kind {
                    FilterKind::Industry => t.field_industry,
                    FilterKind::Status => t.field_status,
                    _ => t.field_district,
                };
                let separator = if lang == Lang::Zh { "、" } else { ", " };
                let shown: Vec<String> = ids.iter().take(2).map(name).collect();
                let value = match (ids.len(), lang) {
                    (0, _) => t.none_chosen.to_string(),
                    (1 | 2, _) => shown.join(separator),
                    (n, Lang::Zh) => format!("{} 等 {n} 项", shown.join(separator)),
                    (n, Lang::En) => format!("{} + {} more", shown.join(separator), n - 2),
                };
                (label, value)
            }
            ActiveFilter::Amount(min, max) => (t.field_investment, self.amount_range(*min, *max)),
            ActiveFilter::Years(from, to) => (t.field_years, self.year_range(*from, *to)),
            ActiveFilter::Query(q) => (t.search_label, format!("“{}”", isolated(q.trim()))),
        };
        self.labelled(label, &value)
    }

    /// Under a problem list cut short.
    fn problems_not_listed(self, n: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("另有 {n} 条未在此列出。"),
            Lang::En => format!("{n} more not listed here."),
        }
    }

    /// One problem as a row of the full report.
    fn problem_row(self, problem: &Problem) -> [String; 5] {
        [
            problem.file.clone(),
            match problem.place {
                Place::Feature(index) => index.to_string(),
                Place::Field(field) => field.to_string(),
            },
            problem.feature_id.clone().unwrap_or_default(),
            self.problem_severity(problem).to_string(),
            self.problem_reason(&problem.reason),
        ]
    }

    fn problems_count(self, skipped: usize, warnings: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("{skipped} 个要素已跳过，{warnings} 条提示"),
            Lang::En => format!("{skipped} features skipped, {warnings} notes"),
        }
    }

    /// An amount in 亿元 as a visitor reads it: 亿元 in Chinese, CNY bn / m in English.
    /// An investment as shown to visitors; undisclosed reads 未公开 / "Not
    /// disclosed", never 0.
    fn investment(self, investment: Option<f64>) -> String {
        match investment {
            Some(yi) => self.money(yi),
            None => self.t().not_disclosed.to_string(),
        }
    }

    fn money(self, yi: f64) -> String {
        match self.lang() {
            Lang::Zh => format!("{} 亿元", plain_number(yi)),
            Lang::En => cny_words(yi),
        }
    }

    fn land_use(self, land_use: LandUse) -> &'static str {
        let t = self.t();
        match land_use {
            LandUse::Industrial => t.land_industrial,
            LandUse::Commercial => t.land_commercial,
            LandUse::Mixed => t.land_mixed,
            LandUse::Office => t.land_office,
        }
    }

    fn availability(self, availability: Availability) -> &'static str {
        let t = self.t();
        match availability {
            Availability::Available => t.site_available,
            Availability::Reserved => t.site_reserved,
            Availability::Taken => t.site_taken,
        }
    }

    /// Where a project is: its precision, then latitude and longitude.
    fn location(self, approximate: bool, lon: f64, lat: f64) -> String {
        let t = self.t();
        let precision = if approximate {
            t.location_approximate
        } else {
            t.location_exact
        };
        format!("{precision} · {}, {}", padded(lat, 5), padded(lon, 5))
    }

    /// A district's name, said to be derived from the position where it is.
    fn district_name(self, name: &str, derived: bool) -> String {
        let note = if derived {
            self.t().district_derived
        } else {
            ""
        };
        format!("{name}{note}")
    }

    fn area(self, hectares: f64) -> String {
        format!("{} {}", plain_number(hectares), self.t().hectares)
    }

    /// What is wrong in a JSON text. A syntax error's detail (serde_json's
    /// English: "expected `,` or `}`") is shown in English only.
    /// A kind of JSON value, as a noun phrase ("a number", "数字").
    fn json_kind(self, kind: JsonKind) -> &'static str {
        match (kind, self.lang()) {
            (JsonKind::Text, Lang::Zh) => "文本",
            (JsonKind::Text, Lang::En) => "text",
            (JsonKind::Number, Lang::Zh) => "数字",
            (JsonKind::Number, Lang::En) => "a number",
            (JsonKind::Integer, Lang::Zh) => "整数",
            (JsonKind::Integer, Lang::En) => "a whole number",
            (JsonKind::Boolean, Lang::Zh) => "true 或 false",
            (JsonKind::Boolean, Lang::En) => "true or false",
            (JsonKind::Null, _) => "null",
            (JsonKind::Array, Lang::Zh) => "数组",
            (JsonKind::Array, Lang::En) => "an array",
            (JsonKind::Object, Lang::Zh) => "对象",
            (JsonKind::Object, Lang::En) => "an object",
            (JsonKind::Other, Lang::Zh) => "其他值",
            (JsonKind::Other, Lang::En) => "another value",
        }
    }

    /// What is wrong in an editor's spreadsheet, and how to fix it.
    fn sheet_fault(self, fault: &SheetFault) -> String {
        let lang = self.lang();
        let zh = lang == Lang::Zh;
        let pick = |z: String, e: String| if zh { z } else { e };
        match fault {
            SheetFault::Undecodable => pick(
                "文件既不是 UTF-8，也不是 GBK/GB18030 编码：请在 Excel 中“另存为 CSV UTF-8”".into(),
                "the file is neither UTF-8 nor GBK/GB18030: in Excel, use “Save as CSV UTF-8”"
                    .into(),
            ),
            SheetFault::Unreadable(why) => pick(
                "无法读取表格：文件已损坏，或不是 .xlsx、.xls、.ods、.csv 格式".into(),
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
                let cell = format!("{}{row}", column_letter(*column));
                let last = column_letter(columns - 1);
                pick(
                    format!("单元格 {cell} 在 {last} 列之后，超出可读范围：请删去它（多半是误输入）"),
                    format!(
                        "cell {cell} is right of column {last}, past what is read: delete it (it is likely a stray entry)"
                    ),
                )
            }
            SheetFault::CellTooLong { row, column, chars } => {
                let cell = format!("{}{row}", column_letter(*column));
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
                format!(
                    "要替换的文件未能使用：{}其中表格没有的属性（如联系方式）不会保留",
                    self.file_error(why)
                ),
                format!(
                    "the file being replaced could not be used: {} Properties the sheet does not hold (such as contacts) are not carried over",
                    self.file_error(why)
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
                format!(
                    "金额「{text}」超过 {} 亿元：单位是亿元，请检查是否多写了零",
                    shortest(MAX_INVESTMENT)
                ),
                format!(
                    "the amount “{text}” is over {} 亿元: the unit is CNY 100 million; check for extra zeros",
                    shortest(MAX_INVESTMENT)
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
            SheetFault::App(reason) => self.problem_reason(reason),
        }
    }

    /// A data set's suspicion (`mapdata validate`): what looks wrong and
    /// how to check it.
    fn suspicion(self, suspicion: &Suspicion) -> String {
        let zh = self.lang() == Lang::Zh;
        match suspicion {
            Suspicion::OutsideEveryBoundary if zh => {
                "位置不在任何区域的边界内：请检查经纬度".into()
            }
            Suspicion::OutsideEveryBoundary => {
                "the location is outside every boundary: check longitude and latitude".into()
            }
            Suspicion::FarFromFocus { km } if zh => {
                format!(
                    "位置在本区边界外 {} 公里：若不是有意为之，请检查经纬度（或是否需 --from-gcj02）",
                    padded(*km, 1)
                )
            }
            Suspicion::FarFromFocus { km } => format!(
                "the location is {} km outside the zone: check longitude and latitude (or whether --from-gcj02 is needed)",
                padded(*km, 1)
            ),
            Suspicion::SameCoordinates { as_id } if zh => {
                format!("与项目 {as_id} 坐标完全相同：两个图钉会重叠")
            }
            Suspicion::SameCoordinates { as_id } => {
                format!("has exactly the coordinates of project {as_id}: the pins overlap")
            }
            Suspicion::LargeAmount(amount) if zh => {
                format!("投资额 {amount} 亿元超过 1000 亿元：单位是亿元，是否按万元或元填写了？")
            }
            Suspicion::LargeAmount(amount) => format!(
                "an investment of {amount} 亿元 is over 1,000 亿元: the unit is CNY 100 million; was it typed in 万元 or yuan?"
            ),
            Suspicion::SmallAmount(amount) if zh => {
                format!("投资额 {amount} 亿元不足 0.01 亿元（100 万元）：单位是亿元，请核对")
            }
            Suspicion::SmallAmount(amount) => format!(
                "an investment of {amount} 亿元 is under 0.01 亿元 (CNY 1 million): the unit is CNY 100 million; please check"
            ),
            Suspicion::FutureDate(date) if zh => {
                format!("日期 {date} 在未来：日期是项目达到当前状态的时间")
            }
            Suspicion::FutureDate(date) => format!(
                "the date {date} is in the future: it is when the project reached its status"
            ),
            Suspicion::SameName { as_id } if zh => format!("与项目 {as_id} 同名：是否重复录入？"),
            Suspicion::SameName { as_id } => {
                format!("has the same name as project {as_id}: entered twice?")
            }
            Suspicion::LightColour { color, contrast } if zh => format!(
                "产业颜色 {color} 太浅，在地图底色上难以看清（对比度 {}:1，至少应为 {}:1）",
                padded(*contrast, 1),
                shortest(MIN_CONTRAST)
            ),
            Suspicion::LightColour { color, contrast } => format!(
                "the industry colour {color} is too light to see on the map (contrast {}:1, at least {}:1 needed)",
                padded(*contrast, 1),
                shortest(MIN_CONTRAST)
            ),
        }
    }

    /// What the operating system reported: its number in Chinese (its
    /// words are English), its words in English.
    fn system_error(self, error: &SystemError) -> String {
        match (self.lang(), error.code) {
            (Lang::Zh, Some(code)) => format!("系统错误（错误号 {code}）"),
            (Lang::Zh, None) => "系统错误".to_string(),
            (Lang::En, _) => error.words.clone(),
        }
    }

    fn json_fault(self, fault: &JsonFault) -> String {
        let kind = |kind| self.json_kind(kind);
        match (fault, self.lang()) {
            (JsonFault::Syntax(_), Lang::Zh) => "不是有效的 JSON".into(),
            (JsonFault::Syntax(detail) | JsonFault::Other(detail), Lang::En) => detail.clone(),
            (JsonFault::NotUtf8, Lang::Zh) => "不是 UTF-8 编码的文本".into(),
            (JsonFault::NotUtf8, Lang::En) => "not UTF-8 text".into(),
            (JsonFault::TooDeep, Lang::Zh) => "嵌套层数过多".into(),
            (JsonFault::TooDeep, Lang::En) => "nested too deep".into(),
            (JsonFault::MissingField(field), Lang::Zh) => format!("缺少字段 `{}`", isolated(field)),
            (JsonFault::MissingField(field), Lang::En) => {
                format!("missing field `{}`", isolated(field))
            }
            (JsonFault::WrongKind(found), Lang::Zh) => {
                format!("值的类型不对（此处是{}）", kind(*found))
            }
            (JsonFault::WrongKind(found), Lang::En) => {
                format!("a value of the wrong type (here {})", kind(*found))
            }
            (JsonFault::Other(_), Lang::Zh) => "内容不符合要求".into(),
        }
    }

    /// Why a manifest cannot be used, after "the manifest … is invalid:".
    fn manifest_fault(self, fault: &ManifestFault) -> String {
        match (fault, self.lang()) {
            (ManifestFault::NoVersion, Lang::Zh) => "缺少 `version` 字段".into(),
            (ManifestFault::NoVersion, Lang::En) => "it has no `version` field".into(),
            (ManifestFault::Empty(field), Lang::Zh) => format!("`{field}` 为空"),
            (ManifestFault::Empty(field), Lang::En) => format!("`{field}` is empty"),
            (ManifestFault::EmptyId(list), Lang::Zh) => format!("`{list}` 中有一项的 id 为空"),
            (ManifestFault::EmptyId(list), Lang::En) => {
                format!("an entry of `{list}` has an empty id")
            }
            (ManifestFault::InvalidId { list, id }, Lang::Zh) => format!(
                "`{list}` 中的 id “{}” 不合格式（id 为 1–{ID_MAX_CHARS} 个字符，只用 A–Z a–z 0–9 _ - .）",
                isolated(id)
            ),
            (ManifestFault::InvalidId { list, id }, Lang::En) => format!(
                "`{list}` has the id “{}”: ids are 1–{ID_MAX_CHARS} characters from A–Z a–z 0–9 _ - .",
                isolated(id)
            ),
            (ManifestFault::DuplicateId { list, id }, Lang::Zh) => {
                format!("`{list}` 中的 id “{}” 出现了两次", isolated(id))
            }
            (ManifestFault::DuplicateId { list, id }, Lang::En) => {
                format!("`{list}` lists the id “{}” twice", isolated(id))
            }
            (ManifestFault::NotAColor { industry, color }, Lang::Zh) => format!(
                "产业 “{}” 的颜色 “{}” 不是 CSS 十六进制颜色（如 #E69F00）",
                isolated(industry),
                isolated(color)
            ),
            (ManifestFault::NotAColor { industry, color }, Lang::En) => format!(
                "industry “{}” has colour “{}”, not a CSS hex colour (such as #E69F00)",
                isolated(industry),
                isolated(color)
            ),
        }
    }

    fn file_error(self, error: &FileError) -> String {
        let file = &error.file;
        match (&error.kind, self.lang()) {
            (FileErrorKind::Fetch { status: Some(s) }, Lang::Zh) => {
                format!("无法加载文件 {file}（HTTP {s}）。")
            }
            (FileErrorKind::Fetch { status: Some(s) }, Lang::En) => {
                format!("Could not load {file} (HTTP {s}).")
            }
            (FileErrorKind::Fetch { status: None }, Lang::Zh) => {
                format!("无法加载文件 {file}（网络错误）。")
            }
            (FileErrorKind::Fetch { status: None }, Lang::En) => {
                format!("Could not load {file} (network error).")
            }
            (
                FileErrorKind::Json {
                    line,
                    column,
                    fault,
                },
                Lang::Zh,
            ) => format!(
                "文件 {file} 第 {line} 行第 {column} 列格式有误：{}。",
                self.json_fault(fault)
            ),
            (
                FileErrorKind::Json {
                    line,
                    column,
                    fault,
                },
                Lang::En,
            ) => format!(
                "{file}: invalid JSON at line {line}, column {column}: {}.",
                self.json_fault(fault)
            ),
            (FileErrorKind::NotFeatureCollection, Lang::Zh) => {
                format!("文件 {file} 不是 GeoJSON FeatureCollection。")
            }
            (FileErrorKind::NotFeatureCollection, Lang::En) => {
                format!("{file} is not a GeoJSON FeatureCollection.")
            }
            (FileErrorKind::UnsupportedVersion(v), Lang::Zh) => {
                format!("文件 {file} 的数据版本 {v} 不受支持（支持版本 1）。")
            }
            (FileErrorKind::UnsupportedVersion(v), Lang::En) => {
                format!("{file}: unsupported data version {v} (this map reads version 1).")
            }
            (FileErrorKind::InvalidManifest(fault), Lang::Zh) => {
                format!("清单文件 {file} 无效：{}。", self.manifest_fault(fault))
            }
            (FileErrorKind::InvalidManifest(fault), Lang::En) => {
                format!(
                    "The manifest {file} is invalid: {}.",
                    self.manifest_fault(fault)
                )
            }
            (FileErrorKind::Unreadable(why), Lang::Zh) => {
                let why = match why {
                    Unreadable::NotFound => "文件不存在".to_string(),
                    Unreadable::Denied => "没有读取权限".to_string(),
                    Unreadable::NotAFile => "不是普通文件".to_string(),
                    Unreadable::TooLarge { megabytes } => format!("超过 {megabytes} MB"),
                    Unreadable::System(error) => self.system_error(error),
                };
                format!("无法读取文件 {file}：{why}。")
            }
            (FileErrorKind::Unreadable(why), Lang::En) => {
                let why = match why {
                    Unreadable::NotFound => "there is no such file".to_string(),
                    Unreadable::Denied => "permission denied".to_string(),
                    Unreadable::NotAFile => "not a regular file".to_string(),
                    Unreadable::TooLarge { megabytes } => format!("over {megabytes} MB"),
                    Unreadable::System(error) => self.system_error(error),
                };
                format!("Cannot read {file}: {why}.")
            }
            (FileErrorKind::Stalled { seconds }, Lang::Zh) => {
                format!("{file} 已 {seconds} 秒没有收到数据，已停止加载。")
            }
            (FileErrorKind::Stalled { seconds }, Lang::En) => {
                format!("{file} sent no data for {seconds} seconds; loading it was stopped.")
            }
            (FileErrorKind::RefusedPath, Lang::Zh) => format!(
                "已拒绝加载 {file}：数据只能来自本站的相对路径（不允许完整网址、//主机名或任何协议）。"
            ),
            (FileErrorKind::RefusedPath, Lang::En) => format!(
                "Refused to load {file}: data must be a same-origin relative path (no absolute URL, //host or scheme)."
            ),
        }
    }

    fn problem_severity(self, problem: &Problem) -> &'static str {
        match problem.severity {
            Severity::Skipped => self.t().skipped,
            Severity::Warning => self.t().warning,
        }
    }

    fn problem_subject(self, problem: &Problem) -> String {
        match (&problem.feature_id, &problem.place, self.lang()) {
            (_, Place::Field(field), Lang::Zh) => format!("{}：字段 {field}", problem.file),
            (_, Place::Field(field), Lang::En) => format!("{}: field {field}", problem.file),
            (Some(id), _, Lang::Zh) => format!("{}：要素 “{id}”", problem.file),
            (Some(id), _, Lang::En) => format!("{}: feature “{id}”", problem.file),
            (None, Place::Feature(index), Lang::Zh) => {
                format!("{}：第 {} 个要素（索引 {index}）", problem.file, index + 1)
            }
            (None, Place::Feature(index), Lang::En) => {
                format!("{}: feature at index {index}", problem.file)
            }
        }
    }

    fn problem_reason(self, reason: &Reason) -> String {
        use Reason as R;
        match (reason, self.lang()) {
            (R::NotAFeature(fault), Lang::Zh) => {
                format!("不是有效的 GeoJSON Feature（{}）", self.json_fault(fault))
            }
            (R::NotAFeature(fault), Lang::En) => {
                format!("not a valid GeoJSON Feature ({})", self.json_fault(fault))
            }
            (R::NotFeatureType(kind), Lang::Zh) => {
                format!("不是 GeoJSON Feature（type 为 “{}”）", isolated(kind))
            }
            (R::NotFeatureType(kind), Lang::En) => {
                format!("not a GeoJSON Feature (its type is “{}”)", isolated(kind))
            }
            (R::MissingGeometry, Lang::Zh) => "缺少几何图形".into(),
            (R::MissingGeometry, Lang::En) => "has no geometry".into(),
            (R::WrongGeometry { found, expected }, Lang::Zh) => {
                format!(
                    "几何类型 {found} 不符合要求（应为 {}）",
                    expected.join("、")
                )
            }
            (R::WrongGeometry { found, expected }, Lang::En) => {
                let expected = match expected {
                    [.., last] if expected.len() > 1 => {
                        format!("{} or {last}", expected[..expected.len() - 1].join(", "))
                    }
                    _ => expected.join(""),
                };
                format!(
                    "wrong geometry type {} (expected {expected})",
                    isolated(found)
                )
            }
            (R::CoordinateOutOfRange, Lang::Zh) => {
                "坐标超出范围（经度须在 −180…180，纬度须在 −90…90）".into()
            }
            (R::CoordinateOutOfRange, Lang::En) => {
                "coordinate out of range (longitude −180…180, latitude −90…90)".into()
            }
            (R::BadCoordinates, Lang::Zh) => "坐标格式错误（需要 [经度, 纬度] 数字）".into(),
            (R::BadCoordinates, Lang::En) => {
                "malformed coordinates (expected [longitude, latitude] numbers)".into()
            }
            (R::MissingProperty(p), Lang::Zh) => format!("缺少必填属性 {p}"),
            (R::MissingProperty(p), Lang::En) => format!("missing required property {p}"),
            (R::WrongType { property, expected }, Lang::Zh) => {
                format!(
                    "属性 {property} 类型错误（应为{}）",
                    self.json_kind(*expected)
                )
            }
            (R::WrongType { property, expected }, Lang::En) => {
                format!("property {property} must be {}", self.json_kind(*expected))
            }
            (R::InvalidId(v), Lang::Zh) => {
                format!(
                    "id “{}” 无效（应为 1–64 个字符：A–Z a–z 0–9 _ - .）",
                    clipped(v)
                )
            }
            (R::InvalidId(v), Lang::En) => {
                format!(
                    "id “{}” is not 1–64 characters from A–Z a–z 0–9 _ - .",
                    clipped(v)
                )
            }
            (
                R::TooLong {
                    property,
                    max_chars,
                },
                Lang::Zh,
            ) => {
                format!("{property} 超过 {max_chars} 个字符，已截断")
            }
            (
                R::TooLong {
                    property,
                    max_chars,
                },
                Lang::En,
            ) => {
                format!("{property} is longer than {max_chars} characters; cut short")
            }
            (
                R::TooLarge {
                    property,
                    max: Some(m),
                },
                Lang::Zh,
            ) => {
                format!("{property} 超出范围（应在 0 到 {} 之间）", plain_number(*m))
            }
            (
                R::TooLarge {
                    property,
                    max: Some(m),
                },
                Lang::En,
            ) => {
                format!("{property} must be from 0 to {}", plain_number(*m))
            }
            (
                R::TooLarge {
                    property,
                    max: None,
                },
                Lang::Zh,
            ) => {
                format!("{property} 数值过大，超出可表示的范围")
            }
            (
                R::TooLarge {
                    property,
                    max: None,
                },
                Lang::En,
            ) => {
                format!("{property} is too large to be a number")
            }
            (R::DuplicateId, Lang::Zh) => "id 重复（同一文件中已有该 id）".into(),
            (R::DuplicateId, Lang::En) => "duplicate id (an earlier feature has it)".into(),
            (R::UnknownIndustry(v), Lang::Zh) => {
                format!("未知产业 “{}”（清单中没有）", isolated(v))
            }
            (R::UnknownIndustry(v), Lang::En) => {
                format!("unknown industry “{}” (not in the manifest)", isolated(v))
            }
            (R::UnknownStatus(v), Lang::Zh) => format!("未知状态 “{}”（清单中没有）", isolated(v)),
            (R::UnknownStatus(v), Lang::En) => {
                format!("unknown status “{}” (not in the manifest)", isolated(v))
            }
            (R::Negative(p), Lang::Zh) => format!("{p} 不能为负数"),
            (R::Negative(p), Lang::En) => format!("{p} must not be negative"),
            (R::UnknownDistrict(v), Lang::Zh) => {
                format!("未知区域 “{v}”，已改为按坐标推断")
            }
            (R::UnknownDistrict(v), Lang::En) => {
                format!("unknown district “{v}”; derived from the location instead")
            }
            (R::InvalidDate(v), Lang::Zh) => {
                format!("日期 “{v}” 格式无效（应为 YYYY、YYYY-MM 或 YYYY-MM-DD），已忽略")
            }
            (R::InvalidDate(v), Lang::En) => {
                format!("date “{v}” is not YYYY, YYYY-MM or YYYY-MM-DD; ignored")
            }
            (R::UnsafeUrl(v), Lang::Zh) => format!("链接 “{v}” 不是 http/https 地址，已删除"),
            (R::UnsafeUrl(v), Lang::En) => format!("link “{v}” is not http/https; dropped"),
            (R::TooMany { limit, left_out }, Lang::Zh) => {
                format!("图层过大：只显示前 {limit} 个要素，其余 {left_out} 个不显示")
            }
            (R::TooMany { limit, left_out }, Lang::En) => format!(
                "too large a layer: the first {limit} features are drawn, {left_out} more are not"
            ),
            (R::TileTemplate(v), Lang::Zh) => format!(
                "底图地址 “{}” 缺少 {{z}}、{{x}} 或 {{y}}，不显示底图",
                isolated(&clipped(v))
            ),
            (R::TileTemplate(v), Lang::En) => format!(
                "basemap address “{}” lacks {{z}}, {{x}} or {{y}}; no basemap is shown",
                isolated(&clipped(v))
            ),
            (R::UnknownPrecision(v), Lang::Zh) => {
                format!("location_precision “{v}” 无效，按示意位置处理")
            }
            (R::UnknownPrecision(v), Lang::En) => {
                format!("location_precision “{v}” is invalid; treated as approximate")
            }
            (R::InvalidChoice { property, value }, Lang::Zh) => {
                format!("{property} 的值 “{value}” 不在允许的取值中")
            }
            (R::InvalidChoice { property, value }, Lang::En) => {
                format!("{property} “{value}” is not one of the allowed values")
            }
            (R::UnknownRole(v), Lang::Zh) => format!("role “{v}” 无效，按 focus 处理"),
            (R::UnknownRole(v), Lang::En) => format!("role “{v}” is invalid; treated as focus"),
        }
    }
}

impl Texts for Lang {
    fn lang(self) -> Lang {
        self
    }
}

/// A value from a file as a problem quotes it: at most 80 characters, so a
/// megabyte-long id cannot make the notice a megabyte long.
fn clipped(value: &str) -> String {
    within_chars(value.to_string(), 80).0
}

/// English wording: 20 亿元 → "CNY 2 bn", 5 亿元 → "CNY 500 m".
pub fn cny_words(yi: f64) -> String {
    if yi >= 10.0 {
        format!("CNY {} bn", plain_number(yi / 10.0))
    } else {
        format!("CNY {} m", plain_number(yi * 100.0))
    }
}

/// Text from the data inside a sentence of ours, isolated for bidirectional
/// text (first-strong isolate … pop directional isolate, what `<bdi>` does
/// in markup), with its own bidi controls left out so that none can end the
/// isolate early: a search for U+202E then `abc` cannot turn the sentence's closing
/// quote around.
pub fn isolated(value: &str) -> String {
    let inner: String = value
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    format!("\u{2068}{inner}\u{2069}")
}

/// `text` cut into lines of at most `width` columns (2 or more), a CJK
/// character (any non-ASCII one) taking two: at the line's last space when
/// the word being cut is ASCII and the space is in the line's second half,
/// else where the line is full; blank lines left out. For text drawn where
/// the browser does not wrap it (the map image's caption).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let columns = |c: char| if c.is_ascii() { 1 } else { 2 };
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = columns(c);
        if used + w > width {
            let carry = match line.rfind(' ') {
                Some(at) if c.is_ascii() && at > line.len() / 2 => line.split_off(at + 1),
                _ => String::new(),
            };
            used = carry.chars().map(columns).sum();
            lines.push(std::mem::replace(&mut line, carry));
        }
        line.push(c);
        used += w;
    }
    lines.push(line);
    lines.retain(|l| !l.trim().is_empty());
    lines
}

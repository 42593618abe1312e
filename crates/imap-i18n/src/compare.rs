//! The words of the compare tray and the comparison table: its controls,
//! each row's field, each cell's value.

use imap_core::lang::Lang;
use imap_core::model::compare::{Cell, Field};
use imap_core::model::money::plain_number;
use imap_core::model::place::PlaceKind;
use imap_core::shortlist::{Kind, MAX_COMPARED};

use crate::Texts;

/// The tray's and the table's fixed labels.
pub struct CompareStrings {
    /// Puts the item in the tray (a toggle: pressed while it is in).
    pub add: &'static str,
    /// The tray's own label, and the table's corner.
    pub tray: &'static str,
    pub field: &'static str,
    pub clear: &'static str,
    pub close: &'static str,
    pub print: &'static str,
    pub description: &'static str,
    /// Said where the table is wider than the screen.
    pub swipe: &'static str,
}

const ZH: CompareStrings = CompareStrings {
    add: "加入对比",
    tray: "对比栏",
    field: "字段",
    clear: "清空",
    close: "关闭对比",
    print: "打印对比",
    description: "简介",
    swipe: "左右滑动查看全部",
};

const EN: CompareStrings = CompareStrings {
    add: "Compare",
    tray: "Compare tray",
    field: "Field",
    clear: "Clear",
    close: "Close comparison",
    print: "Print comparison",
    description: "Description",
    swipe: "Swipe sideways to see all",
};

pub trait CompareTexts: Texts {
    fn compare_words(self) -> &'static CompareStrings {
        match self.lang() {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The button that opens a comparison: "对比 3 个项目".
    fn compare_open(self, kind: Kind, n: usize) -> String {
        match (self.lang(), kind) {
            (Lang::Zh, Kind::Projects) => format!("对比 {n} 个项目"),
            (Lang::Zh, Kind::Sites) => format!("对比 {n} 块用地"),
            (Lang::En, Kind::Projects) if n == 1 => "Compare 1 project".to_string(),
            (Lang::En, Kind::Projects) => format!("Compare {n} projects"),
            (Lang::En, Kind::Sites) if n == 1 => "Compare 1 site".to_string(),
            (Lang::En, Kind::Sites) => format!("Compare {n} sites"),
        }
    }

    /// The same button where room is short (a phone's folded card): "对比 3".
    fn compare_open_short(self, n: usize) -> String {
        match self.lang() {
            Lang::Zh => format!("对比 {n}"),
            Lang::En => format!("Compare {n}"),
        }
    }

    fn compare_title(self, kind: Kind) -> &'static str {
        match (self.lang(), kind) {
            (Lang::Zh, Kind::Projects) => "项目对比",
            (Lang::Zh, Kind::Sites) => "用地对比",
            (Lang::En, Kind::Projects) => "Projects side by side",
            (Lang::En, Kind::Sites) => "Sites side by side",
        }
    }

    /// Why "add" is unavailable: the tray of that kind is full.
    fn compare_full(self) -> String {
        match self.lang() {
            Lang::Zh => format!("最多对比 {MAX_COMPARED} 个，请先移出一个"),
            Lang::En => format!("At most {MAX_COMPARED} side by side: remove one first"),
        }
    }

    /// A name's button in the tray, which takes it out.
    fn compare_remove(self, name: &str) -> String {
        match self.lang() {
            Lang::Zh => format!("移出对比：{name}"),
            Lang::En => format!("Remove from comparison: {name}"),
        }
    }

    /// A row's name.
    fn compare_field(self, field: &Field) -> String {
        let t = self.t();
        let fixed = match field {
            Field::Industry => t.field_industry,
            Field::Status => t.field_status,
            Field::Date => t.field_date,
            Field::Investment => t.field_investment,
            Field::Area => t.field_area,
            Field::Company => t.field_company,
            Field::District => t.field_district,
            Field::Location => t.field_location,
            Field::LandUse => t.field_land_use,
            Field::Availability => t.field_availability,
            Field::PlotRatio => t.field_plot_ratio,
            Field::Description => self.compare_words().description,
            Field::Contact => t.contact_title,
            Field::Link => t.field_link,
            Field::Nearest(kind) => return self.nearest(*kind).to_string(),
            Field::DistanceTo(place) => {
                return match self.lang() {
                    Lang::Zh => format!("距{place}"),
                    Lang::En => format!("To {place}"),
                };
            }
        };
        fixed.to_string()
    }

    fn nearest(self, kind: PlaceKind) -> &'static str {
        match (self.lang(), kind) {
            (Lang::Zh, PlaceKind::Airport) => "最近机场",
            (Lang::Zh, PlaceKind::Port) => "最近港口",
            (Lang::Zh, PlaceKind::Rail) => "最近火车站",
            (Lang::Zh, PlaceKind::City) => "最近城区",
            (Lang::Zh, PlaceKind::Other) => "最近地点",
            (Lang::En, PlaceKind::Airport) => "Nearest airport",
            (Lang::En, PlaceKind::Port) => "Nearest port",
            (Lang::En, PlaceKind::Rail) => "Nearest station",
            (Lang::En, PlaceKind::City) => "Nearest city centre",
            (Lang::En, PlaceKind::Other) => "Nearest place",
        }
    }

    /// What the marked cell of a row is (said to screen readers, and
    /// beside the mark).
    fn standout(self, field: &Field) -> &'static str {
        let near = matches!(field, Field::Nearest(_) | Field::DistanceTo(_));
        match (self.lang(), near) {
            (Lang::Zh, true) => "最近",
            (Lang::Zh, false) => "最大",
            (Lang::En, true) => "nearest",
            (Lang::En, false) => "largest",
        }
    }

    /// A cell's value; a missing one is "not disclosed", never blank.
    fn compare_cell(self, cell: &Cell) -> String {
        let t = self.t();
        match cell {
            Cell::Missing => t.not_disclosed.to_string(),
            Cell::Text(text) | Cell::Industry { label: text, .. } => text.clone(),
            Cell::Money(yi) => self.money(*yi),
            Cell::Hectares(ha) => self.area(*ha),
            Cell::Number(n) => plain_number(*n),
            Cell::Distance {
                place: Some(place),
                metres,
            } => format!("{place} · {}", self.about_distance(*metres)),
            Cell::Distance {
                place: None,
                metres,
            } => self.about_distance(*metres),
            Cell::District { name, derived } => self.district_name(name, *derived),
            Cell::Outside => t.outside_districts.to_string(),
            Cell::Location {
                approximate,
                lon,
                lat,
            } => self.location(*approximate, *lon, *lat),
            Cell::LandUse(land_use) => self.land_use(*land_use).to_string(),
            Cell::Availability(a) => self.availability(*a).to_string(),
            Cell::Link(url) => url.clone(),
        }
    }
}

impl CompareTexts for Lang {}

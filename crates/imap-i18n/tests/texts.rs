//! Amounts and problems as a visitor reads them, in both languages.

use imap_i18n::{Lang, Texts, cny_words};

#[test]
fn amounts_read_well_in_both_languages() {
    assert_eq!(cny_words(20.0), "CNY 2 bn");
    assert_eq!(cny_words(148.9), "CNY 14.89 bn");
    assert_eq!(cny_words(5.0), "CNY 500 m");
    assert_eq!(cny_words(0.05), "CNY 5 m");
    assert_eq!(Lang::Zh.money(20.0), "20 亿元");
    assert_eq!(Lang::En.money(5.0), "CNY 500 m");
    assert_eq!(Lang::En.amount_range(Some(1.0), None), "≥ CNY 100 m");
    assert_eq!(
        Lang::En.amount_range(Some(1.0), Some(20.0)),
        "CNY 100 m – CNY 2 bn"
    );
    assert_eq!(Lang::Zh.amount_range(Some(5.0), Some(20.0)), "5 – 20 亿元");
    assert_eq!(Lang::Zh.amount_range(None, Some(1.0)), "≤ 1 亿元");
    assert_eq!(Lang::Zh.amount_range(None, None), "不限");
}

#[test]
fn a_badge_gives_its_total_a_unit_and_never_a_bare_zero() {
    assert_eq!(Lang::Zh.badge_amount(0.0), None, "nothing disclosed");
    assert_eq!(Lang::Zh.badge_amount(12.4).as_deref(), Some("12亿"));
    assert_eq!(Lang::Zh.badge_amount(0.3).as_deref(), Some("0.3亿"));
    assert_eq!(Lang::Zh.badge_amount(0.01).as_deref(), Some("<0.1亿"));
    assert_eq!(Lang::En.badge_amount(12.4).as_deref(), Some("1.2bn"));
    assert_eq!(Lang::En.badge_amount(0.3).as_deref(), Some("30m"));
    // The accessible name starts with what the badge shows.
    assert!(
        Lang::Zh
            .cluster_label(5, 0.3)
            .starts_with("5 · 0.3亿（5 个项目")
    );
    assert!(Lang::En.cluster_label(5, 0.0).starts_with("5 (5 projects"));
}

#[test]
fn a_districts_card_counts_and_totals_without_a_zero_total() {
    assert_eq!(Lang::Zh.district_summary(0, 0.0, 0), "暂无符合条件的项目");
    assert_eq!(
        Lang::Zh.district_summary(3, 0.0, 3),
        "3 个项目 · 投资额未公开"
    );
    assert_eq!(
        Lang::Zh.district_summary(3, 12.5, 1),
        "3 个项目 · 已公开投资 12.5 亿元"
    );
    assert_eq!(
        Lang::En.district_summary(1, 5.0, 0),
        "1 project · CNY 500 m disclosed"
    );
}

#[test]
fn csv_headers_name_every_column_in_both_languages() {
    use imap_core::model::export::COLUMNS;
    let zh = Lang::Zh.t().csv_headers.join(",");
    assert_eq!(
        zh,
        "编号,名称,英文名称,产业,状态,总投资（亿元）,所在区域,日期,投资方 / 企业,简介,英文简介,用地面积（公顷）,经度,纬度,位置精度,链接"
    );
    let en = Lang::En.t().csv_headers;
    assert_eq!(en.len(), COLUMNS);
    assert!(
        en.join(",")
            .starts_with("id,name (Chinese),name (English),industry,status,")
    );
}

#[test]
fn a_single_match_is_one_project() {
    assert_eq!(Lang::En.projects_counted(1), "project");
    assert_eq!(Lang::En.projects_counted(0), "projects");
    assert_eq!(Lang::En.projects_counted(2), "projects");
    assert_eq!(Lang::Zh.projects_counted(1), "个项目");
}

#[test]
fn lengths_read_in_metres_or_kilometres() {
    assert_eq!(Lang::Zh.distance(500.0), "500 米");
    assert_eq!(Lang::En.distance(2000.0), "2 km");
    assert_eq!(Lang::En.distance(2540.0), "2.5 km");
    assert_eq!(Lang::Zh.distance(91_400.0), "91 公里");
    assert_eq!(Lang::Zh.about_distance(91_400.0), "约 91 公里");
    assert_eq!(Lang::En.about_distance(91_400.0), "about 91 km");
}

#[test]
fn text_from_the_data_inside_a_sentence_is_isolated_and_cannot_end_its_isolate() {
    use imap_i18n::isolated;
    assert_eq!(isolated("港"), "\u{2068}港\u{2069}");
    assert_eq!(
        isolated("\u{2069}\u{202E}abc\u{2066}"),
        "\u{2068}abc\u{2069}"
    );
}

/// Three or more English words in a row: a sentence left untranslated.
fn has_english_sentence(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphabetic() || c == ' '))
        .any(|run| run.split(' ').filter(|w| w.len() > 1).count() >= 3)
}

#[test]
fn a_manifest_that_cannot_be_used_says_why_in_the_visitors_language() {
    use imap_core::model::problems::{FileError, FileErrorKind, ManifestFault};
    let faults = [
        ManifestFault::NoVersion,
        ManifestFault::Empty("industries"),
        ManifestFault::EmptyId("statuses"),
        ManifestFault::InvalidId {
            list: "industries",
            id: "new,materials".into(),
        },
        ManifestFault::DuplicateId {
            list: "statuses",
            id: "production".into(),
        },
        ManifestFault::NotAColor {
            industry: "new_materials".into(),
            color: "orange".into(),
        },
    ];
    for fault in faults {
        let error = FileError::new(
            "data/map.json",
            FileErrorKind::InvalidManifest(fault.clone()),
        );
        let zh = Lang::Zh.file_error(&error);
        let en = Lang::En.file_error(&error);
        assert!(zh.starts_with("清单文件 data/map.json 无效："), "{zh}");
        assert!(
            !has_english_sentence(&zh),
            "English inside the Chinese message: {zh}"
        );
        assert!(
            en.starts_with("The manifest data/map.json is invalid: "),
            "{en}"
        );
        assert!(has_english_sentence(&en), "{en}");
    }
    assert!(
        has_english_sentence("清单文件无效：an entry of `statuses` has an empty id"),
        "the check finds what the core once wrote into Chinese messages"
    );
}

#[test]
fn an_undisclosed_investment_is_said_so_never_zero() {
    assert_eq!(Lang::Zh.investment(Some(25.0)), "25 亿元");
    assert_eq!(Lang::En.investment(Some(25.0)), "CNY 2.5 bn");
    assert_eq!(Lang::Zh.investment(None), Lang::Zh.t().not_disclosed);
    assert_eq!(Lang::En.investment(None), "Not disclosed");
}

#[test]
fn a_file_the_system_would_not_give_is_told_whole_in_each_language() {
    use imap_core::model::problems::{FileError, FileErrorKind, SystemError, Unreadable};
    let io = std::io::Error::from_raw_os_error(5);
    let error = FileError::new(
        "data/projects.geojson",
        FileErrorKind::Unreadable(Unreadable::System(SystemError::of(&io))),
    );
    let zh = Lang::Zh.file_error(&error);
    assert_eq!(
        zh,
        "无法读取文件 data/projects.geojson：系统错误（错误号 5）。"
    );
    let en = Lang::En.file_error(&error);
    assert!(en.contains(&io.to_string()), "the system's own words: {en}");
}

#[test]
fn a_value_of_the_wrong_kind_names_the_kind_in_each_language() {
    use imap_core::model::problems::{JsonKind, Reason};
    let reason = Reason::WrongType {
        property: "basemap.max_zoom",
        expected: JsonKind::Integer,
    };
    assert_eq!(
        Lang::Zh.problem_reason(&reason),
        "属性 basemap.max_zoom 类型错误（应为整数）"
    );
    assert_eq!(
        Lang::En.problem_reason(&reason),
        "property basemap.max_zoom must be a whole number"
    );
}

#[test]
fn a_year_of_the_histogram_reads_as_its_counts() {
    let statuses = [("签约", 1), ("动工", 0), ("投产", 2)];
    assert_eq!(
        Lang::Zh.year_counts(2019, &statuses),
        "2019：3 个项目（签约 1、投产 2）"
    );
    let statuses = [("Signed", 1), ("Under construction", 0)];
    assert_eq!(
        Lang::En.year_counts(2021, &statuses),
        "2021: 1 project (Signed 1)"
    );
    assert_eq!(
        Lang::En.year_counts(2020, &[("Signed", 0)]),
        "2020: 0 projects"
    );
}

//! The command line itself: help for every command in both languages, and
//! exit statuses and messages a script and an editor can rely on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// `mapdata` with `args` in the repository, the locale as given.
fn mapdata(args: &[&str], locale: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mapdata"));
    command
        .args(args)
        .current_dir(repo(""))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(locale) = locale {
        command.env("LANG", locale);
    }
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

const COMMANDS: [&str; 8] = [
    "import-csv",
    "validate",
    "export-csv",
    "boundaries",
    "context",
    "topojson",
    "places",
    "synthetic",
];

#[test]
fn every_command_explains_itself_in_chinese_and_in_english() {
    let top = mapdata(&["--help"], None);
    assert_eq!(top.status.code(), Some(0));
    let zh = stdout(&top);
    assert!(zh.starts_with("江门高新区招商地图的数据工具"), "{zh}");
    assert!(zh.contains("用法：mapdata"));
    assert!(!zh.contains("alias"), "{zh}");
    for command in COMMANDS {
        assert!(zh.contains(command), "{command} is listed");
        let zh = stdout(&mapdata(&[command, "--help"], None));
        let en = stdout(&mapdata(&["--lang", "en", command, "--help"], None));
        assert!(
            zh.contains("用法：mapdata ") && zh.contains("显示帮助"),
            "{zh}"
        );
        assert!(
            en.contains("Usage: mapdata ") && en.contains("Print help"),
            "{en}"
        );
        // Every line that explains something is in the help's language.
        let described = |help: &str, chinese: bool| {
            help.lines()
                .filter(|line| line.starts_with("  "))
                .all(|line| line.chars().any(|c| c > '\u{2e80}') == chinese)
        };
        assert!(described(&zh, true), "{zh}");
        assert!(
            !zh.contains("default:") && !zh.contains("possible values"),
            "{zh}"
        );
        assert!(described(&en, false), "{en}");
    }
    let english_system = stdout(&mapdata(&["validate", "--help"], Some("en_GB.UTF-8")));
    assert!(
        english_system.contains("Check a data folder"),
        "{english_system}"
    );
    let chinese_system = stdout(&mapdata(&["--help"], Some("zh_CN.UTF-8")));
    assert!(chinese_system.contains("命令"));
    let forced = stdout(&mapdata(
        &["validate", "--help", "--lang=zh"],
        Some("en_GB.UTF-8"),
    ));
    assert!(forced.contains("按地图的规则检查数据文件夹"));
}

#[test]
fn a_wrong_command_line_exits_2_and_says_how_to_get_help() {
    for args in [
        &[][..],
        &["bogus"],
        &["validate"],
        &["import-csv", "only-one.csv"],
        &["validate", "x/map.json", "--lang", "fr"],
        &["synthetic", "many", "out"],
    ] {
        let run = mapdata(args, None);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        let message = String::from_utf8_lossy(&run.stderr);
        assert!(
            message.starts_with("mapdata：命令行有误"),
            "{args:?}: {message}"
        );
        assert!(message.contains("--help"), "{args:?}");
    }
}

#[test]
fn import_csv_exits_0_when_every_row_is_written_and_1_when_not() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-import");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("projects.geojson");
    let out_arg = out.to_str().unwrap();
    let manifest = ["--manifest", "public/data/map.json"];
    let run = |table: &str, extra: &[&str]| {
        let mut args = vec!["import-csv", table, out_arg];
        args.extend(manifest);
        args.extend(extra);
        mapdata(&args, None)
    };

    let clean = run("data-src/examples/projects.csv", &["--lang", "en"]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        stdout(&clean).trim(),
        format!(
            "wrote {out_arg}: 4 of 4 rows (CSV, encoding UTF-8; 3 districts found from the boundaries)"
        )
    );
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("example-park")
    );

    std::fs::remove_file(&out).unwrap();
    let strict = run(
        "data-src/examples/projects-with-mistakes.csv",
        &["--strict"],
    );
    assert_eq!(strict.status.code(), Some(1));
    assert!(!out.exists(), "--strict writes nothing");

    let lenient = run("data-src/examples/projects-with-mistakes.csv", &[]);
    assert_eq!(lenient.status.code(), Some(1));
    assert!(stdout(&lenient).ends_with("8 行未写入：按上面的提示改正表格后重新导入\n"));
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("\"good-1\"") && written.contains("\"good-2\""));

    let unreadable = run("examples/nowhere.csv", &[]);
    assert_eq!(unreadable.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unreadable.stderr).contains("examples/nowhere.csv"));

    // `import` is the same command: it reads workbooks too.
    let mut args = vec!["import", "data-src/examples/projects.csv", out_arg];
    args.extend(manifest);
    assert_eq!(mapdata(&args, None).status.code(), Some(0));

    let beside = dir.join("elsewhere/projects.geojson");
    let no_manifest = mapdata(
        &[
            "import-csv",
            "data-src/examples/projects.csv",
            beside.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(no_manifest.status.code(), Some(1));
    let message = String::from_utf8_lossy(&no_manifest.stderr);
    assert!(
        message.contains("map.json") && message.contains("--manifest"),
        "{message}"
    );
}

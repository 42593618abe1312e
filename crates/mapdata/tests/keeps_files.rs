//! No command of the data tool leaves a file worse than it found it: an
//! import with nothing usable writes nothing, a target that is one of the
//! command's own inputs is refused, a write cut short leaves the old file
//! whole, and what a round trip cannot carry is named.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// A copy of the default data folder, with the deployed projects exported
/// to `sheet.csv` as an editor would start.
struct Folder {
    dir: tempfile::TempDir,
}

impl Folder {
    fn new() -> Folder {
        let dir = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(repo("public/data")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
        let folder = Folder { dir };
        let export = folder.run_in("zh", &["export-csv", "map.json", "sheet.csv"]);
        assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));
        folder
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.path(name), text).unwrap();
    }

    /// `mapdata --lang en ARGS` in the folder.
    fn run(&self, args: &[&str]) -> Output {
        self.run_in("en", args)
    }

    fn run_in(&self, lang: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_mapdata"))
            .arg("--lang")
            .arg(lang)
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap()
    }

    /// Runs `args` and checks that it fails (exit 1), saying `says`, and
    /// leaves every file of the folder as it was.
    fn refuses(&self, args: &[&str], says: &str) {
        let before = self.files();
        let run = self.run(args);
        let said = format!("{}{}", stdout(&run), stderr(&run));
        assert_eq!(run.status.code(), Some(1), "{args:?}: {said}");
        assert!(said.contains(says), "{args:?} should say “{says}”: {said}");
        assert!(self.files() == before, "{args:?} changed a file");
    }

    fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
            .collect();
        files.sort();
        files
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[test]
fn an_import_with_no_usable_row_leaves_the_projects_file_as_it_was() {
    let folder = Folder::new();
    let sheet = String::from_utf8(folder.read("sheet.csv")).unwrap();
    folder.write(
        "unknown-status.csv",
        &sheet
            .replace(",动工,", ",施工中,")
            .replace(",投产,", ",施工中,"),
    );
    folder.refuses(
        &["import-csv", "unknown-status.csv", "projects.geojson"],
        "no row could be written",
    );
    folder.write("header-only.csv", sheet.lines().next().unwrap());
    folder.refuses(
        &["import-csv", "header-only.csv", "projects.geojson"],
        "only its headers",
    );
    folder.write(
        "open-quote.csv",
        "id,name,industry,status,lon,lat\np1,\"unclosed,new_materials,signed,113.1,22.5\np2,b,new_materials,signed,113.1,22.5\n",
    );
    let before = folder.read("projects.geojson");
    let run = folder.run(&["import-csv", "open-quote.csv", "projects.geojson"]);
    let said = stdout(&run);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        said.contains("line 2: a quote opened on this line is never closed"),
        "{said}"
    );
    assert!(!said.contains("must not be empty"), "{said}");
    assert_eq!(folder.read("projects.geojson"), before);
}

#[test]
fn a_target_that_is_an_input_is_refused() {
    let folder = Folder::new();
    folder.refuses(
        &["export-csv", "map.json", "map.json"],
        "it is the manifest",
    );
    folder.refuses(
        &["export-csv", "map.json", "projects.geojson"],
        "another data file the manifest names",
    );
    folder.refuses(
        &["export-csv", "map.json", "./districts.geojson"],
        "another data file the manifest names",
    );
    folder.refuses(
        &[
            "import-csv",
            "sheet.csv",
            "sheet.csv",
            "--manifest",
            "map.json",
        ],
        "the spreadsheet being imported",
    );
    folder.refuses(
        &["import-csv", "sheet.csv", "map.json"],
        "it is the manifest",
    );
    folder.refuses(
        &["import-csv", "sheet.csv", "places.geojson"],
        "another data file the manifest names",
    );
    folder.refuses(
        &["import-csv", "/dev/zero", "projects.geojson"],
        "not a regular file",
    );
    folder.refuses(
        &[
            "import-csv",
            "sheet.csv",
            "/dev/full",
            "--manifest",
            "map.json",
        ],
        "not a regular file",
    );
}

/// `ulimit -f` stops the write after 4 KiB, as a full disk would.
#[cfg(unix)]
#[test]
fn a_write_cut_short_leaves_the_old_file_whole() {
    let folder = Folder::new();
    let before = folder.read("projects.geojson");
    assert!(
        before.len() > 4096,
        "the file must be larger than the limit"
    );
    let cut = Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 4; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_mapdata"))
        .args(["import-csv", "sheet.csv", "projects.geojson"])
        .current_dir(folder.dir.path())
        .output()
        .unwrap();
    assert!(!cut.status.success());
    assert_eq!(folder.read("projects.geojson"), before);
    let again = folder.run(&["import-csv", "sheet.csv", "projects.geojson"]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    assert_eq!(folder.run(&["validate", "map.json"]).status.code(), Some(0));
}

#[test]
fn a_first_import_into_a_folder_without_projects_works() {
    let folder = Folder::new();
    std::fs::remove_file(folder.path("projects.geojson")).unwrap();
    let run = folder.run(&["import-csv", "sheet.csv", "projects.geojson"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}{}",
        stdout(&run),
        stderr(&run)
    );
    let validate = folder.run(&["validate", "map.json"]);
    assert_eq!(validate.status.code(), Some(0), "{}", stdout(&validate));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(folder.path("projects.geojson"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o444, 0o444, "a web server can read it");
    }
}

#[test]
fn a_broken_previous_file_is_replaced_with_a_warning() {
    let folder = Folder::new();
    let broken = "{\"type\":\"FeatureCollection\",\"feat";
    folder.write("projects.geojson", broken);
    let run = folder.run(&["import-csv", "sheet.csv", "projects.geojson"]);
    let said = stdout(&run);
    assert_eq!(run.status.code(), Some(0), "{said}");
    assert!(
        said.contains("the file being replaced could not be used: projects.geojson"),
        "{said}"
    );
    assert_eq!(folder.run(&["validate", "map.json"]).status.code(), Some(0));
    folder.write("projects.geojson", broken);
    let chinese = stdout(&folder.run_in("zh", &["import-csv", "sheet.csv", "projects.geojson"]));
    assert!(
        chinese.contains("要替换的文件未能使用：") && !chinese.contains("EOF"),
        "the Chinese report leaves the JSON reader's English out: {chinese}"
    );
}

#[test]
fn a_round_trip_names_every_feature_it_cannot_carry() {
    let folder = Folder::new();
    let projects = String::from_utf8(folder.read("projects.geojson")).unwrap();
    // A feature the app skips (no name): the export cannot write it.
    let broken = projects.replacen(
        "\"features\": [",
        "\"features\": [{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.1,22.55]},\"properties\":{\"id\":\"no-name\",\"industry\":\"new_materials\",\"status\":\"signed\"}},",
        1,
    );
    assert_ne!(broken, projects);
    folder.write("projects.geojson", &broken);
    let export = folder.run(&["export-csv", "map.json", "again.csv"]);
    assert_eq!(export.status.code(), Some(0));
    let said = stderr(&export);
    assert!(
        said.contains("not exported") && said.contains("no-name"),
        "{said}"
    );
    let import = folder.run(&["import-csv", "again.csv", "projects.geojson"]);
    let said = stdout(&import);
    assert!(
        said.contains("removed, not in the sheet: no-name"),
        "{said}"
    );
}

#[test]
fn validate_notes_an_empty_projects_file() {
    let folder = Folder::new();
    folder.write(
        "projects.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[]}",
    );
    let run = folder.run(&["validate", "map.json"]);
    let said = stdout(&run);
    assert!(
        said.contains("projects.geojson: no project can be shown"),
        "{said}"
    );
    assert!(said.contains("1 note"), "{said}");
}

#[cfg(unix)]
#[test]
fn a_manifest_naming_a_device_is_refused_not_read_for_ever() {
    let folder = Folder::new();
    let text = String::from_utf8(folder.read("map.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["places"] = serde_json::json!("/dev/zero");
    folder.write("map.json", &json.to_string());
    let run = folder.run(&["validate", "map.json"]);
    let said = stdout(&run);
    assert_eq!(run.status.code(), Some(1), "{said}");
    assert!(said.contains("not a regular file"), "{said}");
}

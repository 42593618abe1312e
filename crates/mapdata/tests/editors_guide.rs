//! The README's editors' guide, run: every `$` line between the
//! `editors-guide` markers runs in a scratch folder holding the built-in data
//! and the examples, and must print what the guide shows and exit as it says.

use std::path::Path;
use std::process::Command;

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A command line of the guide, the output it shows and the exit status
/// its comment gives (`# 退出状态 1 · exit status 1`; none: 0).
struct Step {
    words: Vec<String>,
    output: Vec<String>,
    status: i32,
}

fn steps(readme: &str) -> Vec<Step> {
    let start = readme.find("<!-- editors-guide -->").expect("start marker");
    let end = readme.find("<!-- /editors-guide -->").expect("end marker");
    let mut steps: Vec<Step> = Vec::new();
    let mut in_block = false;
    for line in readme[start..end].lines() {
        match line {
            "```sh" => in_block = true,
            "```" => in_block = false,
            _ if !in_block => {}
            _ => match line.strip_prefix("$ ") {
                Some(command) => {
                    let (command, comment) = command.split_once('#').unwrap_or((command, ""));
                    let status = comment
                        .split_whitespace()
                        .find_map(|word| word.parse().ok())
                        .unwrap_or(0);
                    steps.push(Step {
                        words: command.split_whitespace().map(str::to_string).collect(),
                        output: Vec::new(),
                        status,
                    });
                }
                None => steps
                    .last_mut()
                    .expect("output follows a command")
                    .output
                    .push(line.to_string()),
            },
        }
    }
    steps
}

#[test]
fn the_editors_guide_runs_as_written() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let steps = steps(&readme);
    assert!(steps.len() >= 5, "the guide's commands were not found");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("editors-guide");
    let _ = std::fs::remove_dir_all(&scratch);
    copy_dir(&repo("public/data"), &scratch.join("public/data"));
    copy_dir(
        &repo("data-src/examples"),
        &scratch.join("data-src/examples"),
    );
    for step in steps {
        let shown = step.words.join(" ");
        match step.words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["cp", "-r", from, to] => copy_dir(&scratch.join(from), &scratch.join(to)),
            ["mapdata", ..] => {
                let run = Command::new(env!("CARGO_BIN_EXE_mapdata"))
                    .args(&step.words[1..])
                    .current_dir(&scratch)
                    .env_remove("LC_ALL")
                    .env_remove("LC_MESSAGES")
                    .env_remove("LANG")
                    .output()
                    .unwrap();
                assert_eq!(run.status.code(), Some(step.status), "{shown}");
                let printed = String::from_utf8_lossy(&run.stdout);
                let printed: Vec<&str> = printed.lines().collect();
                assert_eq!(printed, step.output, "{shown}");
            }
            _ => panic!("the guide runs a command this test does not know: {shown}"),
        }
    }
    let imported = std::fs::read_to_string(scratch.join("my-data/projects.geojson")).unwrap();
    assert!(
        imported.contains("example-park"),
        "--strict left the clean import in place"
    );
}

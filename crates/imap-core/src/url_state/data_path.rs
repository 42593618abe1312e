//! Which data paths may be fetched: same-origin relative paths only, for the
//! `data=` parameter and for the file paths inside a manifest. Anything that
//! could leave the site is refused before any request is made.

/// True for a relative path such as `other/map.json` or `../x/map.json`;
/// false for an absolute URL, `//host`, `/path`, any scheme (`javascript:`,
/// `data:`, …), backslashes (browsers read `\` as `/`), control characters and
/// surrounding spaces (browsers strip them, which could reveal a scheme).
pub fn is_relative_path(path: &str) -> bool {
    let bad_char = |c: char| c == '\\' || c.is_control();
    if path.is_empty() || path.trim() != path || path.starts_with('/') || path.chars().any(bad_char)
    {
        return false;
    }
    // A scheme is letters, digits, `+`, `-`, `.` before the first `:` that
    // comes before any `/`, `?` or `#`.
    let head_end = path.find(['/', '?', '#']).unwrap_or(path.len());
    !path[..head_end].contains(':')
}

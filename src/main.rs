//! The web app's entry point; build it with Trunk (see README).

#[cfg(target_arch = "wasm32")]
fn main() {
    investment_map::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("investment-map is a web app: build it with `trunk build` (see README.md).");
}

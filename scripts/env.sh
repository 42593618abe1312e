# Sourced by the other scripts: the pinned build tools first on PATH.
# They live in a cache outside the checkout, one folder per tool and version,
# so every clone on a machine reuses them (scripts/setup installs them there).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
ZOPFLI_VERSION=1.0.15
TERSER_VERSION=5.51.4
# Trunk.toml pins wasm-opt (Trunk reads it there); Cargo.lock, wasm-bindgen.
BINARYEN_VERSION=$(awk -F'"' '/^wasm_opt = / { sub(/^version_/, "", $2); print $2; exit }' "$ROOT/Trunk.toml")
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")
TOOLS="${XDG_CACHE_HOME:-$HOME/.cache}/investment-map/tools"
TRUNK_DIR="$TOOLS/trunk-$TRUNK_VERSION"
WASM_BINDGEN_DIR="$TOOLS/wasm-bindgen-$WASM_BINDGEN_VERSION"
BINARYEN_DIR="$TOOLS/binaryen-$BINARYEN_VERSION"
WASM_SPLIT_DIR="$TOOLS/wasm-split-$WASM_SPLIT_VERSION"
# Modules, not commands: post-build.mjs imports them from there.
export ZOPFLI_DIR="$TOOLS/zopfli-$ZOPFLI_VERSION"
export TERSER_DIR="$TOOLS/terser-$TERSER_VERSION"
export PATH="$TRUNK_DIR/bin:$WASM_BINDGEN_DIR/bin:$WASM_SPLIT_DIR/bin:$BINARYEN_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"

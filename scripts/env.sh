# Sourced by the other scripts: the project's own tool folder first on PATH.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS="$ROOT/.tools"
export PATH="$TOOLS/cargo/bin:$TOOLS/npm/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"

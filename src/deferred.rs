//! Parts built the first time they show, not while the app mounts: on a
//! phone the folded sidebar's body (filters, chart, list) is half of the
//! app's elements, and building it at once made `app:complete` later by
//! about 0.1 s on the phone profile. Once built a part stays, with its
//! scroll and its inputs.

use leptos::prelude::*;

/// True from the first time `shown` is true on.
pub fn since_first_shown(shown: impl Fn() -> bool + Send + Sync + 'static) -> Memo<bool> {
    Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || shown())
}

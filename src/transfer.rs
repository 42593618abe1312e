//! One file over the network. The body is read as it arrives, so a large
//! file can show how much has come and a stalled one is given up on instead
//! of loading for ever; the origin rule is checked on where the file really
//! came from. The body becomes text in steps too, each checked as UTF-8
//! as it is copied, so that no task reads a whole large file.

use crate::dom::next_task;
use futures::future::{Either, select};
use futures::pin_mut;
use gloo_net::http::{Request, Response};
use imap_core::utf8::append_utf8;
use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader};

thread_local! {
    /// The downloads the loader started before the app ran, by URL.
    static PREFETCHED: std::cell::RefCell<Option<js_sys::Map>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the loader's downloads for `fetch_text` to take.
pub fn adopt(prefetched: Option<js_sys::Map>) {
    PREFETCHED.with_borrow_mut(|p| *p = prefetched);
}

/// The loader's download of `url`, taken (a second request for it is a new one).
fn take_prefetched(url: &str) -> Option<Promise> {
    PREFETCHED.with_borrow(|map| {
        let map = map.as_ref()?;
        let key = wasm_bindgen::JsValue::from_str(url);
        let download = map.get(&key).dyn_into::<Promise>().ok()?;
        map.delete(&key);
        Some(download)
    })
}

/// No byte for this long, and a transfer counts as stalled.
pub const STALL_SECONDS: u32 = 15;

pub enum Failure {
    Network,
    Status(u16),
    Stalled,
    /// Redirected to another origin than the one asked.
    OffOrigin,
    /// Not UTF-8 after this text, the part that is.
    NotUtf8(String),
}

/// The body of `url` as text; `on_chunk` hears the size of each piece as
/// it arrives.
pub async fn fetch_text(url: &str, on_chunk: &dyn Fn(usize)) -> Result<String, Failure> {
    let abort = AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    let result = receive(url, signal.as_ref(), on_chunk).await;
    if matches!(result, Err(Failure::Stalled))
        && let Some(abort) = abort
    {
        // Frees the connection the browser would otherwise keep waiting on.
        abort.abort();
    }
    result
}

async fn receive(
    url: &str,
    signal: Option<&web_sys::AbortSignal>,
    on_chunk: &dyn Fn(usize),
) -> Result<String, Failure> {
    let response = match take_prefetched(url) {
        Some(download) => within_stall(JsFuture::from(download))
            .await?
            .map(|raw| Response::from(raw.unchecked_into::<web_sys::Response>()))
            .map_err(|_| Failure::Network)?,
        None => within_stall(Request::get(url).abort_signal(signal).send())
            .await?
            .map_err(|_| Failure::Network)?,
    };
    if !same_origin(&response.url(), url) {
        return Err(Failure::OffOrigin);
    }
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    read_body(&response, on_chunk).await
}

/// Bytes, not a JS string: a 40 MB file as a JS string would take twice
/// that in the JS heap before being copied into wasm memory. The pieces
/// stay in JS until the end, so the text grows once, by the file's exact
/// size (growing it piece by piece left up to twice that, for good).
async fn read_body(response: &Response, on_chunk: &dyn Fn(usize)) -> Result<String, Failure> {
    let Some(stream) = response.body() else {
        return Ok(String::new());
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut pieces: Vec<Uint8Array> = Vec::new();
    let mut since_pause = 0;
    loop {
        let chunk = within_stall(JsFuture::from(reader.read()))
            .await?
            .map_err(|_| Failure::Network)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        let piece: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(|_| Failure::Network)?
            .unchecked_into();
        on_chunk(piece.length() as usize);
        // Pieces already here resolve at once, one after the other, in
        // the same task: a file that arrived whole would hold the page.
        since_pause += piece.length() as usize;
        if since_pause >= COPY_STEP_BYTES {
            since_pause = 0;
            next_task().await;
        }
        pieces.push(piece);
    }
    // Copied and checked in steps, with a pause after each, counted over
    // all the pieces: 50 MB of small pieces copied and checked in one task
    // held the page for 130–150 ms.
    let mut text = String::with_capacity(pieces.iter().map(|p| p.length() as usize).sum());
    // The bytes of one step; it starts with the end of a character that
    // the step before cut.
    let mut step: Vec<u8> = Vec::new();
    let mut since_pause = 0;
    // A piece may be the whole file: it is copied a slice at a time.
    for piece in pieces {
        let length = piece.length();
        for start in (0..length).step_by(COPY_STEP_BYTES) {
            let slice = piece.subarray(start, length.min(start + COPY_STEP_BYTES as u32));
            let cut = step.len();
            step.resize(cut + slice.length() as usize, 0);
            slice.copy_to(&mut step[cut..]);
            let rest = append_utf8(&mut text, &step)
                .map_err(|_| Failure::NotUtf8(std::mem::take(&mut text)))?;
            step.drain(..step.len() - rest);
            since_pause += slice.length() as usize;
            if since_pause >= COPY_STEP_BYTES {
                since_pause = 0;
                next_task().await;
            }
        }
    }
    if step.is_empty() {
        Ok(text)
    } else {
        // The file ends inside a character.
        Err(Failure::NotUtf8(text))
    }
}

/// Bytes read, or copied into the app's memory, between two pauses.
const COPY_STEP_BYTES: usize = 4 << 20;

/// `future`'s output, or `Stalled` when it takes longer than the stall limit.
async fn within_stall<F: Future>(future: F) -> Result<F::Output, Failure> {
    within(STALL_SECONDS, future).await
}

/// `future`'s output, or `Stalled` when it takes longer than `seconds`.
pub async fn within<F: Future>(seconds: u32, future: F) -> Result<F::Output, Failure> {
    let timer = sleep(seconds * 1000);
    pin_mut!(future, timer);
    match select(future, timer).await {
        Either::Left((output, _)) => Ok(output),
        Either::Right(_) => Err(Failure::Stalled),
    }
}

fn sleep(ms: u32) -> JsFuture {
    JsFuture::from(Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    }))
}

fn same_origin(a: &str, b: &str) -> bool {
    match (web_sys::Url::new(a), web_sys::Url::new(b)) {
        (Ok(a), Ok(b)) => a.origin() == b.origin(),
        _ => false,
    }
}

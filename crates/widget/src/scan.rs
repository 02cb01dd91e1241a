//! Scanning a family's QR code with the camera, where the browser can read one (the
//! `BarcodeDetector` API: Chrome on Android and macOS, not every desktop): the "Scan" button is
//! shown only where [`available`] says so.
//!
//! The camera's stream plays in a `<video>` the panel shows while scanning; every quarter of a
//! second the detector looks at it, and the first QR code read is handed over as text (it goes
//! through the same reading as a typed code). The stream's tracks are stopped when a code is
//! read, when scanning fails, and when the [`Scanner`] is dropped (Stop, Close, the answers
//! cleared, the panel gone): the camera is never left on. Every call into the browser catches
//! what it throws; a failure is reported, never thrown.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// Whether this browser can read a QR code from the camera: `BarcodeDetector` and
/// `navigator.mediaDevices.getUserMedia` both exist.
pub(crate) fn available() -> bool {
    // Natively (the first screen written into the page, feature `ssr`) there is no browser: no
    // Scan button, until the WebAssembly shows the form.
    if cfg!(not(target_arch = "wasm32")) {
        return false;
    }
    let window = gloo::utils::window();
    let has = |target: &JsValue, name: &str| Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false);
    let devices = Reflect::get(&window.navigator(), &JsValue::from_str("mediaDevices")).unwrap_or(JsValue::UNDEFINED);
    has(&window, "BarcodeDetector") && devices.is_object() && has(&devices, "getUserMedia")
}

/// A scan under way; dropping it stops the camera.
pub(crate) struct Scanner {
    stopped: Rc<Cell<bool>>,
    stream: Rc<RefCell<Option<JsValue>>>,
}

impl Drop for Scanner {
    fn drop(&mut self) {
        self.stopped.set(true);
        stop_tracks(&self.stream);
    }
}

/// Starts the camera into `video` and looks for a QR code: `found` gets its text, `failed` is
/// called when the camera or the detector cannot be used.
pub(crate) fn start(video: Element, found: impl FnOnce(String) + 'static, failed: impl FnOnce() + 'static) -> Scanner {
    let stopped = Rc::new(Cell::new(false));
    let stream = Rc::new(RefCell::new(None));
    let scanner = Scanner { stopped: stopped.clone(), stream: stream.clone() };
    wasm_bindgen_futures::spawn_local(async move {
        let result = run(&video, &stopped, &stream).await;
        stop_tracks(&stream);
        if stopped.get() {
            return;
        }
        match result {
            Ok(Some(text)) => found(text),
            Ok(None) => {}
            Err(_) => failed(),
        }
    });
    scanner
}

fn get(target: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
}

/// Calls `target.name(arg)` and awaits the promise it returns.
async fn call(target: &JsValue, name: &str, arg: &JsValue) -> Result<JsValue, JsValue> {
    let method: Function = get(target, name)?.dyn_into()?;
    let promise: Promise = method.call1(target, arg)?.dyn_into()?;
    JsFuture::from(promise).await
}

async fn run(
    video: &Element,
    stopped: &Cell<bool>,
    stream: &RefCell<Option<JsValue>>,
) -> Result<Option<String>, JsValue> {
    let window = gloo::utils::window();
    let devices = get(&window.navigator(), "mediaDevices")?;
    let constraints = js_sys::JSON::parse(r#"{"video":{"facingMode":"environment"},"audio":false}"#)?;
    let media = call(&devices, "getUserMedia", &constraints).await?;
    *stream.borrow_mut() = Some(media.clone());
    if stopped.get() {
        return Ok(None);
    }
    // Muted, so that the browser lets it play without a gesture of its own.
    Reflect::set(video, &JsValue::from_str("muted"), &JsValue::TRUE)?;
    Reflect::set(video, &JsValue::from_str("srcObject"), &media)?;
    call(video, "play", &JsValue::UNDEFINED).await?;
    let detector_class: Function = get(&window, "BarcodeDetector")?.dyn_into()?;
    let options = js_sys::JSON::parse(r#"{"formats":["qr_code"]}"#)?;
    let detector = Reflect::construct(&detector_class, &Array::of1(&options))?;
    while !stopped.get() {
        let codes: Array = call(&detector, "detect", video).await?.dyn_into()?;
        if let Some(text) = codes.iter().find_map(|code| get(&code, "rawValue").ok()?.as_string()) {
            return Ok(Some(text));
        }
        let pause = Promise::new(&mut |resolve, _| {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 250);
        });
        JsFuture::from(pause).await?;
    }
    Ok(None)
}

/// Stops every track of the camera's stream, once.
fn stop_tracks(stream: &RefCell<Option<JsValue>>) {
    let Some(media) = stream.borrow_mut().take() else { return };
    let tracks = get(&media, "getTracks")
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call0(&media).ok())
        .and_then(|t| t.dyn_into::<Array>().ok());
    for track in tracks.iter().flat_map(|t| t.iter()) {
        if let Some(stop) = get(&track, "stop").ok().and_then(|f| f.dyn_into::<Function>().ok()) {
            let _ = stop.call0(&track);
        }
    }
}

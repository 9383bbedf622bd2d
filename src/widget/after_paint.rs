//! Work that waits until the browser has painted the next frame.

use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs a function in a task of its own once the next frame is painted: an animation frame
/// callback runs just before the paint, and a zero timeout started there runs after it. So a
/// slow update made in response to a keystroke does not hold back the paint of the typed
/// character. Dropping it before then cancels the function. (Every browser that runs the widget
/// has `requestAnimationFrame`; the `Option` is only for `web_sys`'s fallible signatures.)
pub struct AfterPaint {
    /// The animation frame's request id, and the callback it calls.
    frame: Option<(i32, Closure<dyn FnMut()>)>,
    /// The timeout, once the frame has started it.
    _task: Rc<RefCell<Option<Timeout>>>,
}

impl AfterPaint {
    /// Schedules `f`.
    pub fn new(f: impl FnOnce() + 'static) -> AfterPaint {
        let task = Rc::new(RefCell::new(None));
        let slot = task.clone();
        let callback = Closure::once(move || *slot.borrow_mut() = Some(Timeout::new(0, f)));
        let frame = web_sys::window().and_then(|window| {
            let id = window
                .request_animation_frame(callback.as_ref().unchecked_ref())
                .ok()?;
            Some((id, callback))
        });
        AfterPaint { frame, _task: task }
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let (Some((id, _)), Some(window)) = (&self.frame, web_sys::window()) {
            let _ = window.cancel_animation_frame(*id);
        }
    }
}

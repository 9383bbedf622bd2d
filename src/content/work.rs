//! Counting the work of the content scanners, so that unit tests can show each one's work
//! growing linearly with its input without timing anything (timings vary with the machine and
//! its load; a count of steps does not).
//!
//! The module exists only in test builds, and every place that counts does so under
//! `#[cfg(test)]`: the widget's wasm, the CLI and the build script compile no counter at all.

use std::cell::Cell;

thread_local! {
    /// Characters (or tokens) visited since the last [`measure`] began.
    static STEPS: Cell<usize> = const { Cell::new(0) };
    /// Calls into the platform's Unicode tables (JavaScript, in the browser) since then.
    static UNICODE_CALLS: Cell<usize> = const { Cell::new(0) };
}

/// The work one call did. (The tests that measure run natively, where proptest is.)
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Work {
    /// Characters or tokens visited, by every loop of the scanners.
    pub steps: usize,
    /// Calls into `content::unicode`'s platform functions.
    pub unicode_calls: usize,
}

/// Records one character or token visited.
pub fn step() {
    STEPS.with(|steps| steps.set(steps.get() + 1));
}

/// Records one call into the platform's Unicode tables.
pub fn unicode_call() {
    UNICODE_CALLS.with(|calls| calls.set(calls.get() + 1));
}

#[cfg(not(target_arch = "wasm32"))]
/// Runs `f` and returns its result with the work it did (counted on this thread only, so
/// tests running in parallel do not mix their counts).
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, Work) {
    STEPS.with(|steps| steps.set(0));
    UNICODE_CALLS.with(|calls| calls.set(0));
    let result = f();
    let work = Work {
        steps: STEPS.with(Cell::get),
        unicode_calls: UNICODE_CALLS.with(Cell::get),
    };
    (result, work)
}

#[cfg(not(target_arch = "wasm32"))]
/// Asserts that `work_of` grows linearly: for inputs of 10 KB, 100 KB and 1 MB built by
/// `input`, the work is at most `per_char` steps per character, and ten times the input
/// costs less than twelve times the work.
pub fn assert_linear(
    name: &str,
    per_char: usize,
    input: impl Fn(usize) -> String,
    work_of: impl Fn(&str) -> usize,
) {
    let mut previous = None;
    for bytes in [10_000, 100_000, 1_000_000] {
        let text = input(bytes);
        assert!(
            text.len() >= bytes / 2,
            "{name}: input of {} bytes",
            text.len()
        );
        let chars = text.chars().count();
        let work = work_of(&text);
        assert!(
            work <= per_char * chars,
            "{name}: {work} steps for {chars} characters, over {per_char} per character"
        );
        if let Some((previous_chars, previous_work)) = previous {
            let growth = work as f64 / previous_work as f64;
            let input_growth = chars as f64 / previous_chars as f64;
            assert!(
                growth < 1.2 * input_growth,
                "{name}: input grew {input_growth:.1}x, work {growth:.1}x"
            );
        }
        previous = Some((chars, work.max(1)));
    }
}

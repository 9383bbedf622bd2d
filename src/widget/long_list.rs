//! How the accordion renders many questions: in runs of its own components ([`FaqGroup`]), the
//! first render holding only what a visitor can see or reach at once, the rest following a run
//! per task ([`Defer`]). A long list shows, and answers clicks, sooner, and no task is long.
//!
//! [`FaqGroup`]: super::faq_group::FaqGroup

use super::faq_group::Defer;
use std::ops::Range;

/// From this many questions on, the accordion is "long": the browser may skip the layout of
/// questions far off screen (`content-visibility`, in the stylesheet), and its later runs wait.
const LONG: usize = 50;

/// Questions per run: few enough that a toggle compares little, enough that a long list makes
/// few runs.
const RUN: usize = 32;

/// Runs of questions in a long accordion's first render: more than a screenful.
const FIRST_RUNS: usize = 2;

/// Whether an accordion of `count` questions is long.
pub fn is_long(count: usize) -> bool {
    count > LONG
}

/// The runs of an accordion of `count` questions: consecutive ranges of question indices.
pub fn runs(count: usize) -> impl Iterator<Item = Range<usize>> {
    (0..count)
        .step_by(RUN)
        .map(move |start| start..(start + RUN).min(count))
}

/// What of the run `run` waits until after the first render. A short accordion renders whole.
/// In a long one, the first runs, any run with an open answer (`has_open`), and every run down
/// to the question the page's link names (`linked`: it must be there to be focused, and so must
/// every question above it, or their coming in would push it out of view where the browser does
/// no scroll anchoring) wait for their closed answers only; the others wait whole.
pub fn defer(long: bool, run: &Range<usize>, has_open: bool, linked: Option<usize>) -> Defer {
    if !long {
        Defer::Nothing
    } else if run.start < FIRST_RUNS * RUN || has_open || linked.is_some_and(|i| run.start <= i) {
        Defer::ClosedAnswers
    } else {
        Defer::Everything
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_every_question_once_in_order() {
        let all: Vec<usize> = runs(1000).flatten().collect();
        assert_eq!(all, (0..1000).collect::<Vec<_>>());
        assert_eq!(runs(0).count(), 0);
        assert_eq!(runs(RUN + 1).last(), Some(RUN..RUN + 1));
    }

    #[test]
    fn a_short_accordion_defers_nothing() {
        assert!(!is_long(LONG));
        assert_eq!(defer(false, &(0..RUN), false, None), Defer::Nothing);
    }

    #[test]
    fn a_long_accordion_renders_what_can_be_seen_or_reached_first() {
        assert!(is_long(LONG + 1));
        let later = 4 * RUN..5 * RUN;
        assert_eq!(defer(true, &(0..RUN), false, None), Defer::ClosedAnswers);
        assert_eq!(defer(true, &later, false, None), Defer::Everything);
        assert_eq!(defer(true, &later, true, None), Defer::ClosedAnswers);
        let linked_below = Some(6 * RUN + 3);
        assert_eq!(
            defer(true, &later, false, linked_below),
            Defer::ClosedAnswers
        );
        let linked_above = Some(RUN);
        assert_eq!(defer(true, &later, false, linked_above), Defer::Everything);
    }
}

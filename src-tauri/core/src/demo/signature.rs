//! Hand-like signatures for the demo: a few looping strokes and an underline, sampled the way
//! a signature pad samples a pen, on a 480 × 180 pad. `seed` varies the hand.

use crate::signing::Point;

pub fn strokes(seed: f64) -> Vec<Vec<Point>> {
    let mut name = Vec::new();
    for i in 0..=160 {
        let t = f64::from(i) / 160.0;
        let x = 40.0 + 330.0 * t + 18.0 * (t * 23.0 + seed).sin();
        let y = 95.0
            - 42.0 * (t * 11.0 + seed).sin() * (1.0 - 0.6 * t)
            - 14.0 * (t * 29.0 + 2.0 * seed).cos();
        name.push([x, y]);
    }
    let mut flourish = Vec::new();
    for i in 0..=40 {
        let t = f64::from(i) / 40.0;
        flourish.push([
            70.0 + 330.0 * t,
            150.0 - 18.0 * t + 6.0 * (t * 6.0 + seed).sin(),
        ]);
    }
    vec![name, flourish]
}

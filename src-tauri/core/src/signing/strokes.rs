//! A drawn signature: the strokes from the pad, checked, and turned into an SVG by Mandat
//! itself (numbers only), so nothing the UI sends can smuggle markup into the PDF.

use super::model::Point;
use crate::error::{Error, Invalid, Result};
use std::fmt::Write as _;

/// Bounds on what a pad can send: generous for a hand signature, small enough for a database row.
const MAX_STROKES: usize = 200;
const MAX_POINTS: usize = 20_000;
const MIN_SIDE: f64 = 40.0;
const MAX_SIDE: f64 = 4_000.0;

/// Strokes that passed [`check`]: finite points inside the pad, at least one line drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub width: f64,
    pub height: f64,
    pub strokes: Vec<Vec<Point>>,
}

/// Validates the pad's size and strokes. Points are clamped to the pad; a single tap is a dot.
pub fn check(width: f64, height: f64, strokes: &[Vec<Point>]) -> Result<Drawing> {
    let side_ok = |v: f64| v.is_finite() && (MIN_SIDE..=MAX_SIDE).contains(&v);
    if !side_ok(width) || !side_ok(height) {
        return Err(Error::invalid("strokes", Invalid::Required));
    }
    if strokes.len() > MAX_STROKES || strokes.iter().map(Vec::len).sum::<usize>() > MAX_POINTS {
        return Err(Error::invalid(
            "strokes",
            Invalid::TooLong { max: MAX_POINTS },
        ));
    }
    let strokes: Vec<Vec<Point>> = strokes
        .iter()
        .map(|stroke| {
            stroke
                .iter()
                .filter(|[x, y]| x.is_finite() && y.is_finite())
                .map(|[x, y]| [round(x.clamp(0.0, width)), round(y.clamp(0.0, height))])
                .collect::<Vec<_>>()
        })
        .filter(|stroke| !stroke.is_empty())
        .collect();
    // A signature is more than a few stray taps.
    let points: usize = strokes.iter().map(Vec::len).sum();
    if points < 4 {
        return Err(Error::invalid("strokes", Invalid::Required));
    }
    Ok(Drawing {
        width: round(width),
        height: round(height),
        strokes,
    })
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

impl Drawing {
    /// The drawing as a standalone SVG, dark ink on a transparent background.
    pub fn svg(&self) -> String {
        let mut d = String::new();
        for stroke in &self.strokes {
            // Never indexes: an empty stroke (which `check` drops) draws nothing.
            let Some(([x0, y0], rest)) = stroke.split_first() else {
                continue;
            };
            let _ = write!(d, "M{x0} {y0}");
            if rest.is_empty() {
                // A dot: a zero-length line with round caps.
                let _ = write!(d, "l0.01 0");
            }
            for [x, y] in rest {
                let _ = write!(d, "L{x} {y}");
            }
        }
        let (w, h) = (self.width, self.height);
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" \
             height=\"{h}\"><path d=\"{d}\" fill=\"none\" stroke=\"#1b2a4a\" stroke-width=\"2.6\" \
             stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>"
        )
    }

    pub fn strokes_json(&self) -> String {
        serde_json::to_string(&self.strokes).expect("numbers serialise")
    }

    /// A stored drawing, checked again as the pad's input is ([`check`]): a row that did not
    /// come from this laptop's pad (an imported `.mandat` file) may hold anything.
    pub fn from_json(width: f64, height: f64, json: &str) -> Result<Drawing> {
        let strokes: Vec<Vec<Point>> = serde_json::from_str(json)
            .map_err(|_| Error::invalid("strokes", Invalid::Malformed))?;
        check(width, height, &strokes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strokes_are_clamped_rounded_and_rendered_as_numbers_only() {
        let d = check(
            480.0,
            180.0,
            &[
                vec![[10.04, 20.0], [500.0, -3.0], [f64::NAN, 1.0]],
                vec![[5.0, 5.0]],
            ],
        )
        .unwrap_err();
        assert!(
            matches!(
                d,
                Error::Invalid {
                    field: "strokes",
                    ..
                }
            ),
            "3 points are not a signature"
        );
        let d = check(
            480.0,
            180.0,
            &[
                vec![[10.04, 20.0], [500.0, -3.0], [f64::NAN, 1.0], [30.0, 40.0]],
                vec![[5.0, 5.0]],
            ],
        )
        .unwrap();
        assert_eq!(
            d.strokes,
            vec![
                vec![[10.0, 20.0], [480.0, 0.0], [30.0, 40.0]],
                vec![[5.0, 5.0]]
            ]
        );
        let svg = d.svg();
        assert!(svg.contains("d=\"M10 20L480 0L30 40M5 5l0.01 0\""), "{svg}");
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 180\"")
        );
    }

    #[test]
    fn stored_strokes_that_no_pad_could_send_are_refused_never_panicking() {
        for json in [
            "[[]]",
            "[]",
            "[[[]]]",
            "[[[1]]]",
            "{}",
            "null",
            "[[[1e999, 2]]]",
            "",
        ] {
            assert!(
                matches!(
                    Drawing::from_json(480.0, 180.0, json),
                    Err(Error::Invalid {
                        field: "strokes",
                        ..
                    })
                ),
                "{json}"
            );
        }
        // An empty stroke beside real ones is dropped, as from the pad.
        let d = Drawing::from_json(480.0, 180.0, "[[], [[1,1],[2,2],[3,3],[4,4]], []]").unwrap();
        assert_eq!(d.strokes.len(), 1);
        // A drawing built by hand with an empty stroke still renders.
        let raw = Drawing {
            width: 480.0,
            height: 180.0,
            strokes: vec![vec![], vec![[1.0, 2.0]]],
        };
        assert!(raw.svg().contains("d=\"M1 2l0.01 0\""), "{}", raw.svg());
        assert!(Drawing::from_json(f64::NAN, 180.0, "[[[1,1],[2,2],[3,3],[4,4]]]").is_err());
    }

    #[test]
    fn an_empty_or_absurd_pad_is_refused_on_the_strokes_field() {
        for (w, h, strokes) in [
            (480.0, 180.0, vec![]),
            (480.0, 180.0, vec![vec![]]),
            (f64::INFINITY, 180.0, vec![vec![[1.0, 1.0]; 10]]),
            (1.0, 180.0, vec![vec![[1.0, 1.0]; 10]]),
        ] {
            assert!(matches!(
                check(w, h, &strokes),
                Err(Error::Invalid {
                    field: "strokes",
                    ..
                })
            ));
        }
        let many = vec![vec![[1.0, 1.0]; 100]; 201];
        assert!(matches!(
            check(480.0, 180.0, &many),
            Err(Error::Invalid {
                field: "strokes",
                reason: Invalid::TooLong { .. }
            })
        ));
    }
}

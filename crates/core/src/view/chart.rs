//! Radar chart geometry: where axes, rings, labels and the profile lines go. Pure numbers, so
//! the SVG component only draws what this computes, and the geometry is tested natively.

use std::f64::consts::PI;

/// A point in whole SVG user units (y grows downwards). Whole numbers: at the chart's size a
/// unit is finer than a pixel, and the widget then needs no float formatting for its SVG.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// The radar's frame: centre and radius for a value of 100.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Radar {
    pub centre: Point,
    pub radius: f64,
    /// Number of axes (aspect areas), at least 3 for a meaningful shape.
    pub axes: usize,
}

/// One profile line: runs of consecutive axes that have a value. An axis without a value breaks
/// the line (a gap), so a missing score never looks like a zero.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// Each run is drawn as one polyline; `closed` runs as a polygon.
    pub runs: Vec<Vec<Point>>,
    /// True when every axis has a value: the runs are one closed polygon.
    pub closed: bool,
    /// A dot per axis that has a value.
    pub dots: Vec<Point>,
}

impl Radar {
    /// The angle of axis `i`: the first points straight up, then clockwise.
    fn angle(&self, i: usize) -> f64 {
        -PI / 2.0 + 2.0 * PI * i as f64 / self.axes.max(1) as f64
    }

    /// The point on axis `i` at `value` (0..=100, clamped).
    pub fn point(&self, i: usize, value: f64) -> Point {
        let r = self.radius * value.clamp(0.0, 100.0) / 100.0;
        let (cos, sin) = cos_sin(self.angle(i));
        Point {
            x: self.centre.x + whole(r * cos),
            y: self.centre.y + whole(r * sin),
        }
    }

    /// The end of axis `i` (value 100).
    pub fn axis_end(&self, i: usize) -> Point {
        self.point(i, 100.0)
    }

    /// Where the label of axis `i` goes: a little beyond the end, and which way it is anchored.
    pub fn label(&self, i: usize) -> (Point, Anchor) {
        let (cos, sin) = cos_sin(self.angle(i));
        let r = self.radius + 14.0;
        let point = Point {
            x: self.centre.x + whole(r * cos),
            y: self.centre.y + whole(r * sin + 4.0),
        };
        let anchor = match cos {
            c if c > 0.2 => Anchor::Start,
            c if c < -0.2 => Anchor::End,
            _ => Anchor::Middle,
        };
        (point, anchor)
    }

    /// The polygon of a ring at `value` (for the grid lines at each level).
    pub fn ring(&self, value: f64) -> Vec<Point> {
        (0..self.axes).map(|i| self.point(i, value)).collect()
    }

    /// The shape of a profile: one value (0..=100) or gap per axis.
    pub fn shape(&self, values: &[Option<f64>]) -> Shape {
        let dots: Vec<Point> = values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| self.point(i, v)))
            .collect();
        if values.iter().all(Option::is_some) && !values.is_empty() {
            return Shape {
                runs: vec![dots.clone()],
                closed: true,
                dots,
            };
        }
        // Start just after a gap, so a run that wraps past the last axis stays in one piece.
        let n = values.len();
        let start = values.iter().position(Option::is_none).map_or(0, |g| g + 1);
        let mut runs = Vec::new();
        let mut run = Vec::new();
        for k in 0..n {
            let i = (start + k) % n;
            match values[i] {
                Some(v) => run.push(self.point(i, v)),
                None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        Shape {
            runs,
            closed: false,
            dots,
        }
    }
}

/// SVG `text-anchor` of a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Splits a label into lines of at most `width` characters at spaces (a longer word keeps its
/// own line), so long area names fit beside the chart.
pub fn wrap_label(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Points as an SVG `points` attribute.
pub fn points_attr(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two decimals are plenty for SVG and keep the markup small and the tests exact.
/// Cosine and sine by their Taylor series after reducing the angle to -π..π: within 1e-8,
/// far below a pixel, and without the C library's large argument-reduction code in the wasm.
pub fn cos_sin(angle: f64) -> (f64, f64) {
    let turns = (angle / (2.0 * PI) + 0.5).floor();
    let x = angle - turns * 2.0 * PI;
    let x2 = x * x;
    let (mut cos, mut sin) = (0.0, 0.0);
    let (mut cos_term, mut sin_term) = (1.0, x);
    for k in 0..11 {
        cos += cos_term;
        sin += sin_term;
        let k = f64::from(k);
        cos_term *= -x2 / ((2.0 * k + 1.0) * (2.0 * k + 2.0));
        sin_term *= -x2 / ((2.0 * k + 2.0) * (2.0 * k + 3.0));
    }
    (cos, sin)
}

fn whole(v: f64) -> i32 {
    v.round() as i32
}

/// The team chart's score axis: where its 0 and 100 lie, in SVG units.
pub const RANGE_LEFT: i32 = 200;
pub const RANGE_RIGHT: i32 = 620;

/// The horizontal position of a score (0..=100, clamped) on the team chart's axis.
pub fn range_x(score: f64) -> i32 {
    let width = f64::from(RANGE_RIGHT - RANGE_LEFT);
    RANGE_LEFT + (score.clamp(0.0, 100.0) * width / 100.0).round() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn radar(axes: usize) -> Radar {
        Radar {
            centre: Point { x: 100, y: 100 },
            radius: 80.0,
            axes,
        }
    }

    fn check(values: &[Option<f64>], runs: &[&[usize]], closed: bool) {
        let r = radar(values.len());
        let shape = r.shape(values);
        let expected: Vec<Vec<Point>> = runs
            .iter()
            .map(|run| {
                run.iter()
                    .map(|&i| r.point(i, values[i].expect("a value")))
                    .collect()
            })
            .collect();
        assert_eq!(shape.runs, expected, "{values:?}");
        assert_eq!(shape.closed, closed, "{values:?}");
        assert_eq!(
            shape.dots.len(),
            values.iter().flatten().count(),
            "{values:?}"
        );
    }

    #[test]
    fn gaps_break_the_line_and_runs_wrap_around_the_last_axis() {
        let v = Some(50.0);
        check(&[v, v, v, v], &[&[0, 1, 2, 3]], true);
        check(&[v, None, v, v], &[&[2, 3, 0]], false);
        check(&[None, v, None, v], &[&[1], &[3]], false);
        check(&[v, v, v, None], &[&[0, 1, 2]], false);
        check(&[None, None, None], &[], false);
    }

    #[test]
    fn the_first_axis_points_up_and_values_scale_from_the_centre() {
        let r = radar(4);
        let cases = [
            (0, 100.0, Point { x: 100, y: 20 }),
            (1, 100.0, Point { x: 180, y: 100 }),
            (2, 50.0, Point { x: 100, y: 140 }),
            (3, 0.0, Point { x: 100, y: 100 }),
            (1, 250.0, Point { x: 180, y: 100 }),
            (1, -5.0, Point { x: 100, y: 100 }),
        ];
        for (axis, value, expected) in cases {
            assert_eq!(r.point(axis, value), expected, "axis {axis} at {value}");
        }
    }

    #[test]
    fn cos_and_sin_agree_with_the_standard_library_everywhere() {
        for i in -2000..=2000 {
            let angle = f64::from(i) * 0.01;
            let (cos, sin) = cos_sin(angle);
            assert!((cos - angle.cos()).abs() < 1e-8, "cos {angle}: {cos}");
            assert!((sin - angle.sin()).abs() < 1e-8, "sin {angle}: {sin}");
        }
    }

    #[test]
    fn labels_on_the_right_start_and_on_the_left_end() {
        let r = radar(4);
        let anchors: Vec<Anchor> = (0..4).map(|i| r.label(i).1).collect();
        assert_eq!(
            anchors,
            [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
        );
    }

    #[test]
    fn labels_wrap_at_spaces_within_the_width() {
        let cases: [(&str, &[&str]); 4] = [
            ("Visie en ambitie", &["Visie en ambitie"]),
            (
                "Dienstverleningsprocessen en klantsturing",
                &["Dienstverleningsprocessen", "en klantsturing"],
            ),
            (
                "Houding, gedrag, competenties en kunde",
                &["Houding, gedrag,", "competenties en kunde"],
            ),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(wrap_label(text, 22), expected, "{text}");
        }
    }

    #[test]
    fn points_are_written_as_an_svg_list() {
        let points = [Point { x: 1, y: -2 }, Point { x: 3, y: 4 }];
        assert_eq!(points_attr(&points), "1,-2 3,4");
    }

    #[test]
    fn a_score_lies_on_the_team_axis() {
        for (score, x) in [
            (0.0, 200),
            (50.0, 410),
            (100.0, 620),
            (-5.0, 200),
            (130.0, 620),
            (12.5, 253),
        ] {
            assert_eq!(range_x(score), x, "{score}");
        }
    }
}

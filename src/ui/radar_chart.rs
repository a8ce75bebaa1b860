//! The profile as an SVG radar chart, drawn from `core::chart`'s geometry. Decorative for
//! assistive technology beyond its title and description: the results table carries the same
//! numbers.

use leptos::prelude::*;

use crate::ui::context::Ctx;
use zelfscan_core::model::LEVELS;
use zelfscan_core::score::scoring::{option_score, Profile};
use zelfscan_core::view::chart::{points_attr, wrap_label, Point, Radar};
use zelfscan_core::view::texts::T;

/// The chart's drawing area; labels get room on both sides.
const WIDTH: i32 = 560;
const HEIGHT: i32 = 330;
const VIEW_BOX: &str = "0 0 560 330";
/// Characters per label line.
const LABEL_WIDTH: usize = 22;

#[component]
pub fn RadarChart(
    #[prop(into)] profile: Signal<Profile>,
    /// Whether any area has a desired level: only then is there a desired shape to draw and
    /// name in the legend.
    #[prop(into)]
    ambition: Signal<bool>,
) -> impl IntoView {
    let ctx = Ctx::use_context();
    let radar = Radar {
        centre: Point {
            x: WIDTH / 2,
            y: HEIGHT / 2,
        },
        radius: 115.0,
        axes: ctx.scan.areas.len(),
    };
    let rings = (1..=LEVELS)
        .map(|level| {
            view! { <polygon class="zs-chart-ring" points=points_attr(&radar.ring(option_score(level)))/> }
        })
        .collect_view();
    let axes = (0..radar.axes)
        .map(|i| {
            let end = radar.axis_end(i);
            let (at, anchor) = radar.label(i);
            let area = &ctx.scan.areas[i];
            view! {
                <line class="zs-chart-axis" x1=radar.centre.x y1=radar.centre.y x2=end.x y2=end.y/>
                <text class="zs-chart-label" x=at.x y=at.y text-anchor=anchor.as_str()>
                    {move || {
                        let lines = wrap_label(area.name.get(ctx.lang()), LABEL_WIDTH);
                        // Labels above the centre grow upwards, so they never cover the chart.
                        let shift = if at.y < radar.centre.y { lines.len().saturating_sub(1) } else { 0 };
                        lines
                            .into_iter()
                            .enumerate()
                            .map(|(k, line)| {
                                // Whole tenths of an em: no float formatting.
                                let dy = if k == 0 { format!("-{}.{}em", shift * 12 / 10, shift * 12 % 10) } else { "1.2em".into() };
                                view! { <tspan x=at.x dy=dy>{line}</tspan> }
                            })
                            .collect_view()
                    }}
                </text>
            }
        })
        .collect_view();
    let current =
        move || profile.with(|p| radar.shape(&p.areas.iter().map(|a| a.score).collect::<Vec<_>>()));
    let desired = move || {
        profile.with(|p| {
            radar.shape(
                &p.areas
                    .iter()
                    .map(|a| a.desired.map(option_score))
                    .collect::<Vec<_>>(),
            )
        })
    };
    view! {
        <figure class="zs-chart" data-testid="radar-chart">
            <svg
                viewBox=VIEW_BOX
                role="img"
                aria-labelledby="zs-chart-title zs-chart-desc"
            >
                <title id="zs-chart-title">{ctx.tx(T::ProfileTitle)}</title>
                <desc id="zs-chart-desc">{move || ctx.t(if ambition.get() { T::ChartDescription } else { T::ChartDescriptionNow })}</desc>
                {rings}
                {axes}
                {move || ambition.get().then(|| draw("zs-chart-desired", desired()))}
                {move || draw("zs-chart-current", current())}
            </svg>
            <figcaption class="zs-chart-legend">
                <span class="zs-legend-current">{ctx.tx(T::Current)}</span>
                {move || ambition.get().then(|| view! { <span class="zs-legend-desired">{ctx.tx(T::Desired)}</span> })}
            </figcaption>
        </figure>
    }
}

/// One profile's shape: its runs of lines (a polygon when every area has a value) and a dot
/// per value.
fn draw(class: &'static str, shape: zelfscan_core::view::chart::Shape) -> impl IntoView {
    let lines = shape
        .runs
        .iter()
        .map(|run| {
            if shape.closed {
                view! { <polygon class=class points=points_attr(run)/> }.into_any()
            } else {
                view! { <polyline class=class points=points_attr(run)/> }.into_any()
            }
        })
        .collect_view();
    let dots = shape
        .dots
        .iter()
        .map(|p| view! { <circle class=class cx=p.x cy=p.y r="4"/> })
        .collect_view();
    view! { <g>{lines}{dots}</g> }
}

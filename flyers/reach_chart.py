"""Geometry of the stacked weekly bar charts on the reach page; the SVG is a template.

Colours are the Okabe–Ito palette (told apart with every common colour-vision deficiency), and
each series also gets its own fill pattern, so the chart still reads in black-and-white print.
"""

from dataclasses import dataclass

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 52, 12, 24, 36  # room for the axis labels and bar totals

# (fill, colour of the pattern's marks: dark on the light fills, white on the dark ones)
PALETTE = [
    ("#0072B2", "#ffffff"),
    ("#E69F00", "#000000"),
    ("#009E73", "#ffffff"),
    ("#CC79A7", "#000000"),
    ("#56B4E9", "#000000"),
    ("#D55E00", "#ffffff"),
    ("#F0E442", "#000000"),
    ("#000000", "#ffffff"),
]
PATTERNS = ["solid", "stripes", "dots", "grid", "lines"]


@dataclass
class Style:
    id: str
    fill: str
    mark: str
    pattern: str
    label: str


def nice_step(top: int) -> int:
    """A round gridline step (1, 2, 5 × 10ⁿ) giving at most five lines up to `top`."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if top <= step * factor * 5:
                return step * factor
        step *= 10


def chart(breakdown) -> dict:
    """Everything the SVG template draws for one breakdown: styles, bars, gridlines."""
    styles = [
        Style(
            f"{breakdown.slug}-{n}", *PALETTE[n % len(PALETTE)], PATTERNS[n % len(PATTERNS)], label
        )
        for n, label in enumerate(breakdown.labels)
    ]
    rows = breakdown.rows
    top = max([total for _, _, total in rows] + [1])
    step = nice_step(top)
    top = -(-top // step) * step
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(rows), 1)
    bar_w = slot * 0.7
    every = max(1, round(len(rows) / 13))  # at most ~13 week labels under the axis
    totals_fit = len(rows) <= 16  # above that the numbers overlap; the table has them

    def y(value):
        return TOP + plot_h - value * plot_h / top

    bars = []
    for n, (monday, counts, total) in enumerate(rows):
        x = LEFT + n * slot + (slot - bar_w) / 2
        segments, base = [], 0
        for style, count in zip(styles, counts, strict=True):
            if count:
                segments.append(
                    {
                        "style": style,
                        "count": count,
                        "y": y(base + count),
                        "h": count * plot_h / top,
                    }
                )
            base += count
        week = monday.isocalendar()
        bars.append(
            {
                "x": x,
                "w": bar_w,
                "mid": x + bar_w / 2,
                "segments": segments,
                "total": total if totals_fit else 0,
                "total_y": y(total) - 4,
                "monday": monday,
                "week": week.week,
                "show_label": (len(rows) - 1 - n) % every == 0,  # counted back from the newest week
            }
        )
    grid = [{"value": v, "y": y(v)} for v in range(0, top + 1, step)]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "axis_y": TOP + plot_h,
        "label_y": TOP + plot_h + 16,
        "styles": styles,
        "bars": bars,
        "grid": grid,
    }

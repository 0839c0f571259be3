"""The geometry of the spending chart: bars of available and spent per year, drawn by a template as SVG.

Only numbers are computed here; the template writes them with `machine` and the labels with `dkk`,
so the chart needs no script and no style attribute (the site's Content-Security-Policy).
"""

import math
from dataclasses import dataclass
from decimal import Decimal

WIDTH = 640
HEIGHT = 320
LEFT = 112  # room for the amounts on the axis
RIGHT = 16
TOP = 28  # room for an "overspent" label above the bars
BOTTOM = 36  # room for the years
PLOT_WIDTH = WIDTH - LEFT - RIGHT
PLOT_HEIGHT = HEIGHT - TOP - BOTTOM
TICKS = 4


@dataclass(frozen=True)
class Bar:
    value: Decimal
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class YearBars:
    year: int
    available: Bar
    spent: Bar
    overspent: bool
    label_x: float


def nice_top(largest):
    """The axis' top: `TICKS` steps of 1, 2, 2.5 or 5 times a power of ten, at least `largest` (and 1,000 kr)."""
    if largest <= 1000:
        return Decimal(1000)
    raw = Decimal(largest) / TICKS
    power = Decimal(10) ** math.floor(math.log10(raw))
    step = next(
        power * factor
        for factor in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
        if power * factor >= raw
    )
    return step * TICKS


def spending_chart(rows):
    """Bars for `rows` (BudgetYear-like: year, available, spent), two per year, on one linear axis from 0.

    A negative amount (an overspend carried in beyond the year's money) draws no bar; the table next
    to the chart gives every figure.
    """
    rows = list(rows)
    top = nice_top(max([row.available for row in rows] + [row.spent for row in rows] + [Decimal(0)]))
    baseline = TOP + PLOT_HEIGHT
    group = PLOT_WIDTH / max(len(rows), 1)
    bar_width = round(group * 0.32, 1)

    def bar(value, x):
        height = round(float(max(value, 0) / top) * PLOT_HEIGHT, 1)
        return Bar(value=value, x=round(x, 1), y=round(baseline - height, 1), width=bar_width, height=height)

    years = []
    for position, row in enumerate(rows):
        middle = LEFT + group * (position + 0.5)
        years.append(
            YearBars(
                year=row.year,
                available=bar(row.available, middle - bar_width - 2),
                spent=bar(row.spent, middle + 2),
                overspent=row.spent > row.available,
                label_x=round(middle, 1),
            )
        )
    ticks = [
        {"value": top * step / TICKS, "y": round(baseline - PLOT_HEIGHT * step / TICKS, 1)}
        for step in range(TICKS + 1)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "baseline": baseline,
        "years": years,
        "ticks": ticks,
        "year_label_y": baseline + 22,
        "overspent_label_y": TOP - 10,
    }

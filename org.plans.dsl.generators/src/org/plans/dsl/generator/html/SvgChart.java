package org.plans.dsl.generator.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plans.dsl.escaping.Html;
import org.plans.dsl.escaping.Printable;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.Quantities;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Target;

/**
 * An inline SVG line chart of one measure: baselines, milestones and positions over time,
 * and each target as a dashed line at its value. Pure markup, no script, fixed number format.
 */
public final class SvgChart {

	public static final int WIDTH = 640;
	public static final int HEIGHT = 280;
	private static final int LEFT = 60;
	private static final int RIGHT = 40;
	private static final int TOP = 20;
	private static final int BOTTOM = 70;
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

	/** A value at a day, in one series. */
	private record Dot(LocalDate day, double value) {
	}

	private record Series(String name, String css, List<Dot> dots) {
	}

	private record TargetLine(double value, Optional<LocalDate> by, String label) {
	}

	private SvgChart() {
	}

	/** The chart, or an empty string when the measure has no dated values to draw. */
	public static String of(MeasureFacts measure) {
		List<Series> series = List.of(series("Baseline", "baseline", measure.baselines()),
				series("Milestones", "milestone", measure.milestones()), series("Positions", "position", measure.positions()));
		List<TargetLine> targets = new ArrayList<>();
		for (Target target : measure.targets()) {
			// The number aimed at: for a range its better end, for a change the baseline changed.
			Optional<LocalDate> by = DateSpan.lastDayOf(target.getDate());
			Optional<BigDecimal> base = measure.baselineOn(by).flatMap(b -> Quantities.number(b.getValue()));
			TargetFacts.of(target, Optional.empty()).goal(base, measure.betterDirection()).ifPresent(
					goal -> targets.add(new TargetLine(goal.doubleValue(), by, "Target " + Words.target(target))));
		}
		List<LocalDate> days = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		series.forEach(s -> s.dots().forEach(d -> {
			days.add(d.day());
			values.add(d.value());
		}));
		if (days.isEmpty()) {
			return "";
		}
		targets.forEach(t -> {
			values.add(t.value());
			t.by().ifPresent(days::add);
		});
		LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow().minusDays(15);
		LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(15);
		double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		double step = niceStep(max == min ? Math.max(1, Math.abs(max) * 0.2) : (max - min) / 4);
		double low = Math.floor(min / step) * step;
		double high = Math.ceil(max / step) * step;
		Scale scale = new Scale(first, last, low == min ? low - step : low, high == max ? high + step : high, step);
		String title = Printable.of(measure.measure().getTitle());
		StringBuilder sb = new StringBuilder();
		sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
				.append("\" role=\"img\" aria-label=\"").append(Html.escape("Chart of " + title)).append("\">\n");
		sb.append("<title>").append(Html.escape(title)).append("</title>\n");
		sb.append("<style>text{font:11px \"DejaVu Sans\",Arial,sans-serif;fill:#383f43}.axis{stroke:#505a5f;stroke-width:1}"
				+ ".grid{stroke:#dedede;stroke-width:1}.baseline{stroke:#6f777b;fill:#6f777b}"
				+ ".milestone{stroke:#1d70b8;fill:#fff}polyline.milestone,line.milestone{stroke-dasharray:5 3}.position{stroke:#0b0c0c;fill:#0b0c0c}"
				+ ".target{stroke:#00703c;stroke-width:2;stroke-dasharray:8 4}</style>\n");
		axes(sb, scale);
		for (TargetLine target : targets) {
			double y = scale.y(target.value());
			sb.append("<line class=\"target\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
					.append(n(target.by().map(scale::x).orElse((double) WIDTH - RIGHT))).append("\" y2=\"").append(n(y))
					.append("\"><title>").append(Html.escape(target.label())).append("</title></line>\n");
		}
		for (Series s : series) {
			if (s.dots().size() > 1) {
				sb.append("<polyline class=\"").append(s.css()).append("\" fill=\"none\" stroke-width=\"2\" points=\"");
				for (int i = 0; i < s.dots().size(); i++) {
					Dot dot = s.dots().get(i);
					sb.append(i == 0 ? "" : " ").append(n(scale.x(dot.day()))).append(',').append(n(scale.y(dot.value())));
				}
				sb.append("\"/>\n");
			}
			for (Dot dot : s.dots()) {
				sb.append("<circle class=\"").append(s.css()).append("\" stroke-width=\"2\" r=\"4\" cx=\"")
						.append(n(scale.x(dot.day()))).append("\" cy=\"").append(n(scale.y(dot.value()))).append("\"><title>")
						.append(Html.escape(s.name() + ": " + number(dot.value()) + " at " + Words.date(dot.day())))
						.append("</title></circle>\n");
			}
		}
		legend(sb, !targets.isEmpty());
		return sb.append("</svg>\n").toString();
	}

	private static Series series(String name, String css, List<? extends MeasurePoint> points) {
		List<Dot> dots = new ArrayList<>();
		for (MeasurePoint point : points) {
			BigDecimal value = MeasureFacts.valueOf(point) == null ? null : MeasureFacts.valueOf(point).getValue();
			Optional<LocalDate> day = MeasureFacts.dayOf(point);
			if (value != null && day.isPresent()) {
				dots.add(new Dot(day.get(), value.doubleValue()));
			}
		}
		return new Series(name, css, dots);
	}

	private static void axes(StringBuilder sb, Scale scale) {
		int bottom = HEIGHT - BOTTOM;
		for (double value = scale.low(); value <= scale.high() + scale.step() / 2; value += scale.step()) {
			double y = scale.y(value);
			sb.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(n(y)).append("\" x2=\"")
					.append(WIDTH - RIGHT).append("\" y2=\"").append(n(y)).append("\"/>\n");
			sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4)).append("\" text-anchor=\"end\">")
					.append(number(value)).append("</text>\n");
		}
		sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
				.append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\"/>\n");
		sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
				.append("\" y2=\"").append(bottom).append("\"/>\n");
		long days = ChronoUnit.DAYS.between(scale.first(), scale.last());
		for (int i = 0; i <= 4; i++) {
			LocalDate day = scale.first().plusDays(days * i / 4);
			double x = scale.x(day);
			sb.append("<line class=\"axis\" x1=\"").append(n(x)).append("\" y1=\"").append(bottom).append("\" x2=\"")
					.append(n(x)).append("\" y2=\"").append(bottom + 4).append("\"/>\n");
			sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(bottom + 17).append("\" text-anchor=\"middle\">")
					.append(MONTH.format(day)).append("</text>\n");
		}
	}

	private static void legend(StringBuilder sb, boolean withTarget) {
		int y = HEIGHT - 22;
		int x = LEFT;
		String[][] entries = { { "baseline", "Baseline" }, { "milestone", "Milestones" }, { "position", "Positions" },
				{ "target", "Target" } };
		for (String[] entry : entries) {
			if (entry[0].equals("target") && !withTarget) {
				continue;
			}
			sb.append("<line class=\"").append(entry[0]).append("\" stroke-width=\"2\" x1=\"").append(x).append("\" y1=\"")
					.append(y).append("\" x2=\"").append(x + 24).append("\" y2=\"").append(y).append("\"/>\n");
			sb.append("<text x=\"").append(x + 30).append("\" y=\"").append(y + 4).append("\">").append(entry[1])
					.append("</text>\n");
			x += 120;
		}
	}

	/** Maps days and values to drawing coordinates. */
	private record Scale(LocalDate first, LocalDate last, double low, double high, double step) {

		double x(LocalDate day) {
			double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
			return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, day) / span;
		}

		double y(double value) {
			return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low);
		}
	}

	/** 1, 2 or 5 times a power of ten, at least {@code rough}: grid lines at round values. */
	static double niceStep(double rough) {
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			if (factor * power >= rough) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	/** A coordinate with one decimal, the same on every machine. */
	private static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** An axis or tooltip number: at most two decimals, no trailing zeros. */
	private static String number(double value) {
		return BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
	}
}

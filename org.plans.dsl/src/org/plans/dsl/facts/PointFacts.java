package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Verdict;

/**
 * What a baseline, milestone or position says beyond its number and date: a milestone's
 * comparison ({@code milestone m > 80% by 2021-09}); a position's period ({@code over
 * 2022-03-31 to 2022-10-31}), label ({@code for north}), verdict ({@code below-target}) and RAG.
 * A point without a value is qualitative: its text says where things stood.
 */
public final class PointFacts {

	private PointFacts() {
	}

	/** No number: {@code baseline audits at 2021-03 "Audits showed oversight improving"}. */
	public static boolean isQualitative(MeasurePoint point) {
		return point.getValue() == null;
	}

	/** The comparison a milestone is written with, when one is. */
	public static Optional<Comparator> comparator(MeasurePoint point) {
		return point instanceof Milestone milestone && Plans.isWritten(milestone, "comparator")
				? Optional.of(milestone.getComparator()) : Optional.empty();
	}

	/** The team, area or group a position is for ({@code for north}). */
	public static Optional<String> label(MeasurePoint point) {
		return point instanceof Position position ? Optional.ofNullable(position.getLabel()).map(PointFacts::unquoted)
				: Optional.empty();
	}

	public static Optional<Verdict> verdict(MeasurePoint point) {
		return point instanceof Position position && Plans.isWritten(position, "verdict")
				? Optional.of(position.getVerdict()) : Optional.empty();
	}

	public static Optional<Rag> rag(MeasurePoint point) {
		return point instanceof Position position && Plans.isWritten(position, "rag") ? Optional.of(position.getRag())
				: Optional.empty();
	}

	/** The date a position's period starts, as written ({@code over 2022-03-31 to ...}). */
	public static Optional<String> periodFrom(MeasurePoint point) {
		return point instanceof Position position ? Optional.ofNullable(position.getFrom()) : Optional.empty();
	}

	/** The first day of a position's period. */
	public static Optional<LocalDate> periodStart(MeasurePoint point) {
		return periodFrom(point).flatMap(DateSpan::parse).map(DateSpan::first);
	}

	/** The positions among {@code points} with the given label (empty: those without one). */
	public static List<Position> withLabel(List<Position> points, Optional<String> label) {
		return points.stream().filter(p -> label(p).equals(label)).toList();
	}

	private static String unquoted(String label) {
		return label.length() >= 2 && label.startsWith("\"") && label.endsWith("\"")
				? label.substring(1, label.length() - 1) : label;
	}
}

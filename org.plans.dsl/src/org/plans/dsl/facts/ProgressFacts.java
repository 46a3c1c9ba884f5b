package org.plans.dsl.facts;

import java.util.Optional;

import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;

/**
 * One progress entry ({@code progress 2024-04 red in-progress "..."}) as every output reads
 * it: the date as written and the span it means, the RAG and status it gives (empty when not
 * written, also for the first literals {@code red} and {@code not-started}) and its text.
 * {@code date} and {@code text} are null when not written.
 */
public record ProgressFacts(Progress progress, String date, Optional<DateSpan> span, Optional<Rag> rag,
		Optional<Status> status, String text) {

	public static ProgressFacts of(Progress progress) {
		return of(progress, PlanCalendar.of(progress));
	}

	public static ProgressFacts of(Progress progress, PlanCalendar calendar) {
		return new ProgressFacts(progress, progress.getDate(), calendar.span(progress.getDate()),
				Plans.isWritten(progress, "rag") ? Optional.of(progress.getRag()) : Optional.empty(),
				Plans.isWritten(progress, "status") ? Optional.of(progress.getStatus()) : Optional.empty(),
				progress.getText());
	}

	/** True when the entry has a real date (not missing, not 2019-13). */
	public boolean isDated() {
		return span.isPresent();
	}
}

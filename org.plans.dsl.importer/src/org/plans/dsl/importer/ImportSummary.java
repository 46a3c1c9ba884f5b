package org.plans.dsl.importer;

/** What an import found, printed after it. */
public record ImportSummary(int priorities, int objectives, int actions, int people, int roles, int teams, int partners,
		int datesRead, int datesKeptAsText, int notes) {

	@Override
	public String toString() {
		return priorities + " priorities, " + objectives + " objectives, " + actions + " actions; " + people + " people, "
				+ roles + " roles, " + teams + " teams, " + partners + " partners; " + datesRead + " dates read, "
				+ datesKeptAsText + " kept as text; " + notes + " notes kept where the importer could not place text";
	}
}

package org.plans.dsl.tracker.model;

/** Plan text as trackers take it: on one line for titles and labels, marker-safe in descriptions. */
public final class TrackerText {

	private TrackerText() {
	}

	/** Text on one line, for titles, labels and names. */
	public static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

	/** Plan text made safe inside a tracker description: it can never forge a key marker. */
	public static String safe(String text) {
		return text == null ? "" : text.replace("<!--", "&lt;!--").replace("\r\n", "\n").replace('\r', '\n');
	}
}

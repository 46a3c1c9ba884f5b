package org.plans.dsl.ide.server;

import org.eclipse.lsp4j.Diagnostic;

/**
 * A diagnostic the server publishes, and may publish again unchanged after an edit
 * ({@link KeptDiagnostics}); it keeps the JSON text it was first written as
 * ({@link DiagnosticJson}), so that publishing it again copies that text. The server does not
 * change a diagnostic once it is made.
 */
public final class PublishedDiagnostic extends Diagnostic {

	/** The JSON text this diagnostic was written as, and the writer settings it was written with. */
	private transient String json;
	private transient Object writtenWith;

	/** A published diagnostic saying what {@code diagnostic} says. */
	public static PublishedDiagnostic of(Diagnostic diagnostic) {
		PublishedDiagnostic published = new PublishedDiagnostic();
		published.setRange(diagnostic.getRange());
		published.setSeverity(diagnostic.getSeverity());
		published.setCode(diagnostic.getCode());
		published.setCodeDescription(diagnostic.getCodeDescription());
		published.setSource(diagnostic.getSource());
		published.setMessage(diagnostic.getMessage());
		published.setTags(diagnostic.getTags());
		published.setRelatedInformation(diagnostic.getRelatedInformation());
		published.setData(diagnostic.getData());
		return published;
	}

	/**
	 * The JSON text written with {@code settings}, or null if it was not written so yet; the
	 * settings are compared by identity (the writer's are one object per combination).
	 */
	String json(Object settings) {
		return json != null && writtenWith == settings ? json : null;
	}

	void written(String text, Object settings) {
		json = text;
		writtenWith = settings;
	}
}

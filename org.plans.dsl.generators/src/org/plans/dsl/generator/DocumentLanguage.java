package org.plans.dsl.generator;

/**
 * The language every generated document declares (HTML {@code lang}, the PDF's catalog, Word's
 * core properties and spelling language): one tag, British English, as councils write.
 */
public final class DocumentLanguage {

	/** The BCP 47 tag. */
	public static final String TAG = "en-GB";

	private DocumentLanguage() {
	}
}

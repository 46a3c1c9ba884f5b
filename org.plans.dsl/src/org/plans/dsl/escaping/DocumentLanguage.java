package org.plans.dsl.escaping;

/**
 * The language every generated document declares (HTML {@code lang}, the PDF's catalog, Word's
 * core properties and spelling language, the import's review page, the served pages): one tag,
 * British English, as councils write. Here so that every module that writes a document can read it.
 */
public final class DocumentLanguage {

	/** The BCP 47 tag. */
	public static final String TAG = "en-GB";

	private DocumentLanguage() {
	}
}

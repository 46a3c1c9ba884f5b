package org.plans.dsl.ide.preview;

/** The answer to {@code plans/preview}: a complete HTML page, and the page it is. */
public class PreviewResult {

	private String html;
	private String kind;

	public PreviewResult() {
	}

	public PreviewResult(String html, String kind) {
		this.html = html;
		this.kind = kind;
	}

	public String getHtml() {
		return html;
	}

	public String getKind() {
		return kind;
	}
}

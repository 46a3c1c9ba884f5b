package org.plans.dsl.ide.preview;

/** The parameters of {@code plans/preview}: the document, and which page ({@code report}, {@code plan}, {@code checklist}, {@code by-lead}). */
public class PreviewParams {

	private String uri;
	private String kind;

	public PreviewParams() {
	}

	public PreviewParams(String uri, String kind) {
		this.uri = uri;
		this.kind = kind;
	}

	public String getUri() {
		return uri;
	}

	public void setUri(String uri) {
		this.uri = uri;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}
}

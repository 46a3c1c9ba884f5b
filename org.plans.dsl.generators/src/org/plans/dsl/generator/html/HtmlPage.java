package org.plans.dsl.generator.html;

import org.plans.dsl.escaping.DocumentLanguage;
import org.plans.dsl.escaping.Html;

/**
 * A complete, self-contained HTML page: inline CSS only, no scripts, no external assets,
 * laid out for screens and for printing on A4.
 */
public final class HtmlPage {

	private static final String CSS = """
			:root { color-scheme: light; }
			body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; background: #fff;
			  color: #1b1b1b; margin: 2em auto; max-width: 60em; padding: 0 1.5em; }
			h1 { font-size: 1.7em; margin: 0 0 .2em; }
			h2 { font-size: 1.3em; margin: 1.6em 0 .4em; border-bottom: 2px solid #1d4f91; padding-bottom: .15em; }
			h3 { font-size: 1.1em; margin: 1.2em 0 .3em; }
			p.meta { color: #505a5f; margin: .1em 0; }
			.text { white-space: pre-line; }
			table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
			th, td { border: 1px solid #b1b4b6; padding: .3em .45em; text-align: left; vertical-align: top; }
			th { background: #f3f2f1; }
			td.num, th.num { text-align: right; }
			ul.details { margin: .2em 0 0; padding-left: 1.2em; font-size: .92em; color: #383f43; }
			.rag { display: inline-block; min-width: 4.8em; padding: .05em .4em; border-radius: .3em; font-size: .9em;
			  font-weight: bold; text-align: center; border: 1px solid #0b0c0c; }
			.rag-red { background: #d4351c; color: #fff; }
			.rag-amber { background: #f47738; color: #0b0c0c; }
			.rag-green { background: #00703c; color: #fff; }
			.rag-blue { background: #1d70b8; color: #fff; }
			.rag-none { background: #fff; color: #505a5f; border-style: dashed; }
			.overdue { color: #b10e1e; font-weight: bold; }
			.done { color: #505a5f; }
			figure.chart { margin: .5em 0 1.5em; page-break-inside: avoid; break-inside: avoid; }
			figure.chart svg { width: 100%; max-width: 44em; height: auto; }
			figcaption { font-size: .9em; color: #505a5f; }
			@page { size: A4; margin: 15mm; }
			@media print {
			  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
			  h2 { page-break-after: avoid; break-after: avoid; }
			  tr, li { page-break-inside: avoid; break-inside: avoid; }
			  .rag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			}
			""";

	private HtmlPage() {
	}

	/** The page: {@code title} is plain text, {@code body} is markup built with {@link Html}. */
	public static String of(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"" + DocumentLanguage.TAG + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
				+ "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n" + body
				+ "</body>\n</html>\n";
	}
}

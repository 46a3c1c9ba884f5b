package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.escaping.DocumentLanguage;
import org.plans.dsl.escaping.Html;
import org.plans.dsl.rules.Rule;

/**
 * docs/rules.md (copied into the jar by the build) as HTML: the whole page, or one rule's section.
 * Just the Markdown docs/rules.md uses: headings, lists, fenced code, {@code `code`} and
 * {@code **bold**}; every text escaped. A rule's heading carries the anchors of both link forms,
 * {@code #PLAN-105} and {@code #plan-105-action-without-lead}.
 */
final class RulePages {

	static final String RESOURCE = "/org/plans/dsl/serve/rules.md";

	private static final Pattern RULE_HEADING = Pattern.compile("## (PLAN-\\d{3}) (\\S+)");
	private static final Pattern CODE = Pattern.compile("`([^`]+)`");
	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
	private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

	private final String markdown;

	private RulePages(String markdown) {
		this.markdown = markdown;
	}

	static RulePages load() {
		try (InputStream in = RulePages.class.getResourceAsStream(RESOURCE)) {
			return new RulePages(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every rule, as docs/rules.md has them. */
	String all() {
		return page("Validation rules", markdown.isEmpty() ? summaries() : markdown);
	}

	/** One rule's section, or its summary if the docs are not in the jar; empty for no rule. */
	Optional<String> rule(String code) {
		Optional<Rule> rule = Rule.byCode(code.toUpperCase(Locale.ROOT));
		if (rule.isEmpty()) {
			return Optional.empty();
		}
		String heading = "## " + rule.get().code() + " ";
		int start = markdown.indexOf(heading);
		String section;
		if (start < 0) {
			section = summary(rule.get());
		} else {
			int end = markdown.indexOf("\n## ", start + heading.length());
			section = markdown.substring(start, end < 0 ? markdown.length() : end);
		}
		return Optional.of(page(rule.get().code() + " " + rule.get().shortName(), section
				+ "\n\n[All rules](/rules)\n"));
	}

	private static String summaries() {
		StringBuilder text = new StringBuilder("# Validation rules\n");
		for (Rule rule : Rule.values()) {
			text.append('\n').append(summary(rule));
		}
		return text.toString();
	}

	private static String summary(Rule rule) {
		return "## " + rule.code() + " " + rule.shortName() + "\n\n- **Default severity:** "
				+ rule.defaultLevel().name().toLowerCase(Locale.ROOT) + "\n- **Checks:** " + rule.summary() + "\n";
	}

	private static String page(String title, String markdown) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + DocumentLanguage.TAG + "\"><head><meta charset=\"utf-8\"><title>")
				.append(Html.escape(title)).append("</title><style>body{font-family:sans-serif;max-width:50em;margin:2em auto;"
						+ "padding:0 1em;line-height:1.4}pre{background:#f4f4f4;padding:.5em;overflow:auto}</style></head><body>\n");
		boolean inCode = false;
		boolean inList = false;
		for (String line : markdown.split("\n", -1)) {
			if (line.startsWith("```")) {
				html.append(inCode ? "</pre>\n" : closeList(inList) + "<pre>");
				inList = false;
				inCode = !inCode;
				continue;
			}
			if (inCode) {
				html.append(Html.escape(line)).append('\n');
				continue;
			}
			if (line.startsWith("- ")) {
				html.append(inList ? "" : "<ul>").append("<li>").append(inline(line.substring(2))).append("</li>\n");
				inList = true;
				continue;
			}
			html.append(closeList(inList));
			inList = false;
			Matcher rule = RULE_HEADING.matcher(line);
			if (rule.matches()) {
				String anchor = rule.group(1).toLowerCase(Locale.ROOT) + "-" + rule.group(2);
				html.append("<h2 id=\"").append(Html.escape(rule.group(1))).append("\"><a id=\"").append(Html.escape(anchor))
						.append("\"></a>").append(inline(line.substring(3))).append("</h2>\n");
			} else if (line.startsWith("#")) {
				int level = Math.min(6, line.indexOf(' ') < 0 ? 1 : line.indexOf(' '));
				html.append("<h").append(level).append('>').append(inline(line.substring(level).strip())).append("</h")
						.append(level).append(">\n");
			} else if (!line.isBlank()) {
				html.append("<p>").append(inline(line)).append("</p>\n");
			}
		}
		html.append(inCode ? "</pre>" : "").append(closeList(inList)).append("</body></html>\n");
		return html.toString();
	}

	private static String closeList(boolean inList) {
		return inList ? "</ul>\n" : "";
	}

	private static String inline(String text) {
		String html = Html.escape(text);
		html = LINK.matcher(html).replaceAll(m -> m.group(1).equals("All rules") ? "<a href=\"/rules\">All rules</a>"
				: Matcher.quoteReplacement(m.group(1)));
		html = CODE.matcher(html).replaceAll("<code>$1</code>");
		return BOLD.matcher(html).replaceAll("<strong>$1</strong>");
	}
}

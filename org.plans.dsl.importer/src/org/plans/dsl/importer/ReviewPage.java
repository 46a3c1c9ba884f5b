package org.plans.dsl.importer;

import java.util.Arrays;
import java.util.List;

import org.plans.dsl.escaping.DocumentLanguage;
import org.plans.dsl.escaping.Html;

/**
 * The review page of an import ({@code plans import --report FILE.html}): warnings first, the
 * summary, the header rows dropped, then every source row beside what it became.
 */
public final class ReviewPage {

	private ReviewPage() {
	}

	public static String of(String source, ImportSummary summary, List<RowFate> rows) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + DocumentLanguage.TAG + "\">\n<head>\n<meta charset=\"utf-8\">\n");
		html.append("<title>Import of ").append(Html.escape(source)).append("</title>\n");
		html.append("<style>body{font-family:sans-serif}td,th{border:1px solid #999;padding:2px 6px;"
				+ "vertical-align:top}table{border-collapse:collapse}.warning{color:#a00}"
				+ ".dropped td{background:#fee}</style>\n</head>\n<body>\n");
		html.append("<h1>Import of ").append(Html.escape(source)).append("</h1>\n");
		for (String warning : summary.warnings()) {
			html.append("<p class=\"warning\">Warning: ").append(Html.escape(warning)).append("</p>\n");
		}
		html.append("<p>").append(Html.escape(summary.toString())).append("</p>\n");
		List<RowFate> dropped = rows.stream().filter(ReviewPage::isDropped).toList();
		html.append("<h2>Rows dropped (").append(dropped.size()).append(")</h2>\n");
		table(html, dropped);
		html.append("<h2>Every source row (").append(rows.size()).append(")</h2>\n");
		table(html, rows);
		return html.append("</body>\n</html>\n").toString();
	}

	private static boolean isDropped(RowFate row) {
		return row.fate() == RowFate.Fate.REPEATED_HEADER || row.fate() == RowFate.Fate.BLANK;
	}

	private static String cell(String text) {
		return String.join("<br>", Arrays.stream(text.split("\\R")).map(Html::escape).toList());
	}

	private static void table(StringBuilder html, List<RowFate> rows) {
		if (rows.isEmpty()) {
			html.append("<p>None.</p>\n");
			return;
		}
		html.append("<table>\n<tr><th>Where</th><th>Became</th><th>Cells</th></tr>\n");
		for (RowFate row : rows) {
			html.append(isDropped(row) ? "<tr class=\"dropped\">" : "<tr>").append("<td>")
					.append(Html.escape(row.origin())).append("</td><td>").append(Html.escape(row.fate().label()))
					.append(row.became().isEmpty() ? "" : ": <b>" + Html.escape(row.became()) + "</b>")
					.append("</td><td>");
			html.append(String.join(" | ",
					row.cells().stream().filter(c -> !c.isBlank()).map(ReviewPage::cell).toList()));
			html.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}
}

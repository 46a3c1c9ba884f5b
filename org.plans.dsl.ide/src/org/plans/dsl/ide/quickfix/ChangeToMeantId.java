package org.plans.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * "Change to 'sjs'" for a name that nothing declares, when the finding says which id it may mean
 * (a typo, the wrong case, or the person's name written for the id). The id comes from the
 * finding's data (see {@code PlansLinkingDiagnosticMessageProvider}): the name written, the id,
 * and for a name written for the id, the title; the rest of the title on the line goes too.
 */
final class ChangeToMeantId {

	private ChangeToMeantId() {
	}

	static void offer(Diagnostic diagnostic, DiagnosticResolutionAcceptor acceptor) {
		List<String> data = data(diagnostic.getData());
		if (data.size() < 2 || data.get(1).isEmpty()) {
			return;
		}
		acceptor.accept("Change to '" + data.get(1) + "'", (d, obj, document) -> {
			int start = document.getOffSet(d.getRange().getStart());
			int end = document.getOffSet(d.getRange().getEnd());
			return replacement(document.getContents(), start, end, data).map(r -> List.of(r.edit(document)))
					.orElse(List.of());
		});
	}

	/** The id for the name written from {@code start} to {@code end}, from the finding's data, if it names one. */
	static Optional<TextReplacement> replacement(String text, int start, int end, List<String> data) {
		if (data.size() < 2 || data.get(1).isEmpty()) {
			return Optional.empty();
		}
		String title = data.size() > 2 ? data.get(2) : null;
		int until = title == null ? end : endOfTitle(text, start, end, title);
		return Optional.of(new TextReplacement(start, until, data.get(1)));
	}

	/** The end of the title written from {@code start}, on one line, or {@code end} if the rest of it does not follow. */
	private static int endOfTitle(String text, int start, int end, String title) {
		String[] words = title.trim().split("\\s+");
		int at = start;
		for (String word : words) {
			while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
				at++;
			}
			if (!text.regionMatches(true, at, word, 0, word.length())) {
				return end;
			}
			at += word.length();
		}
		boolean wordEnds = at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
		return wordEnds && at >= end ? at : end;
	}

	/** The finding's data: a JSON array from the editor, or the strings of the issue. */
	static List<String> data(Object data) {
		List<String> result = new ArrayList<>();
		if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				result.add(element.isJsonPrimitive() ? element.getAsString() : "");
			}
		} else if (data instanceof String[] strings) {
			result.addAll(List.of(strings));
		} else if (data instanceof List<?> list) {
			list.forEach(item -> result.add(String.valueOf(item)));
		}
		return result;
	}
}

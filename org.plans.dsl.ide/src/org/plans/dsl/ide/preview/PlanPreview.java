package org.plans.dsl.ide.preview;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import org.eclipse.emf.ecore.resource.Resource;
import org.plans.dsl.escaping.Html;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.preview.PreviewKind;
import org.plans.dsl.preview.PreviewRenderer;

import com.google.inject.Inject;

/**
 * The preview every editor shows beside the text (language server request {@code plans/preview},
 * the Eclipse view, the browser page): a page made from the facts of the resource as last edited,
 * or a page saying in plain words why there is none.
 */
public class PlanPreview {

	private final PlanFactsCache facts;
	private final Optional<PreviewRenderer> renderer;

	/** With the renderer the installation provides ({@link ServiceLoader}), if any. */
	@Inject
	public PlanPreview(PlanFactsCache facts) {
		this(facts, ServiceLoader.load(PreviewRenderer.class, PreviewRenderer.class.getClassLoader()).findFirst()
				.orElse(null));
	}

	/** With this renderer (where service loading does not reach it, as in Eclipse). */
	public PlanPreview(PlanFactsCache facts, PreviewRenderer renderer) {
		this.facts = facts;
		this.renderer = Optional.ofNullable(renderer);
	}

	public String html(Resource resource, PreviewKind kind) {
		if (!resource.getErrors().isEmpty()) {
			List<String> errors = resource.getErrors().stream().limit(5)
					.map(e -> "Line " + e.getLine() + ": " + e.getMessage()).toList();
			return message("Fix the mistakes below to see the " + kind.id() + " again.", errors);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanFile file)
				|| file.getPlan() == null || file.getPlan().getName() == null) {
			return message("This file has no plan header (plan <id> \"Title\"), so there is nothing to preview.", List.of());
		}
		if (renderer.isEmpty()) {
			return message("Previews are not part of this installation of plans.", List.of());
		}
		try {
			return renderer.get().render(facts.of(file), kind);
		} catch (IOException | RuntimeException e) {
			return message("The " + kind.id() + " could not be made from this text.",
					List.of(String.valueOf(e.getMessage())));
		}
	}

	private static String message(String headline, List<String> details) {
		StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<title>Preview</title>\n</head>\n<body style=\"font-family: sans-serif\">\n<p role=\"status\">")
				.append(Html.escape(headline)).append("</p>\n");
		if (!details.isEmpty()) {
			sb.append("<ul>\n");
			details.forEach(d -> sb.append("<li>").append(Html.escape(d)).append("</li>\n"));
			sb.append("</ul>\n");
		}
		return sb.append("</body>\n</html>\n").toString();
	}
}

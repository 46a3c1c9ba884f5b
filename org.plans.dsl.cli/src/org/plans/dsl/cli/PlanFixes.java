package org.plans.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.cli.format.FileRewriter;
import org.plans.dsl.ide.quickfix.SafeFixes;
import org.plans.dsl.loading.PlanLoader;

/**
 * {@code plans validate --fix}: writes the {@link SafeFixes} into the files they were found in,
 * each through {@link FileRewriter} (atomic, never over an edit saved meanwhile, never a
 * read-only or hard-linked file), and says on standard error what it changed.
 */
final class PlanFixes {

	private static final String BOM = "\uFEFF";

	private PlanFixes() {
	}

	/** How many files were rewritten. */
	static int apply(PlanLoader.Loaded loaded, PrintWriter err) {
		int fixed = 0;
		for (Resource resource : List.copyOf(loaded.resourceSet().getResources())) {
			URI uri = resource.getURI();
			if (!(resource instanceof XtextResource xtext) || !uri.isFile()) {
				continue;
			}
			List<Issue> issues = loaded.issues().stream()
					.filter(i -> i.getUriToProblem() != null && uri.equals(i.getUriToProblem().trimFragment())).toList();
			Optional<String> text = issues.isEmpty() ? Optional.empty() : SafeFixes.apply(xtext, issues);
			if (text.isPresent() && write(Path.of(uri.toFileString()), xtext, text.get(), err)) {
				fixed++;
			}
		}
		return fixed;
	}

	private static boolean write(Path file, XtextResource resource, String fixed, PrintWriter err) {
		try {
			FileRewriter.Snapshot read = FileRewriter.read(file);
			String onDisk = new String(read.content(), StandardCharsets.UTF_8);
			String bom = onDisk.startsWith(BOM) ? BOM : "";
			String parsed = NodeModelUtils.getNode(resource.getContents().get(0))
					.getRootNode().getText();
			Optional<String> refusal = FileRewriter.refusal(file);
			if (refusal.isPresent() || !onDisk.substring(bom.length()).equals(parsed)) {
				err.println("plans: " + Paths.display(file) + ": not fixed ("
						+ refusal.orElse("the file changed after it was read") + ")");
				return false;
			}
			FileRewriter.replace(read, (bom + fixed).getBytes(StandardCharsets.UTF_8));
			err.println("plans: fixed " + Paths.display(file));
			return true;
		} catch (IOException e) {
			err.println("plans: " + Paths.display(file) + ": not fixed (" + e.getMessage() + ")");
			return false;
		}
	}
}

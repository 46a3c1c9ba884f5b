package org.plans.dsl.eclipse.editor.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.InProcessServerAccess;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;
import org.plans.dsl.eclipse.editor.markers.PlanMarkers;

/**
 * The quick fixes of a problem marker, from the language's quick fix provider (the one behind
 * the language server's code actions): the marker becomes the diagnostic the server would have
 * sent, and each fix's edits are applied to the document.
 */
public final class PlanFixes {

	private PlanFixes() {
	}

	/** Whether the language has fixes for the marker's rule at all. */
	public static boolean handles(IMarker marker) {
		return PlansLanguage.get(IQuickFixProvider.class).handlesDiagnostic(diagnostic(marker, null));
	}

	/** The fixes for the marker, computed on the document's current text; fixes that change nothing left out. */
	public static List<PlanFix> of(IMarker marker, IDocument document) {
		return PlanDocuments.readFresh(document, plan -> {
			Diagnostic diagnostic = diagnostic(marker, plan);
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(plan.document());
			options.setResource(plan.resource());
			options.setURI(plan.uri());
			options.setLanguageServerAccess(new InProcessServerAccess(plan));
			options.setCancelIndicator(CancelIndicator.NullImpl);
			options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(plan.uri()), diagnostic.getRange(),
					new CodeActionContext(List.of(diagnostic))));
			List<PlanFix> fixes = new ArrayList<>();
			for (DiagnosticResolution resolution : PlansLanguage.get(IQuickFixProvider.class).getResolutions(options,
					diagnostic)) {
				PlanFix fix = PlanFix.of(resolution.getLabel(), resolution.apply(), plan);
				if (!fix.edits().isEmpty()) {
					fixes.add(fix);
				}
			}
			return fixes;
		});
	}

	private static Diagnostic diagnostic(IMarker marker, ParsedPlan plan) {
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		Range range = plan == null ? new Range() : new Range(plan.position(start), plan.position(end));
		Diagnostic diagnostic = new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""),
				DiagnosticSeverity.Warning, "plans", marker.getAttribute(PlanMarkers.CODE, null));
		String data = marker.getAttribute(PlanMarkers.ISSUE_DATA, null);
		diagnostic.setData(data == null ? new String[0] : Arrays.asList(data.split("\u0000", -1)).toArray(String[]::new));
		return diagnostic;
	}
}

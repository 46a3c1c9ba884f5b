package org.plans.dsl.eclipse.editor.rename;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.InProcessServerAccess;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;
import org.plans.dsl.eclipse.editor.ProjectPlans;
import org.plans.dsl.ide.rename.NewIdCheck;

/**
 * Rename of a declaration across the files of its project, by the language's rename service
 * (the one behind the language server's rename), in process: the same edits, and the same
 * refusals (a keyword, text that is not an id, an id another declaration already has).
 */
public final class PlanRename {

	/** The edits of a rename, by file, or why there are none. */
	public record Outcome(Map<IFile, List<TextEdit>> edits, String refusal) {

		public boolean refused() {
			return refusal != null;
		}
	}

	private PlanRename() {
	}

	/** The name at the offset that rename would change, or nothing when the caret is on no name. */
	public static Optional<String> nameAt(IDocument document, int offset) {
		return PlanDocuments.read(document, plan -> {
			EObjectAtOffsetHelper at = PlansLanguage.get(EObjectAtOffsetHelper.class);
			EObject element = at.getElementWithNameAt(plan.resource(), offset);
			if (element == null && offset > 0) {
				element = at.getElementWithNameAt(plan.resource(), offset - 1);
			}
			EStructuralFeature name = element == null ? null : element.eClass().getEStructuralFeature("name");
			return name == null ? Optional.<String>empty() : Optional.ofNullable(element.eGet(name)).map(Object::toString);
		});
	}

	/** Why the declaration at the offset may not be renamed to {@code newId}, as the language server says it. */
	public static Optional<String> refusal(IDocument document, int offset, String newId) {
		return PlanDocuments.read(document, plan -> {
			EObject element = PlansLanguage.get(EObjectAtOffsetHelper.class).getElementWithNameAt(plan.resource(), offset);
			return PlansLanguage.get(NewIdCheck.class).refusal(element, newId);
		});
	}

	/** Renames the declaration at the offset to {@code newId} in every file that names it; the edits made, or the refusal. */
	public static Outcome rename(IDocument document, int offset, String newId) throws CoreException, BadLocationException {
		Outcome outcome = edits(document, offset, newId);
		if (!outcome.refused()) {
			RenameEdits.apply(outcome.edits());
		}
		return outcome;
	}

	/** The edits renaming the declaration at the offset (or the one a name there refers to) to {@code newId}. */
	public static Outcome edits(IDocument document, int offset, String newId) {
		return PlanDocuments.readFresh(document, plan -> {
			IRenameService2.Options options = new IRenameService2.Options();
			options.setLanguageServerAccess(new InProcessServerAccess(plan));
			options.setRenameParams(new RenameParams(new TextDocumentIdentifier(plan.uri()), plan.position(offset), newId));
			options.setCancelIndicator(CancelIndicator.NullImpl);
			WorkspaceEdit edit;
			try {
				edit = PlansLanguage.get(IRenameService2.class).rename(options);
			} catch (ResponseErrorException e) {
				return new Outcome(Map.of(), e.getResponseError().getMessage());
			}
			if (edit == null || edit.getChanges() == null || edit.getChanges().isEmpty()) {
				return new Outcome(Map.of(), "Put the caret on a name to rename it.");
			}
			Map<IFile, List<TextEdit>> byFile = new LinkedHashMap<>();
			List<IFile> files = plan.file() == null ? List.of() : ProjectPlans.files(plan.file().getProject());
			for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
				URI uri = URI.createURI(change.getKey());
				IFile file = files.stream().filter(f -> PlanDocuments.sameFile(PlanDocuments.uriOf(f), uri)).findFirst()
						.orElse(null);
				if (file == null) {
					return new Outcome(Map.of(), "The rename would change " + uri.lastSegment()
							+ ", which is not a plan of this project: nothing was changed.");
				}
				byFile.put(file, change.getValue());
			}
			return new Outcome(byFile, null);
		});
	}
}

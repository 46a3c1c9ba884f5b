package org.plans.dsl.ide.quickfix;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.naming.PlansQualifiedNameConverter;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Due;
import org.plans.dsl.plans.Start;
import org.plans.dsl.plans.Element;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.SponsorItem;

/** Quick fixes for the common findings, offered as LSP code actions. */
public class PlansQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private static final String INDENT = "    ";

	/** {@code lead sjs} where nobody is called sjs: declare the person after the other parties. */
	@QuickFix(FixableCodes.UNRESOLVED_REFERENCE)
	public void declareMissingPerson(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare the missing person", (diagnostic, obj, document) -> {
			if (!(obj instanceof LeadItem || obj instanceof SponsorItem)) {
				return List.of();
			}
			String written = document.getSubstring(diagnostic.getRange()).trim();
			String name = written.substring(written.lastIndexOf(PlansQualifiedNameConverter.DELIMITER) + 1)
					.replace(":", "");
			PlanFile file = EcoreUtil2.getContainerOfType(obj, PlanFile.class);
			if (name.isEmpty() || file == null) {
				return List.of();
			}
			EObject after = file.getPlan();
			for (Element element : file.getElements()) {
				if (element instanceof Party) {
					after = element;
				}
			}
			int offset = end(after);
			String declaration = "\nperson " + name + " \"" + name + "\"";
			return List.of(new TextEdit(range(document, offset, offset), declaration));
		});
	}

	/** An action without {@code due}: add one, at the end of the plan's period if it gives one. */
	@QuickFix(FixableCodes.MISSING_DEADLINE)
	public void addMissingDeadline(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add a deadline", (diagnostic, obj, document) -> {
			Action action = EcoreUtil2.getContainerOfType(obj, Action.class);
			if (action == null) {
				return List.of();
			}
			String due = "due " + deadlineFor(action);
			String indent = indentOf(action, document);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(action);
			ILeafNode brace = braceOf(node);
			if (brace == null) {
				int offset = end(action);
				String block = " {\n" + indent + INDENT + due + "\n" + indent + "}";
				return List.of(new TextEdit(range(document, offset, offset), block));
			}
			int offset = action.getMembers().isEmpty() ? brace.getEndOffset()
					: end(action.getMembers().get(action.getMembers().size() - 1));
			return List.of(new TextEdit(range(document, offset, offset), "\n" + indent + INDENT + due));
		});
	}

	/** Milestones written out of date order: rewrite them in order, in the same places. */
	@QuickFix(FixableCodes.MILESTONES_OUT_OF_ORDER)
	public void putMilestonesInOrder(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Put the milestones in date order", (diagnostic, obj, document) -> {
			EObject container = obj instanceof Milestone ? obj.eContainer() : obj;
			if (container == null) {
				return List.of();
			}
			List<Milestone> written = Members.of(container, Milestone.class);
			List<Milestone> ordered = new ArrayList<>(written);
			ordered.sort(Comparator.comparing(m -> DateSpan.lastDayOf(m.getDate()).orElse(LocalDate.MAX)));
			List<TextEdit> edits = new ArrayList<>();
			for (int i = 0; i < written.size(); i++) {
				if (written.get(i) != ordered.get(i)) {
					ICompositeNode place = NodeModelUtils.findActualNodeFor(written.get(i));
					edits.add(new TextEdit(range(document, place.getOffset(), place.getEndOffset()),
							NodeModelUtils.findActualNodeFor(ordered.get(i)).getText().trim()));
				}
			}
			return edits;
		});
	}

	/** A second start or due line: remove it, or keep it and remove the first. */
	@QuickFix(FixableCodes.REPEATED_DATE_LINE)
	public void removeRepeatedLine(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove this line", (diagnostic, obj, document) -> {
			if (!(obj instanceof Start || obj instanceof Due)) {
				return List.of();
			}
			return List.of(removeLine(document, obj));
		});
		acceptor.accept("Keep this line, remove the first", (diagnostic, obj, document) -> {
			if (!(obj instanceof Start || obj instanceof Due)) {
				return List.of();
			}
			EObject first = Members.first(obj.eContainer(), obj.getClass()).map(EObject.class::cast).orElse(obj);
			return first == obj ? List.of() : List.of(removeLine(document, first));
		});
	}

	/** Removes the text of {@code obj}, and its line with it when nothing else is written before it on that line. */
	private static TextEdit removeLine(Document document, EObject obj) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(obj);
		String text = document.getContents();
		int start = node.getOffset();
		while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
			start--;
		}
		if (start > 0 && text.charAt(start - 1) == '\n') {
			start--;
			if (start > 0 && text.charAt(start - 1) == '\r') {
				start--;
			}
		} else {
			start = node.getOffset();
		}
		return new TextEdit(range(document, start, node.getEndOffset()), "");
	}

	private static String deadlineFor(Action action) {
		PlanFile file = EcoreUtil2.getContainerOfType(action, PlanFile.class);
		return PlanFacts.of(file).coversTo().map(DateSpan::text).orElse(YearMonth.now().toString());
	}

	private static ILeafNode braceOf(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if ("{".equals(leaf.getText())) {
				return leaf;
			}
		}
		return null;
	}

	private static String indentOf(EObject obj, Document document) {
		int offset = NodeModelUtils.findActualNodeFor(obj).getOffset();
		String line = document.getLineContent(document.getPosition(offset).getLine());
		int column = 0;
		while (column < line.length() && (line.charAt(column) == ' ' || line.charAt(column) == '\t')) {
			column++;
		}
		return line.substring(0, column);
	}

	private static int end(EObject obj) {
		return NodeModelUtils.findActualNodeFor(obj).getEndOffset();
	}

	private static Range range(Document document, int start, int end) {
		Position from = document.getPosition(start);
		Position to = document.getPosition(end);
		return new Range(from, to);
	}

}

package org.plans.dsl.ide.quickfix;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.serializer.IChangeSerializer.IModification;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.naming.PlansQualifiedNameConverter;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Due;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.PlansFactory;
import org.plans.dsl.plans.SponsorItem;
import org.plans.dsl.plans.Start;
import org.plans.dsl.plans.Timing;
import org.plans.dsl.rules.Rule;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes for the common findings, offered as LSP code actions. The fixes of each rule are
 * looked up by its {@link Rule}. Fixes that add a member to a block change the model and leave
 * the layout of the new text to the formatter; fixes that add a line between others, move or
 * remove text edit it, so that comments stay where the author wrote them.
 */
public class PlansQuickfixProvider implements IQuickFixProvider {

	/** A fix that does not apply to this finding: an empty edit, which the code actions leave out. */
	private static final IModification<EObject> NO_CHANGE = context -> {
	};

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	private final Map<Rule, Consumer<DiagnosticResolutionAcceptor>> fixes = Map.of(
			Rule.UNRESOLVED_REFERENCE, this::declareMissingPerson,
			Rule.ACTION_WITHOUT_DEADLINE, this::addMissingDeadline,
			Rule.OUT_OF_ORDER, this::putMilestonesInOrder,
			Rule.REPEATED_DATE_LINE, this::removeRepeatedLine);

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return fixesFor(diagnostic).isPresent();
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		if (ruleOf(diagnostic).orElse(null) == Rule.UNRESOLVED_REFERENCE) {
			ChangeToMeantId.offer(diagnostic, acceptor);
		}
		fixesFor(diagnostic).ifPresent(fix -> fix.accept(acceptor));
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private Optional<Consumer<DiagnosticResolutionAcceptor>> fixesFor(Diagnostic diagnostic) {
		return ruleOf(diagnostic).map(fixes::get);
	}

	private static Optional<Rule> ruleOf(Diagnostic diagnostic) {
		if (diagnostic == null || diagnostic.getCode() == null || !diagnostic.getCode().isLeft()) {
			return Optional.empty();
		}
		return Rule.byCode(diagnostic.getCode().getLeft());
	}

	/**
	 * {@code lead sjs} where nobody is called sjs: declare the person on the line after the last
	 * party (or after the plan's header). Textual, so that a comment after that line stays on its own.
	 */
	public void declareMissingPerson(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare the missing person", (diagnostic, obj, document) -> {
			PlanFile file = EcoreUtil2.getContainerOfType(obj, PlanFile.class);
			if (!(obj instanceof LeadItem || obj instanceof SponsorItem) || file == null) {
				return List.of();
			}
			String written = document.getSubstring(diagnostic.getRange()).trim();
			String name = written.substring(written.lastIndexOf(PlansQualifiedNameConverter.DELIMITER) + 1)
					.replace(":", "");
			if (name.isEmpty()) {
				return List.of();
			}
			EObject last = file.getPlan();
			String separator = "\n\n";
			for (EObject element : file.getElements()) {
				if (element instanceof Party) {
					last = element;
					separator = "\n";
				}
			}
			String text = document.getContents();
			String newline = text.contains("\r\n") ? "\r\n" : "\n";
			int end = lineEnd(text, NodeModelUtils.findActualNodeFor(last).getEndOffset());
			String person = separator.replace("\n", newline) + "person " + name + " \"" + name + "\"";
			return List.of(new TextEdit(range(document, end, end), person));
		});
	}

	/** An action without {@code due}: add one, at the end of the plan's period if it gives one. */
	public void addMissingDeadline(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add a deadline", (Diagnostic diagnostic, EObject obj) -> {
			Action action = EcoreUtil2.getContainerOfType(obj, Action.class);
			if (action == null) {
				return NO_CHANGE;
			}
			String deadline = deadlineFor(action);
			return context -> {
				Timing when = PlansFactory.eINSTANCE.createTiming();
				when.setDate(deadline);
				Due due = PlansFactory.eINSTANCE.createDue();
				due.setWhen(when);
				action.getMembers().add(due);
			};
		});
	}

	/** Milestones written out of date order: rewrite them in order, in the same places. */
	public void putMilestonesInOrder(DiagnosticResolutionAcceptor acceptor) {
		// textual: moving the written text keeps each milestone's comments and the author's layout
		acceptor.accept("Put the milestones in date order", (diagnostic, obj, document) -> milestonesInOrder(obj)
				.stream().map(r -> r.edit(document)).toList());
	}

	/** The milestones of the block of {@code obj} (or of its milestone) rewritten in date order, in the same places. */
	static List<TextReplacement> milestonesInOrder(EObject obj) {
		EObject container = obj instanceof Milestone ? obj.eContainer() : obj;
		if (container == null) {
			return List.of();
		}
		List<Milestone> written = Members.of(container, Milestone.class);
		List<Milestone> ordered = new ArrayList<>(written);
		ordered.sort(Comparator.comparing(m -> DateSpan.lastDayOf(m.getDate()).orElse(LocalDate.MAX)));
		List<TextReplacement> replacements = new ArrayList<>();
		for (int i = 0; i < written.size(); i++) {
			if (written.get(i) != ordered.get(i)) {
				ICompositeNode place = NodeModelUtils.findActualNodeFor(written.get(i));
				replacements.add(new TextReplacement(place.getOffset(), place.getEndOffset(),
						NodeModelUtils.findActualNodeFor(ordered.get(i)).getText().trim()));
			}
		}
		return replacements;
	}

	/** A second start or due line: remove it, or keep it and remove the first. */
	public void removeRepeatedLine(DiagnosticResolutionAcceptor acceptor) {
		// textual: the comment at the end of the removed line stays, which a model change would drop
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

	/** The end of the line {@code offset} is on, before its line break: after any comment there. */
	private static int lineEnd(String text, int offset) {
		int end = text.indexOf('\n', offset);
		if (end < 0) {
			return text.length();
		}
		return end > offset && text.charAt(end - 1) == '\r' ? end - 1 : end;
	}

	private static String deadlineFor(Action action) {
		PlanFile file = EcoreUtil2.getContainerOfType(action, PlanFile.class);
		return PlanFacts.of(file).coversTo().map(DateSpan::text).orElse(YearMonth.now().toString());
	}

	private static Range range(Document document, int start, int end) {
		Position from = document.getPosition(start);
		Position to = document.getPosition(end);
		return new Range(from, to);
	}

}

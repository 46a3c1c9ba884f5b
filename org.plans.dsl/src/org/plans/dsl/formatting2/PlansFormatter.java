package org.plans.dsl.formatting2;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Element;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Team;
import org.plans.dsl.plans.Unit;

/**
 * The layout of a plan file: single spaces between words, one member per line inside
 * {@code { }} blocks indented by four spaces (a block of one member written on one line
 * stays on one line), a blank line around every top-level element with a block. One-line declarations keep the author's grouping (at most one blank line),
 * and so do members inside blocks; a long declaration the author wrapped stays wrapped, its
 * later lines indented one step. Comments stay where they are.
 * <p>
 * Each method lays out the inside of its element; the container places the element on its
 * line. Every gap between two words that no rule mentions gets the default: one space, or
 * the author's line break.
 */
public class PlansFormatter extends AbstractJavaFormatter {

	/** The gaps some rule has set in this run; the others get the default at the end. */
	private final Set<IHiddenRegion> ruled = new HashSet<>();

	protected void format(PlanFile file, IFormattableDocument doc) {
		ruled.clear();
		rule(doc, previousGap(file.getPlan()), this::noSpace);
		continuation(file.getPlan(), doc);
		doc.format(file.getPlan());
		EObject previous = file.getPlan();
		for (Element element : file.getElements()) {
			boolean apart = hasBlock(previous) || hasBlock(element);
			rule(doc, previousGap(element), p -> p.setNewLines(apart ? 2 : 1, apart ? 2 : 1, 2));
			continuation(element, doc);
			doc.format(element);
			previous = element;
		}
		for (ISemanticRegion region : allSemanticRegions(file)) {
			if (",".equals(region.getText())) {
				rule(doc, region.getPreviousHiddenRegion(), this::noSpace);
			}
		}
		ISemanticRegion last = lastSemanticRegion(file);
		if (last != null) {
			rule(doc, last.getNextHiddenRegion(), p -> {
				p.setNewLines(1);
				p.highPriority();
			});
		}
		for (ISemanticRegion region : allSemanticRegions(file)) {
			IHiddenRegion gap = region.getNextHiddenRegion();
			if (!ruled.contains(gap)) {
				rule(doc, gap, this::wordGap);
			}
		}
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		return new KeptComment(comment);
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new IndentedHiddenRegion(region, formatting);
	}

	protected void format(Plan plan, IFormattableDocument doc) {
		block(plan, plan.getDetails(), doc);
	}

	protected void format(Source source, IFormattableDocument doc) {
		block(source, source.getMembers(), doc);
	}

	protected void format(Board board, IFormattableDocument doc) {
		block(board, board.getMembers(), doc);
	}

	/** {@code team dmt "..." { members km, lj }}: one line when written so, else the members line indented. */
	protected void format(Team team, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(team).keyword("{");
		ISemanticRegion close = regionFor(team).keyword("}");
		if (open == null || close == null) {
			return;
		}
		rule(doc, open.getPreviousHiddenRegion(), this::oneSpace);
		if (open.getNextSemanticRegion() == close) {
			rule(doc, open.getNextHiddenRegion(), this::noSpace);
		} else if (writtenOnOneLine(open, close)) {
			rule(doc, open.getNextHiddenRegion(), this::oneSpace);
			rule(doc, close.getPreviousHiddenRegion(), this::oneSpace);
		} else {
			doc.interior(open, close, this::indent);
			rule(doc, open.getNextHiddenRegion(), this::newLine);
			rule(doc, close.getPreviousHiddenRegion(), this::newLine);
		}
	}

	protected void format(Measure measure, IFormattableDocument doc) {
		block(measure, measure.getMembers(), doc);
	}

	protected void format(Priority priority, IFormattableDocument doc) {
		block(priority, priority.getMembers(), doc);
	}

	protected void format(Objective objective, IFormattableDocument doc) {
		block(objective, objective.getMembers(), doc);
	}

	protected void format(Action action, IFormattableDocument doc) {
		block(action, action.getMembers(), doc);
	}

	protected void format(Target target, IFormattableDocument doc) {
		block(target, target.getPoints(), doc);
	}

	/** Declarations and members without a block of their own: their words get the default gaps. */
	protected void format(EObject obj, IFormattableDocument doc) {
	}

	/** {@code £350}, {@code 15%}, {@code 4 weeks}. */
	protected void format(Quantity quantity, IFormattableDocument doc) {
		ISemanticRegion currency = regionFor(quantity).feature(PlansPackage.Literals.QUANTITY__CURRENCY);
		if (currency != null) {
			rule(doc, currency.getNextHiddenRegion(), this::noSpace);
		}
		ISemanticRegion unit = regionFor(quantity).feature(PlansPackage.Literals.QUANTITY__UNIT);
		if (unit != null && quantity.getUnit() == Unit.PERCENT) {
			rule(doc, unit.getPreviousHiddenRegion(), this::noSpace);
		}
	}

	/** Members one per line between the braces, indented; nested elements lay out their own inside. */
	private void block(EObject owner, List<? extends EObject> members, IFormattableDocument doc) {
		for (EObject member : members) {
			doc.format(member);
		}
		formatQuantities(owner, doc);
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		if (open == null || close == null) {
			return;
		}
		rule(doc, open.getPreviousHiddenRegion(), p -> {
			p.oneSpace();
			p.setNewLines(0);
		});
		if (members.isEmpty()) {
			rule(doc, open.getNextHiddenRegion(), this::noSpace);
			return;
		}
		if (members.size() == 1 && writtenOnOneLine(open, close)) {
			rule(doc, open.getNextHiddenRegion(), this::oneSpace);
			rule(doc, close.getPreviousHiddenRegion(), this::oneSpace);
			return;
		}
		doc.interior(open, close, this::indent);
		boolean first = true;
		for (EObject member : members) {
			continuation(member, doc);
			if (first) {
				rule(doc, previousGap(member), this::newLine);
			} else {
				rule(doc, previousGap(member), p -> p.setNewLines(1, 1, 2));
			}
			first = false;
		}
		rule(doc, close.getPreviousHiddenRegion(), this::newLine);
	}

	/**
	 * A declaration or member the author wrapped over several lines keeps its line breaks (at
	 * most one in a row), and the lines after its first are indented one step further.
	 */
	private void continuation(EObject line, IFormattableDocument doc) {
		Iterator<ISemanticRegion> regions = allSemanticRegions(line).iterator();
		ISemanticRegion first = regions.hasNext() ? regions.next() : null;
		ISemanticRegion open = regionFor(line).keyword("{");
		ISemanticRegion last = open != null ? open.getPreviousSemanticRegion() : lastSemanticRegion(line);
		if (first == null || last == null || first.getEndOffset() >= last.getEndOffset()) {
			return;
		}
		rule(doc, first.getNextHiddenRegion(), this::wordGap);
		doc.set(first.getNextHiddenRegion(), last.getNextHiddenRegion(), this::indent);
	}

	/** A block of one member that the author wrote on one line, {@code { due 2019-12 }}, stays so. */
	private static boolean writtenOnOneLine(ISemanticRegion open, ISemanticRegion close) {
		String text = open.getTextRegionAccess().textForOffset(open.getOffset(), close.getEndOffset() - open.getOffset());
		return !text.contains("\n") && !text.contains("//") && !text.contains("/*");
	}

	/** The default gap between two words: one space, or the author's line break (at most one). */
	private void wordGap(IHiddenRegionFormatter gap) {
		gap.oneSpace();
		gap.setNewLines(0, 0, 1);
	}

	private void rule(IFormattableDocument doc, IHiddenRegion gap, Procedure1<? super IHiddenRegionFormatter> init) {
		if (gap != null) {
			ruled.add(gap);
			doc.set(gap, init);
		}
	}

	private IHiddenRegion previousGap(EObject obj) {
		return regionForEObject(obj).getPreviousHiddenRegion();
	}

	/** Quantities sit in one-line members (targets, milestones, costs) that have no method of their own. */
	private void formatQuantities(EObject owner, IFormattableDocument doc) {
		for (EObject child : owner.eContents()) {
			if (child instanceof Quantity) {
				doc.format(child);
			} else if (!hasOwnMethod(child)) {
				formatQuantities(child, doc);
			}
		}
	}

	private static boolean hasOwnMethod(EObject obj) {
		return obj instanceof Plan || obj instanceof Element || obj instanceof Action || obj instanceof Objective
				|| obj instanceof Target;
	}

	private boolean hasBlock(EObject element) {
		return regionFor(element).keyword("{") != null;
	}

	private ISemanticRegion lastSemanticRegion(EObject obj) {
		ISemanticRegion last = null;
		for (ISemanticRegion region : allSemanticRegions(obj)) {
			last = region;
		}
		return last;
	}
}

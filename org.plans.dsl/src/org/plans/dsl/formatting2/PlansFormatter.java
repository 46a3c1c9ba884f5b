package org.plans.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
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
import org.plans.dsl.plans.Unit;

/**
 * The layout of a plan file: single spaces between words, one member per line inside
 * {@code { }} blocks indented by four spaces, a blank line around every top-level element
 * with a block. One-line declarations keep the author's grouping (at most one blank line),
 * and so do members inside blocks. Comments stay where they are.
 * <p>
 * Each method lays out the inside of its element; the container places the element on its
 * line.
 */
public class PlansFormatter extends AbstractJavaFormatter {

	protected void format(PlanFile file, IFormattableDocument doc) {
		for (ISemanticRegion region : allSemanticRegions(file)) {
			doc.append(region, p -> {
				p.oneSpace();
				p.lowPriority();
			});
			if (",".equals(region.getText())) {
				doc.prepend(region, this::noSpace);
			}
		}
		doc.prepend(file.getPlan(), this::noSpace);
		doc.format(file.getPlan());
		EObject previous = file.getPlan();
		for (Element element : file.getElements()) {
			boolean apart = hasBlock(previous) || hasBlock(element);
			doc.prepend(element, p -> p.setNewLines(apart ? 2 : 1, apart ? 2 : 1, 2));
			doc.format(element);
			previous = element;
		}
		ISemanticRegion last = lastSemanticRegion(file);
		if (last != null) {
			doc.append(last, p -> {
				p.setNewLines(1);
				p.highPriority();
			});
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

	/** Declarations and members without a block of their own: their words are spaced by {@link #format(PlanFile, IFormattableDocument)}. */
	protected void format(EObject obj, IFormattableDocument doc) {
	}

	/** {@code £350}, {@code 15%}, {@code 4 weeks}. */
	protected void format(Quantity quantity, IFormattableDocument doc) {
		doc.append(regionFor(quantity).feature(PlansPackage.Literals.QUANTITY__CURRENCY), this::noSpace);
		if (quantity.getUnit() == Unit.PERCENT) {
			doc.prepend(regionFor(quantity).feature(PlansPackage.Literals.QUANTITY__UNIT), this::noSpace);
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
		if (members.isEmpty()) {
			doc.append(open, this::noSpace);
			return;
		}
		doc.interior(open, close, this::indent);
		boolean first = true;
		for (EObject member : members) {
			if (first) {
				doc.prepend(member, this::newLine);
			} else {
				doc.prepend(member, p -> p.setNewLines(1, 1, 2));
			}
			first = false;
		}
		doc.prepend(close, this::newLine);
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

package org.plans.dsl.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.resource.ChangedRegion;
import org.plans.dsl.resource.PlansResource;

/**
 * The issues the last validation of a file edited in place made of each finding, with the text
 * they were made for and where the node of the finding's object was in it. A finding kept across
 * an edit ({@link ActionFindings}: the same diagnostic object) whose object's node the edit did not
 * touch has the same issues again: as they were if the node is before the edit, and moved by
 * what the edit added or removed if it is after it, on a later line than the edit's end (on the
 * edit's last line its columns changed). Any other finding is converted again. The node being
 * the same object with the same length, wholly on one side of the one region in which the two
 * texts differ ({@link ChangedRegion}), means nothing in it was parsed again; and an element
 * replaced by partial parsing is replaced by one element, so the containment paths of the
 * objects around it ({@link Issue#getUriToProblem()}) stay as they were.
 */
final class KeptIssues extends AdapterImpl {

	/** The issues of one finding, and where its object's node was then. */
	record Conversion(List<Issue> issues, INode node, int nodeOffset, int nodeLength) {
	}

	final String text;

	final Map<Diagnostic, Conversion> byDiagnostic;

	KeptIssues(String text, Map<Diagnostic, Conversion> byDiagnostic) {
		this.text = text;
		this.byDiagnostic = byDiagnostic;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == KeptIssues.class;
	}

	static KeptIssues of(PlansResource resource) {
		for (Object adapter : resource.eAdapters()) {
			if (adapter instanceof KeptIssues kept) {
				return kept;
			}
		}
		return null;
	}

	static void store(PlansResource resource, KeptIssues kept) {
		resource.eAdapters().removeIf(KeptIssues.class::isInstance);
		resource.eAdapters().add(kept);
	}

	/** A validation of {@code resource}, now of {@code text}, reusing what {@code before} made. */
	static final class Run {
		private final PlansResource resource;
		private final KeptIssues before;
		private final String text;
		private final ChangedRegion edit;
		private final int lines;
		private final Map<Diagnostic, Conversion> next = new IdentityHashMap<>();

		Run(PlansResource resource, KeptIssues before, String text) {
			this.resource = resource;
			this.before = before;
			this.text = text;
			this.edit = before == null ? null : ChangedRegion.between(before.text, text);
			this.lines = edit == null ? 0 : lineBreaks(edit.text()) - lineBreaks(before.text.substring(edit.offset(), edit.offset() + edit.length()));
		}

		/** The issues of {@code finding} as the last validation made them, moved by the edit; null if they must be made again. */
		List<Issue> kept(Diagnostic finding) {
			Conversion was = before == null ? null : before.byDiagnostic.get(finding);
			EObject object = was == null ? null : object(finding);
			if (object == null || object.eResource() != resource) {
				return null;
			}
			INode node = NodeModelUtils.getNode(object);
			if (node != was.node() || node.getTotalLength() != was.nodeLength()) {
				return null;
			}
			int offset = node.getTotalOffset();
			if (edit == null || was.nodeOffset() + was.nodeLength() <= edit.offset()) {
				return offset == was.nodeOffset() ? remember(finding, was, was.issues()) : null;
			}
			int oldEnd = edit.offset() + edit.length();
			int newEnd = edit.offset() + edit.text().length();
			int shift = newEnd - oldEnd;
			if (was.nodeOffset() < oldEnd || offset != was.nodeOffset() + shift) {
				return null;
			}
			List<Issue> moved = new ArrayList<>(was.issues().size());
			for (Issue issue : was.issues()) {
				Issue now = moved(issue, shift, newEnd);
				if (now == null) {
					return null;
				}
				moved.add(now);
			}
			return remember(finding, new Conversion(moved, node, offset, was.nodeLength()), moved);
		}

		/** Keeps what was made anew of {@code finding} for the next validation. */
		void made(Diagnostic finding, List<Issue> issues) {
			EObject object = object(finding);
			INode node = object == null ? null : NodeModelUtils.getNode(object);
			if (node != null) {
				next.put(finding, new Conversion(issues, node, node.getTotalOffset(), node.getTotalLength()));
			}
		}

		KeptIssues result() {
			return new KeptIssues(text, next);
		}

		private List<Issue> remember(Diagnostic finding, Conversion conversion, List<Issue> issues) {
			next.put(finding, conversion);
			return issues;
		}

		/** {@code issue} after the edit before it, or null if its columns may have changed. */
		private Issue moved(Issue issue, int shift, int newEnd) {
			if (issue.getOffset() == null || issue.getLineNumber() == null || issue.getLineNumberEnd() == null) {
				return null;
			}
			int offset = issue.getOffset() + shift;
			if (offset < newEnd || text.lastIndexOf('\n', offset - 1) < newEnd) {
				return null;
			}
			Issue.IssueImpl now = new Issue.IssueImpl();
			now.setOffset(offset);
			now.setLength(issue.getLength());
			now.setLineNumber(issue.getLineNumber() + lines);
			now.setColumn(issue.getColumn());
			now.setLineNumberEnd(issue.getLineNumberEnd() + lines);
			now.setColumnEnd(issue.getColumnEnd());
			now.setCode(issue.getCode());
			now.setMessage(issue.getMessage());
			now.setSyntaxError(issue.isSyntaxError());
			now.setUriToProblem(issue.getUriToProblem());
			now.setSeverity(issue.getSeverity());
			now.setType(issue.getType());
			now.setData(issue.getData());
			return now;
		}

		private static EObject object(Diagnostic finding) {
			List<?> data = finding.getData();
			return !data.isEmpty() && data.get(0) instanceof EObject object ? object : null;
		}

		private static int lineBreaks(String text) {
			int count = 0;
			for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
				count++;
			}
			return count;
		}
	}
}

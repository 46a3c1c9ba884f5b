package org.plans.dsl.validation;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.resource.TextShift;

/**
 * The issue made for a finding, with where its object was: the object's node and that node's
 * offset, and the object's place in its containers (the issue's URI is that path). A finding
 * kept across an edit (the same diagnostic, {@link PlansDiagnostician}) sits on an object whose
 * text the edit did not change, so its issue only moves with the text before it; {@code end} is
 * where the issue ends, so that an issue before the edit is kept without reading it.
 */
record KeptIssue(Issue issue, URI file, EObject causer, INode node, int nodeOffset, int end, int[] path) {

	/** The kept issue for {@code issue} on {@code causer}; null if its place cannot be kept. */
	static KeptIssue of(Issue issue, EObject causer) {
		INode node = NodeModelUtils.getNode(causer);
		int[] path = path(causer);
		return node == null || path == null || issue.getOffset() == null || issue.getLength() == null
				|| issue.getUriToProblem() == null ? null
						: new KeptIssue(issue, issue.getUriToProblem().trimFragment(), causer, node, node.getTotalOffset(),
								issue.getOffset() + issue.getLength(), path);
	}

	/**
	 * The issue for the finding now: this one if nothing before its object moved, one moved with
	 * the object's text, or null if the object is no longer where it was (another path, another node).
	 * {@code shift}, when known, is the one edit since this issue was made ({@link TextShift}): an
	 * issue ending before it or starting on a line after it is moved without a look-up, and its
	 * object's path is not walked when the edit replaced one element in place (an object outside it
	 * keeps its path, one inside it was unloaded and has no node), nor its node looked up when it
	 * was outside that element's text: such a finding costs no look-up in the objects or the text.
	 */
	Issue now(Resource resource, TextShift shift) {
		boolean inPlace = shift != null && shift.inPlace();
		if (!resource.getURI().equals(file)
				|| !(inPlace && shift.outsideReplaced(nodeOffset)) && NodeModelUtils.getNode(causer) != node
				|| !inPlace && !samePath(resource)) {
			return null;
		}
		if (shift != null && shift.endsBefore(end)) {
			return issue;
		}
		if (shift != null && shift.startsOnLaterLine(issue.getOffset())) {
			return shift.lines() == 0 ? MovedIssue.of(issue, issue.getOffset() + shift.chars())
					: moved(issue.getOffset() + shift.chars(), issue.getLineNumber() + shift.lines(), issue.getColumn(),
							issue.getLineNumberEnd() + shift.lines(), issue.getColumnEnd());
		}
		int offset = issue.getOffset() + node.getTotalOffset() - nodeOffset;
		LineAndColumn start = NodeModelUtils.getLineAndColumn(node, offset);
		LineAndColumn last = NodeModelUtils.getLineAndColumn(node, offset + issue.getLength());
		boolean samePlace = start.getLine() == issue.getLineNumber() && start.getColumn() == issue.getColumn()
				&& last.getLine() == issue.getLineNumberEnd() && last.getColumn() == issue.getColumnEnd();
		if (samePlace) {
			return offset == issue.getOffset() ? issue : MovedIssue.of(issue, offset);
		}
		return moved(offset, start.getLine(), start.getColumn(), last.getLine(), last.getColumn());
	}

	private Issue moved(int offset, int line, int column, int lineEnd, int columnEnd) {
		Issue.IssueImpl moved = new Issue.IssueImpl();
		copy(issue, moved);
		moved.setOffset(offset);
		moved.setLength(issue.getLength());
		moved.setLineNumber(line);
		moved.setColumn(column);
		moved.setLineNumberEnd(lineEnd);
		moved.setColumnEnd(columnEnd);
		return moved;
	}

	/** Copies what an issue says, not where it is. */
	static void copy(Issue issue, Issue.IssueImpl to) {
		to.setCode(issue.getCode());
		to.setMessage(issue.getMessage());
		to.setSeverity(issue.getSeverity());
		to.setType(issue.getType());
		to.setData(issue.getData());
		to.setSyntaxError(issue.isSyntaxError());
		to.setUriToProblem(issue.getUriToProblem());
	}

	KeptIssue at(Issue now) {
		return now == issue ? this
				: new KeptIssue(now, file, causer, node, node.getTotalOffset(), now.getOffset() + now.getLength(), path);
	}

	/** Whether the object is at the same index of the same containers in {@code resource}: its URI fragment is the same. */
	private boolean samePath(Resource resource) {
		InternalEObject current = (InternalEObject) causer;
		for (int i = 0; i < path.length - 1; i++) {
			InternalEObject container = current.eInternalContainer();
			EReference feature = current.eContainmentFeature();
			if (container == null || feature == null) {
				return false;
			}
			Object value = container.eGet(feature, false);
			if (feature.isMany() ? !at((List<?>) value, path[i], current) : path[i] != -1 || value != current) {
				return false;
			}
			current = container;
		}
		return current.eDirectResource() == resource && at(resource.getContents(), path[path.length - 1], current);
	}

	private static boolean at(List<?> list, int index, Object object) {
		return index >= 0 && index < list.size() && list.get(index) == object;
	}

	/** The index of each object from {@code causer} up in its container's list (-1 for a single value), then of the root in the resource. */
	private static int[] path(EObject causer) {
		int depth = 0;
		for (InternalEObject o = (InternalEObject) causer; o.eDirectResource() == null; o = o.eInternalContainer()) {
			if (o.eInternalContainer() == null || o.eContainmentFeature() == null) {
				return null;
			}
			depth++;
		}
		int[] path = new int[depth + 1];
		InternalEObject current = (InternalEObject) causer;
		for (int i = 0; i < depth; i++) {
			EReference feature = current.eContainmentFeature();
			InternalEObject container = current.eInternalContainer();
			path[i] = feature.isMany() ? ((List<?>) container.eGet(feature, false)).indexOf(current) : -1;
			current = container;
		}
		path[depth] = current.eDirectResource().getContents().indexOf(current);
		return path;
	}
}

package org.plans.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;
import org.plans.dsl.parser.PlansTokenRegionProvider;

/**
 * A plan file. Linking and unloading as Xtext's, with two costs taken out that made every
 * edit of a large file in the language server take seconds.
 * <ul>
 * <li>The error of a name that now resolves: Xtext finds it by building the unresolved-name
 * message again and comparing messages, for every reference that resolves once the file has any
 * error. The plans message searches every name in scope for a "did you mean" (see
 * {@code PlansLinkingDiagnosticMessageProvider}). A reference's linking error is the one at its
 * node, so it is removed by position, without a message.</li>
 * <li>Unloading (the language server unloads a file before loading its new text): EMF turns
 * every object into a proxy with a path to it, so that other files' references to it find the
 * object in the new text. Only declarations can be referred to; the other objects (leads,
 * dates, progress notes: most of a plan) are not given a path.</li>
 * <li>Reading: a lone carriage return (old Mac line ends) is read as a line feed. Xtext counts
 * either as a line break, but its line and column arithmetic reads past the end of a text that
 * ends in a lone carriage return, failing every error report on such a file. Same length,
 * same lines, same offsets.</li>
 * <li>A new text of a loaded file ({@link #updateText}): the changed region is parsed again,
 * not the whole file, and the links outside it are kept where a fresh link would find the
 * same targets ({@link KeptLinks}).</li>
 * </ul>
 */
public class PlansResource extends LazyLinkingResource {

	private static final Map<EClass, Boolean> REFERABLE = new ConcurrentHashMap<>();

	private KeptLinks keptLinks;

	private EditLog editLog;

	private final List<ReplacedElement> replacing = new ArrayList<>();

	private final ReferenceSources referenceSources = new ReferenceSources();

	private final KeptExports keptExports = new KeptExports();

	/** Changes whenever the file's parse result does (a load, an edit, a reparse, an unload). */
	private int textVersion;

	/** How the last {@link #update} moved the text; null when it could not say. */
	private TextShift lastShift;

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		try (Reader reader = super.createReader(inputStream)) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
				text.append(buffer, 0, n);
			}
			return new StringReader(withLineFeeds(text));
		}
	}

	/**
	 * From now on the file's edits are logged ({@link #editLog}), so that its next validation keeps
	 * its findings for the edit after it; the language server does this for each file it builds, so
	 * that the first edit after opening a file does not check all of it again.
	 */
	public void keepFindings() {
		if (editLog == null) {
			editLog = new EditLog();
		}
	}

	/**
	 * Brings the loaded file to {@code text} without loading it again: only the region that
	 * differs from the current text is parsed again (Xtext's partial parsing, which keeps the
	 * objects outside it), then the file is linked again. The same text links it again only.
	 */
	public void updateText(String text) {
		updateText(text, true);
	}

	/**
	 * As {@link #updateText(String)}; {@code onlyChange} says that no other file changed with
	 * this one, so that links outside the edited element may be kept ({@link KeptLinks}).
	 */
	public void updateText(String text, boolean onlyChange) {
		String next = withLineFeeds(new StringBuilder(text));
		String before = getParseResult().getRootNode().getText();
		ChangedRegion changed = ChangedRegion.between(before, next);
		keepFindings();
		if (changed == null) {
			editLog.changedWhole();
			relink();
		} else {
			keptLinks = onlyChange ? new KeptLinks(getResourceServiceProvider().get(IDefaultResourceDescriptionStrategy.class))
					: null;
			replacing.clear();
			try {
				int boundary = tokenBoundaryBefore(before, changed.offset());
				boolean movesLines = lineBreaks(changed.text(), 0, changed.text().length()) != lineBreaks(before,
						changed.offset(), changed.offset() + changed.length());
				PlansTokenRegionProvider.from(boundary, () -> {
					update(changed.offset(), changed.length(), changed.text());
					return null;
				});
				logEdit();
				if (movesLines) {
					editLog.markLinesMoved();
				}
			} catch (RuntimeException failure) {
				editLog.changedWhole();
				referenceSources.forget();
				keptExports.forget();
				throw failure;
			} finally {
				keptLinks = null;
				replacing.clear();
			}
		}
		getCache().clear(this);
	}

	/**
	 * The start of a token well before {@code offset} (three tokens before the line it is on), where
	 * lexing the new text may start; 0 near the start of the file.
	 */
	private int tokenBoundaryBefore(String text, int offset) {
		INode root = getParseResult().getRootNode();
		int boundary = text.lastIndexOf('\n', Math.max(0, offset - 1));
		for (int i = 0; i < 3 && boundary > 0; i++) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, boundary - 1);
			boundary = leaf == null ? 0 : Math.min(boundary - 1, leaf.getTotalOffset());
		}
		return Math.max(0, boundary);
	}

	private static int lineBreaks(String text, int from, int to) {
		int count = 0;
		for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
			count++;
		}
		return count;
	}

	/** Records the edit just made: one element replaced with its links kept, else the whole file. */
	private void logEdit() {
		if (keptLinks != null && keptLinks.keeping() && replacing.size() == 1 && replacing.get(0) != null) {
			editLog.replaced(replacing.get(0));
		} else {
			editLog.changedWhole();
		}
	}

	/**
	 * Xtext's update of a region of the text, which also notes how it moved the text around it
	 * ({@link #shiftSince}).
	 */
	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		IParseResult parsed = getParseResult();
		String before = parsed == null || parsed.getRootNode() == null ? null : parsed.getRootNode().getText();
		int from = textVersion;
		int replaced = replacing.size();
		lastShift = null;
		super.update(offset, replacedTextLength, newText);
		ReplacedElement element = replacing.size() == replaced + 1 ? replacing.get(replaced) : null;
		boolean inPlace = element != null && element.container().eResource() == this && element.inPlace();
		lastShift = before == null ? null
				: TextShift.of(before, offset, replacedTextLength, newText, from, textVersion,
						inPlace ? element : null);
	}

	/**
	 * How the text moved since version {@code version} ({@link #textVersion}) if that was one
	 * {@link #update}; null otherwise (other changes, or none).
	 */
	public TextShift shiftSince(int version) {
		TextShift shift = lastShift;
		return shift != null && shift.from() == version && shift.to() == textVersion && version != textVersion ? shift
				: null;
	}

	/** The version of the file's text and objects: it changes whenever they are parsed anew, in whole or in part. */
	public int textVersion() {
		return textVersion;
	}

	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		textVersion++;
		super.updateInternalState(oldParseResult, newParseResult);
	}

	@Override
	protected void updateInternalState(IParseResult newParseResult) {
		textVersion++;
		super.updateInternalState(newParseResult);
	}

	/**
	 * The in-place edits since the file's findings were last worked out; null if the file was
	 * never edited in place (it was loaded, as the command line does).
	 */
	public EditLog editLog() {
		return editLog;
	}

	@Override
	protected void doUnload() {
		textVersion++;
		super.doUnload();
		referenceSources.forget();
		keptExports.forget();
		if (editLog != null) {
			editLog.changedWhole();
		}
	}

	/** Partial parsing is about to replace {@code element} of this file ({@code PlansUnloader}). */
	public void replacing(EObject element) {
		if (keptLinks != null) {
			keptLinks.replacing(element);
		}
		EObject container = element.eContainer();
		EStructuralFeature feature = element.eContainingFeature();
		if (container == null || feature == null) {
			replacing.add(null);
		} else {
			List<?> values = feature.isMany() ? (List<?>) container.eGet(feature) : null;
			// partial parsing unloads the old element before it changes the node model: these are the old offsets
			INode node = NodeModelUtils.getNode(element);
			replacing.add(new ReplacedElement(container, feature, values == null ? -1 : values.indexOf(element),
					values == null ? -1 : values.size(), node == null ? -1 : node.getTotalOffset(),
					node == null ? -1 : node.getTotalEndOffset(), element.eClass(), ReplacedElement.classesIn(element)));
		}
	}

	/** The links the linker may keep in the linking under way; null when it links everything again. */
	public KeptLinks keptLinks() {
		return keptLinks;
	}

	/** Whether {@link #updateText} can bring this file to a new text: it is loaded and parsed. */
	public boolean canUpdateText() {
		return isLoaded() && getParseResult() != null && getParseResult().getRootNode() != null;
	}

	private static String withLineFeeds(StringBuilder text) {
		for (int i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
			if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
				text.setCharAt(i, '\n');
			}
		}
		return text.toString();
	}

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (getErrors().isEmpty() && getWarnings().isEmpty()) {
			return;
		}
		INode node = triple.getThird();
		removeLinkingDiagnosticAt(getErrors(), node);
		removeLinkingDiagnosticAt(getWarnings(), node);
	}

	private static void removeLinkingDiagnosticAt(List<Diagnostic> diagnostics, INode node) {
		if (!diagnostics.isEmpty()) {
			diagnostics.removeIf(d -> d instanceof XtextLinkingDiagnostic
					&& ((XtextLinkingDiagnostic) d).getOffset() == node.getOffset()
					&& ((XtextLinkingDiagnostic) d).getLength() == node.getLength());
		}
	}

	@Override
	protected void unloaded(InternalEObject object) {
		if (referable(object.eClass())) {
			super.unloaded(object);
		} else {
			object.eAdapters().clear();
		}
	}

	/** Whether a reference can point to objects of this class: it is a cross-reference's type or a subtype of one. */
	static boolean referable(EClass eClass) {
		return REFERABLE.computeIfAbsent(eClass, PlansResource::isCrossReferenceTarget);
	}

	private static boolean isCrossReferenceTarget(EClass eClass) {
		for (EClassifier classifier : eClass.getEPackage().getEClassifiers()) {
			if (classifier instanceof EClass owner) {
				for (EReference reference : owner.getEReferences()) {
					if (!reference.isContainment() && !reference.isContainer()
							&& reference.getEReferenceType().isSuperTypeOf(eClass)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Set by a linking that kept links, until the next linking: the file's only lazy links are
	 * the proxies it recorded (the linker makes no others).
	 */
	private boolean onlyRecordedProxies;

	/**
	 * Links as Xtext does; afterwards, when links were kept, notes that the file's only proxies
	 * are those this linking recorded (kept links are resolved objects still in a file).
	 */
	@Override
	protected void doLinking() {
		onlyRecordedProxies = false;
		super.doLinking();
		onlyRecordedProxies = keptLinks != null && keptLinks.keeping();
		if (onlyRecordedProxies) {
			referenceSources.linked(keptLinks);
			EObject replacement = keptLinks.replacement();
			keptExports.linked(keptLinks, replacement == null ? null : getURIFragment(replacement));
		} else {
			referenceSources.forget();
			keptExports.forget();
		}
	}

	/** The index's last copies of the exported objects ({@link PlansResourceDescription#exportedCopies}). */
	KeptExports keptExports() {
		return keptExports;
	}

	/** Which objects the index entry reads for links into other files ({@link PlansResourceDescription}). */
	ReferenceSources referenceSources() {
		return referenceSources;
	}


	/**
	 * Resolves the file's lazy links. After a linking that kept links, only the links it made
	 * proxies are resolved (the builder's call after an edit, and the index's when it lists the
	 * file's references), not every object of the file: the result is the same, since every
	 * other link is already resolved.
	 */
	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		if (!onlyRecordedProxies) {
			super.resolveLazyCrossReferences(monitor);
			return;
		}
		CancelIndicator cancel = monitor == null ? CancelIndicator.NullImpl : monitor;
		for (Triple<EObject, EReference, INode> proxy : new ArrayList<>(getLazyProxyInformation())) {
			if (proxy != null && proxy.getFirst().eResource() == this) {
				operationCanceledManager.checkCanceled(cancel);
				resolveLazyCrossReference((InternalEObject) proxy.getFirst(), proxy.getSecond());
			}
		}
	}
}

package org.plans.dsl.eclipse.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.plans.dsl.loading.PlanLoader;

/**
 * Parses editor documents for the IDE services, in process. A document of a workspace file is
 * parsed with the project's other {@code .plan} files beside it (the open, possibly unsaved,
 * text of each), as the command line loads a folder; the last parse of each document is kept
 * until its text changes. Xtext resources are not thread-safe, so every use goes through
 * {@link #read}, one at a time.
 */
public final class PlanDocuments {

	private static final Object LOCK = new Object();
	private static final Map<IDocument, ParsedPlan> LAST = new WeakHashMap<>();

	private PlanDocuments() {
	}

	/** Runs {@code work} on the document as parsed now, holding the language's lock. */
	public static <T> T read(IDocument document, Function<ParsedPlan, T> work) {
		synchronized (LOCK) {
			return work.apply(parse(document));
		}
	}

	/**
	 * Runs {@code work} on a parse of its own, which {@code work} may change (quick fixes edit
	 * the model); the kept parse is not touched.
	 */
	public static <T> T readFresh(IDocument document, Function<ParsedPlan, T> work) {
		synchronized (LOCK) {
			ParsedPlan kept = LAST.remove(document);
			try {
				return work.apply(parse(document));
			} finally {
				LAST.remove(document);
				if (kept != null) {
					LAST.put(document, kept);
				}
			}
		}
	}

	/** The workspace file of an editor's document, or null. */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() || file.getParent().exists() ? file : null;
	}

	/** Whether the document is a plan: a {@code .plan} file, or a document no file is behind. */
	public static boolean isPlan(IDocument document) {
		IFile file = fileOf(document);
		return file == null || PlanLoader.EXTENSION.equals("." + file.getFileExtension());
	}

	/** The file URI the language gives a workspace file (as {@link PlanLoader} does). */
	public static URI uriOf(IFile file) {
		IPath location = file.getLocation();
		return location == null ? URI.createURI("platform:/resource" + file.getFullPath())
				: URI.createFileURI(location.toOSString());
	}

	/** Whether two URIs name the same file ({@code file:///x}, as LSP writes it, and {@code file:/x} alike). */
	public static boolean sameFile(URI a, URI b) {
		return a.equals(b) || a.isFile() && b.isFile() && a.path() != null && a.path().equals(b.path());
	}

	private static ParsedPlan parse(IDocument document) {
		long stamp = stamp(document);
		ParsedPlan last = LAST.get(document);
		if (last != null && last.stamp() == stamp && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			return last;
		}
		IFile file = fileOf(document);
		XtextResourceSet resourceSet = PlansLanguage.get(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		if (file != null) {
			for (IFile other : ProjectPlans.files(file.getProject())) {
				if (!other.equals(file)) {
					load(resourceSet, uriOf(other), textOf(other));
				}
			}
		}
		URI uri = file == null ? URI.createURI("inmemory:/document.plan") : uriOf(file);
		String text = document.get();
		XtextResource resource = load(resourceSet, uri, text);
		ParsedPlan parsed = new ParsedPlan(resource, new Document(1, text), file, stamp);
		LAST.put(document, parsed);
		return parsed;
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 d ? d.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	private static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** A file's text: what its open editor holds, else what is on disk. */
	static String textOf(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get();
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			return "";
		}
	}
}

package org.plans.dsl.eclipse.editor.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.plans.dsl.eclipse.editor.markers.PlanMarkers;

/** The workbench as the tests drive it: projects of plan files, editors, the display loop. */
final class Workbench {

	private Workbench() {
	}

	static Path examples() {
		return Path.of(System.getProperty("plans.examples"));
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A new project holding a copy of the folder's files (the folder structure kept). */
	static IProject project(String name, Path folder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String relative = folder.relativize(file).toString();
				write(project.getFile(relative), Files.readString(file));
			}
		}
		return project;
	}

	/** Writes (creating folders) a file's text, as an edit outside the editor would. */
	static IFile write(IFile file, String text) throws CoreException {
		mkdirs(file.getParent());
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, IResource.FORCE, null);
		} else {
			file.create(in, IResource.FORCE, null);
		}
		return file;
	}

	private static void mkdirs(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			mkdirs(folder.getParent());
			folder.create(true, true, null);
		}
	}

	static ITextEditor open(IFile file) throws PartInitException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), file, true);
		spin(300);
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static StyledText text(ITextEditor editor) {
		return (StyledText) editor.getAdapter(Control.class);
	}

	/** Runs the display loop until the condition holds, failing after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted waiting for " + what);
				}
			}
		}
	}

	/** Runs the display loop for a while (editors lay themselves out, reconcilers run). */
	static void spin(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	static List<IMarker> markers(IResource resource) {
		try {
			return List.of(resource.findMarkers(PlanMarkers.TYPE, false, IResource.DEPTH_INFINITE));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	static String text(IFile file) {
		try {
			return new String(file.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}

package org.plans.dsl.serve.lsp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IExternalContentSupport.IExternalContentProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.plans.dsl.serve.folder.FileListener;
import org.plans.dsl.serve.folder.PathRefused;
import org.plans.dsl.serve.folder.PlanFolder;
import org.plans.dsl.serve.folder.Versions;

import com.google.inject.Injector;

/**
 * The one index of the folder as it is on disk, shared by every language-server session: the
 * plans are read and indexed once when the server starts, and each file again once when it is
 * saved or changed on disk, however many browsers are connected. A session starts from it and
 * takes every file it has not opened from it ({@link SessionProjectManager}); what a session's
 * author has typed and not saved is in that session's index only. Only the files
 * {@link PlanFolder#list()} lists are indexed (no hidden names, no links out of the folder).
 */
public final class FolderIndex {

	private final PlanFolder folder;
	private final ProjectManager disk;
	private final UriExtensions uris;
	private final PrintStream log;
	private final AtomicInteger filesRead = new AtomicInteger();
	private final Map<URI, String> versions = new HashMap<>();
	/** Replaced, never changed, by each update: sessions copy it without a lock. */
	private volatile IndexState state = new IndexState();

	FolderIndex(PlanFolder folder, Injector injector, PrintStream log) {
		this.folder = folder;
		this.disk = injector.getInstance(ProjectManager.class);
		this.uris = injector.getInstance(UriExtensions.class);
		this.log = log;
		ProjectDescription description = new ProjectDescription();
		description.setName("disk");
		Map<String, ResourceDescriptionsData> index = new HashMap<>();
		disk.initialize(description, new IndexOnly(uri(folder.root())), (uri, issues) -> {
		}, new NoOpenDocuments(), () -> index, CancelIndicator.NullImpl);
	}

	/** Reads and indexes every plan of the folder. */
	synchronized void build() {
		List<URI> files = new ArrayList<>();
		try {
			for (String path : folder.list()) {
				String version = versionOf(path);
				if (version != null) {
					URI uri = uri(folder.root().resolve(path));
					versions.put(uri, version);
					files.add(uri);
				}
			}
		} catch (IOException e) {
			log.println("plans serve: could not list the folder: " + e.getMessage());
		}
		build(files, List.of());
	}

	/**
	 * Indexes the file again (or drops it) after a save or a change on disk; false when its bytes
	 * are the ones indexed already (the folder watcher reporting a save made through the server).
	 */
	synchronized boolean changed(Path file, FileListener.Change change) {
		URI uri = uri(file);
		String version = change == FileListener.Change.DELETED ? null : versionOf(relative(file));
		if (Objects.equals(version, versions.get(uri))) {
			return false;
		}
		if (version == null) {
			versions.remove(uri);
			build(List.of(), List.of(uri));
		} else {
			versions.put(uri, version);
			build(List.of(uri), List.of());
		}
		return true;
	}

	private String relative(Path file) {
		try {
			return folder.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
		} catch (IllegalArgumentException e) {
			return "";
		}
	}

	/** The version of a plan of the folder, or null if it is not one (missing, refused, not a .plan). */
	private String versionOf(String path) {
		if (!path.endsWith(".plan")) {
			return null;
		}
		try {
			return Versions.of(folder.read(path));
		} catch (PathRefused | IOException e) {
			return null;
		}
	}

	private void build(List<URI> dirty, List<URI> deleted) {
		try {
			disk.doBuild(dirty, deleted, List.of(), CancelIndicator.NullImpl);
			filesRead.addAndGet(dirty.size());
		} catch (RuntimeException e) {
			log.println("plans serve: could not index " + dirty + ": " + e);
		}
		state = disk.getIndexState();
	}

	/** A copy of the index for a new session (cheap: the descriptions themselves are shared). */
	IndexState copy() {
		IndexState now = state;
		return new IndexState(now.getResourceDescriptions().copy(), now.getFileMappings().copy());
	}

	/** The file's description on disk, or null if the folder has no such plan. */
	IResourceDescription description(URI uri) {
		return state.getResourceDescriptions().getResourceDescription(uri);
	}

	/** How many plan files have been read from disk to build the index (for the tests: once per file and change). */
	public int filesRead() {
		return filesRead.get();
	}

	URI uri(Path file) {
		return uris.toUri(file.toAbsolutePath().normalize().toUri().toString());
	}

	/** The folder, indexed and not validated (each session checks what its author opens). */
	private static final class IndexOnly extends FileProjectConfig {

		IndexOnly(URI root) {
			super(root, "disk");
			addSourceFolder(".");
		}

		@Override
		public boolean isIndexOnly() {
			return true;
		}
	}

	/** The disk index reads the files: no editor's text is in it. */
	private static final class NoOpenDocuments implements IExternalContentProvider {

		@Override
		public String getContent(URI uri) {
			return null;
		}

		@Override
		public boolean hasContent(URI uri) {
			return false;
		}

		@Override
		public IExternalContentProvider getActualContentProvider() {
			return this;
		}
	}
}

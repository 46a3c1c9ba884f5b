package org.plans.dsl.ide.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's project builder, with one gap closed: a build that is cancelled by the next edit may
 * already have published a file's diagnostics, computed against the cancelled edit; the index goes
 * back to its state before that build, so the next build may see no change that affects the file,
 * and its stale errors stayed in the editor. Every file published by a cancelled build is checked
 * again by the next one.
 */
public class PlansProjectManager extends ProjectManager {

	/** Files whose diagnostics a cancelled build published: checked again by the next build. */
	private final Set<URI> toCheckAgain = Collections.synchronizedSet(new LinkedHashSet<>());

	/** Files whose diagnostics the running build has published. */
	private final Set<URI> published = Collections.synchronizedSet(new LinkedHashSet<>());

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		Set<URI> dirty = new LinkedHashSet<>(dirtyFiles);
		synchronized (toCheckAgain) {
			dirty.addAll(toCheckAgain);
		}
		deletedFiles.forEach(dirty::remove);
		published.clear();
		try {
			IncrementalBuilder.Result result = super.doBuild(new ArrayList<>(dirty), deletedFiles, externalDeltas,
					cancelIndicator);
			toCheckAgain.clear();
			return result;
		} catch (RuntimeException | Error e) {
			// cancelled (or failed): what this build published may rest on an index that is rolled back
			toCheckAgain.addAll(published);
			throw e;
		}
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		request.setAfterValidate((uri, issues) -> {
			published.add(uri);
			return publish.afterValidate(uri, issues);
		});
		return request;
	}
}

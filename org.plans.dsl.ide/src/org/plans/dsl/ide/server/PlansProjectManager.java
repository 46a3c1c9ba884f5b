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
 * Xtext's project builder, with two gaps closed. A build that the next edit cancels went on
 * publishing the diagnostics it had computed for the text before that edit, so the editor showed
 * them for a moment (~100 ms) before the next build's: once cancelled, a build publishes nothing
 * more, and the files it did not publish are checked by the next build. And a build cancelled
 * after it published a file's diagnostics rests on an index that goes back to its state before
 * that build, so the next build may see no change that affects the file, and its stale errors
 * stayed in the editor: every file published by a cancelled build is checked again by the next one.
 */
public class PlansProjectManager extends ProjectManager {

	/** Files whose diagnostics a cancelled build published: checked again by the next build. */
	private final Set<URI> toCheckAgain = Collections.synchronizedSet(new LinkedHashSet<>());

	/** Files whose diagnostics the running build has published. */
	private final Set<URI> published = Collections.synchronizedSet(new LinkedHashSet<>());

	/** Files the running build validated after it was cancelled, and so did not publish. */
	private final Set<URI> unpublished = Collections.synchronizedSet(new LinkedHashSet<>());

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		Set<URI> dirty = new LinkedHashSet<>(dirtyFiles);
		synchronized (toCheckAgain) {
			dirty.addAll(toCheckAgain);
		}
		deletedFiles.forEach(dirty::remove);
		published.clear();
		unpublished.clear();
		try {
			IncrementalBuilder.Result result = super.doBuild(new ArrayList<>(dirty), deletedFiles, externalDeltas,
					cancelIndicator);
			toCheckAgain.clear();
			toCheckAgain.addAll(unpublished);
			return result;
		} catch (RuntimeException | Error e) {
			// cancelled (or failed): what this build published may rest on an index that is rolled back
			toCheckAgain.addAll(published);
			toCheckAgain.addAll(unpublished);
			throw e;
		}
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		request.setAfterValidate((uri, issues) -> {
			if (cancelIndicator.isCanceled()) {
				// computed for a text the editor no longer holds: the next build publishes this file
				unpublished.add(uri);
				return false;
			}
			published.add(uri);
			return publish.afterValidate(uri, issues);
		});
		return request;
	}
}

package org.plans.dsl.serve.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.ide.server.PlansProjectManager;

import com.google.inject.Inject;

/**
 * A session's project: the shared {@link FolderIndex} with the session's open documents over it.
 * The session starts from a copy of the folder's index instead of reading the folder; a file it
 * has not opened is taken from the folder's index when it changes (read once for every session,
 * not once per session), and only the documents its author has open are parsed and checked
 * here, from the author's text. A file that is neither open nor a plan of the folder is not read
 * (not when it changes, not when a request names it).
 */
public class SessionProjectManager extends PlansProjectManager {

	@Inject
	private FolderIndex folder;

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		setIndexState(folder.copy());
		return doBuild(List.of(), List.of(), List.of(), cancelIndicator);
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		List<URI> dirty = new ArrayList<>();
		List<URI> deleted = new ArrayList<>(deletedFiles);
		List<IResourceDescription.Delta> deltas = new ArrayList<>(externalDeltas);
		ResourceDescriptionsData index = getIndexState().getResourceDescriptions().copy();
		List<URI> fromDisk = new ArrayList<>();
		for (URI uri : dirtyFiles) {
			if (open(uri)) {
				dirty.add(uri);
				continue;
			}
			IResourceDescription before = index.getResourceDescription(uri);
			IResourceDescription onDisk = folder.description(uri);
			if (onDisk == null && before != null) {
				deleted.add(uri); // closed, and not a plan of the folder (any more)
			} else if (onDisk != null && onDisk != before) {
				index.addDescription(uri, onDisk);
				deltas.add(new DefaultResourceDescriptionDelta(before, onDisk));
				fromDisk.add(uri);
			}
		}
		if (fromDisk.isEmpty()) {
			return super.doBuild(dirty, deleted, deltas, cancelIndicator);
		}
		IndexState before = getIndexState();
		setIndexState(new IndexState(index, before.getFileMappings().copy()));
		fromDisk.forEach(this::unload);
		try {
			return super.doBuild(dirty, deleted, deltas, cancelIndicator);
		} catch (RuntimeException | Error e) {
			// cancelled by the next edit: the files stay queued, and the next build takes them again
			setIndexState(before);
			throw e;
		}
	}

	/** A document the author has open, or a plan of the folder; never another file (a link out, an absolute URI). */
	@Override
	public Resource getResource(URI uri) {
		if (!open(uri) && folder.description(uri) == null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"plans serve reads only the plans of its folder and the documents open in this page", null));
		}
		return super.getResource(uri);
	}

	/** Drops the session's loaded copy (of a document it had open), so that it is read from disk when asked for. */
	private void unload(URI uri) {
		XtextResourceSet resources = getResourceSet();
		Resource loaded = resources == null ? null : resources.getResource(uri, false);
		if (loaded != null) {
			loaded.unload();
			resources.getResources().remove(loaded);
		}
	}

	private boolean open(URI uri) {
		return getOpenedDocumentsContentProvider().hasContent(uri);
	}
}

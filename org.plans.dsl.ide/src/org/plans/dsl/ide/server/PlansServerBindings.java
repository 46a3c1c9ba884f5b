package org.plans.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;

import com.google.inject.AbstractModule;

/**
 * What the plans language server changes in Xtext's {@code ServerModule}, for {@code plans lsp}
 * and for each session of {@code plans serve}: the server, the project builder and the build.
 */
public class PlansServerBindings extends AbstractModule {

	@Override
	protected void configure() {
		bind(LanguageServerImpl.class).to(PlansLanguageServerImpl.class);
		bind(ProjectManager.class).to(PlansProjectManager.class);
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(InPlaceBuilder.class);
		bind(Indexer.class).to(PlansIndexer.class);
	}
}

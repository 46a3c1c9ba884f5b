package org.plans.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.util.Modules;

/** Starts the plans language server on standard input and output. */
public final class PlansLanguageServer {

	private PlansLanguageServer() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(PlansLanguageServer.class.getName(), args, Modules.override(new ServerModule())
				.with(binder -> {
					binder.bind(LanguageServerImpl.class).to(PlansLanguageServerImpl.class);
					binder.bind(ProjectManager.class).to(PlansProjectManager.class);
				}));
	}
}

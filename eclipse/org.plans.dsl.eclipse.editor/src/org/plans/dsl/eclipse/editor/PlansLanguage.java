package org.plans.dsl.eclipse.editor;

import org.plans.dsl.ide.PlansIdeSetup;

import com.google.inject.Injector;

/** The plans language with its IDE services, started once for the workbench (no language server). */
public final class PlansLanguage {

	private static Injector injector;

	private PlansLanguage() {
	}

	/** The injector of {@link PlansIdeSetup}: the language and the services the language server offers. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new PlansIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}

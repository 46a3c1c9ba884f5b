package org.plans.dsl.cli;

import org.plans.dsl.PlansStandaloneSetup;

import com.google.inject.Injector;

/** The plans language's services, set up once per process. */
final class Language {

	private static Injector injector;

	private Language() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}

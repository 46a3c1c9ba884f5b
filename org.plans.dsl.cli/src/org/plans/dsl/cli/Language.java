package org.plans.dsl.cli;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.plans.dsl.PlansRuntimeModule;
import org.plans.dsl.PlansStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * The plans language's services, set up once per process. Setting them up takes a good part
 * of a short run (EMF's packages, the grammar, the Guice bindings), so commands that need them
 * start it on another thread while the command line is read and the input files are checked.
 */
final class Language {

	/** The commands that read plans. */
	private static final Set<String> READERS = Set.of("validate", "format", "generate", "import", "sync");

	private static Injector injector;

	private Language() {
	}

	/**
	 * Starts setting up on another thread if {@code args} name a command that reads plans. One
	 * thread only: EMF's package registry is a plain map, filled as the packages initialise.
	 */
	static void prepare(String... args) {
		if (List.of(args).stream().noneMatch(READERS::contains)) {
			return;
		}
		shortRunGuice();
		Thread thread = new Thread(() -> {
			try {
				injector();
			} catch (RuntimeException | LinkageError e) {
				// the command's thread sets up again, and reports what goes wrong
			}
		}, "plans-setup");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Guice settings for a process that injects once and exits: reflection instead of generating
	 * a class per injected type (135 classes that no class-data archive can hold), and no call
	 * stacks recorded for every binding. About 60 ms of a seed-size validation. Set before Guice
	 * loads; a -D on the command line wins.
	 */
	private static void shortRunGuice() {
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		if (System.getProperty("guice_include_stack_traces") == null) {
			System.setProperty("guice_include_stack_traces", "OFF");
		}
	}

	static synchronized Injector injector() {
		if (injector == null) {
			Injector created = new CommandLineSetup().createInjectorAndDoEMFRegistration();
			// the grammar is read on first use; read it here, off the main thread when prepared
			created.getInstance(IGrammarAccess.class);
			injector = created;
		}
		return injector;
	}

	static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** The language's runtime services, with the cache of a process that never changes a loaded plan. */
	private static final class CommandLineSetup extends PlansStandaloneSetup {

		@Override
		public Injector createInjector() {
			return Guice.createInjector(Modules.override(new PlansRuntimeModule()).with(binder -> {
				binder.bind(LoadedPlansCache.class).in(Singleton.class);
				binder.bind(IResourceScopeCache.class).to(LoadedPlansCache.class);
				binder.bind(OnChangeEvictingCache.class).to(LoadedPlansCache.class);
			}));
		}
	}
}

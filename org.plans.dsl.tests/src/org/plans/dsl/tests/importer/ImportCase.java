package org.plans.dsl.tests.importer;

import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** An import test: fixtures written to a temporary folder and imported through {@link Imports}. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
abstract class ImportCase {

	@Inject
	private Injector injector;

	@Inject
	private PlanLoader loader;

	@TempDir
	Path dir;

	Imports imports;

	@BeforeEach
	void setUpImports() {
		imports = new Imports(injector, loader, dir);
	}
}

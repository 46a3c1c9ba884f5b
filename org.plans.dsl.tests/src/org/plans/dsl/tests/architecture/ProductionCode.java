package org.plans.dsl.tests.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plans.dsl.PlansRuntimeModule;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.ide.PlansIdeModule;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.TrackerMapping;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;

/**
 * Where the build put each module's production classes, for {@link ArchitectureTest}. The
 * modules on this module's class path are found by a class of each; the command line is not a
 * dependency of the tests (that would package it and run its ITs on every test run), so its
 * classes are read from {@code org.plans.dsl.cli/target/classes}, which the full build compiles
 * before the tests; so are those of {@code org.plans.dsl.serve}, which the command line uses.
 */
final class ProductionCode {

	/** The Maven modules with production code, and what each may depend on. */
	enum Module {
		DSL("org.plans.dsl", PlansRuntimeModule.class),
		GENERATORS("org.plans.dsl.generators", PlanTarget.class, DSL),
		TRACKERS("org.plans.dsl.trackers", TrackerMapping.class, DSL, GENERATORS),
		IDE("org.plans.dsl.ide", PlansIdeModule.class, DSL),
		IMPORTER("org.plans.dsl.importer", Importer.class, DSL),
		SERVE("org.plans.dsl.serve", null, DSL, GENERATORS, IDE),
		CLI("org.plans.dsl.cli", null, DSL, GENERATORS, TRACKERS, IDE, IMPORTER, SERVE);

		final String artifactId;
		private final Class<?> anchor;
		final Set<Module> mayDependOn;

		Module(String artifactId, Class<?> anchor, Module... mayDependOn) {
			this.artifactId = artifactId;
			this.anchor = anchor;
			this.mayDependOn = Set.of(mayDependOn);
		}

		/** The module's classes directory or jar. */
		Path location() {
			if (anchor == null) {
				return builtClasses(artifactId);
			}
			try {
				return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
			} catch (URISyntaxException e) {
				throw new IllegalStateException(e);
			}
		}

		/** The classes that were read from this module's location. */
		DescribedPredicate<JavaClass> classes() {
			String where = plain(location().toUri().toString());
			return DescribedPredicate.describe("in module " + artifactId,
					c -> c.getBaseComponentType().getSource().map(s -> plain(s.getUri().toString()).startsWith(where))
							.orElse(false));
		}

		/** Classes of any of these modules. */
		static DescribedPredicate<JavaClass> anyOf(Set<Module> modules) {
			DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
			for (Module m : modules) {
				any = any.or(m.classes());
			}
			return any.as("in module " + modules.stream().map(m -> m.artifactId).collect(Collectors.joining(" or ")));
		}
	}

	/** A classes folder or a jar, as ArchUnit reads it. */
	private static Location location(Path classes) {
		return Files.isDirectory(classes) ? Location.of(classes) : Location.of(URI.create("jar:" + classes.toUri() + "!/"));
	}

	/** A file or jar entry URI as a plain path: {@code file:///a} and {@code jar:file:/a!/b} start alike. */
	private static String plain(String uri) {
		return uri.replaceFirst("^jar:", "").replaceFirst("^file:/*", "/");
	}

	/** A module that is not on the tests' class path: its classes as the full build left them. */
	static Path builtClasses(String artifactId) {
		return TestFiles.root().resolve(artifactId).resolve("target/classes");
	}

	/** Every module's production classes, read once per test run. */
	static JavaClasses classes() {
		return new ClassFileImporter().importLocations(Arrays.stream(Module.values()).map(Module::location)
				.filter(Files::exists).map(ProductionCode::location).collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	/**
	 * The classes the build generates into {@code src-gen} (parser, serializer, grammar access,
	 * EMF model, {@code Abstract*} bases): their own structure is Xtext's and EMF's, not ours.
	 */
	static DescribedPredicate<JavaClass> generated() {
		return GENERATED;
	}

	private static final DescribedPredicate<JavaClass> GENERATED = generatedClasses();

	private static DescribedPredicate<JavaClass> generatedClasses() {
		Set<String> names = generatedClassNames();
		return DescribedPredicate.describe("generated into src-gen",
				c -> names.contains(c.getName().replaceFirst("\\$.*", "")));
	}

	private static Set<String> generatedClassNames() {
		Set<String> names = new LinkedHashSet<>();
		for (Module m : Module.values()) {
			Path srcGen = TestFiles.root().resolve(m.artifactId).resolve("src-gen");
			if (!Files.isDirectory(srcGen)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(srcGen)) {
				files.filter(f -> f.toString().endsWith(".java"))
						.map(f -> srcGen.relativize(f).toString().replace('\\', '/').replaceFirst("\\.java$", "").replace('/', '.'))
						.forEach(names::add);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return names;
	}

	/** The production source folders of every module (not src-gen, not tests). */
	static List<Path> sourceFolders() {
		return Stream.concat(Arrays.stream(Module.values()).map(m -> m.artifactId), Stream.of("org.plans.dsl.bench"))
				.map(a -> TestFiles.root().resolve(a).resolve("src")).filter(Files::isDirectory).toList();
	}
}

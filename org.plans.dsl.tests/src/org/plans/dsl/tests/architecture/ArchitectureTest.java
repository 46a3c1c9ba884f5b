package org.plans.dsl.tests.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plans.dsl.tests.architecture.ProductionCode.Module;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The invariants of docs/architecture.md, over the production classes of every module
 * ({@link ProductionCode}); the document names the test of each. An exception listed there
 * under "Known exceptions" is ignored here by name, and nowhere else.
 */
class ArchitectureTest {

	/** What org.plans.dsl may use besides the JDK: Xtext and what Xtext brings. */
	private static final String[] XTEXT_AND_WHAT_IT_BRINGS = { "java..", "javax..", "org.eclipse.xtext..",
			"org.eclipse.emf..", "com.google.inject..", "com.google.common..", "org.antlr.runtime..",
			"org.apache.log4j..", "org.eclipse.xtend2.lib.." };

	/** Packages whose classes read plans for output: generators, tracker targets, the sync. */
	private static final String[] OUTPUTS = { "org.plans.dsl.generator..", "org.plans.dsl.tracker..",
			"org.plans.dsl.sync.." };

	/** The language below validation: parsing, linking, loading, naming, facts, formatting, the rule table, escaping. */
	static final String[] LANGUAGE_CORE = { "org.plans.dsl", "org.plans.dsl.conversion..", "org.plans.dsl.facts..",
			"org.plans.dsl.linking..", "org.plans.dsl.loading..", "org.plans.dsl.naming..", "org.plans.dsl.parser..",
			"org.plans.dsl.resource..", "org.plans.dsl.scoping..", "org.plans.dsl.formatting2..", "org.plans.dsl.rules..",
			"org.plans.dsl.escaping..", "org.plans.dsl.files.." };

	private static final JavaClasses CLASSES = ProductionCode.classes();

	private static final DescribedPredicate<JavaClass> WRITTEN_BY_HAND = not(ProductionCode.generated());

	/** Guice modules and setups bind classes of every package of their module: they are its root. */
	private static final DescribedPredicate<HasName> COMPOSITION_ROOTS = nameMatching(
			"org\\.plans\\.dsl(\\.ide)?\\.((Abstract)?Plans(Runtime|Ide)Module|Plans(Standalone|Ide)Setup(Generated)?)");

	// Modules

	@Test
	void modulesDependOnlyOnTheModulesTheyMay() {
		for (Module module : Module.values()) {
			Set<Module> forbidden = EnumSet.complementOf(EnumSet.of(module));
			forbidden.removeAll(module.mayDependOn);
			if (!forbidden.isEmpty()) {
				noClasses().that(module.classes()).should().dependOnClassesThat(Module.anyOf(forbidden))
						.allowEmptyShould(module == Module.CLI || module == Module.SERVE).check(CLASSES);
			}
		}
	}

	@Test
	void theLanguageUsesXtextAndTheJdkOnly() {
		classes().that(Module.DSL.classes()).should()
				.onlyDependOnClassesThat(Module.DSL.classes().or(resideInAnyPackage(XTEXT_AND_WHAT_IT_BRINGS)))
				.because("org.plans.dsl is the Xtext bundle every editor and tool loads: no other library")
				.check(CLASSES);
	}

	@Test
	void theIdeUsesTheLanguageOnly() {
		classes().that(Module.IDE.classes()).should()
				.onlyDependOnClassesThat(Module.IDE.classes().or(Module.DSL.classes())
						.or(resideInAnyPackage(XTEXT_AND_WHAT_IT_BRINGS)).or(resideInAnyPackage("org.eclipse.lsp4j..", "com.google.gson..")))
				.because("the language server is an Eclipse bundle too: Xtext's IDE, LSP4J and org.plans.dsl only")
				.check(CLASSES);
	}

	// Packages of org.plans.dsl

	@Test
	void factsReadTheModelOnly() {
		classes().that().resideInAPackage("org.plans.dsl.facts..").should()
				.onlyDependOnClassesThat(resideOutsideOfPackage("org.plans.dsl..").or(
						resideInAnyPackage("org.plans.dsl.facts..", "org.plans.dsl.plans..", "org.plans.dsl.naming..")))
				.because("every reader of plans (rules, generators, trackers, IDE) builds on the facts")
				.check(CLASSES);
	}

	@Test
	void validationReadsFactsNotTools() {
		noClasses().that().resideInAPackage("org.plans.dsl.validation..").should().dependOnClassesThat()
				.resideInAnyPackage("org.plans.dsl.generator..", "org.plans.dsl.tracker..", "org.plans.dsl.sync..",
						"org.plans.dsl.ide..", "org.plans.dsl.importer..", "org.plans.dsl.cli..", "org.plans.dsl.loading..",
						"org.plans.dsl.formatting2..")
				.because("rules judge a linked model and its facts, however it was loaded and whatever reads it after")
				.check(CLASSES);
	}

	/**
	 * Constants are copied into the classes that use them, so bytecode shows no use of
	 * {@code IssueCodes}: {@link SourceConventionsTest#theLanguageCoreDoesNotNameValidation} reads the sources.
	 */
	@Test
	void theLanguageCoreDoesNotDependOnValidation() {
		noClasses().that().resideInAnyPackage(LANGUAGE_CORE).and(not(COMPOSITION_ROOTS)).should()
				.dependOnClassesThat().resideInAPackage("org.plans.dsl.validation..")
				.because("validation is a layer on top of parsing, linking and loading").check(CLASSES);
	}

	// Generators, tracker targets and the sync

	@Test
	void outputsReadFactsNotSyntax() {
		noClasses().that().resideInAnyPackage(OUTPUTS).should().dependOnClassesThat()
				.resideInAnyPackage("org.plans.dsl.validation..", "org.eclipse.xtext.nodemodel..")
				.because("output comes from the facts and the model, never from the text or the rules").check(CLASSES);
	}

	@Test
	void outputsUseFactsModelAndNamesOfTheLanguage() {
		classes().that().resideInAnyPackage(OUTPUTS).should()
				.onlyDependOnClassesThat(resideOutsideOfPackage("org.plans.dsl..").or(resideInAnyPackage(OUTPUTS))
						.or(resideInAnyPackage("org.plans.dsl.facts..", "org.plans.dsl.plans..", "org.plans.dsl.naming..",
								"org.plans.dsl.escaping..", "org.plans.dsl.files..", "org.plans.dsl.preview..")))
				.because("a target is handed loaded facts (GenerationContext); it does not load, link or check plans")
				.check(CLASSES);
	}

	// Cross-cutting

	@Test
	void onlyTheSyncUsesTheNetwork() {
		noClasses().that().resideOutsideOfPackage("org.plans.dsl.sync..")
				// the warm daemon's Unix domain socket, local and in a 0700 folder: its two ends only
				.and().doNotHaveFullyQualifiedName("org.plans.dsl.cli.client.DaemonAnswer")
				.and().doNotHaveFullyQualifiedName("org.plans.dsl.cli.daemon.DaemonServer").should()
				.dependOnClassesThat(NetworkIo.CLASSES).orShould().callMethodWhere(NetworkIo.URL_OPENING)
				.because("generators write files and the language server talks over stdio: only plans sync goes out")
				.check(CLASSES);
	}

	@Test
	void caseChangesNameTheirLocale() {
		noClasses().that(WRITTEN_BY_HAND).should().callMethod(String.class, "toLowerCase").orShould()
				.callMethod(String.class, "toUpperCase")
				.because("the default locale turns 'I' into a dotless 'ı' in Turkish: pass Locale.ROOT")
				.check(CLASSES);
	}

	@Test
	void noPackageCyclesWithinAModule() {
		SlicesRuleDefinition.slices().assignedFrom(new PackagesOfHandWrittenClasses()).should().beFreeOfCycles()
				// Known exception (docs/architecture.md)
				.ignoreDependency(resideInAPackage("org.plans.dsl.cli.report"),
						name("org.plans.dsl.cli.Paths").or(name("org.plans.dsl.cli.VersionProvider")))
				.check(CLASSES);
	}

	/** Each package of hand-written code is a slice; generated classes and composition roots are left out. */
	private static final class PackagesOfHandWrittenClasses implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			if (!javaClass.getPackageName().startsWith("org.plans.") || ProductionCode.generated().test(javaClass)
					|| COMPOSITION_ROOTS.test(javaClass)) {
				return SliceIdentifier.ignore();
			}
			return SliceIdentifier.of(javaClass.getPackageName());
		}

		@Override
		public String getDescription() {
			return "packages of hand-written classes";
		}
	}
}

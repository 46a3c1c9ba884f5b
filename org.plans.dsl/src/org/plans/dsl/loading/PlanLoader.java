package org.plans.dsl.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads the {@code .plan} files of one or more plans into one resource set, links them
 * and validates them: what the command line, the tests and the generators all start from.
 */
public class PlanLoader {

	public static final String EXTENSION = ".plan";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** The loaded plans and every issue found, in file order. */
	public record Loaded(XtextResourceSet resourceSet, List<Path> files, List<Issue> issues) {

		public boolean hasErrors() {
			return issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
		}
	}

	/** Every {@code .plan} file under the given files and directories, sorted, without duplicates. */
	public static List<Path> planFiles(List<Path> filesOrDirectories) {
		List<Path> result = new ArrayList<>();
		for (Path path : filesOrDirectories) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> p.toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted()
							.forEach(result::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			} else {
				result.add(path);
			}
		}
		return result.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
	}

	public Loaded load(List<Path> filesOrDirectories) {
		return load(filesOrDirectories, true);
	}

	public Loaded load(List<Path> filesOrDirectories, boolean validate) {
		List<Path> files = planFiles(filesOrDirectories);
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		for (Path file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
			try {
				resource.load(Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
			}
		}
		List<Issue> issues = new ArrayList<>();
		if (validate) {
			issues.addAll(validateAll(resourceSet));
		} else {
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
			}
		}
		return new Loaded(resourceSet, files, issues);
	}

	/** Validation links each file first (resolving every reference), so no separate pass is needed. */
	private List<Issue> validateAll(XtextResourceSet resourceSet) {
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		return issues;
	}

	/** Loads plan text given in memory, one entry per file name, for tests and tools. */
	public Loaded loadTexts(Map<String, String> textsByName) {
		XtextResourceSet resourceSet = resourceSets.get();
		for (Map.Entry<String, String> entry : textsByName.entrySet()) {
			Resource resource = resourceSet.createResource(URI.createURI("inmemory:/" + entry.getKey()));
			try {
				resource.load(new java.io.ByteArrayInputStream(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new Loaded(resourceSet, List.of(), validateAll(resourceSet));
	}
}

package org.plans.dsl.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.parser.TokensAhead;
import org.plans.dsl.rules.Rule;

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

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private ResourceDescriptionsProvider index;

	/** The loaded plans and every issue found, in file order. */
	public record Loaded(XtextResourceSet resourceSet, List<Path> files, List<Issue> issues) {

		public boolean hasErrors() {
			return issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
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

	/**
	 * Splits the files' text into tokens now, for their parse later ({@link TokensAhead}):
	 * a command line does this while the language is still being set up on another thread.
	 * Files that cannot be read are left for {@link #load} to report.
	 */
	public static void lexAhead(List<Path> files) {
		for (Path file : files) {
			try {
				Path key = file.toAbsolutePath().normalize();
				FileTime modified = Files.getLastModifiedTime(key);
				PlanText text = PlanText.of(Files.readAllBytes(key));
				if (text.problem().isEmpty()) {
					TokensAhead.lex(text.text());
					TEXTS_AHEAD.put(key, new TextAhead(modified, text));
				}
			} catch (IOException e) {
				// reported by load()
			}
		}
	}

	/** A file's text read by {@link #lexAhead}, and when the file was last changed then. */
	private record TextAhead(FileTime modified, PlanText text) {
	}

	private static final Map<Path, TextAhead> TEXTS_AHEAD = new ConcurrentHashMap<>();

	/** The file's text: as {@link #lexAhead} read it if the file has not changed since, else read now. */
	private static PlanText text(Path file) throws IOException {
		TextAhead ahead = TEXTS_AHEAD.remove(file);
		if (ahead != null && ahead.modified().equals(Files.getLastModifiedTime(file))) {
			return ahead.text();
		}
		return PlanText.of(Files.readAllBytes(file));
	}

	public Loaded load(List<Path> filesOrDirectories) {
		return load(filesOrDirectories, true);
	}

	public Loaded load(List<Path> filesOrDirectories, boolean validate) {
		List<Path> files = planFiles(filesOrDirectories);
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		List<Issue> issues = new ArrayList<>();
		for (Path file : files) {
			PlanText text;
			try {
				text = text(file);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
			}
			read(resourceSet, URI.createFileURI(file.toString()), text, issues);
		}
		if (validate) {
			issues.addAll(validateAll(resourceSet));
		} else {
			try (LoadedIndex loaded = LoadedIndex.install(resourceSet, descriptions, index)) {
				for (Resource resource : List.copyOf(resourceSet.getResources())) {
					EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
				}
			}
		}
		return new Loaded(resourceSet, files, issues);
	}

	/** Validation links each file first (resolving every reference), so no separate pass is needed. */
	private List<Issue> validateAll(XtextResourceSet resourceSet) {
		List<Issue> issues = new ArrayList<>();
		try (LoadedIndex loaded = LoadedIndex.install(resourceSet, descriptions, index)) {
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
			}
		}
		return issues;
	}

	/**
	 * Parses one file's text into the resource set; a file that is not plan text (see
	 * {@link PlanText}) gets one error and is not parsed.
	 */
	private static void read(XtextResourceSet resourceSet, URI uri, PlanText text, List<Issue> issues) {
		if (text.problem().isPresent()) {
			issues.add(issue(uri, text.problem().get()));
			return;
		}
		Resource resource = resourceSet.createResource(uri);
		if (resource == null) {
			issues.add(issue(uri, new PlanText.Problem("The file name does not end in " + EXTENSION
					+ ", so it is not read as a plan: rename it.", 1, 1, 0)));
			return;
		}
		try {
			resource.load(new LazyStringInputStream(text.text(), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + uri + ": " + e.getMessage(), e);
		}
	}

	private static Issue issue(URI uri, PlanText.Problem problem) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setUriToProblem(uri);
		issue.setSeverity(Severity.ERROR);
		issue.setType(CheckType.FAST);
		issue.setCode(Rule.NOT_PLAN_TEXT.code());
		issue.setMessage(problem.message());
		issue.setLineNumber(problem.line());
		issue.setColumn(problem.column());
		issue.setOffset(problem.offset());
		issue.setLength(1);
		return issue;
	}

	/** Loads and validates one file's bytes read elsewhere (standard input), reported as {@code file}. */
	public Loaded load(Path file, byte[] bytes) {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		List<Issue> issues = new ArrayList<>();
		Path absolute = file.toAbsolutePath().normalize();
		read(resourceSet, URI.createFileURI(absolute.toString()), PlanText.of(bytes), issues);
		issues.addAll(validateAll(resourceSet));
		return new Loaded(resourceSet, List.of(absolute), issues);
	}

	/** Loads plan text given in memory, one entry per file name, for tests and tools. */
	public Loaded loadTexts(Map<String, String> textsByName) {
		XtextResourceSet resourceSet = resourceSets.get();
		List<Issue> issues = new ArrayList<>();
		for (Map.Entry<String, String> entry : textsByName.entrySet()) {
			read(resourceSet, URI.createURI("inmemory:/" + entry.getKey()),
					PlanText.of(entry.getValue().getBytes(StandardCharsets.UTF_8)), issues);
		}
		issues.addAll(validateAll(resourceSet));
		return new Loaded(resourceSet, List.of(), issues);
	}
}

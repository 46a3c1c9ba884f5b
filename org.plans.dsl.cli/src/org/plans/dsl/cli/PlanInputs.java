package org.plans.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.plans.dsl.loading.PlanLoader;

/**
 * The plan files named on the command line, checked before anything is parsed: every
 * argument exists, every directory holds plans, every file is a readable {@code .plan} file.
 * Folders and glob patterns ({@link PlanGlobs}) skip what {@link PlansIgnore .plansignore} files list.
 * Each problem is one line {@code <file>: <problem>}.
 */
public final class PlanInputs {

	/** Reads a file's bytes; tests replace it to simulate unreadable files. */
	public interface Reader {
		byte[] read(Path file) throws IOException;
	}

	private PlanInputs() {
	}

	/** The {@code .plan} files under the arguments (absolute, sorted within directories), or an {@link InputException}. */
	public static List<Path> check(List<Path> arguments) {
		return check(arguments, Files::readAllBytes);
	}

	public static List<Path> check(List<Path> arguments, Reader reader) {
		List<String> problems = new ArrayList<>();
		Set<Path> files = new LinkedHashSet<>();
		PlansIgnore ignore = new PlansIgnore();
		for (Path argument : arguments) {
			if (!Files.exists(argument) && PlanGlobs.isPattern(argument.toString())) {
				List<Path> found = PlanGlobs.expand(argument.toString()).stream()
						.filter(file -> !ignore.ignores(file, PlanGlobs.base(argument.toString()))).toList();
				if (found.isEmpty()) {
					problems.add(Paths.display(argument) + ": no " + PlanLoader.EXTENSION + " files match this pattern");
				}
				files.addAll(found);
			} else if (!Files.exists(argument)) {
				problems.add(Paths.display(argument) + ": no such file or directory");
			} else if (Files.isDirectory(argument)) {
				List<Path> found = plansIn(argument, problems);
				List<Path> kept = found == null ? List.of()
						: found.stream().filter(file -> !ignore.ignores(file, argument)).toList();
				if (found != null && found.isEmpty()) {
					problems.add(Paths.display(argument) + ": no " + PlanLoader.EXTENSION + " files in this directory");
				} else if (found != null && kept.isEmpty()) {
					problems.add(Paths.display(argument) + ": every " + PlanLoader.EXTENSION + " file in this directory is ignored ("
							+ PlansIgnore.FILE_NAME + ")");
				}
				files.addAll(kept);
			} else {
				files.add(argument.toAbsolutePath().normalize());
			}
		}
		for (Path file : files) {
			String problem = problemOf(file, reader);
			if (problem != null) {
				problems.add(Paths.display(file) + ": " + problem);
			}
		}
		if (!problems.isEmpty()) {
			throw new InputException(problems);
		}
		return List.copyOf(files);
	}

	private static List<Path> plansIn(Path directory, List<String> problems) {
		try {
			return PlanLoader.planFiles(List.of(directory));
		} catch (UncheckedIOException e) {
			problems.add(Paths.display(directory) + ": cannot list this directory (" + reason(e) + ")");
			return null;
		}
	}

	/**
	 * Why {@code file} cannot be given to the language, or null. Its text is not judged here:
	 * bytes that are not UTF-8, or a binary file, are a finding ({@code PLAN-005}) at their line
	 * and column, so that the other files are still checked.
	 */
	static String problemOf(Path file, Reader reader) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			return "not a plan file (not a regular file); save the plan as a " + PlanLoader.EXTENSION + " file";
		}
		if (!name.endsWith(PlanLoader.EXTENSION)) {
			String hint = name.toLowerCase(Locale.ROOT).endsWith(PlanLoader.EXTENSION)
					? "rename it to end in " + PlanLoader.EXTENSION + " (lower case)"
					: "plan files end in " + PlanLoader.EXTENSION;
			return "not a plan file; " + hint;
		}
		try {
			reader.read(file);
		} catch (IOException e) {
			return "cannot read this file (" + reason(e) + ")";
		}
		return null;
	}

	private static String reason(Exception e) {
		Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
		if (cause instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (cause instanceof NoSuchFileException) {
			return "no such file";
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message;
	}
}

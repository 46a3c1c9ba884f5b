package org.plans.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plans.dsl.loading.PlanLoader;

/**
 * The plan files named on the command line, checked before anything is parsed: every
 * argument exists, every directory holds plans, every file can be read and is UTF-8 text.
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
		for (Path argument : arguments) {
			if (!Files.exists(argument)) {
				problems.add(Paths.display(argument) + ": no such file or directory");
			} else if (Files.isDirectory(argument)) {
				List<Path> found = plansIn(argument, problems);
				if (found != null && found.isEmpty()) {
					problems.add(Paths.display(argument) + ": no " + PlanLoader.EXTENSION + " files in this directory");
				}
				if (found != null) {
					files.addAll(found);
				}
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

	/** Why {@code file} is not a readable UTF-8 text file, or null if it is one. */
	static String problemOf(Path file, Reader reader) {
		byte[] bytes;
		try {
			bytes = reader.read(file);
		} catch (IOException e) {
			return "cannot read this file (" + reason(e) + ")";
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return "a binary file, not a plan (NUL byte on line " + lineAt(bytes, i) + ")";
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
		if (result.isError()) {
			return String.format("not UTF-8 text (byte 0x%02X on line %d); save it as UTF-8", bytes[in.position()] & 0xff,
					lineAt(bytes, in.position()));
		}
		return null;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
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

package org.plans.dsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.plans.dsl.files.AtomicFiles;
import org.plans.dsl.generator.OutputFiles;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing of how files are written (issue 19): an output folder holding symbolic links (to
 * folders and files outside it, chained, dangling) in any layout the bytes choose, then
 * generated paths written into it; and saves of one file from several threads at once. See
 * docs/robustness.md.
 */
class FileWritingFuzzTest {

	private static final String[] NAMES = { "demo", "github", "site", "a", "B", "issues.json", "demo.md", ".." };

	/**
	 * Whatever links the output folder holds, {@link OutputFiles#directory} writes nothing outside
	 * it, never through a link, and a write it refuses names the link or says why.
	 */
	@FuzzTest(maxDuration = "30s")
	void symlinkedOutputFolders(FuzzedDataProvider data) throws IOException {
		Path base = Files.createTempDirectory("plans-fuzz-out-");
		try {
			Path out = Files.createDirectories(base.resolve("out"));
			Path outside = Files.createDirectories(base.resolve("outside"));
			Files.writeString(outside.resolve("victim.txt"), "keep me");
			Files.createDirectories(outside.resolve("dir"));
			int entries = data.consumeInt(0, 6);
			for (int i = 0; i < entries; i++) {
				Path at = out.resolve(path(data, 2));
				if (!at.normalize().startsWith(out) || at.normalize().equals(out) || Files.exists(at, LinkOption.NOFOLLOW_LINKS)
						|| !onlyFolders(out, at.getParent())) {
					continue;
				}
				Files.createDirectories(at.getParent());
				switch (data.consumeInt(0, 4)) {
				case 0 -> Files.createDirectories(at);
				case 1 -> Files.writeString(at, "old");
				case 2 -> Files.createSymbolicLink(at, outside.resolve("dir"));
				case 3 -> Files.createSymbolicLink(at, outside.resolve("victim.txt"));
				default -> Files.createSymbolicLink(at, base.resolve("nowhere"));
				}
			}
			Map<Path, String> before = contents(outside);
			int writes = data.consumeInt(1, 4);
			for (int i = 0; i < writes; i++) {
				String relative = path(data, 3);
				byte[] content = ("generated " + i).getBytes(StandardCharsets.UTF_8);
				try {
					OutputFiles.directory(out).write(relative, content);
					Path written = out.resolve(relative).normalize();
					assertTrue(written.startsWith(out), relative);
					assertTrue(Files.isRegularFile(written, LinkOption.NOFOLLOW_LINKS), "written through a link: " + relative);
					assertArrayEquals(content, Files.readAllBytes(written));
				} catch (FileSystemException e) {
					// a file where a folder is needed: the system's own refusal, nothing written
				} catch (IOException e) {
					assertTrue(e.getMessage().startsWith("Refusing") || e.getMessage().startsWith("Cannot write"), e.getMessage());
				}
			}
			assertEquals(before, contents(outside), "a file outside the output folder changed");
			assertTrue(Files.notExists(base.resolve("nowhere"), LinkOption.NOFOLLOW_LINKS), "a dangling link was written through");
		} finally {
			delete(base);
		}
	}

	/** True if every part of {@code folder} below {@code out} that exists is a real folder, not a link or a file. */
	private static boolean onlyFolders(Path out, Path folder) {
		for (Path part = folder; part != null && part.startsWith(out) && !part.equals(out); part = part.getParent()) {
			if (Files.exists(part, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(part, LinkOption.NOFOLLOW_LINKS)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Saves of one file from several threads at once (an editor, a browser, {@code plans format}):
	 * the file ends as exactly one of the saved texts, never a mix or a cut-off one, and no
	 * temporary file is left behind.
	 */
	@FuzzTest(maxDuration = "30s")
	void concurrentSaves(FuzzedDataProvider data) throws Exception {
		Path base = Files.createTempDirectory("plans-fuzz-save-");
		ExecutorService savers = Executors.newFixedThreadPool(4);
		try {
			Path file = base.resolve("plan.plan");
			Files.writeString(file, "plan p\n");
			int count = data.consumeInt(2, 4);
			List<byte[]> texts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int size = data.consumeInt(0, 200_000);
				byte[] text = new byte[size];
				java.util.Arrays.fill(text, (byte) ('a' + i));
				texts.add(text);
			}
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> saves = new ArrayList<>();
			for (byte[] text : texts) {
				saves.add(savers.submit(() -> {
					start.await();
					AtomicFiles.write(file, text);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> save : saves) {
				save.get();
			}
			byte[] result = Files.readAllBytes(file);
			assertTrue(texts.stream().anyMatch(t -> java.util.Arrays.equals(t, result)),
					"the file is none of the saved texts (" + result.length + " bytes)");
			try (Stream<Path> left = Files.list(base)) {
				assertEquals(List.of(file), left.toList(), "a temporary file is left");
			}
		} finally {
			savers.shutdownNow();
			delete(base);
		}
	}

	private static String path(FuzzedDataProvider data, int most) {
		int parts = data.consumeInt(1, most);
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < parts; i++) {
			path.append(i == 0 ? "" : "/").append(data.pickValue(NAMES));
		}
		return path.toString();
	}

	private static Map<Path, String> contents(Path folder) throws IOException {
		Map<Path, String> all = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.toList()) {
				all.put(folder.relativize(f), Files.isRegularFile(f) ? Files.readString(f) : "<dir>");
			}
		}
		return all;
	}

	private static void delete(Path base) throws IOException {
		Set<Path> seen = new HashSet<>();
		try (Stream<Path> files = Files.walk(base)) {
			for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (seen.add(f)) {
					Files.deleteIfExists(f);
				}
			}
		}
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.cli.client.DaemonControl;
import org.plans.dsl.cli.client.DaemonPlace;

/**
 * The warm daemon, with the packaged jar: a run through it prints, writes and exits as the same
 * run in process does, in the client's folder and with its standard input and environment; two
 * clients at once; a stale socket file; a rebuilt jar; stop. Each test stops its daemons.
 */
class DaemonIT {

	private static final Pattern PID = Pattern.compile("pid (\\d+)");
	private static final Pattern RUNS = Pattern.compile("(\\d+) runs");

	private static final String TYPO = """
			plan demo "Demo"
			person sjs "Sarah-Jane Smedmor"
			priority 1 "Workforce" {
			    action 1.1 "Recruit" { lead sjss due 2025-03 }
			}
			""";

	@TempDir
	Path home;

	@TempDir
	Path project;

	private final Path jar = Path.of(System.getProperty("plans.jar"));
	private final Set<Long> daemons = new HashSet<>();
	private final List<Path> jars = new ArrayList<>(List.of(jar));

	@BeforeEach
	void aProject() throws IOException {
		Files.copy(Cli.examples().resolve("hillingdon-csc-2015.plan"), project.resolve("good.plan"));
		Files.createDirectories(project.resolve("bad"));
		Files.writeString(project.resolve("bad/typo.plan"), TYPO);
	}

	@AfterEach
	void stopDaemons() throws Exception {
		for (Path used : jars) {
			DaemonRun.client(used, project, environment(), null, "daemon", "stop");
		}
		for (long pid : daemons) {
			Optional<ProcessHandle> process = ProcessHandle.of(pid);
			if (process.isPresent() && !process.get().onExit().isDone()) {
				try {
					process.get().onExit().get(20, TimeUnit.SECONDS);
				} catch (TimeoutException e) {
					process.get().destroyForcibly();
					throw new AssertionError("daemon " + pid + " did not stop when asked");
				}
			}
		}
	}

	private Map<String, String> environment() {
		return Map.of("PLANS_DAEMON_DIR", home.resolve("daemon").toString());
	}

	private DaemonRun daemon(String... args) throws Exception {
		return daemon(environment(), null, args);
	}

	private DaemonRun daemon(Map<String, String> environment, byte[] input, String... args) throws Exception {
		String[] all = new String[args.length + 1];
		all[0] = "--daemon";
		System.arraycopy(args, 0, all, 1, args.length);
		return DaemonRun.client(jar, project, environment, input, all);
	}

	private DaemonRun inProcess(String... args) throws Exception {
		return DaemonRun.inProcess(jar, project, Map.of(), null, args);
	}

	/** {@code plans daemon status}: the pid it names is remembered, to be stopped after the test. */
	private DaemonRun status(Path used) throws Exception {
		DaemonRun status = DaemonRun.client(used, project, environment(), null, "daemon", "status");
		Matcher pid = PID.matcher(status.out());
		if (pid.find()) {
			daemons.add(Long.parseLong(pid.group(1)));
		}
		return status;
	}

	private long runsServed() throws Exception {
		DaemonRun status = status(jar);
		assertEquals(0, status.exit(), status.out() + status.err());
		Matcher runs = RUNS.matcher(status.out());
		assertTrue(runs.find(), status.out());
		return Long.parseLong(runs.group(1));
	}

	private static void assertSame(DaemonRun expected, DaemonRun actual, String what) {
		assertEquals(expected.exit(), actual.exit(), what + ": exit code\n" + actual.err());
		assertEquals(expected.out(), actual.out(), what + ": standard output");
		assertEquals(expected.err(), actual.err(), what + ": standard error");
	}

	@Test
	void runsPrintAndExitAsInProcess() throws Exception {
		assertEquals(0, DaemonRun.client(jar, project, environment(), null, "daemon", "start").exit());
		long before = runsServed();
		List<String[]> runs = List.of(new String[] { "validate", "good.plan" }, new String[] { "validate", "bad/typo.plan" },
				new String[] { "validate", "--format", "json", "bad" }, new String[] { "validate", "--format", "sarif", "bad/typo.plan" },
				new String[] { "validate", "--severity", "PLAN-002=ignore", "bad/typo.plan" },
				new String[] { "validate", "bad/typo.plan" }, new String[] { "validate", "--as-of", "2031-01-01", "good.plan", "--quiet" },
				new String[] { "validate", "missing.plan" }, new String[] { "validate", "b*/*.plan" }, new String[] { "validate", "--frobnicate" },
				new String[] { "format", "--check", "bad/typo.plan" }, new String[] { "validate", "--debug", "bad/typo.plan" });
		for (String[] args : runs) {
			assertSame(inProcess(args), daemon(args), String.join(" ", args));
		}
		assertEquals(before + runs.size(), runsServed(), "every run went through the daemon");
	}

	@Test
	void generateWritesTheSameFilesInTheClientsFolder() throws Exception {
		String[] args = { "generate", "--target", "markdown", "--target", "csv", "--out", "out", "good.plan" };
		DaemonRun expected = inProcess(args);
		Map<String, String> expectedFiles = files(project.resolve("out"));
		deleteTree(project.resolve("out"));
		DaemonRun actual = daemon(args);
		assertSame(expected, actual, "generate");
		assertFalse(expectedFiles.isEmpty());
		assertEquals(expectedFiles, files(project.resolve("out")), "the files, under the client's folder");
	}

	@Test
	void environmentAndStandardInputAreTheClients() throws Exception {
		Map<String, String> rules = new HashMap<>(environment());
		rules.put("PLANS_RULES_URL", "https://rules.example/plans.md");
		byte[] typo = TYPO.getBytes(StandardCharsets.UTF_8);
		for (String[] args : List.of(new String[] { "validate", "-" }, new String[] { "validate", "--stdin-filename", "bad/typo.plan", "-" },
				new String[] { "validate", "--format", "sarif", "-" })) {
			DaemonRun expected = DaemonRun.inProcess(jar, project, Map.of("PLANS_RULES_URL", "https://rules.example/plans.md"), typo, args);
			assertSame(expected, daemon(rules, typo, args), String.join(" ", args));
		}
		assertTrue(daemon(rules, typo, "validate", "--format", "sarif", "-").out().contains("https://rules.example/plans.md#"));
		assertFalse(daemon(environment(), typo, "validate", "--format", "sarif", "-").out().contains("rules.example"),
				"the previous client's environment is not kept");
	}

	@Test
	void twoClientsAtOnce() throws Exception {
		assertEquals(0, DaemonRun.client(jar, project, environment(), null, "daemon", "start").exit());
		DaemonRun good = inProcess("validate", "good.plan");
		DaemonRun bad = inProcess("validate", "bad/typo.plan");
		long before = runsServed();
		List<CompletableFuture<DaemonRun>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(async(() -> daemon("validate", "good.plan")));
			runs.add(async(() -> daemon("validate", "bad/typo.plan")));
		}
		for (int i = 0; i < runs.size(); i++) {
			assertSame(i % 2 == 0 ? good : bad, runs.get(i).join(), "client " + i);
		}
		assertEquals(before + 4, runsServed());
	}

	@Test
	void aStaleSocketFileIsReplaced() throws Exception {
		Path socket = place(jar).socket();
		Files.createDirectories(socket.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			gone.bind(UnixDomainSocketAddress.of(socket));
		}
		assertTrue(Files.exists(socket), "a socket file nobody listens at");
		assertEquals(DaemonControl.NOT_RUNNING, status(jar).exit());
		assertSame(inProcess("validate", "bad/typo.plan"), daemon("validate", "bad/typo.plan"), "after a stale socket");
		assertEquals(1, runsServed(), "a new daemon ran it");
	}

	@Test
	void aRebuiltJarGetsANewDaemon() throws Exception {
		Path copy = Files.createDirectories(home.resolve("build")).resolve("plans.jar");
		Files.copy(jar, copy);
		jars.add(copy);
		assertEquals(0, DaemonRun.client(copy, project, environment(), null, "daemon", "start").exit());
		long first = pid(status(copy));
		Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 60_000));
		DaemonRun run = DaemonRun.client(copy, project, environment(), null, "--daemon", "validate", "bad/typo.plan");
		assertSame(inProcess("validate", "bad/typo.plan"), run, "after the jar changed");
		DaemonRun status = status(copy);
		assertEquals(0, status.exit(), status.out());
		assertNotEquals(first, pid(status), "a daemon of the new build");
		ProcessHandle.of(first).ifPresent(old -> old.onExit().join());
	}

	@Test
	void stopEndsTheDaemon() throws Exception {
		assertEquals(0, DaemonRun.client(jar, project, environment(), null, "daemon", "start").exit());
		long pid = pid(status(jar));
		DaemonRun stop = DaemonRun.client(jar, project, environment(), null, "daemon", "stop");
		assertEquals("plans daemon: stopped\n", stop.out());
		ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
		assertFalse(Files.exists(place(jar).socket()));
		DaemonRun status = status(jar);
		assertEquals(DaemonControl.NOT_RUNNING, status.exit(), status.out());
		assertTrue(status.out().startsWith("plans daemon: not running"), status.out());
	}

	@Test
	void aFolderOthersMayEnterIsNotUsed() throws Exception {
		Files.createDirectories(home.resolve("daemon"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		assertSame(inProcess("validate", "bad/typo.plan"), daemon("validate", "bad/typo.plan"), "run in process instead");
		assertFalse(Files.exists(place(jar).socket()));
		DaemonRun start = DaemonRun.client(jar, project, environment(), null, "daemon", "start");
		assertEquals(2, start.exit());
		assertTrue(start.err().contains("may be entered by others"), start.err());
	}

	@Test
	void withoutOptInNoDaemonStarts() throws Exception {
		DaemonRun plain = DaemonRun.client(jar, project, environment(), null, "validate", "bad/typo.plan");
		Map<String, String> ci = new HashMap<>(environment());
		ci.putAll(Map.of("PLANS_DAEMON", "on", "CI", "true"));
		DaemonRun onCi = DaemonRun.client(jar, project, ci, null, "validate", "bad/typo.plan");
		DaemonRun expected = inProcess("validate", "bad/typo.plan");
		assertSame(expected, plain, "no --daemon, no PLANS_DAEMON");
		assertSame(expected, onCi, "PLANS_DAEMON=on on CI");
		assertFalse(Files.exists(home.resolve("daemon")), "no daemon folder made");
	}

	@Test
	void theClientLoadsNoLanguage() throws Exception {
		assertEquals(0, DaemonRun.client(jar, project, environment(), null, "daemon", "start").exit());
		status(jar);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class", "-cp",
				jar.toString(), DaemonRun.CLIENT, "--daemon", "validate", "good.plan");
		ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
		builder.environment().putAll(environment());
		Process process = builder.redirectErrorStream(true).start();
		String loaded = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor());
		assertTrue(loaded.contains("org.plans.dsl.cli.client.PlansClient"), loaded);
		for (String foreign : List.of("org.eclipse.", "com.google.inject.", "picocli.", "org.plans.dsl.cli.PlansCommand")) {
			assertFalse(loaded.lines().anyMatch(line -> line.contains(" " + foreign)), foreign + " loaded by the client");
		}
	}

	private DaemonPlace place(Path used) {
		return DaemonPlace.of(environment(), used);
	}

	private static long pid(DaemonRun status) {
		Matcher pid = PID.matcher(status.out());
		assertTrue(pid.find(), status.out() + status.err());
		return Long.parseLong(pid.group(1));
	}

	private interface Run {
		DaemonRun get() throws Exception;
	}

	private static CompletableFuture<DaemonRun> async(Run run) {
		CompletableFuture<DaemonRun> result = new CompletableFuture<>();
		new Thread(() -> {
			try {
				result.complete(run.get());
			} catch (Exception e) {
				result.completeExceptionally(e);
			}
		}).start();
		return result;
	}

	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString(), Files.readString(file));
			}
		}
		return files;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}

package org.plans.dsl.cli.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a client asks the daemon: run {@code plans} with these arguments as if in this folder,
 * with this environment, terminal and standard input; or say how it is; or stop. {@code jar}
 * names the code the client runs ({@link JarIdentity}): a daemon of other code does not answer.
 */
public record DaemonRequest(Kind kind, String jar, String folder, List<String> args, Map<String, String> environment,
		boolean terminal, byte[] standardInput) {

	/** The largest string or standard input a request carries (a plan of 50,000 actions is 20 MB). */
	static final int MAX_BYTES = 256 << 20;

	private static final int MAGIC = 0x504c4e44; // "PLND"
	private static final int VERSION = 1;

	public enum Kind {
		RUN, STATUS, STOP
	}

	/** The commands the daemon runs: they read plans and write files or reports, nothing long-running. */
	private static final Set<String> SERVED = Set.of("validate", "generate", "format");

	/** Environment variables a run reads: colour and terminal, and plans' own. */
	private static final Set<String> PASSED = Set.of("NO_COLOR", "TERM", "COLORTERM", "FORCE_COLOR",
			"CLICOLOR", "CLICOLOR_FORCE");

	/** Whether the daemon runs {@code plans ARGS}: its command (the first argument not an option) is one it serves. */
	public static boolean served(List<String> args) {
		return args.stream().filter(arg -> !arg.startsWith("-")).findFirst().filter(SERVED::contains).isPresent();
	}

	/** The part of {@code environment} a run is given. */
	public static Map<String, String> passed(Map<String, String> environment) {
		Map<String, String> passed = new TreeMap<>();
		environment.forEach((name, value) -> {
			if (PASSED.contains(name) || name.startsWith("PLANS_")) {
				passed.put(name, value);
			}
		});
		return passed;
	}

	static DaemonRequest control(Kind kind, String jar) {
		return new DaemonRequest(kind, jar, "", List.of(), Map.of(), false, null);
	}

	void write(DataOutputStream out) throws IOException {
		out.writeInt(MAGIC);
		out.writeInt(VERSION);
		out.writeByte(kind.ordinal());
		Frames.writeString(out, jar);
		Frames.writeString(out, folder);
		out.writeInt(args.size());
		for (String arg : args) {
			Frames.writeString(out, arg);
		}
		out.writeInt(environment.size());
		for (Map.Entry<String, String> entry : environment.entrySet()) {
			Frames.writeString(out, entry.getKey());
			Frames.writeString(out, entry.getValue());
		}
		out.writeBoolean(terminal);
		out.writeInt(standardInput == null ? -1 : standardInput.length);
		if (standardInput != null) {
			out.write(standardInput);
		}
		out.flush();
	}

	public static DaemonRequest read(DataInputStream in) throws IOException {
		if (in.readInt() != MAGIC || in.readInt() != VERSION) {
			throw new IOException("not a request of this version of the plans client");
		}
		int kind = in.readUnsignedByte();
		if (kind >= Kind.values().length) {
			throw new IOException("an unknown kind of request: " + kind);
		}
		String jar = Frames.readString(in);
		String folder = Frames.readString(in);
		int count = in.readInt();
		List<String> args = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			args.add(Frames.readString(in));
		}
		int variables = in.readInt();
		Map<String, String> environment = new LinkedHashMap<>();
		for (int i = 0; i < variables; i++) {
			environment.put(Frames.readString(in), Frames.readString(in));
		}
		boolean terminal = in.readBoolean();
		int length = in.readInt();
		if (length > MAX_BYTES) {
			throw new IOException("standard input over " + (MAX_BYTES >> 20) + " MB");
		}
		byte[] input = length < 0 ? null : in.readNBytes(length);
		return new DaemonRequest(Kind.values()[kind], jar, folder, List.copyOf(args), environment, terminal, input);
	}
}

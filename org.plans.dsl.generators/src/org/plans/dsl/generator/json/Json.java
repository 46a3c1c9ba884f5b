package org.plans.dsl.generator.json;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper of the project, for every JSON document it writes or reads: the JSON
 * target, the tracker payloads, the Redmine sync and the CLI's reports. Documents are records;
 * properties come out in the order declared, two-space indents, {@code \n} line ends, non-ASCII
 * characters as they are, and a final newline.
 */
public final class Json {

	private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

	/** Objects one property a line, arrays on the line they open: {@code [ "a", "b" ]}. */
	private static final DefaultPrettyPrinter INLINE_ARRAYS = new DefaultPrettyPrinter().withObjectIndenter(INDENT);

	/** Objects and arrays one element a line, as the tracker payloads have them. */
	private static final DefaultPrettyPrinter ARRAYS_BY_LINE = INLINE_ARRAYS.withArrayIndenter(INDENT);

	public static final JsonMapper MAPPER = JsonMapper.builder()
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.defaultPrettyPrinter(INLINE_ARRAYS)
			.build();

	private static final ObjectWriter BY_LINE = MAPPER.writer().with(ARRAYS_BY_LINE);

	private Json() {
	}

	/** The value as pretty JSON, arrays inline, with a final newline. */
	public static String write(Object value) {
		return MAPPER.writeValueAsString(value) + "\n";
	}

	/** {@link #write(Object)} to {@code out}, flushed. */
	public static void write(Object value, Writer out) throws IOException {
		out.write(write(value));
		out.flush();
	}

	/** The value as pretty JSON, every array element on a line of its own, with a final newline. */
	public static String writeArraysByLine(Object value) {
		return BY_LINE.writeValueAsString(value) + "\n";
	}
}

package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON writer the JSON-based reports share. */
final class Json {

	static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static void write(JsonNode node, Writer out) throws IOException {
		MAPPER.writeValue(out, node);
		out.write(System.lineSeparator());
		out.flush();
	}
}

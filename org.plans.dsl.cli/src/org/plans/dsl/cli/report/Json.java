package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON writer the JSON-based reports share. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static void write(JsonNode node, Writer out) throws IOException {
		out.write(MAPPER.writeValueAsString(node));
		out.write(System.lineSeparator());
		out.flush();
	}
}

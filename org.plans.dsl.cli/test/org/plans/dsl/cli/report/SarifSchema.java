package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The official SARIF 2.1.0 JSON schema (test-resources/sarif), for checking reports. */
public final class SarifSchema {

	private SarifSchema() {
	}

	/** What the schema finds wrong with {@code sarif}; empty when it is valid. */
	public static Set<ValidationMessage> errors(JsonNode sarif) throws IOException {
		try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
			JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
			return schema.validate(sarif);
		}
	}
}

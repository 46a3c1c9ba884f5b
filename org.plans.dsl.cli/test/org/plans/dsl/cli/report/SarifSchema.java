package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/** The official SARIF 2.1.0 JSON schema (test-resources/sarif), for checking reports. */
public final class SarifSchema {

	private SarifSchema() {
	}

	/** What the schema finds wrong with {@code sarif}; empty when it is valid. */
	public static List<String> errors(JsonNode sarif) throws IOException {
		try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
			return schema.validate(sarif).stream().map(Error::toString).toList();
		}
	}
}

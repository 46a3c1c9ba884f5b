package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plans.dsl.generator.json.Json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The shared mapper's layout, which every JSON file and report of the project has. */
public class JsonTest {

	@JsonInclude(Include.NON_NULL)
	record Sample(String zeta, @JsonProperty("$alpha") String alpha, String absent, BigDecimal amount,
			List<String> none, List<Object> items) {
	}

	record Item(String name) {
	}

	private static final Sample SAMPLE = new Sample("£ — \"x\"\n", "a", null, new BigDecimal("1.50"), List.of(),
			List.of("one", new Item("two")));

	@Test
	void recordsKeepTheirOrderAndLeaveOutWhatIsAbsent() {
		assertEquals("""
				{
				  "zeta" : "£ — \\"x\\"\\n",
				  "$alpha" : "a",
				  "amount" : 1.50,
				  "none" : [ ],
				  "items" : [ "one", {
				    "name" : "two"
				  } ]
				}
				""", Json.write(SAMPLE));
	}

	@Test
	void trackerLayoutPutsEachArrayElementOnItsOwnLine() {
		assertEquals("""
				{
				  "zeta" : "£ — \\"x\\"\\n",
				  "$alpha" : "a",
				  "amount" : 1.50,
				  "none" : [ ],
				  "items" : [
				    "one",
				    {
				      "name" : "two"
				    }
				  ]
				}
				""", Json.writeArraysByLine(SAMPLE));
	}

	@Test
	void writerGetsTheSameTextAndIsFlushed() throws IOException {
		StringWriter out = new StringWriter();
		Json.write(List.of(new Item("a")), out);
		assertEquals("[ {\n  \"name\" : \"a\"\n} ]\n", out.toString());
	}
}

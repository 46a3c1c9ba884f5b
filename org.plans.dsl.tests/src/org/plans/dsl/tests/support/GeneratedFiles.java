package org.plans.dsl.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;

/** Runs a generator target in memory: relative path → text of every file it writes (binary files as base64). */
public final class GeneratedFiles {

	private GeneratedFiles() {
	}

	public static SortedMap<String, String> of(String target, List<PlanFacts> plans, Map<String, String> options) {
		return of(PlanTargets.byName(target).orElseThrow(() -> new AssertionError("no target " + target)),
				new GenerationContext(plans, Optional.empty(), options));
	}

	/** A generated file as text: UTF-8, or "base64:…" for a binary file (docx). */
	public static String text(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return "base64:" + Base64.getEncoder().encodeToString(bytes);
		}
	}

	public static SortedMap<String, String> of(PlanTarget target, GenerationContext context) {
		SortedMap<String, String> files = new TreeMap<>();
		try {
			target.generate(context, (path, content) -> {
				if (files.put(path, text(content)) != null) {
					throw new AssertionError(target.name() + " writes twice: " + path);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}

package org.plans.dsl.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.junit.jupiter.api.Test;

/**
 * What org.plans.dsl.eclipse contributes, read back from Equinox's extension registry. The Generic
 * Editor and TM4E are not in this runtime (they are not on Maven Central); their extension points
 * are declared here by this test bundle under their real ids, so the registry resolves the
 * contributions exactly as it does in an Eclipse that has them.
 */
public class EclipseContributionsTest {

	private static final String BUNDLE = "org.plans.dsl.eclipse";

	@Test
	void planFilesHaveTheirOwnTextContentType() {
		IContentType type = Platform.getContentTypeManager().findContentTypeFor("improvement.plan");
		assertNotNull(type, "no content type for *.plan");
		assertEquals("org.plans.dsl.plan", type.getId());
		assertTrue(type.isKindOf(Platform.getContentTypeManager().getContentType("org.eclipse.core.runtime.text")));
		assertEquals("UTF-8", type.getDefaultCharset());
	}

	@Test
	void planFilesOpenInTheGenericEditor() {
		IConfigurationElement binding = single("org.eclipse.ui.editors", "editorContentTypeBinding");
		assertEquals(Map.of("contentTypeId", "org.plans.dsl.plan", "editorId",
				"org.eclipse.ui.genericeditor.GenericEditor"), attributes(binding));
	}

	@Test
	void textMateGrammarIsRegisteredForTm4e() throws IOException {
		IConfigurationElement grammar = single("org.eclipse.tm4e.registry.grammars", "grammar");
		assertEquals("source.plan", grammar.getAttribute("scopeName"));
		IConfigurationElement binding = single("org.eclipse.tm4e.registry.grammars", "scopeNameContentTypeBinding");
		assertEquals(Map.of("contentTypeId", "org.plans.dsl.plan", "scopeName", "source.plan"), attributes(binding));

		// the grammar is in the bundle, at the path TM4E reads, names the same scope, and is the
		// VS Code extension's grammar as it is now, not an old copy
		String json = bundleEntry(grammar.getAttribute("path"));
		assertTrue(json.matches("(?s)\\s*\\{.*\"scopeName\"\\s*:\\s*\"source\\.plan\".*\\}\\s*"),
				"the grammar does not declare scopeName source.plan");
		assertEquals(vscodeFile("syntaxes/plans.tmLanguage.json"), json);
	}

	@Test
	void languageConfigurationIsRegisteredForTm4e() throws IOException {
		IConfigurationElement configuration = single("org.eclipse.tm4e.languageconfiguration.languageConfigurations",
				"languageConfiguration");
		assertEquals("org.plans.dsl.plan", configuration.getAttribute("contentTypeId"));
		assertEquals(vscodeFile("language-configuration.json"), bundleEntry(configuration.getAttribute("path")));
	}

	private static String bundleEntry(String path) throws IOException {
		URL entry = Platform.getBundle(BUNDLE).getEntry(path);
		assertNotNull(entry, "the bundle has no " + path);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String vscodeFile(String path) throws IOException {
		return Files.readString(Path.of(System.getProperty("plans.vscode"), path));
	}

	private static IConfigurationElement single(String extensionPoint, String element) {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		assertNotNull(registry.getExtensionPoint(extensionPoint), extensionPoint + " is not declared");
		List<IConfigurationElement> found = Arrays.stream(registry.getExtensions(BUNDLE))
				.filter(e -> extensionPoint.equals(e.getExtensionPointUniqueIdentifier()))
				.map(IExtension::getConfigurationElements).flatMap(Arrays::stream)
				.filter(c -> element.equals(c.getName())).toList();
		assertEquals(1, found.size(), "expected one " + element + " for " + extensionPoint + ", found " + found.size());
		return found.get(0);
	}

	private static Map<String, String> attributes(IConfigurationElement element) {
		return Arrays.stream(element.getAttributeNames()).collect(Collectors.toMap(n -> n, element::getAttribute));
	}
}

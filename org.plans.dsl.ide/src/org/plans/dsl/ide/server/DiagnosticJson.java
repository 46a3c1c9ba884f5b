package org.plans.dsl.ide.server;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * How the server's JSON-RPC writes a diagnostic: as LSP4J's Gson writes it, except that a
 * {@link PublishedDiagnostic} written before (with the same writer settings) is copied from the
 * text it was written as, rather than walked reflectively again: a publish after an edit of a
 * large file writes thousands of diagnostics that did not change. The text is exactly what Gson
 * writes for it (it is what Gson wrote). Reading is Gson's.
 */
public final class DiagnosticJson implements TypeAdapterFactory {

	/** Registers this factory with the JSON-RPC's Gson; for {@code Launcher.Builder.configureGson}. */
	public static void register(GsonBuilder gson) {
		gson.registerTypeAdapterFactory(new DiagnosticJson());
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
		if (!Diagnostic.class.isAssignableFrom(type.getRawType())) {
			return null;
		}
		TypeAdapter<Diagnostic> lsp4j = gson.getDelegateAdapter(this, TypeToken.get(Diagnostic.class));
		TypeAdapter<T> own = gson.getDelegateAdapter(this, type);
		return (TypeAdapter<T>) new Adapter(gson, lsp4j, (TypeAdapter<Diagnostic>) own);
	}

	/**
	 * The writer settings a diagnostic's text depends on. Each combination is one object, so that
	 * a diagnostic's text is checked against it by identity ({@link PublishedDiagnostic#json}), not
	 * by reading the settings each of thousands of diagnostics was written with.
	 */
	private record Settings(boolean htmlSafe, boolean serializeNulls, Object strictness) {

		private static final Map<Settings, Settings> ONE_EACH = new ConcurrentHashMap<>();

		static Settings of(JsonWriter writer) {
			Settings settings = new Settings(writer.isHtmlSafe(), writer.getSerializeNulls(), writer.getStrictness());
			return ONE_EACH.computeIfAbsent(settings, same -> same);
		}
	}

	private static final class Adapter extends TypeAdapter<Diagnostic> {

		private final Gson gson;
		private final TypeAdapter<Diagnostic> lsp4j;
		private final TypeAdapter<Diagnostic> own;

		Adapter(Gson gson, TypeAdapter<Diagnostic> lsp4j, TypeAdapter<Diagnostic> own) {
			this.gson = gson;
			this.lsp4j = lsp4j;
			this.own = own;
		}

		@Override
		public void write(JsonWriter out, Diagnostic value) throws IOException {
			// only a plain, compact writer takes raw text (a tree writer or an indented one does not)
			if (!(value instanceof PublishedDiagnostic published) || out.getClass() != JsonWriter.class
					|| out.getFormattingStyle() != FormattingStyle.COMPACT) {
				(value instanceof PublishedDiagnostic ? lsp4j : own).write(out, value);
				return;
			}
			Settings settings = Settings.of(out);
			String json = published.json(settings);
			if (json == null) {
				StringWriter text = new StringWriter();
				JsonWriter writer = gson.newJsonWriter(text);
				writer.setFormattingStyle(FormattingStyle.COMPACT);
				writer.setHtmlSafe(settings.htmlSafe());
				writer.setSerializeNulls(settings.serializeNulls());
				writer.setStrictness(out.getStrictness());
				lsp4j.write(writer, value);
				writer.flush();
				json = text.toString();
				published.written(json, settings);
			}
			out.jsonValue(json);
		}

		@Override
		public Diagnostic read(JsonReader in) throws IOException {
			return own.read(in);
		}
	}
}

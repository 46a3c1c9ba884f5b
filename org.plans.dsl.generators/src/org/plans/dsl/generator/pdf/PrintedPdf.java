package org.plans.dsl.generator.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.plans.dsl.generator.report.ReportMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;

/**
 * A self-contained HTML page printed to a tagged PDF (PDF/UA mode of openhtmltopdf on PDFBox):
 * the page's print CSS plus page numbers, its {@code <title>} as the document title, the
 * {@link ReportMetadata}'s description and author as {@code <meta>} lines (openhtmltopdf writes
 * them to the document information and the XMP, with the PDF/UA identification), its
 * {@code lang} as the document language, DejaVu Sans embedded ({@link PdfFonts}), inline SVG
 * drawn as vectors by Batik. Nothing is fetched: every external resource is refused, SVG scripts
 * are off. The same page gives the same bytes (dates from the plan, a document id from the page).
 */
final class PrintedPdf {

	/** Page numbers in the footer, long words broken, the RAG table narrower; the rest is the page's own print CSS. */
	private static final String PRINT_CSS = """
			@page { @bottom-right { content: "Page " counter(page) " of " counter(pages);
			  font-family: "DejaVu Sans"; font-size: 8pt; color: #505a5f; } }
			body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
			th, td { padding: .25em .3em; word-wrap: break-word; }
			table.rag-summary { font-size: 8pt; }
			table.rag-summary .rag { min-width: 0; padding: .05em .2em; }
			.text, li, td { word-wrap: break-word; }
			""";

	static {
		// openhtmltopdf logs every CSS rule of the page it does not know, and its timings, on every
		// print; the page is ours and a failed print throws, so none of that is for the user
		XRLog.setLoggingEnabled(false);
	}

	private PrintedPdf() {
	}

	/** The PDF of {@code html}; {@code dated} is the date to put in the document information, if any. */
	static byte[] of(String html, ReportMetadata metadata, Optional<LocalDate> dated) throws IOException {
		Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
		prepare(dom, metadata);
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true)
				.withProducer("plans").withW3cDocument(dom, null)
				.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
				.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		PdfFonts.register(builder);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen();
				ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			String language = dom.getDocumentElement().getAttribute("lang");
			if (!language.isEmpty()) {
				pdf.getDocumentCatalog().setLanguage(language);
			}
			PDDocumentInformation info = pdf.getDocumentInformation();
			Calendar day = calendar(dated.orElse(LocalDate.of(1980, 1, 1)));
			info.setCreationDate(day);
			info.setModificationDate(day);
			COSString id = new COSString(digest(html));
			COSArray ids = new COSArray();
			ids.add(id);
			ids.add(id);
			pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
			pdf.save(bytes);
			return bytes.toByteArray();
		}
	}

	/**
	 * Adds the print CSS and the metadata's {@code <meta>} lines, and gives each chart its label as the
	 * {@code alt} text a tagged PDF's figure reads.
	 */
	private static void prepare(Document dom, ReportMetadata metadata) {
		Element style = dom.createElement("style");
		style.setTextContent(PRINT_CSS);
		NodeList heads = dom.getElementsByTagName("head");
		if (heads.getLength() > 0) {
			Element head = (Element) heads.item(0);
			head.appendChild(style);
			// openhtmltopdf writes the subject as the Info /Subject and the XMP dc:description PDF/UA asks for
			meta(head, "subject", metadata.description());
			meta(head, "author", metadata.author());
		}
		NodeList charts = dom.getElementsByTagNameNS("*", "svg");
		for (int i = 0; i < charts.getLength(); i++) {
			Element svg = (Element) charts.item(i);
			if (svg.hasAttribute("aria-label") && !svg.hasAttribute("alt")) {
				svg.setAttribute("alt", svg.getAttribute("aria-label"));
			}
		}
	}

	private static void meta(Element head, String name, String content) {
		if (content.isEmpty()) {
			return;
		}
		Element meta = head.getOwnerDocument().createElement("meta");
		meta.setAttribute("name", name);
		meta.setAttribute("content", content);
		head.appendChild(meta);
	}

	private static Calendar calendar(LocalDate day) {
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		calendar.clear();
		calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 12, 0, 0);
		return calendar;
	}

	private static byte[] digest(String html) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
			byte[] id = new byte[16];
			System.arraycopy(hash, 0, id, 0, id.length);
			return id;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}

package org.plans.dsl.importer.detect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text written in Welsh and English side by side, as Welsh councils write headings, headers and
 * titles: "Blaenoriaeth 1: Cefnogi teuluoedd / Priority 1: Supporting families", "Cam gweithredu
 * / Action", or the two on lines of their own. The importer reads the English half.
 */
public final class Bilingual {

	/** Between the halves: a slash or bar with spaces round it, or a line end. */
	private static final Pattern BETWEEN = Pattern.compile("\\s+[/|]\\s+|\\s*\\R\\s*");
	/** Welsh words of plans' headings, headers, titles and dates (none of them an English word). */
	private static final Set<String> WELSH = Set.of("cyngor", "bwrdeistref", "sirol", "sir", "dinas", "cynllun", "gwella",
			"gwasanaethau", "gwasanaeth", "plant", "pobl", "ifanc", "teuluoedd", "teulu", "blaenoriaeth", "blaenoriaethau",
			"amcan", "amcanion", "cam", "camau", "gweithredu", "gweithred", "arweinydd", "arweinwyr", "swyddog", "arweiniol",
			"cyfrifol", "dyddiad", "targed", "cwblhau", "cynnydd", "statws", "canlyniad", "canlyniadau", "mesur", "mesurau",
			"llinell", "sylfaen", "cyf", "rhif", "cefnogi", "yn", "gynnar", "ar", "agor", "dau", "dwy", "hwb", "gweithlu",
			"ac", "gyda", "yr", "ein", "eu", "mae", "bydd", "erbyn", "iechyd", "addysg", "diogelu", "lles", "ansawdd",
			"ymarfer", "pryd", "pwy", "beth", "sut", "fyddwn", "gwybod", "ionawr", "chwefror", "mawrth", "ebrill", "mehefin",
			"gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr", "thema", "maes", "adran", "bwrdd", "cymraeg",
			"cymru", "wedi", "cyflawni", "parhaus", "gweithio", "adolygu", "y");

	private Bilingual() {
	}

	/** The English half of text written in Welsh and English; the text itself when it is not so written. */
	public static String english(String text) {
		String[] halves = halves(text);
		return halves == null ? text : halves[0];
	}

	/** The Welsh half of text written in Welsh and English ("Agor dau hwb teulu"); "" when it is not so written. */
	public static String welsh(String text) {
		String[] halves = halves(text);
		return halves == null ? "" : halves[1];
	}

	/** The English and the Welsh half, in that order; null when the text is not written in both. */
	private static String[] halves(String text) {
		String[] halves = BETWEEN.split(text.strip(), -1);
		if (halves.length != 2 || halves[0].isBlank() || halves[1].isBlank()) {
			return null;
		}
		double first = share(halves[0]);
		double second = share(halves[1]);
		if (first >= 0.5 && second < 0.2) {
			return new String[] { halves[1].strip(), halves[0].strip() };
		}
		if (second >= 0.5 && first < 0.2) {
			return new String[] { halves[0].strip(), halves[1].strip() };
		}
		return null;
	}

	/** The share of a half's words that are Welsh (digits and signs aside); 0 without words. */
	private static double share(String half) {
		int words = 0;
		int welsh = 0;
		for (String word : half.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
			if (word.isEmpty()) {
				continue;
			}
			words++;
			welsh += WELSH.contains(word) || word.indexOf('ŵ') >= 0 || word.indexOf('ŷ') >= 0 ? 1 : 0;
		}
		return words == 0 ? 0 : (double) welsh / words;
	}
}

package org.plans.dsl.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Office files made reproducible: the same zip entries in the same order, every entry dated 1980-01-01. */
final class Zips {

	private static final long FIXED = 315532800000L + 12 * 3600 * 1000L; // 1980-01-01T12:00Z, the zip format's first day

	private Zips() {
	}

	static byte[] withFixedTimes(byte[] zip) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(FIXED);
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}

package org.plans.dsl.eclipse.editor.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Screenshots of the workbench window, to target/screenshots/NAME.png: ImageMagick's
 * {@code import} of the whole (virtual) screen, or SWT's own copy of the window where
 * {@code import} is missing.
 */
final class Screenshots {

	private Screenshots() {
	}

	/** A window size that shows editor, outline and problems side by side. */
	static void layOut() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1400, 900);
		Workbench.spin(500);
	}

	static Path take(String name) throws IOException, InterruptedException {
		Workbench.spin(700);
		Path dir = Path.of(System.getProperty("plans.screenshots"));
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		ProcessBuilder imagemagick = new ProcessBuilder("import", "-window", "root", "-crop",
				bounds.width + "x" + bounds.height + "+" + bounds.x + "+" + bounds.y, file.toString());
		imagemagick.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
		try {
			Process process = imagemagick.start();
			if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.size(file) > 0) {
				return file;
			}
			process.destroy();
		} catch (IOException e) {
			// no ImageMagick: SWT copies the window itself
		}
		Display display = shell.getDisplay();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}
}

package org.plans.dsl.eclipse.editor.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Key presses sent to the display as a user's would be (X11 test events under Xvfb). */
final class Keys {

	private Keys() {
	}

	/** Presses the modifiers (SWT.CTRL, SWT.SHIFT, SWT.ALT), then the key, then lets them go. */
	static void press(int modifiers, char key) {
		Display display = Display.getCurrent();
		int[] held = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int modifier : held) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyDown, modifier, '\0');
			}
		}
		post(display, SWT.KeyDown, key, key);
		post(display, SWT.KeyUp, key, key);
		for (int i = held.length - 1; i >= 0; i--) {
			if ((modifiers & held[i]) != 0) {
				post(display, SWT.KeyUp, held[i], '\0');
			}
		}
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}
}

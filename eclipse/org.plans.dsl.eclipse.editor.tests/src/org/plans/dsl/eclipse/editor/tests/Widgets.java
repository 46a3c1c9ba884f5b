package org.plans.dsl.eclipse.editor.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The widgets of a dialog or page, found as a user would see them: by kind and what they show. */
final class Widgets {

	private Widgets() {
	}

	/** Every widget of the type below the parent (at any depth) that passes the test, in order. */
	static <T extends Control> List<T> find(Composite parent, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type, test));
			}
		}
		return found;
	}
}

package org.plans.dsl.importer.write;

import java.util.ArrayList;
import java.util.List;

/** A block of the plan being written: its opening line, member lines and nested blocks, in order. */
public final class Node {

	private final String opening;
	private final List<Object> items = new ArrayList<>();

	public Node(String opening) {
		this.opening = opening;
	}

	public void line(String line) {
		items.add(line);
	}

	public Node child(String childOpening) {
		Node child = new Node(childOpening);
		items.add(child);
		return child;
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** Writes the block at {@code depth} levels of four-space indentation. */
	public void write(StringBuilder out, int depth) {
		String indent = "    ".repeat(depth);
		out.append(indent).append(opening);
		if (items.isEmpty()) {
			out.append('\n');
			return;
		}
		out.append(" {\n");
		for (Object item : items) {
			if (item instanceof Node node) {
				node.write(out, depth + 1);
			} else {
				out.append(indent).append("    ").append(indentContinuation((String) item, indent + "    ")).append('\n');
			}
		}
		out.append(indent).append("}\n");
	}

	/** Lines after the first of a multi-line text are indented with the block; the language removes it again. */
	private static String indentContinuation(String line, String indent) {
		return line.replace("\n", "\n" + indent + "    ");
	}
}

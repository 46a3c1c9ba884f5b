package org.plans.dsl.serve.folder;

/** A path the server will not read or write: outside the folder, through a link out, or not a plan file. */
public class PathRefused extends Exception {

	private static final long serialVersionUID = 1L;

	public PathRefused(String message) {
		super(message);
	}
}

package org.plans.dsl.serve.folder;

/** A save refused because the file on disk is no longer the version the editor started from. */
public class SaveConflict extends Exception {

	private static final long serialVersionUID = 1L;

	private final String diskText;
	private final String diskVersion;

	public SaveConflict(String diskText, String diskVersion) {
		super("The file changed on disk since it was opened.");
		this.diskText = diskText;
		this.diskVersion = diskVersion;
	}

	/** The text on disk now; empty if the file was deleted. */
	public String diskText() {
		return diskText;
	}

	/** The version of the text on disk now; empty if the file was deleted. */
	public String diskVersion() {
		return diskVersion;
	}
}

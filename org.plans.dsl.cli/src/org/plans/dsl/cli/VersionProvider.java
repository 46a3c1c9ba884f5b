package org.plans.dsl.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "plans " + version() };
	}

	public static String version() {
		String version = PlansCommand.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}
}

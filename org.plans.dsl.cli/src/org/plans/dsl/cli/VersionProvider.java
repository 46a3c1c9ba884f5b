package org.plans.dsl.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
public class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = PlansCommand.class.getPackage().getImplementationVersion();
		return new String[] { "plans " + (version == null ? "development" : version) };
	}
}

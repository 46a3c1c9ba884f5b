package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescriptionProvider;

/**
 * A file's exported objects as the index holds them during a build, detached from the file (as
 * Xtext's {@code ResolvedResourceDescription}: names, classes and paths; here already in the
 * serializable form the builder's index entry keeps); made from the last such copies where an
 * in-place edit allows ({@link KeptExports}).
 */
public final class ExportedCopies extends AbstractResourceDescription {

	private final URI uri;

	private final List<IEObjectDescription> exported;

	private final IResourceDescription links;

	ExportedCopies(URI uri, List<IEObjectDescription> exported) {
		this(uri, exported, null);
	}

	/** With the imported names and reference descriptions of {@code links} (the live entry). */
	ExportedCopies(URI uri, List<IEObjectDescription> exported, IResourceDescription links) {
		this.uri = uri;
		this.exported = exported;
		this.links = links;
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return links == null ? List.of() : links.getImportedNames();
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return links == null ? List.of() : links.getReferenceDescriptions();
	}

	@Override
	public URI getURI() {
		return uri;
	}

	/**
	 * Detached copies of live descriptions (as Xtext's {@code ResolvedResourceDescription} and
	 * {@code SerializableResourceDescription} make them): the index entry the builder keeps
	 * takes these copies as they are.
	 */
	static List<IEObjectDescription> copies(Iterable<IEObjectDescription> descriptions) {
		List<IEObjectDescription> copies = new ArrayList<>();
		for (IEObjectDescription description : descriptions) {
			copies.add(copy(description));
		}
		return copies;
	}

	private static IEObjectDescription copy(IEObjectDescription from) {
		if (from instanceof SerializableEObjectDescriptionProvider provider) {
			return provider.toSerializableEObjectDescription();
		}
		SerializableEObjectDescription copy = new SerializableEObjectDescription();
		copy.setEClass(from.getEClass());
		copy.setEObjectURI(from.getEObjectURI());
		copy.setQualifiedName(from.getQualifiedName());
		HashMap<String, String> userData = new HashMap<>(from.getUserDataKeys().length);
		for (String key : from.getUserDataKeys()) {
			userData.put(key, from.getUserData(key));
		}
		copy.setUserData(userData);
		return copy;
	}
}

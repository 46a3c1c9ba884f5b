package org.plans.dsl.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescriptionProvider;

/**
 * A file's exported objects as the index holds them during a build, detached from the file (as
 * Xtext's {@code ResolvedResourceDescription}: proxies with the objects' paths); made from the
 * last such copies where an in-place edit allows ({@link KeptExports}).
 */
public final class ExportedCopies extends AbstractResourceDescription {

	private final URI uri;

	private final List<IEObjectDescription> exported;

	ExportedCopies(URI uri, List<IEObjectDescription> exported) {
		this.uri = uri;
		this.exported = exported;
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return List.of();
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return List.of();
	}

	@Override
	public URI getURI() {
		return uri;
	}

	/** Detached copies of live descriptions, as Xtext's {@code ResolvedResourceDescription} makes them. */
	static List<IEObjectDescription> copies(List<IEObjectDescription> descriptions) {
		return descriptions.stream().map(ExportedCopies::copy).toList();
	}

	private static IEObjectDescription copy(IEObjectDescription from) {
		if (from instanceof SerializableEObjectDescriptionProvider provider) {
			return provider.toSerializableEObjectDescription();
		}
		if (from.getEObjectOrProxy().eIsProxy()) {
			return from;
		}
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(from.getEClass());
		proxy.eSetProxyURI(from.getEObjectURI());
		Map<String, String> userData = null;
		for (String key : from.getUserDataKeys()) {
			if (userData == null) {
				userData = new HashMap<>();
			}
			userData.put(key, from.getUserData(key));
		}
		return EObjectDescription.create(from.getName(), proxy, userData);
	}
}

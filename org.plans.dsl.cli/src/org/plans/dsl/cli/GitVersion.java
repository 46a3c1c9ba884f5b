package org.plans.dsl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The plan files of a git revision, copied out of the repository into a folder, for
 * {@code plans diff --since}: the same paths at an older commit, read with JGit (no git needed).
 */
final class GitVersion {

	/** The folder the revision's plans were written into, and where in it each path given is. */
	record Checkout(Path folder, List<Path> old) {
	}

	private GitVersion() {
	}

	/**
	 * Writes the {@code .plan} files under {@code paths} (files or folders of the work tree) as they
	 * were at {@code revision} into {@code into}, keeping their paths relative to the work tree.
	 */
	static Checkout of(String revision, List<Path> paths, Path into) {
		Path start = paths.get(0).toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(Files.isDirectory(start) ? start.toFile()
				: start.getParent().toFile());
		if (builder.getGitDir() == null) {
			throw new InputException(Paths.display(paths.get(0)) + ": not in a git repository; --since needs one");
		}
		try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
			Path top = repository.getWorkTree().toPath().toRealPath();
			ObjectId id = repository.resolve(revision + "^{commit}");
			if (id == null) {
				throw new InputException("--since " + revision + ": no such revision in " + Paths.display(top));
			}
			RevCommit commit = walk.parseCommit(id);
			List<String> relative = new ArrayList<>();
			for (Path path : paths) {
				String inside = top.relativize(path.toAbsolutePath().normalize().toRealPath()).toString().replace('\\', '/');
				if (inside.startsWith("..")) {
					throw new InputException(Paths.display(path) + ": outside the repository at " + Paths.display(top));
				}
				relative.add(inside);
			}
			try (TreeWalk tree = new TreeWalk(repository)) {
				tree.addTree(commit.getTree());
				tree.setRecursive(true);
				TreeFilter plans = PathSuffixFilter.create(".plan");
				tree.setFilter(relative.contains("") ? plans : AndTreeFilter.create(PathFilterGroup.createFromStrings(relative), plans));
				while (tree.next()) {
					Path file = into.resolve(tree.getPathString()).normalize();
					if (!file.startsWith(into)) {
						continue; // a hostile tree entry cannot write outside the folder
					}
					Files.createDirectories(file.getParent());
					Files.write(file, repository.open(tree.getObjectId(0)).getBytes());
				}
			}
			List<Path> old = new ArrayList<>();
			relative.forEach(r -> old.add(r.isEmpty() ? into : into.resolve(r)));
			return new Checkout(into, old);
		} catch (IOException e) {
			throw new InputException("--since " + revision + ": cannot read the repository (" + e.getMessage() + ")");
		}
	}
}

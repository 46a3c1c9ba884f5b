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
		try (Repository repository = open(paths); RevWalk walk = new RevWalk(repository)) {
			RevCommit commit = walk.parseCommit(resolve(repository, revision));
			List<String> relative = relative(repository, paths);
			try (TreeWalk tree = new TreeWalk(repository)) {
				tree.addTree(commit.getTree());
				tree.setRecursive(true);
				tree.setFilter(plansUnder(relative));
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

	/**
	 * The commits that changed the plans under {@code paths}, oldest first: the last {@code before} of
	 * them up to {@code revision} (the first is the version at {@code revision}), then every one since.
	 */
	static List<String> history(String revision, List<Path> paths, int before) {
		try (Repository repository = open(paths)) {
			ObjectId since = resolve(repository, revision);
			TreeFilter changed = AndTreeFilter.create(plansUnder(relative(repository, paths)), TreeFilter.ANY_DIFF);
			List<String> ids = new ArrayList<>();
			try (RevWalk walk = new RevWalk(repository)) {
				walk.setTreeFilter(changed);
				walk.markStart(walk.parseCommit(repository.resolve("HEAD^{commit}")));
				walk.markUninteresting(walk.parseCommit(since));
				walk.forEach(c -> ids.add(0, c.name()));
			}
			List<String> earlier = new ArrayList<>();
			try (RevWalk walk = new RevWalk(repository)) {
				walk.setTreeFilter(changed);
				walk.markStart(walk.parseCommit(since));
				for (RevCommit c : walk) {
					if (earlier.size() == before) {
						break;
					}
					earlier.add(0, c.name());
				}
			}
			earlier.addAll(ids);
			return earlier;
		} catch (IOException e) {
			throw new InputException("--since " + revision + ": cannot read the repository (" + e.getMessage() + ")");
		}
	}

	private static Repository open(List<Path> paths) throws IOException {
		Path start = paths.get(0).toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(Files.isDirectory(start) ? start.toFile()
				: start.getParent().toFile());
		if (builder.getGitDir() == null) {
			throw new InputException(Paths.display(paths.get(0)) + ": not in a git repository; --since needs one");
		}
		return builder.setMustExist(true).build();
	}

	private static ObjectId resolve(Repository repository, String revision) throws IOException {
		ObjectId id = repository.resolve(revision + "^{commit}");
		if (id == null) {
			throw new InputException("--since " + revision + ": no such revision in "
					+ Paths.display(repository.getWorkTree().toPath()));
		}
		return id;
	}

	/** The paths relative to the work tree, '/'-separated ("" for the work tree itself). */
	private static List<String> relative(Repository repository, List<Path> paths) throws IOException {
		Path top = repository.getWorkTree().toPath().toRealPath();
		List<String> relative = new ArrayList<>();
		for (Path path : paths) {
			String inside = top.relativize(path.toAbsolutePath().normalize().toRealPath()).toString().replace('\\', '/');
			if (inside.startsWith("..")) {
				throw new InputException(Paths.display(path) + ": outside the repository at " + Paths.display(top));
			}
			relative.add(inside);
		}
		return relative;
	}

	private static TreeFilter plansUnder(List<String> relative) {
		TreeFilter plans = PathSuffixFilter.create(".plan");
		return relative.contains("") ? plans : AndTreeFilter.create(PathFilterGroup.createFromStrings(relative), plans);
	}
}

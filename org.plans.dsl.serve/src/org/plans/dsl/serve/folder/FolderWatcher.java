package org.plans.dsl.serve.folder;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Watches the folder (and its folders, hidden ones and links left out) for plan files that other
 * programs create, change or delete — an editor, {@code git pull} — and tells a {@link FileListener},
 * so that the language sessions follow the disk as an editor's file watcher makes them.
 */
public final class FolderWatcher implements AutoCloseable {

	private final PlanFolder folder;
	private final WatchService watcher;
	private final FileListener listener;
	private final PrintStream log;
	private final Thread thread;

	private FolderWatcher(PlanFolder folder, FileListener listener, PrintStream log) throws IOException {
		this.folder = folder;
		this.listener = listener;
		this.log = log;
		this.watcher = folder.root().getFileSystem().newWatchService();
		register(folder.root());
		this.thread = new Thread(this::run, "plans-serve-watcher");
		thread.setDaemon(true);
	}

	public static FolderWatcher start(PlanFolder folder, FileListener listener, PrintStream log) throws IOException {
		FolderWatcher watcher = new FolderWatcher(folder, listener, log);
		watcher.thread.start();
		return watcher;
	}

	private void register(Path start) throws IOException {
		Files.walkFileTree(start, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				if (!dir.equals(folder.root()) && dir.getFileName().toString().startsWith(".")) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private void run() {
		try {
			while (true) {
				WatchKey key = watcher.take();
				Path dir = (Path) key.watchable();
				for (WatchEvent<?> event : key.pollEvents()) {
					if (event.kind() != OVERFLOW) {
						changed(dir.resolve((Path) event.context()), event.kind());
					}
				}
				key.reset();
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// stopped
		}
	}

	private void changed(Path path, WatchEvent.Kind<?> kind) {
		try {
			if (kind == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				register(path);
				return;
			}
			String relative = folder.root().relativize(path).toString().replace('\\', '/');
			if (!folder.isServed(relative)) {
				return;
			}
			FileListener.Change change = kind == ENTRY_DELETE ? FileListener.Change.DELETED
					: kind == ENTRY_CREATE ? FileListener.Change.CREATED : FileListener.Change.CHANGED;
			listener.changed(path, change);
		} catch (IOException | RuntimeException e) {
			log.println("plans serve: could not follow a change of " + path.getFileName() + ": " + e.getMessage());
		}
	}

	@Override
	public void close() throws IOException {
		watcher.close();
		thread.interrupt();
	}
}
